package extract

import (
	"sort"
	"strings"

	"stancegraph/schema"
)

var determiners = set("a an the this that these those any such its their his her our some all another every what")

// npStop ends a noun phrase.
var npStop = set("that which who whom whose because after before while despite although though as if unless when since whether where saying describing adding but or and than so nor yet said says told according until amid")

// nonNounWords cannot head a target.
var nonNounWords = set("it this that they them he she him her we us i you one there here what something anything everything nothing")

// timeWords end a prepositional attachment.
var timeWords = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december yesterday today week month year weeks months years time")

var contentStop = set(`a an the of to in on for by with from at as and or its it their his her this that these those any such be been being is are was were will would into over under about against between through without within among proposed so-called new future its our s 's must should could may might also its
proposal proposals plan plans idea`)

// np is a noun phrase: token range [s,e), head token index.
type np struct{ s, e, head int }

// nounPhrase reads the noun phrase that starts at toks[i].
func nounPhrase(toks []token, i int) (np, bool) {
	j := i
	for j < len(toks) && toks[j].word && determiners[toks[j].low] {
		j++
	}
	core := j
	head := -1
	for j < len(toks) {
		t := toks[j]
		if t.quote != 0 {
			j++
			continue
		}
		if (!t.word || npStop[t.low] || auxiliaries[t.low] && t.low != "'s" || isPrep(t.low) || timeWords[t.low] && !t.cap) && !pluralPoss(toks, j) {
			break
		}
		if t.low == "'s" || pluralPoss(toks, j) {
			j++
			continue
		}
		// a verb-looking word after a proposal noun ends the phrase:
		// "the treaty surprised", "the plan sets"
		if head >= 0 && proposalHeads[toks[head].lem] && !t.cap && t.lem != t.low && !proposalHeads[t.lem] {
			break
		}
		head = j
		j++
		if j-core > 8 {
			break
		}
	}
	if head < 0 || nonNounWords[toks[head].low] && head == core {
		return np{}, false
	}
	end := head + 1
	// complements: of/for/on/against/in/under/with NPs, one "to VERB"
	infinitive := false
	for end < len(toks) && end-i < 22 {
		t := toks[end]
		if !t.word {
			break
		}
		if t.low == "to" && end+1 < len(toks) && toks[end+1].word && !toks[end+1].cap && !determiners[toks[end+1].low] && !infinitive {
			infinitive = true
			k := end + 2
			if k < len(toks) && (toks[k].low == "over" || toks[k].low == "up" || toks[k].low == "out") {
				k++
			}
			sub, ok := nounPhrase(toks, k)
			if !ok {
				break
			}
			end = sub.e
			continue
		}
		if isPrep(t.low) && t.low != "to" && t.low != "by" || t.low == "to" && end+1 < len(toks) && determiners[toks[end+1].low] {
			if end+1 < len(toks) && (timeWords[toks[end+1].low] || toks[end+1].low == "part" || toks[end+1].low == "order") {
				break
			}
			// "in a debate", "at a meeting": circumstances, not content
			if (t.low == "in" || t.low == "at" || t.low == "during") && end+1 < len(toks) && (toks[end+1].low == "a" || toks[end+1].low == "an") {
				break
			}
			sub, ok := nounPhrase(toks, end+1)
			if !ok {
				break
			}
			end = sub.e
			continue
		}
		break
	}
	return np{s: i, e: end, head: head}, true
}

// pluralPoss: the apostrophe of a plural possessive ("the Greens' call",
// "Lord Dubs' bill"), between a word in -s and a lower-case or
// capitalised word of the same noun phrase.
func pluralPoss(toks []token, k int) bool {
	t := toks[k]
	if t.word || t.text != "'" && t.text != "\u2019" || k == 0 || k+1 >= len(toks) {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	return p.word && strings.HasSuffix(p.low, "s") && n.word && !auxiliaries[n.low] && !isPrep(n.low) && !npStop[n.low] && n.text != "'"
}

var preps = set("of for on in at with under over from between against by to into within without about toward towards across through")

func isPrep(w string) bool { return preps[w] }

// contentLemmas lists the content lemmas of toks[s:e].
func contentLemmas(toks []token, s, e int) []string {
	var out []string
	for k := s; k < e; k++ {
		t := toks[k]
		if !t.word || contentStop[t.low] || contentStop[t.lem] || t.mod != "" {
			continue
		}
		out = append(out, t.lem)
	}
	return out
}

// proposalTarget turns toks[s:e] into a proposal, linking it to an earlier
// one when their lemmas agree, or resolving "the plan" to the proposal in
// focus. It returns -1 when the phrase says too little.
func (an *analysis) proposalTarget(toks []token, x np, clausal bool) int {
	s, e := x.s, x.e
	for s < e && toks[s].word && determiners[toks[s].low] {
		s++
	}
	// drop a leading actor modifier: "U.S.-backed proposal" -> "proposal",
	// "the government's plans" -> "plans"
	for k := s; k < e && k < s+4; k++ {
		if toks[k].mod != "" || (toks[k].low == "'s" || pluralPoss(toks, k)) && k+1 < e {
			s = k + 1
			break
		}
	}
	for s < e && toks[s].word && determiners[toks[s].low] {
		s++
	}
	lem := contentLemmas(toks, s, e)
	headLem := ""
	if x.head >= 0 && x.head < len(toks) {
		headLem = toks[x.head].lem
	}
	if !clausal {
		if !proposalHeads[headLem] {
			return -1
		}
		// "that change", "this move": the proposal in focus
		if len(lem) == 1 && genericHeads[lem[0]] && x.e == x.head+1 && x.head > x.s && (toks[x.head-1].low == "this" || toks[x.head-1].low == "that" || toks[x.head-1].low == "the" || toks[x.head-1].low == "these") {
			if an.lastProp >= 0 && an.curSent-an.propSent <= 1 {
				return an.lastProp
			}
			if toks[x.head-1].low != "the" {
				return -1
			}
		}
		// a generic head with no complement refers back
		if len(lem) == 0 {
			// "the proposal" refers to the last proposal headed alike
			for i := len(an.props) - 1; i >= 0; i-- {
				if an.props[i].head == headLem {
					return i
				}
			}
			return -1
		}
		// "proposal to deploy X": name the thing proposed
		if genericHeads[headLem] && x.head+2 < e && toks[x.head+1].low == "to" && creationVerbs[toks[x.head+2].lem] {
			k := x.head + 2
			if sub, ok := nounPhrase(toks, k+1); ok && sub.e <= e && proposalHeads[toks[sub.head].lem] {
				ns := sub.s
				for ns < sub.e && determiners[toks[ns].low] {
					ns++
				}
				ne := sub.e
				for q := ns; q < sub.e; q++ {
					if toks[q].low == "to" {
						ne = q
						break
					}
				}
				s, e = ns, ne
				lem = contentLemmas(toks, s, e)
			}
		}
	}
	if len(lem) == 0 || onlyVote(lem) {
		return -1
	}
	name := strings.Trim(textOf(an.text, toks, s, e), " ,\"\u201c\u201d")
	idx := an.addProp(name, lem, clausal, headLem)
	if an.props[idx].head == "" {
		an.props[idx].head = headLem
	}
	an.lastProp, an.propSent = idx, an.curSent
	return idx
}

func (an *analysis) addProp(name string, lem []string, clausal bool, head string) int {
	best := -1
	for i := len(an.props) - 1; i >= 0; i-- {
		p := &an.props[i]
		if p.parent >= 0 {
			continue
		}
		// two kinds of thing: "the ceasefire plan for the valley" is not
		// "the valley peacekeeping mission"
		if k1, k2 := propKind(head, lem), propKind(p.head, p.lemmas); k1 != "" && k2 != "" && k1 != k2 && !containsStr(p.lemmas, k1) && !containsStr(lem, k2) {
			continue
		}
		if linked(p.lemmas, lem, clausal || p.clausal) {
			best = i
			break
		}
	}
	if best >= 0 {
		p := &an.props[best]
		if len(p.lemmas) <= 1 && len(lem) > len(p.lemmas) {
			p.name, p.lemmas = name, lem
		}
		return best
	}
	an.props = append(an.props, prop{name: name, lemmas: lem, parent: -1, clausal: clausal})
	return len(an.props) - 1
}

// linked: two lemma sets name the same proposal when they share two
// content lemmas making most of the smaller set, or all of a one-word set.
// Clauses link only when nearly all of the smaller set is shared.
func linked(a, b []string, clausal bool) bool {
	shared := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				shared++
				break
			}
		}
	}
	small := min(len(a), len(b))
	if clausal {
		return small >= 2 && shared*5 >= small*4
	}
	return shared >= 2 && shared*5 >= small*3 || small == 1 && shared == 1
}

// subject walks left from the verb at v over auxiliaries, adverbs,
// negation and control verbs, and returns the mention that ends there.
type chain struct {
	neg, hedge, flip, drop, passive bool
	future                          bool // a modal of intent or ability: will, would, can
	commit                          bool // "vowed to", "is to", "will": committed to act
	start                           int  // first token of the chain
}

var futureModals = set("will would can could shall 'll wo ca must")

// commitModals commit the subject to act: "will scrap", "would boost".
var commitModals = set("will would shall 'll wo")

// verbChain reads the chain of auxiliaries, adverbs and control verbs
// before the verb at v. An obligation on a named subject ("Turkey may have
// to accept", "the plan must be approved by the Senate", "the Lords should
// reject") is someone else's demand, not the subject's position: dropped;
// on a pronoun ("we must reject", "he said he had to back") it is kept.
func (an *analysis) verbChain(toks []token, v int) chain {
	c, oblig := an.verbChain1(toks, v)
	if oblig && !(c.start > 0 && obligPronouns[toks[c.start-1].low]) {
		c.drop = true
	}
	return c
}

var obligPronouns = set("we i he she it they")

func (an *analysis) verbChain1(toks []token, v int) (c chain, oblig bool) {
	c = chain{start: v}
	k := v - 1
	for k >= 0 {
		t := toks[k]
		if !t.word {
			break
		}
		switch {
		case t.low == "not" || t.low == "never" || t.low == "no" && k+1 < v && toks[k+1].low == "longer":
			c.neg = true
		case t.low == "longer" && k > 0 && toks[k-1].low == "no":
		case (t.low == "likely" || t.low == "unlikely") && k+1 < v && toks[k+1].low == "to":
			// "is likely to back": a prediction
			c.drop = true
		case (t.lem == "have" || t.lem == "need" || t.low == "ought") && k+1 < v && toks[k+1].low == "to" || t.low == "must" || t.low == "should":
			oblig = true
			c.future = c.future || futureModals[t.low]
		case modalHedges[t.low] || hedgeAdverbs[t.low]:
			c.hedge = true
			c.future = futureModals[t.low]
			c.commit = c.commit || commitModals[t.low]
		case futureModals[t.low]:
			c.future = true
			c.commit = c.commit || commitModals[t.low]
		case t.low == "be" || t.low == "is" || t.low == "are" || t.low == "was" || t.low == "were" || t.low == "been" || t.low == "being":
			if k+1 < v && toks[k+1].low == "to" && k+2 == v {
				c.commit = true // "is to freeze"
			} else if toks[v].low != toks[v].lem || strings.HasSuffix(toks[v].low, "ed") {
				between := true
				for q := k + 1; q < v; q++ {
					if !adverbs[toks[q].low] && !strings.HasSuffix(toks[q].low, "ly") {
						between = false
					}
				}
				c.passive = c.passive || between
			}
		case t.low == "on" && k > 0 && (toks[k-1].lem == "go" || toks[k-1].low == "went"):
			// "went on to say"
		case auxiliaries[t.low] || adverbs[t.low] || strings.HasSuffix(t.low, "ly") && !t.cap:
		case controlVerbs[t.lem] != 0 || controlVerbs[t.low] != 0 || (t.lem == "vow" || t.lem == "pledge" || t.lem == "promise" || t.lem == "decide" || t.lem == "continue" || t.lem == "want" || t.lem == "vote" || t.lem == "move" || t.lem == "seek" || t.lem == "begin" || t.lem == "agree" || t.lem == "keen" || t.lem == "determine"):
			// "appears unwilling to", "seems ready to"
			if (t.lem == "appear" || t.lem == "seem") && k+1 < v && controlVerbs[toks[k+1].low] != 0 {
				c.hedge = true
				c.start = k
				k--
				continue
			}
			if k+1 >= len(toks) || toks[k+1].low != "to" {
				return c, oblig
			}
			if commitVerbs[t.lem] {
				c.commit = true
			}
			switch controlVerbs[t.lem] | controlVerbs[t.low] {
			case ctlFlip:
				c.flip = !c.flip
			case ctlDrop:
				c.drop = true
			case ctlHedge:
				c.hedge = true
			}
		default:
			return c, oblig
		}
		c.start = k
		k--
	}
	return c, oblig
}

// subjectAt returns the mention ending just before token k (skipping an
// apposition between commas).
func subjectAt(ms []mention, toks []token, k int) (mention, bool) {
	for _, m := range ms {
		if m.e == k {
			return m, true
		}
	}
	if k > 0 && toks[k-1].text == "," {
		for j := k - 2; j >= 0 && j > k-18; j-- {
			if toks[j].text == "," {
				for _, m := range ms {
					if m.e == j && m.s <= j {
						return m, true
					}
				}
				break
			}
		}
	}
	return mention{}, false
}

// reporter finds who speaks in sentence si: "X said", "said X",
// "according to X", "X, a ..., said". It returns the speech verb index.
func (an *analysis) reporter(si int) (mention, int, bool) {
	s := &an.sents[si]
	toks := s.toks
	for v, t := range toks {
		if !t.word || t.inQuote {
			continue
		}
		if t.low == "according" && v+1 < len(toks) && toks[v+1].low == "to" {
			for _, m := range s.ments {
				if m.s == v+2 {
					return m, v + 1, true
				}
			}
		}
		if !speechVerbs[t.lem] || t.cap && v > 0 {
			continue
		}
		c := an.verbChain(toks, v)
		if m, ok := subjectAt(s.ments, toks, c.start); ok && !c.neg {
			return m, v, true
		}
		// inverted after a quote or comma: "..., said X" / "X stated"
		if v > 0 && (toks[v-1].text == "," || toks[v-1].quote == -1) {
			for _, m := range s.ments {
				// after a quotation the speaker may come after a long
				// title; after a plain comma it must follow the verb
				afterQuote := toks[v-1].quote == -1 || v >= 2 && toks[v-2].quote == -1
				if m.s > v && (m.s <= v+14 && afterQuote || m.s <= v+3) {
					if an.ents[m.ent].kind == schema.Person || m.s == v+1 || m.role {
						return m, v, true
					}
				}
			}
		}
	}
	return mention{}, -1, false
}

func (an *analysis) add(c cand) {
	if c.holder < 0 || c.target < 0 {
		return
	}
	if c.actorTarget && c.target == c.holder {
		return
	}
	if c.hedged {
		c.conf *= 0.6
	}
	an.cands = append(an.cands, c)
}

// stances applies the clause patterns to sentence si.
func (an *analysis) stances(si int) {
	s := &an.sents[si]
	toks := s.toks
	rep, repV, hasRep := s.rep, s.repV, s.hasRep
	conditional := false
	for _, t := range toks {
		if t.low == "if" || t.low == "unless" {
			conditional = true
		}
	}
	mk := func(m mention, st schema.Stance, conf float64) cand {
		h, sp := an.holderOf(m)
		c := cand{holder: h, speaker: sp, stance: st, sent: si, conf: conf, target: -1}
		// "An Estavian spokesman said the government opposes": that
		// country's government
		if an.ents[h].name == "government" && hasRep && rep.ent != m.ent {
			if rh, _ := an.holderOf(rep); an.ents[rh].kind == schema.Country {
				c.holder = rh
				h = rh
			}
		}
		if m.role {
			c.speaker = -1
		} else if sp < 0 && hasRep && rep.ent != m.ent && an.isPerson(rep) {
			rh, _ := an.holderOf(rep)
			// a person reporting their country's or government's
			// position voices it: "Mr Straw said the UK would veto ..."
			if rh == h || rh == rep.ent && (an.ents[h].kind == schema.Country || an.ents[h].name == "government") {
				c.speaker = rep.ent
			}
		}
		if conditional {
			c.conf *= 0.8
		}
		return c
	}
	for v := 0; v < len(toks); v++ {
		t := toks[v]
		if !t.word {
			continue
		}
		// modifier: "U.S.-backed proposal"
		if st, ok := modifierStances[t.mod]; ok && v > 0 {
			for _, m := range s.ments {
				if m.e == v && !an.isPerson(m) {
					if x, ok := nounPhrase(toks, v+1); ok && proposalHeads[toks[x.head].lem] {
						c := mk(m, st, 0.7)
						c.target = an.proposalTarget(toks, np{s: v - 0, e: x.e, head: x.head}, false)
						an.add(c)
					}
				}
			}
			continue
		}
		// nominal: "Hamas's rejection of the proposal"; "the Labour plan"
		ns, ok := nounStances[t.lem]
		if !ok {
			ns, ok = nounStances[t.low]
		}
		if ok && v >= 2 && toks[v-1].low == "'s" && v+1 < len(toks) && ns.preps[toks[v+1].low] {
			if m, ok := subjectAt(s.ments, toks, v-1); ok {
				if x, ok := nounPhrase(toks, v+2); ok {
					c := mk(m, ns.stance, 0.75)
					c.target = an.proposalTarget(toks, x, false)
					an.add(c)
				}
			}
			continue
		}
		if (t.lem == "plan" || t.lem == "proposal" || t.lem == "resolution" || t.lem == "bill" || t.lem == "initiative" || t.lem == "scheme") && v >= 1 && !t.cap {
			k := v - 1
			for k >= 0 && (toks[k].low == "draft" || toks[k].low == "new" || toks[k].low == "'s" || toks[k].low == "peace" || toks[k].low == "reform") {
				k--
			}
			if k >= 0 && k < v-0 {
				for _, m := range s.ments {
					if m.e == k+1 && !m.pron && !an.isPerson(m) && an.ents[m.ent].kind != schema.Media && !m.role {
						st := k
						for st > 0 && toks[st-1].word && (determiners[toks[st-1].low] || toks[st-1].low == "draft") {
							st--
						}
						if t.lem == "resolution" && an.ents[m.ent].kind != schema.Country {
							continue
						}
						if x, ok := nounPhrase(toks, st); ok && x.head >= v {
							c := mk(m, schema.Proposes, 0.6)
							c.target = an.proposalTarget(toks, x, false)
							an.add(c)
						}
					}
				}
			}
		}
		// evaluative: "X is unacceptable" (in a quote or reported) and
		// "describing X as unacceptable"
		if (evalNeg[t.low] || evalPos[t.low]) && !t.cap {
			st := schema.Rejects
			if evalPos[t.low] {
				st = schema.Welcomes
			}
			an.evaluative(si, v, st, rep, repV, hasRep, mk)
			continue
		}
		if an.verbClause(si, v, mk) {
			continue
		}
	}
	// reported obligation: "X said that Y must/should VP"
	if hasRep && repV >= 0 {
		k := repV + 1
		if k < len(toks) && toks[k].low == "that" {
			k++
		}
		e := clauseEnd(toks, k)
		for j := k; j < e; j++ {
			if (toks[j].low == "must" || toks[j].low == "should") && !toks[j].inQuote && j > k {
				if j+1 < e && (toks[j+1].low == "not" || toks[j+1].low == "never") {
					break
				}
				// "said there should be a one-day strike": the thing
				if toks[j-1].low == "there" && j-1 == k && j+2 < e && toks[j+1].low == "be" {
					if toks[j+2].low == "no" {
						break
					}
					if x, ok := nounPhrase(toks, j+2); ok && x.e <= e {
						cd := mk(rep, schema.Demands, 0.6)
						cd.target = an.proposalTargetGen(toks, x, true)
						an.add(cd)
					}
					break
				}
				// "should" alone is often advice or a forecast ("the prince
				// should apologise", "prices should rise"): only "there
				// should be" above is read
				if toks[j].low == "should" {
					break
				}
				if nonNounWords[toks[j-1].low] || !obligationRead(toks, j, e) || !plainSubject(toks, k, j) {
					break
				}
				cd := mk(rep, schema.Demands, 0.6)
				cd.target = an.proposalTarget(toks, np{s: k, e: e, head: -1}, true)
				an.add(cd)
				break
			}
		}
	}
}

// plainSubject: toks[k:j] is a subject with no verb or clause of its own
// ("the existing powers run out soon so must be replaced" is not).
func plainSubject(toks []token, k, j int) bool {
	for q := k; q < j; q++ {
		t := toks[q]
		if subordinators[t.low] || t.low == "but" || t.low == "which" || t.low == "who" || auxiliaries[t.low] && t.low != "to" && t.low != "'s" {
			return false
		}
	}
	return true
}

func (an *analysis) isPerson(m mention) bool { return an.ents[m.ent].kind == schema.Person }

// clauseEnd returns where a clausal target starting at k ends.
func clauseEnd(toks []token, k int) int {
	for e := k; e < len(toks); e++ {
		t := toks[e]
		if !t.word && t.text != "-" && t.quote == 0 {
			return e
		}
		// a quoted phrase inside the clause: "develop a \"sense of
		// belonging\" in Britain"
		if t.quote == 1 && e > k {
			q := e + 1
			for q < len(toks) && q < e+12 && toks[q].quote == 0 {
				q++
			}
			if q < len(toks) && toks[q].quote == -1 {
				e = q
				continue
			}
			return e
		}
		if t.quote != 0 && e > k {
			return e
		}
		switch t.low {
		case "because", "despite", "although", "while", "which", "saying", "adding", "after", "whereas":
			return e
		case "as":
			if e+1 < len(toks) && (toks[e+1].low == "part" || toks[e+1].low == "well") {
				return e
			}
		case "in":
			if e+1 < len(toks) && (toks[e+1].low == "order" || toks[e+1].low == "accordance") {
				return e
			}
		}
	}
	return len(toks)
}

// speculative adverbs before an evaluative adjective make it a guess.
var speculative = set("potentially possibly perhaps probably arguably maybe conceivably")

// mandative adjectives take a that-clause that asks for something.
var mandative = set("essential vital important necessary crucial imperative")

// claimVerbs after "it is wrong to" rebut a claim, not a policy.
var claimVerbs = set("assume imply pretend presume suppose speculate infer portray characterise characterize describe")

// personHeads head noun phrases that name people, not proposals.
var personHeads = set("people person persons man men woman women child children boy boys girl girls voter citizen citizens member members individual individuals family families")

// evaluative handles an evaluative adjective at v.
func (an *analysis) evaluative(si, v int, st schema.Stance, rep mention, repV int, hasRep bool, mk func(mention, schema.Stance, float64) cand) {
	s := &an.sents[si]
	toks := s.toks
	// "called/branded/dubbed X (as) \"ADJ\"", "describing X as ADJ",
	// "X has been branded ADJ by Y"
	k := v - 1
	for k >= 0 && (toks[k].quote != 0 || adverbs[toks[k].low] || strings.HasSuffix(toks[k].low, "ly") && !toks[k].cap || toks[k].low == "and" || toks[k].text == "," || evalNeg[toks[k].low] || evalPos[toks[k].low] || toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "as") {
		k--
	}
	// inside a quotation, the object ends at its opening mark:
	// "called the plans \"dangerous, ill thought-out and irresponsible\""
	if k >= 0 && toks[k].inQuote && toks[v].inQuote {
		q := k
		for q >= 0 && q > k-12 && toks[q].quote != 1 {
			q--
		}
		if q >= 0 && toks[q].quote == 1 {
			k = q - 1
			for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "as") {
				k--
			}
		}
	}
	objEnd := k + 1
	for d := k; d >= 0 && d > k-14; d-- {
		if !labelVerbs[toks[d].lem] || toks[d].cap && d > 0 {
			continue
		}
		if d+1 < len(toks) && (toks[d+1].low == "for" || toks[d+1].low == "on") {
			return
		}
		c := an.verbChain(toks, d)
		if c.neg || c.drop {
			return
		}
		var holders []mention
		var x np
		if c.passive {
			// "... have been branded \"deeply irresponsible\" by X"
			e := v + 1
			for e < len(toks) && (toks[e].quote != 0 || evalNeg[toks[e].low] || evalPos[toks[e].low] || toks[e].low == "and" || toks[e].text == ",") {
				e++
			}
			if e >= len(toks) || toks[e].low != "by" {
				return
			}
			holders = an.byAgents(s, e+1)
			var ok bool
			if x, ok = an.subjectNP(toks, c.start); !ok {
				return
			}
		} else {
			if d+1 >= objEnd {
				return
			}
			if strings.HasSuffix(toks[d].low, "ing") && c.start == d {
				if d > 0 && toks[d-1].text == "," {
					holders = an.mainSubject(s, d)
				}
			} else {
				holders = an.subjectsOf(s, c.start)
			}
			// an actor: "called Mr Brown \"naive\""
			for _, m := range s.ments {
				if (m.s == d+1 || m.s == d+2 && toks[d+1].low == "the") && m.e == objEnd && !m.pron {
					for _, h := range holders {
						cd := mk(h, st, 0.75)
						cd.target, cd.actorTarget = m.ent, true
						an.add(cd)
					}
					return
				}
			}
			x = np{s: d + 1, e: objEnd, head: objEnd - 1}
			// "branded it \"tasteless\" and offensive": a pronoun or a
			// quoted word is no object
			if pronounObj[toks[d+1].low] && !determiners[toks[d+1].low] {
				return
			}
			for q := x.s; q < x.e; q++ {
				if toks[q].quote != 0 {
					return
				}
			}
		}
		for _, h := range holders {
			cd := mk(h, st, 0.75)
			cd.hedged = c.hedge
			cd.target = an.proposalTargetGen(toks, x, true)
			an.add(cd)
		}
		return
	}
	// "SUBJ is/would be ADJ" inside a quote or a reported clause
	if !hasRep {
		return
	}
	k = v - 1
	for k >= 0 && adverbs[toks[k].low] || k >= 0 && strings.HasSuffix(toks[k].low, "ly") {
		// "was potentially dangerous": speculation
		if speculative[toks[k].low] {
			return
		}
		k--
	}
	if k < 0 || !(toks[k].low == "is" || toks[k].low == "are" || toks[k].low == "was" || toks[k].low == "were" || toks[k].low == "be") {
		return
	}
	cop := k
	if toks[cop].low == "be" {
		// "could be damaging", "might well be dangerous": speculation
		q := cop - 1
		for q >= 0 && (adverbs[toks[q].low] || toks[q].low == "well" || strings.HasSuffix(toks[q].low, "ly") && !toks[q].cap) {
			q--
		}
		if q >= 0 && (toks[q].low == "could" || toks[q].low == "might" || toks[q].low == "may" || toks[q].low == "can") {
			return
		}
	}
	if toks[cop].low == "be" && cop > 0 && (toks[cop-1].low == "would" || toks[cop-1].low == "will") {
		cop--
	}
	for q := cop - 1; q >= 0 && q > cop-4 || q > cop && q < v; q-- {
		if toks[q].low == "not" || toks[q].low == "never" {
			return
		}
	}
	for q := cop + 1; q < v; q++ {
		if toks[q].low == "not" || toks[q].low == "never" || toks[q].low == "no" {
			return
		}
	}
	// "X said it was wrong to VP"
	if cop > 0 && toks[cop-1].low == "it" && v+2 < len(toks) && toks[v+1].low == "to" && toks[v+2].word && !toks[v+2].cap && (cop == 1 || !toks[cop-2].word || toks[cop-2].low == "that" || toks[cop-2].lem == "say" || toks[cop-2].quote != 0) {
		// "wrong to suggest that ...", "wrong to assume ...": a claim,
		// not a policy; "damaging to the courts for ...": no verb
		if speechVerbs[toks[v+2].lem] || claimVerbs[toks[v+2].lem] || determiners[toks[v+2].low] {
			return
		}
		e := clauseEnd(toks, v+2)
		// "crucial to tackle the \"core of ...\"": cut at a quote
		if determiners[toks[e-1].low] {
			return
		}
		if e-(v+2) >= 2 {
			cd := mk(rep, st, 0.7)
			cd.hedged = toks[cop].low == "be"
			cd.target = an.proposalTarget(toks, np{s: v + 2, e: e, head: -1}, true)
			an.add(cd)
		}
		return
	}
	// "X said it was essential that Britain keeps the rebate": a mandative
	// adjective makes the clause a demand ("it is wrong that prices rose"
	// judges a fact)
	if cop > 0 && toks[cop-1].low == "it" && v+3 < len(toks) && toks[v+1].low == "that" && mandative[toks[v].low] && (cop == 1 || !toks[cop-2].word || toks[cop-2].low == "that" || speechVerbs[toks[cop-2].lem] || toks[cop-2].quote != 0) {
		k := v + 2
		e := clauseEnd(toks, k)
		if e-k >= 3 && !nonNounWords[toks[k].low] && !determiners[toks[e-1].low] {
			cd := mk(rep, st, 0.6)
			cd.hedged = toks[cop].low == "be"
			cd.target = an.proposalTarget(toks, np{s: k, e: e, head: -1}, true)
			an.add(cd)
		}
		return
	}
	// clause start: opening quote, "that", comma, the speech verb or
	// sentence start
	b := cop - 1
	for b > 0 && toks[b-1].quote != 1 && (toks[b-1].low != "that" || toks[cop].inQuote) && toks[b-1].text != "," && toks[b-1].text != ":" && b-1 != repV && cop-b < 20 {
		b--
	}
	// an actor: "Mr Straw was \"naive\""
	for _, m := range s.ments {
		if m.s == b || m.s == b+1 && (toks[b].low == "the" || titles[toks[b].low]) {
			if m.e == cop && !m.pron && m.ent != rep.ent {
				cd := mk(rep, st, 0.7)
				cd.target, cd.actorTarget = m.ent, true
				an.add(cd)
			}
			if m.e == cop {
				return
			}
		}
	}
	if b < 0 {
		return
	}
	// ", and a balanced view was important"
	if toks[b].low == "and" || toks[b].low == "but" || toks[b].low == "or" {
		b++
	}
	if cop-b < 2 || nonNounWords[toks[b].low] || subordinators[toks[b].low] {
		return
	}
	// ", hoping to back the plan, are naive": a participle after a comma
	// is an aside, not the subject
	if b > 0 && toks[b-1].text == "," && strings.HasSuffix(toks[b].low, "ing") && !toks[b].cap {
		return
	}
	// the subject must be the whole clause start
	if len(contentLemmas(toks, b, cop)) == 0 {
		return
	}
	for q := b; q < cop; q++ {
		if speechVerbs[toks[q].lem] || nonNounWords[toks[q].low] && toks[q].low != "that" || toks[q].quote != 0 {
			return
		}
		// "a plan which is unacceptable to some": a relative clause
		if toks[q].low == "which" || toks[q].low == "who" || toks[q].low == "whom" || toks[q].low == "whose" {
			return
		}
	}
	// "the plan that was unacceptable"
	if toks[cop-1].low == "that" {
		return
	}
	// a person is no proposal: "the minister was wrong", "Mr X is
	// unacceptable"
	if h := toks[cop-1]; personHeads[h.low] || roleNouns[h.low] || groupNouns[h.low] || titles[h.low] {
		return
	}
	for _, m := range s.ments {
		if m.e == cop && m.s >= b && an.isPerson(m) {
			return
		}
	}
	cd := mk(rep, st, 0.7)
	cd.hedged = toks[cop].low == "be"
	cd.target = an.proposalTarget(toks, np{s: b, e: cop, head: -1}, true)
	an.add(cd)
}

// emit writes the candidates into out.
func (an *analysis) emit(out *schema.Extraction, a schema.Article, minConf float64) {
	type key struct {
		h, t  int
		st    schema.Stance
		sent  int
		actor bool
	}
	best := map[key]int{}
	var keep []cand
	for _, c := range an.cands {
		if c.conf < minConf {
			continue
		}
		// follow proposal links
		if !c.actorTarget {
			for an.props[c.target].parent >= 0 {
				c.target = an.props[c.target].parent
			}
		}
		k := key{c.holder, c.target, c.stance, c.sent, c.actorTarget}
		if i, ok := best[k]; ok {
			if c.conf > keep[i].conf {
				keep[i] = c
			}
			continue
		}
		best[k] = len(keep)
		keep = append(keep, c)
	}
	// opposite polarities on one target in one sentence: keep neither
	type pk struct{ h, t, sent int }
	pol := map[pk]schema.Polarity{}
	conflict := map[pk]bool{}
	for _, c := range keep {
		k := pk{c.holder, c.target, c.sent}
		if p, ok := pol[k]; ok && p != c.stance.Polarity() {
			conflict[k] = true
		}
		pol[k] = c.stance.Polarity()
	}
	actorIDs := map[int]string{}
	usedActors := map[int]bool{}
	propIDs := map[int]string{}
	var stmts []schema.Statement
	runeStart := map[int][2]int{}
	for _, c := range keep {
		if conflict[pk{c.holder, c.target, c.sent}] {
			continue
		}
		sp := an.sents[c.sent].sp
		ro, ok := runeStart[c.sent]
		if !ok {
			s, e := an.runeOffsets(sp)
			ro = [2]int{s, e}
			runeStart[c.sent] = ro
		}
		st := schema.Statement{
			Holder:     an.actorID(c.holder, actorIDs, usedActors),
			Stance:     c.stance,
			Polarity:   c.stance.Polarity(),
			Article:    a.ID,
			Evidence:   an.text[sp.b:sp.e],
			Start:      ro[0],
			End:        ro[1],
			Date:       a.Published,
			Confidence: round2(c.conf),
			Hedged:     c.hedged,
			Negated:    c.negated,
		}
		if c.speaker >= 0 && c.speaker != c.holder {
			st.Speaker = an.actorID(c.speaker, actorIDs, usedActors)
		}
		if c.actorTarget {
			st.Target, st.TargetKind = an.actorID(c.target, actorIDs, usedActors), schema.TargetActor
		} else {
			id, ok := propIDs[c.target]
			if !ok {
				id = propID(an.props[c.target].lemmas)
				propIDs[c.target] = id
			}
			st.Target, st.TargetKind = id, schema.TargetProposal
		}
		st.ID = schema.StatementID(a.ID, st.Holder, st.Stance, st.Target, st.Start, st.End)
		stmts = append(stmts, st)
	}
	sort.SliceStable(stmts, func(i, j int) bool {
		x, y := stmts[i], stmts[j]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		if x.Holder != y.Holder {
			return x.Holder < y.Holder
		}
		if x.Stance != y.Stance {
			return x.Stance < y.Stance
		}
		return x.Target < y.Target
	})
	out.Statements = append(out.Statements, stmts...)
	// affiliations of used persons
	for e := range usedActors {
		if af := an.ents[e].affil; af >= 0 {
			an.actorID(af, actorIDs, usedActors)
		}
	}
	ids := make([]int, 0, len(usedActors))
	for e := range usedActors {
		ids = append(ids, e)
	}
	sort.Slice(ids, func(i, j int) bool { return actorIDs[ids[i]] < actorIDs[ids[j]] })
	seen := map[string]bool{}
	for _, e := range ids {
		id := actorIDs[e]
		if seen[id] {
			continue
		}
		seen[id] = true
		en := an.ents[e]
		act := schema.Actor{ID: id, Name: en.name, Kind: en.kind}
		for al := range en.alias {
			act.Aliases = append(act.Aliases, al)
		}
		sort.Strings(act.Aliases)
		if en.affil >= 0 {
			act.Affiliations = []schema.Affiliation{{Org: actorIDs[en.affil], Role: en.role}}
		}
		out.Actors = append(out.Actors, act)
	}
	pids := make([]int, 0, len(propIDs))
	for p := range propIDs {
		pids = append(pids, p)
	}
	sort.Slice(pids, func(i, j int) bool { return propIDs[pids[i]] < propIDs[pids[j]] })
	seenP := map[string]bool{}
	for _, p := range pids {
		id := propIDs[p]
		if seenP[id] {
			continue
		}
		seenP[id] = true
		pr := schema.Proposal{ID: id, Name: an.props[p].name}
		out.Proposals = append(out.Proposals, pr)
	}
}

func (an *analysis) actorID(e int, ids map[int]string, used map[int]bool) string {
	used[e] = true
	if id, ok := ids[e]; ok {
		return id
	}
	id := schema.Slug(an.ents[e].name)
	ids[e] = id
	return id
}

// propID derives a proposal ID from its sorted content lemmas, so the same
// key gives the same ID in every article.
func propID(lemmas []string) string {
	l := append([]string(nil), lemmas...)
	sort.Strings(l)
	u := l[:0]
	for i, x := range l {
		if i == 0 || x != l[i-1] {
			u = append(u, x)
		}
	}
	if len(u) > 8 {
		u = u[:8]
	}
	return schema.Slug(strings.Join(u, " "))
}

func round2(f float64) float64 {
	if f > 1 {
		f = 1
	}
	return float64(int(f*100+0.5)) / 100
}

// onlyVote: a "yes" or "no" vote says nothing of what is voted on.
func onlyVote(lem []string) bool {
	for _, l := range lem {
		if l != "no" && l != "yes" && l != "vote" {
			return false
		}
	}
	return true
}

var subordinators = set("while whilst although though if unless because whereas since when once as then so")

func containsStr(l []string, x string) bool {
	for _, y := range l {
		if y == x {
			return true
		}
	}
	return false
}

// propKind is what kind of thing a proposal is: its head, or for a generic
// head ("plan") the last proposal noun before it ("ceasefire plan").
func propKind(head string, lem []string) string {
	if head != "" && !genericHeads[head] && proposalHeads[head] {
		return head
	}
	for i := len(lem) - 1; i >= 0; i-- {
		if proposalHeads[lem[i]] && !genericHeads[lem[i]] {
			return lem[i]
		}
	}
	return ""
}

// creationVerbs name the thing proposed: "a proposal to deploy a force" is
// about the force; "proposals to increase fees" is not about fees.
var creationVerbs = set("deploy establish create set send build form install appoint introduce")
