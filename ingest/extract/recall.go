package extract

import (
	"strings"

	"stancegraph/schema"
)

// Recall patterns: narrowly scoped clause and noun patterns that add
// statements the core patterns of clause.go and stance.go miss.

// titledPerson reports whether the person mention m is the noun phrase
// that starts at obj behind titles and first names the gazetteer does not
// carry: "accused Mr Brown of", "attacked Prime Minister Tony Blair".
// A first name must agree with the one the person is known by: "Hillary
// Rodham Clinton" is not "Bill Clinton".
func (an *analysis) titledPerson(toks []token, obj int, m mention) bool {
	if m.s <= obj || m.s-obj > 4 || !an.isPerson(m) {
		return false
	}
	full := an.ents[m.ent].toks
	known := len(full) - (m.e - m.s) // first names the entity carries
	for k := obj; k < m.s; k++ {
		t := toks[k]
		if t.text == "." && k > obj {
			continue
		}
		if !t.word || !t.cap || t.mod != "" || t.quote != 0 {
			return false
		}
		if titles[t.low] {
			continue
		}
		if !nameTok(t) {
			return false
		}
		// the first name just before the surname
		if off := known - (m.s - k); known > 0 && (off < 0 || full[off] != t.low) {
			return false
		}
	}
	return true
}

// bareGenitive reports whether toks[k] is the bare apostrophe of a
// genitive after a name ending in s: "Lord Dubs' bill".
func bareGenitive(toks []token, k int) bool {
	if k <= 0 || k+1 >= len(toks) || toks[k].text != "'" && toks[k].text != "\u2019" {
		return false
	}
	return toks[k].b == toks[k-1].e && toks[k+1].word && toks[k+1].b > toks[k].e
}

// recallAt applies the recall patterns to the word at v. It reports
// whether toks[v] was consumed.
func (an *analysis) recallAt(si, v int, mk mkFunc) bool {
	toks := an.sents[si].toks
	switch toks[v].lem {
	case "call", "demand":
		return an.joinedCalls(si, v, mk) || an.genitiveCallTo(si, v, mk)
	case "opposition", "objection", "criticism", "condemnation", "support", "backing":
		return an.stanceFrom(si, v, mk)
	}
	return an.idiomAt(si, v, mk) || an.critics(si, v, mk)
}

// genitiveCallTo: "the Greens' call to scrap the toll", "Labour's demand
// to open the books": the genitive holder calls for the clause.
func (an *analysis) genitiveCallTo(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	if v < 2 || v+2 >= len(toks) || toks[v].cap || toks[v+1].low != "to" || !(toks[v-1].low == "'s" || bareGenitive(toks, v-1)) {
		return false
	}
	vb := toks[v+2]
	if !vb.word || vb.cap || determiners[vb.low] || vb.low != vb.lem || nonPolicyVerbs[vb.lem] || auxiliaries[vb.low] {
		return false
	}
	m, ok := subjectAt(s.ments, toks, v-1)
	if !ok || m.pron {
		return false
	}
	e := clauseEnd(toks, v+2)
	if e-(v+2) < 2 {
		return false
	}
	st := schema.CallsFor
	if toks[v].lem == "demand" {
		st = schema.Demands
	}
	c := mk(m, st, 0.75)
	c.target = an.proposalTarget(toks, np{s: v + 2, e: e, head: -1}, true)
	an.add(c)
	return true
}

// vagueHolders name a side, not an actor: "opponents' calls for".
var vagueHolders = set("critics opponents supporters")

func (an *analysis) vagueHolder(m mention) bool {
	e := &an.ents[m.ent]
	return e.kind == schema.Group && len(e.toks) == 1 && vagueHolders[e.toks[0]]
}

// joinVerbs take up others' calls: "joined calls for", "led calls for",
// "echoed calls for", "renewed calls for".
var joinVerbs = set("join lead echo renew repeat")

// joinedCalls: "X joined calls for Y", "X led the calls for Y", "X added
// its voice to calls for Y": X calls for Y.
func (an *analysis) joinedCalls(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	if toks[v].cap || toks[v].low == toks[v].lem && toks[v].low != "call" || v+2 >= len(toks) || toks[v+1].low != "for" {
		return false
	}
	k := v - 1
	if k >= 0 && (toks[k].low == "the" || toks[k].low == "growing" || toks[k].low == "mounting") {
		k--
	}
	if k >= 0 && (toks[k].low == "the" || toks[k].low == "growing") {
		k--
	}
	if k < 0 {
		return false
	}
	vb := k
	// "added its voice to calls for"
	if toks[k].low == "to" && k >= 3 && toks[k-1].lem == "voice" && (toks[k-2].low == "its" || toks[k-2].low == "his" || toks[k-2].low == "her" || toks[k-2].low == "their") && toks[k-3].lem == "add" {
		vb = k - 3
	} else if !joinVerbs[toks[k].lem] || toks[k].low == toks[k].lem && toks[k].lem != "lead" {
		return false
	}
	c := an.verbChain(toks, vb)
	if c.neg || c.drop || c.flip || c.passive {
		return true
	}
	subjs := an.subjectsOf(s, c.start)
	if len(subjs) == 0 {
		return false
	}
	x, ok := nounPhrase(toks, v+2)
	if !ok {
		return true
	}
	for _, m := range subjs {
		cd := mk(m, schema.CallsFor, 0.8)
		cd.hedged = c.hedge
		cd.target = an.proposalTargetGen(toks, x, true)
		an.add(cd)
	}
	return true
}

// stanceAround reports whether the capitalised run ending at e is the
// subject of a stance verb in the past tense (j is the first token after
// auxiliaries and adverbs): "Kirsty Williams called the target ...",
// "Shami Chakrabarti, from Liberty, joined calls for ...".
func stanceAround(toks []token, e, j int) bool {
	verb := func(k int) bool {
		if k >= len(toks) || !toks[k].word || toks[k].cap || toks[k].low == toks[k].lem || !strings.HasSuffix(toks[k].low, "ed") && !speechVerbs[toks[k].lem] {
			return false
		}
		return stanceVerbs[toks[k].lem] != nil || labelVerbs[toks[k].lem] || joinVerbs[toks[k].lem] || speechVerbs[toks[k].lem]
	}
	if j-e <= 2 && verb(j) {
		return true
	}
	// a short apposition: ", from the Liberty group,"
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].low == "from" || toks[e+1].low == "of" || toks[e+1].low == "for") {
		for k := e + 2; k < len(toks) && k < e+10; k++ {
			if toks[k].text == "," {
				return verb(k+1) || k+2 < len(toks) && adverbs[toks[k+1].low] && verb(k+2)
			}
			if !toks[k].word {
				return false
			}
		}
	}
	return false
}

// currencySign: "£5.5bn", "$20" go on a clause ("fund a £5.5bn plan").
func currencySign(toks []token, k int) bool {
	switch toks[k].text {
	case "£", "$", "€":
		return k+1 < len(toks) && toks[k+1].word && toks[k+1].b == toks[k].e
	}
	return false
}

// asideEnd returns the index of the ")" closing a short bracketed aside
// that opens at k inside a clause, or -1.
func asideEnd(toks []token, k int) int {
	if toks[k].text != "(" || k == 0 || !toks[k-1].word {
		return -1
	}
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		switch toks[q].text {
		case ")":
			if q+1 < len(toks) && toks[q+1].word {
				return q
			}
			return -1
		case "(", ".", ",", ";":
			return -1
		}
	}
	return -1
}

// adverbFirst: "Earlier Tony Blair said": a capitalised adverb starts no
// name.
func adverbFirst(toks []token, i int) bool {
	low := toks[i].low
	return adverbs[low] || strings.HasSuffix(low, "ly") || low == "earlier" || low == "later"
}

// shouldEnd and shouldDo are participles after "should be": ending a
// thing opposes it, adopting it supports it.
var shouldEnd = set("scrap abolish repeal axe ditch shelve abandon drop withdraw halt outlaw scrapped abolished repealed axed ditched shelved abandoned dropped withdrawn halted outlawed")
var shouldPolicy = set("allow ban permit legalise legalize outlaw fund")
var shouldDo = set("introduce adopt implement approve accept introduced adopted implemented approved accepted")

// reportedShould: "X said there should be Y" (X calls for Y), "X said Y
// should be scrapped" (X opposes Y), "X said Y should be introduced" (X
// supports Y), and "X said Y should VP" (X calls for it).
func (an *analysis) reportedShould(si int, mk mkFunc) {
	s := &an.sents[si]
	toks := s.toks
	k := s.repV + 1
	if k < len(toks) && toks[k].low == "that" {
		k++
	}
	e := clauseEnd(toks, k)
	j := k
	for j < e && toks[j].low != "should" {
		if toks[j].low == "must" || toks[j].low == "if" || toks[j].low == "unless" || speechVerbs[toks[j].lem] && j > k {
			return
		}
		j++
	}
	if j >= e-1 || j == k || toks[j].inQuote {
		return
	}
	next := toks[j+1].low
	if next == "not" || next == "never" || next == "have" || next == "also" && j+2 < e && toks[j+2].low == "have" {
		return
	}
	// "there should be Y"
	if toks[k].low == "there" && j == k+1 {
		if next != "be" {
			return
		}
		x, ok := nounPhrase(toks, j+2)
		if !ok || x.e > e {
			return
		}
		c := mk(s.rep, schema.CallsFor, 0.7)
		c.target = an.proposalTargetGen(toks, x, true)
		an.add(c)
		return
	}
	subj, ok := nounPhrase(toks, k)
	if !ok || subj.e != j || nonNounWords[toks[subj.head].low] || pronounObj[toks[k].low] {
		return
	}
	// the speaker's own party or person is not a policy: "ministers
	// should expect", "Mr X should resign"
	for _, m := range s.ments {
		if m.s >= k && m.e == j {
			return
		}
	}
	if next == "be" && j+2 < e && (shouldEnd[toks[j+2].low] || shouldDo[toks[j+2].low]) {
		st := schema.Supports
		if shouldEnd[toks[j+2].low] {
			st = schema.Opposes
		}
		c := mk(s.rep, st, 0.7)
		c.target = an.proposalTargetGen(toks, subj, true)
		an.add(c)
		return
	}
	// "Y should VP": the speaker calls for it
	vb := j + 1
	if next == "now" || next == "also" || next == "still" {
		vb++
	}
	if vb >= e || toks[vb].cap || !toks[vb].word || e-vb < 2 {
		return
	}
	// only policy acts: a passive ("should be brought to trial") or an
	// act of policy ("should allow", "should scrap"), not advice ("should
	// know", "should reconsider")
	passive := toks[vb].low == "be" && vb+1 < e && toks[vb+1].low != toks[vb+1].lem && (strings.HasSuffix(toks[vb+1].low, "ed") || strings.HasSuffix(toks[vb+1].low, "en") || strings.HasSuffix(toks[vb+1].low, "t")) || toks[vb].low == "be" && vb+1 < e && (toks[vb+1].low == "put" || toks[vb+1].low == "set" || toks[vb+1].low == "cut")
	if !passive && !actionDo[toks[vb].lem] && !actionEnd[toks[vb].lem] && !shouldPolicy[toks[vb].lem] {
		return
	}
	c := mk(s.rep, schema.Demands, 0.6)
	c.target = an.proposalTarget(toks, np{s: k, e: e, head: -1}, true)
	an.add(c)
}

// receiveVerbs take a stance from others: "the bill faces opposition
// from peers", "the plan won support from charities".
var receiveVerbs = set("face win have receive attract draw meet enjoy gain")

// stanceFrom: "NP faces (stiff) opposition from X" and "NP has broad
// support from X" (X opposes/supports NP), and "... defended the plans,
// despite opposition from X" (X opposes the proposal just named).
func (an *analysis) stanceFrom(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	t := toks[v]
	if t.cap || v+2 >= len(toks) || toks[v+1].low != "from" || t.lem == "support" && t.low != "support" {
		return false
	}
	st := schema.Opposes
	if t.lem == "support" || t.lem == "backing" {
		st = schema.Supports
	}
	// adjectives before the noun: "stiff", "broad", "cross-party"
	k := v - 1
	for k >= 0 && k > v-3 && toks[k].word && !toks[k].cap && !receiveVerbs[toks[k].lem] && toks[k].low != "despite" && toks[k].low != "amid" && !auxiliaries[toks[k].low] && !determiners[toks[k].low] {
		k--
	}
	if k >= 0 && (toks[k].low == "the" || toks[k].low == "some") {
		k--
	}
	if k < 0 {
		return false
	}
	target := -1
	switch {
	case toks[k].low == "despite" || toks[k].low == "amid":
		// the proposal named just before in this sentence
		if an.lastProp >= 0 && an.propSent == an.curSent && k > 0 && toks[k-1].text == "," {
			target = an.lastProp
		}
	case receiveVerbs[toks[k].lem]:
		c := an.verbChain(toks, k)
		if c.neg || c.drop || c.flip || c.passive {
			return true
		}
		// the subject ends where the chain starts: "the plan now faces"
		x, ok := an.subjectNP(toks[:c.start], c.start)
		if !ok {
			return true
		}
		target = an.proposalTarget(toks, x, false)
	default:
		return false
	}
	if target < 0 {
		return true
	}
	for _, m := range an.byAgents(s, v+2) {
		if an.vagueHolder(m) {
			continue
		}
		c := mk(m, st, 0.7)
		c.target = target
		an.add(c)
	}
	return true
}
