package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"stancegraph/schema"
)

var determiners = set("a an the this that these those any such its their his her our some all another every what")

// npStop ends a noun phrase.
var npStop = set("that which who whom whose because after before while despite although though as if unless when since whether where saying describing adding but or and than so nor yet said says told according until amid")

// nonNounWords cannot head a target.
var nonNounWords = set("it this that they them he she him her we us i you one there here what something anything everything nothing")

// timeWords end a prepositional attachment.
var timeWords = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december yesterday today tomorrow week month year weeks months years time weekend fortnight decade")

var contentStop = set(`a an the of to in on for by with from at as and or its it their his her this that these those any such be been being is are was were will would into over under about between through within among proposed so-called new future its our s 's must should could may might also its
proposal proposals plan plans idea
more many much most few several some all less fewer further latest`)

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
		if t.quote != 0 || bareGenitive(toks, j) && j > core {
			j++
			continue
		}
		// an amount: "a £5bn plan", "a £5.5bn ($10bn) plan"
		if currency[t.text] && j+1 < len(toks) && toks[j+1].word {
			j++
			continue
		}
		if t.text == "(" && head >= 0 {
			if q := closeParen(toks, j, 6); q > 0 {
				j = q + 1
				continue
			}
		}
		// a number with thousands: "100,000 jobs"
		if t.text == "," && head >= 0 && isNumber(toks[head].low) && j+1 < len(toks) && isNumber(toks[j+1].low) && toks[head].e == t.b && t.e == toks[j+1].b {
			j++
			continue
		}
		// a possessive apostrophe after -s: "Lord Dubs' bill"
		if possApostrophe(toks, j) {
			j++
			continue
		}
		if !t.word || npStop[t.low] || auxiliaries[t.low] && t.low != "'s" || isPrep(t.low) {
			break
		}
		if timeAt(toks, j, head >= 0) {
			// "the deal last week", "next year": the time phrase is no
			// part of the noun phrase
			m := j
			for m > core && (timeMods[toks[m-1].low] || isNumber(toks[m-1].low) || numberWords[toks[m-1].low]) {
				m--
			}
			j = m
			head = -1
			for q := m - 1; q >= core; q-- {
				if toks[q].word && toks[q].low != "'s" {
					head = q
					break
				}
			}
			break
		}
		// a second determiner or a pronoun starts another phrase: "the bill
		// the Lords rejected", "proposals on immigration it"
		// (a gerund or a bare verb takes an object: "ending the ban",
		// "withdraw his bill")
		if head >= 0 && (nonNounWords[t.low] || determiners[t.low] && !(strings.HasSuffix(toks[head].low, "ing") && toks[head].low != toks[head].lem) && !(head == i && core == i)) {
			break
		}
		// a participle before its agent: "the rebate secured by X"
		if head >= 0 && j+1 < len(toks) && toks[j+1].low == "by" && strings.HasSuffix(t.low, "ed") && t.low != t.lem {
			break
		}
		if t.low == "'s" || pluralPoss(toks, j) {
			j++
			continue
		}
		// a verb-looking word after a proposal noun ends the phrase:
		// "the treaty surprised", "the plan sets"
		// (but "the campaign posters featuring X", "the law lords are":
		// a plural before a participle or an auxiliary is the noun)
		if head >= 0 && proposalHeads[toks[head].lem] && !t.cap && t.lem != t.low && !proposalHeads[t.lem] && !pluralNounBefore(toks, j) {
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
	// "1.5%": the sign goes with the number
	for end < len(toks) && inNumber(toks, end) {
		end++
	}
	// complements: of/for/on/against/in/under/with NPs, one "to VERB"
	infinitive := false
	for end < len(toks) && end-i < 22 {
		t := toks[end]
		// the head in scare quotes: "the government's \"failure\" to act"
		if !t.word && t.quote == -1 && end == head+1 && head > 0 && toks[head-1].quote == 1 && end+1 < len(toks) && toks[end+1].low == "to" {
			end++
			continue
		}
		if inNumber(toks, end) {
			end++ // "a cut of 1%", "a 2.5% rise"
			continue
		}
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
				// "a commitment to policies that ...": "to" takes a
				// noun phrase, not a verb
				// (an inflected word cannot be a bare infinitive)
				if toks[end+1].low == toks[end+1].lem {
					break
				}
				if sub, ok = nounPhrase(toks, end+1); !ok {
					break
				}
			}
			end = sub.e
			continue
		}
		if isPrep(t.low) && t.low != "to" && t.low != "by" || t.low == "to" && end+1 < len(toks) && determiners[toks[end+1].low] {
			if end+1 < len(toks) && (timeWords[toks[end+1].low] || toks[end+1].low == "part" || toks[end+1].low == "order") {
				break
			}
			// "in 2005", "since 1997"
			if end+1 < len(toks) && isYear(toks[end+1].low) {
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
			// "the bill in the Commons", "the plan at the conference", "on
			// BBC Radio 4's Today programme": where it was said, not what
			if circumstance(t.low, toks[sub.head].lem) || circumstance(t.low, toks[sub.head].low) {
				break
			}
			end = sub.e
			continue
		}
		break
	}
	return np{s: i, e: end, head: head}, true
}

var currency = set("£ $ € ¥")

// closeParen returns the index of the ")" closing toks[j] within n tokens,
// or -1.
func closeParen(toks []token, j, n int) int {
	for q := j + 1; q < len(toks) && q <= j+n; q++ {
		if toks[q].text == ")" {
			return q
		}
		if toks[q].text == "(" {
			return -1
		}
	}
	return -1
}

// possApostrophe: toks[j] is the apostrophe of a plural or -s possessive
// ("Lord Dubs' bill", "the ministers' plan").
func possApostrophe(toks []token, j int) bool {
	t := toks[j]
	return (t.text == "'" || t.text == "\u2019") && j > 0 && toks[j-1].word && strings.HasSuffix(toks[j-1].low, "s") && toks[j-1].e == t.b && j+1 < len(toks) && toks[j+1].word && toks[j+1].b > t.e
}

// timeMods come before a time word in a time phrase: "last week", "the
// next five years".
var timeMods = set("last next this past coming previous following few several recent early late each every same whole a an the")

var numberWords = set("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred")

var weekdays = set("monday tuesday wednesday thursday friday saturday sunday")
var months = set("january february march april june july august september october november december")

// timeAt: toks[j] is a time word that ends a noun phrase. Capitalised
// weekdays and months count when they are not a modifier ("Sunday
// trading", "the March budget").
func timeAt(toks []token, j int, afterHead bool) bool {
	t := toks[j]
	if !timeWords[t.low] {
		return false
	}
	if !t.cap {
		return true
	}
	next := j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap && !npStop[toks[j+1].low] && !isPrep(toks[j+1].low) && !auxiliaries[toks[j+1].low]
	if weekdays[t.low] {
		return !next
	}
	if months[t.low] {
		return j+1 < len(toks) && isNumber(toks[j+1].low) || afterHead && !next
	}
	return false
}

func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[0] == '1' || w[0] == '2')
}

// circumstance: a prepositional phrase that says where or how something
// was said or done rather than what it is about.
func circumstance(prep, head string) bool {
	switch prep {
	case "in", "at", "during":
		return venueNouns[head] || mediaNouns[head]
	case "on":
		return mediaNouns[head]
	}
	return false
}

var venueNouns = set("court commons lords parliament house chamber conference summit meeting rally speech interview report statement debate session hearing briefing congress manifesto letter article newspaper paper broadcast")
var mediaNouns = set("programme program radio television tv show website newspaper channel")

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
		l := t.lem
		if c, ok := actionSynonyms[l]; ok {
			l = c
		}
		out = append(out, l)
	}
	return out
}

// actionSynonyms give one lemma to verbs and nouns of one action, so that
// "the plan to scrap tuition fees" and "plans to abolish tuition fees" get
// one key. Only words of one direction share a lemma: scrap never meets
// introduce, cut never meets raise.
var actionSynonyms = map[string]string{
	"abolish": "scrap", "abolition": "scrap", "axe": "scrap", "ditch": "scrap", "scrapping": "scrap", "abolishing": "scrap",
	"reduce": "cut", "reduction": "cut", "slash": "cut", "decrease": "cut",
	"increase": "raise", "rise": "raise", "hike": "raise",
	"outlaw": "ban", "prohibit": "ban", "prohibition": "ban",
	"end": "scrap",
}

// actionClasses sort the lemmas that change what a proposal means: "an
// amendment to ban same-sex marriage" is not "same-sex marriage", "tax
// cuts" are not "the tax", "no-fly zone" or "opposition to the war" not
// its object. Two phrases link, and share a key, only when they name the
// same classes. Lemmas are those after actionSynonyms. Verbs that keep
// the direction of their object ("introduce ID cards", "keep the pound")
// are no class: backing them is backing the object.
var actionClasses = func() map[string]uint32 {
	m := map[string]uint32{}
	for i, ws := range []string{
		"scrap end repeal stop halt reverse overturn withdraw withdrawal dismantle", // remove
		"ban",                // forbid
		"cut lower lowering", // down
		"raise boost",        // up
		"restrict restriction curb limit cap tighten",                       // restrict
		"extend extension expand expansion widen",                           // extend
		"allow legalise legalize legalisation legalization lift relax ease", // allow
		"freeze",         // freeze
		"delay postpone", // delay
		"no not non never opposition against without anti",                      // negation
		"privatise privatize privatisation privatization sell",                  // sell
		"nationalise nationalize nationalisation nationalization renationalise", // take over
	} {
		for _, w := range strings.Fields(ws) {
			m[w] = 1 << uint(i)
		}
	}
	return m
}()

// actionSig is the set of action classes a key names; "anti-war" and
// "non-nuclear" count as negation.
func actionSig(lem []string) uint32 {
	var sig uint32
	for _, l := range lem {
		if c, ok := actionClasses[l]; ok {
			sig |= c
		} else if strings.HasPrefix(l, "anti-") || strings.HasPrefix(l, "non-") {
			sig |= actionClasses["not"]
		}
	}
	return sig
}

// proposalTarget turns toks[s:e] into a proposal, linking it to an earlier
// one when their lemmas agree, or resolving "the plan" to the proposal in
// focus. It returns -1 when the phrase says too little.
func (an *analysis) proposalTarget(toks []token, x np, clausal bool) int {
	s, e, ok := trimTarget(toks, x.s, x.e)
	if !ok || cutInClause(toks, e) || pointsElsewhere(toks, s, e) {
		return -1
	}
	// drop a leading actor modifier: "U.S.-backed proposal" -> "proposal",
	// "the government's plans" -> "plans", "Lord Dubs' bill" -> "bill";
	// the name keeps a possessor ("Lord Dubs' bill"), the key does not
	ns, modDrop := s, false
	for k := s; k < e && k < s+4; k++ {
		if toks[k].mod != "" || (toks[k].low == "'s" || possApostrophe(toks, k)) && k+1 < e {
			s, modDrop = k+1, toks[k].mod != ""
			break
		}
	}
	for s < e && toks[s].word && (determiners[toks[s].low] || toks[s].low == "own") {
		s++
	}
	if modDrop {
		ns = s
	}
	headLem := ""
	if x.head >= 0 && x.head < len(toks) {
		headLem = toks[x.head].lem
	}
	// the proposer is no part of the proposal: "Tory plans to cut X" is
	// "plans to cut X"
	if !clausal && actorHeads[headLem] {
		s = an.skipActor(toks, s, e, x.head)
	}
	lem := contentLemmas(toks, s, e)
	// a clause cut to one word before a dangling word: "to tackle the"
	dangling := e < x.e && toks[e].word
	if !an.sayable(toks, s, e, lem, clausal, clausal && x.head < 0, clausal && x.head < 0 && dangling) {
		return -1
	}
	nameS := min(ns, s)
	if !clausal {
		if !proposalHeads[headLem] {
			return -1
		}
		// "that change", "this move": the proposal in focus
		if len(lem) == 1 && (genericHeads[lem[0]] || vagueHeads[lem[0]]) && x.e == x.head+1 && x.head > x.s && (toks[x.head-1].low == "this" || toks[x.head-1].low == "that" || toks[x.head-1].low == "the" || toks[x.head-1].low == "these" || toks[x.head-1].low == "those") {
			if an.lastProp >= 0 && an.curSent-an.propSent <= 1 {
				return an.lastProp
			}
			if toks[x.head-1].low != "the" {
				return -1
			}
		}
		// "the decision" alone, with nothing in focus, says nothing; "the
		// decision by the court that ..." points to its content
		if vagueAlone(toks, x) || vagueWithPlace(toks, x, lem) {
			if y, ok := vagueComplement(toks, x); ok {
				return an.proposalTarget(toks, y, true)
			}
			return -1
		}
		// a generic head with no complement refers back; so does a bare
		// "the bill", "the treaty": the one the article is about, or none
		if len(lem) == 1 && lem[0] == headLem && referringHeads[headLem] && vagueModifiersOnly(toks, x) {
			// "the Bill": the one named earlier ("the Prevention of
			// Terrorism Bill"), though nobody took a stance on it yet,
			// else the last proposal named with that head ("the harbour
			// bill"), else none
			if i := an.namedEarlier(headLem); i >= 0 {
				return i
			}
			for i := len(an.props) - 1; i >= 0; i-- {
				if an.props[i].head == headLem && strings.HasSuffix(strings.ToLower(an.props[i].name), headLem) && !strings.Contains(an.props[i].name, " in ") {
					return i
				}
			}
			return -1
		}
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
				nameS = s
			}
		}
	}
	if len(lem) == 0 || onlyVote(lem) {
		return -1
	}
	name := targetName(textOf(an.text, toks, nameS, e))
	idx := an.addProp(name, lem, clausal, headLem)
	if an.props[idx].head == "" {
		an.props[idx].head, an.props[idx].derived = headLem, false
	}
	an.lastProp, an.propSent = idx, an.curSent
	return idx
}

func (an *analysis) addProp(name string, lem []string, clausal bool, head string) int {
	best := -1
	sig := actionSig(lem)
	k1 := propKind(head, lem)
	for i := len(an.props) - 1; i >= 0; i-- {
		p := &an.props[i]
		if p.parent >= 0 {
			continue
		}
		if !p.derived {
			p.kind, p.sig, p.derived = propKind(p.head, p.lemmas), actionSig(p.lemmas), true
		}
		// two kinds of thing: "the ceasefire plan for the valley" is not
		// "the valley peacekeeping mission"
		if k2 := p.kind; k1 != "" && k2 != "" && k1 != k2 && !containsStr(p.lemmas, k1) && !containsStr(lem, k2) {
			continue
		}
		if p.sig != sig {
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
			p.name, p.lemmas, p.derived = name, lem, false
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
	predict                         bool // a certainty adverb: "will surely", "will no doubt"
	commit                          bool // "vowed to", "is to", "will": committed to act
	pledge                          bool // committed by a verb ("vowed to") or "is to", not a modal alone
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

// predictAdverbs make "will" a forecast: "will surely reject", "will
// undoubtedly claim".
var predictAdverbs = set("undoubtedly surely doubtless probably certainly inevitably presumably")

// forecast: a stance verb under "will"/"would" with a certainty adverb,
// in the narrative (not in a quotation, not reported speech), is the
// writer's prediction, not the subject's position: "Mr X will undoubtedly
// reject the forecasts". "X will vote against the bill" is kept.
func forecast(s *sentence, v int, c chain) bool {
	if !c.predict || s.toks[v].inQuote || s.hasRep || s.quoted {
		return false
	}
	for k := c.start; k < v; k++ {
		if commitModals[s.toks[k].low] {
			return true
		}
	}
	return false
}

// inQuestion: the clause of the verb at v ends in a question mark before
// its sentence, clause or quotation ends: "Does anyone support X?", "Who
// backs X?". A question asks, it states no position.
func inQuestion(toks []token, v int) bool {
	q := toks[v].inQuote
	for j := v + 1; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.text == "?":
			return t.inQuote == q || t.quote == 0 && q
		case t.text == "." || t.text == "!" || t.text == ";" || t.text == ":":
			return false
		case t.quote != 0 && !q, t.quote == -1 && q:
			return false
		}
	}
	return false
}

// hearsay participles report a position second-hand: "is believed to".
var hearsay = set("believed thought understood reported rumoured rumored said known")

var beForms = set("is are was were be been being")

func (an *analysis) verbChain1(toks []token, v int) (c chain, oblig bool) {
	c = chain{start: v}
	k := v - 1
	for k >= 0 {
		t := toks[k]
		if !t.word {
			break
		}
		switch {
		case t.low == "can" && !toks[v].inQuote:
			// "the US can veto the plan": a power, not a position ("we
			// can accept it" in a quotation is kept)
			c.drop = true
		case t.low == "not" || t.low == "never" || t.low == "no" && k+1 < v && toks[k+1].low == "longer":
			c.neg = true
		case t.low == "longer" && k > 0 && toks[k-1].low == "no":
		case predictAdverbs[t.low]:
			c.predict = true
			c.hedge = c.hedge || hedgeAdverbs[t.low]
		case t.low == "doubt" && k > 0 && toks[k-1].low == "no":
			// "will no doubt reject"
			c.predict = true
			k--
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
				c.commit, c.pledge = true, true // "is to freeze"
			} else if toks[v].low != toks[v].lem || strings.HasSuffix(toks[v].low, "ed") {
				between := true
				for q := k + 1; q < v; q++ {
					if !adverbs[toks[q].low] && !strings.HasSuffix(toks[q].low, "ly") {
						between = false
					}
				}
				c.passive = c.passive || between
			}
		case timeWords[t.low] && k > 0 && (toks[k-1].low == "last" || toks[k-1].low == "this" || toks[k-1].low == "on" || toks[k-1].low == "earlier"):
			// "Sir John last month backed", "Labour on Monday backed"
			k--
		case t.low == "yet" && k+1 < v && toks[k+1].low == "to":
			// "has yet to back", "is yet to unveil": not (yet)
			c.neg = true
		case hearsay[t.low] && k+1 < v && toks[k+1].low == "to" && k > 0 && beForms[toks[k-1].low]:
			// "are believed to favour", "is said to back": hearsay
			c.hedge = true
		case t.low == "on" && k > 0 && (toks[k-1].lem == "go" || toks[k-1].low == "went"):
			// "went on to say"
			k--
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
				c.commit, c.pledge = true, true
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
				// "according to the BBC": the outlet reports, it
				// does not speak
				if m.s == v+2 && an.ents[m.ent].kind != schema.Media {
					return m, v + 1, true
				}
			}
		}
		// "X criticised Y, saying ...": the main subject speaks
		if t.low == "saying" || t.low == "adding" {
			if m, ok := an.participleSpeaker(s, v); ok {
				return m, v, true
			}
			continue
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
					// "..., told the BBC": the audience, not the speaker
					if an.ents[m.ent].kind == schema.Media || t.lem == "tell" && m.s <= v+2 {
						continue
					}
					// "..., said her son": a possessive or object
					// pronoun is no inverted speaker
					if m.pron && (toks[m.s].low == "her" || toks[m.s].low == "him") {
						continue
					}
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
	if c.actorTarget && !an.actorTargetOK(&c) {
		return
	}
	// "if the court agrees, she could reject X": a possibility under a
	// condition is two steps from a position ("will accept if" is kept)
	if c.hedged && c.cond {
		return
	}
	if c.hedged {
		c.conf *= 0.6
	}
	an.cands = append(an.cands, c)
}

// actorTargetOK checks (and resolves) the actor target of c: "the
// government" is a known country's, and none for a party, whose
// "government" is its own country's ruling party; a common group noun
// ("critics", "the police") is nobody in particular; no one takes a
// stance towards themselves, their speaker or their own organisation
// ("Labour MP X criticised Labour").
func (an *analysis) actorTargetOK(c *cand) bool {
	t := &an.ents[c.target]
	if t.name == "government" && t.kind == schema.Organisation {
		if an.ents[c.holder].party || an.ents[c.holder].kind == schema.Person && an.ents[c.holder].affil >= 0 && an.ents[an.ents[c.holder].affil].party {
			return false
		}
		cc := an.contextCountry(c.sent)
		if cc < 0 {
			return false
		}
		c.target = cc
	}
	if an.groupNoun(c.target) {
		return false
	}
	if c.target == c.holder || c.target == c.speaker || an.ents[c.holder].affil == c.target {
		return false
	}
	if c.speaker >= 0 && an.ents[c.speaker].affil == c.target {
		return false
	}
	return true
}

// stances applies the clause patterns to sentence si.
func (an *analysis) stances(si int) {
	s := &an.sents[si]
	toks := s.toks
	rep, repV, hasRep := s.rep, s.repV, s.hasRep
	// "Mr X will undoubtedly claim the forecasts are wrong": the writer
	// forecasts what X will say; nothing in it is a position yet
	if hasRep && repV >= 0 && repV < len(toks) && !toks[repV].inQuote && speechVerbs[toks[repV].lem] {
		if c := an.verbChain(toks, repV); c.predict {
			for k := c.start; k < repV; k++ {
				if commitModals[toks[k].low] {
					return
				}
			}
		}
	}
	conditional := false
	for _, t := range toks {
		if t.low == "if" || t.low == "unless" {
			conditional = true
		}
	}
	mk := func(m mention, st schema.Stance, conf float64) cand {
		h, sp := an.holderOf(m)
		c := cand{holder: h, speaker: sp, stance: st, sent: si, conf: conf, target: -1}
		// "the government" holds a stance only as some country's
		// government: "An Estavian spokesman said the government
		// opposes", or the country named around it; else nobody
		if an.ents[h].name == "government" && an.ents[h].kind == schema.Organisation {
			c.holder = -1
			if rh, _ := an.holderOf(rep); hasRep && rep.ent != m.ent && an.ents[rh].kind == schema.Country {
				c.holder = rh
			} else if cc := an.contextCountry(si); cc >= 0 {
				c.holder = cc
			}
			if c.holder < 0 {
				return c
			}
			h = c.holder
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
			c.cond = true
			c.conf *= 0.8
		}
		return c
	}
	for v := 0; v < len(toks); v++ {
		t := toks[v]
		if !t.word {
			continue
		}
		if an.peopleEvalAt(si, v, mk) {
			continue
		}
		if an.recallAt(si, v, mk) {
			continue
		}
		// modifier: "U.S.-backed proposal"
		if st, ok := modifierStance(t.mod); ok && v > 0 {
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
		if !ok && t.low != t.lem {
			ns, ok = nounStances[t.low]
		}
		if ok && v >= 2 && (toks[v-1].low == "'s" || bareGenitive(toks, v-1)) && v+1 < len(toks) && ns.preps[toks[v+1].low] {
			if m, ok := subjectAt(s.ments, toks, v-1); ok && !an.vagueHolder(m) {
				if x, ok := nounPhrase(toks, v+2); ok {
					c := mk(m, ns.stance, 0.75)
					// "Labour's call for a quota": a call names its object
					c.target = an.proposalTargetGen(toks, x, ns.stance == schema.CallsFor || ns.stance == schema.Demands)
					an.add(c)
				}
			}
			continue
		}
		// "Tory plans", "the Labour proposal" (not the verb "the Tories
		// planned")
		if (t.lem == "plan" || t.lem == "proposal" || t.lem == "resolution" || t.lem == "bill" || t.lem == "initiative" || t.lem == "scheme") && v >= 1 && !t.cap && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") {
			k := v - 1
			for k >= 0 && (toks[k].low == "draft" || toks[k].low == "new" || toks[k].low == "'s" || toks[k].low == "peace" || toks[k].low == "reform") {
				k--
			}
			if k >= 0 && k < v-0 {
				for _, m := range s.ments {
					if m.e == k+1 && !m.pron && !an.isPerson(m) && an.ents[m.ent].kind != schema.Media && !m.role {
						st := min(k, m.s)
						for st > 0 && toks[st-1].word && (determiners[toks[st-1].low] || toks[st-1].low == "draft") {
							st--
						}
						if t.lem == "resolution" && an.ents[m.ent].kind != schema.Country {
							continue
						}
						// "Labour plans to scrap X": a verb, not the
						// noun ("Labour plans to scrap X are ...")
						if x, ok := nounPhrase(toks, st); ok && x.head >= v && !planVerb(toks, m, k, v, x) && !an.possessorContested(si, m, v) && !(v+2 < len(toks) && toks[v+1].low == "to" && dealAmount(toks, v+2)) {
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
		if !t.cap && evalWords[t.low] && (evalNeg[t.low] || evalPos[t.low]) {
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
	if hasRep && repV >= 0 {
		an.reportedShould(si, mk)
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
		// "100,000 jobs"
		if t.text == "," && e > k && isNumber(toks[e-1].low) && e+1 < len(toks) && isNumber(toks[e+1].low) && toks[e-1].e == t.b && t.e == toks[e+1].b {
			continue
		}
		// "fund a £5.5bn ($10bn) plan": a short aside in brackets
		if q := asideEnd(toks, e); q > e {
			e = q
			continue
		}
		if !t.word && t.text != "-" && t.quote == 0 && !currencySign(toks, e) && !inNumber(toks, e) {
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
// publicNouns are the public advised in "it is important that users ...".
var publicNouns = set("users user people consumers customers viewers fans listeners readers individuals everyone everybody you")

var firstPerson = set("i i'm i've me my we we're we've us our 'm")

var objPronouns = set("us me them him her you")

var mandative = set("essential vital important necessary crucial imperative")

// claimVerbs after "it is wrong to" rebut a claim, not a policy.
var claimVerbs = set("assume imply pretend presume suppose speculate infer portray characterise characterize describe")

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
					tg, ok := an.actorObject(toks, m)
					for _, h := range holders {
						if !ok {
							break
						}
						cd := mk(h, st, 0.75)
						cd.target, cd.actorTarget = tg, true
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
	k0 := k
	k = scareQuoted(toks, k, v)
	quoted := k != k0
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
	// "victory was vital", "the talks were important": importance in the
	// past judges an event, it asks for nothing
	// (reported speech shifts "the reform is vital" to "was vital": a
	// proposal or "it to VP" subject stays a position)
	if mandative[toks[v].low] && (toks[cop].low == "was" || toks[cop].low == "were") && cop > 0 && toks[cop-1].low != "it" && !proposalHeads[toks[cop-1].lem] {
		return
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
			// "important to VP" asks for it; "wrong to VP" rejects it
			if mandative[toks[v].low] {
				st = schema.CallsFor
			}
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
		// "it is important that users ensure ...": advice to the
		// public, not a policy
		// ("young people": a group a policy is for)
		if q := k; publicNouns[toks[q].low] || toks[q].low == "the" && q+1 < len(toks) && publicNouns[toks[q+1].low] {
			return
		}
		if e-k >= 3 && !nonNounWords[toks[k].low] && !determiners[toks[e-1].low] {
			// "crucial that the bank be strengthened" asks for it
			cd := mk(rep, schema.CallsFor, 0.6)
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
			if tg, ok := an.actorObject(toks, m); ok && m.e == cop && !m.pron && m.ent != rep.ent {
				cd := mk(rep, st, 0.7)
				cd.target, cd.actorTarget = tg, true
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
	// (", published in December 2003, was flawed" likewise)
	if b > 0 && toks[b-1].text == "," && (strings.HasSuffix(toks[b].low, "ing") || strings.HasSuffix(toks[b].low, "ed") && toks[b].low != toks[b].lem) && !toks[b].cap {
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
	// "the way I'm playing is ridiculous", "I've got to be positive":
	// the speaker judges themselves; "the time was right": a moment
	for q := b; q < cop; q++ {
		if firstPerson[toks[q].low] {
			return
		}
	}
	if toks[cop-1].low == "time" || toks[cop-1].low == "moment" {
		return
	}
	// "comedy is important to our audiences": important to someone
	if v+2 < len(toks) && toks[v+1].low == "to" && (possessivePronouns[toks[v+2].low] || objPronouns[toks[v+2].low]) {
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
	// "the upgrade is positive", "demand for the IPO was impressive": a
	// mild word of praise judges news or results unless its subject is a
	// proposal ("the plan is positive")
	if weakEval[toks[v].low] && !proposalHeads[toks[cop-1].lem] && !genericHeads[toks[cop-1].lem] {
		return
	}
	cd := mk(rep, st, 0.7)
	cd.hedged = toks[cop].low == "be"
	// a subject that is a proposal's noun phrase links like an object
	// ("the ceasefire plan was unfair" is the plan named before)
	if x, ok := nounPhrase(toks, b); ok && x.e == cop && x.head >= 0 && proposalHeads[toks[x.head].lem] {
		cd.target = an.proposalTarget(toks, x, false)
	} else if quoted {
		// a scare-quoted judgement ("was \"highly irresponsible\"") of
		// anything but a proposal ("Mr Bell's comments", "the
		// suspension", "a delay") is too loose to be a position
		return
	} else {
		cd.target = an.proposalTarget(toks, np{s: b, e: cop, head: -1}, true)
	}
	an.add(cd)
}

// weakEval praise results as readily as proposals.
var weakEval = set("positive impressive helpful encouraging good")

// modifierStance is modifierStances[mod], with no look-up for the usual
// token that is no compound modifier.
func modifierStance(mod string) (schema.Stance, bool) {
	if mod == "" {
		return "", false
	}
	st, ok := modifierStances[mod]
	return st, ok
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
	stmts := make([]schema.Statement, 0, len(keep))
	runeStart := an.sentenceRuneOffsets(keep)
	for _, c := range keep {
		if conflict[pk{c.holder, c.target, c.sent}] {
			continue
		}
		sp := an.sents[c.sent].sp
		ro := runeStart[c.sent]
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
				if bareHead(an.props[c.target].lemmas) {
					id += "-" + articleTag(a.ID)
				}
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
	if len(out.Statements) == 0 && len(stmts) > 0 {
		out.Statements = stmts
	} else {
		out.Statements = append(out.Statements, stmts...)
	}
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

// sentenceRuneOffsets gives the rune offsets of the sentences of keep,
// counting runes in one pass over the text.
func (an *analysis) sentenceRuneOffsets(keep []cand) map[int][2]int {
	offs := make(map[int][2]int, len(keep))
	for _, c := range keep {
		offs[c.sent] = [2]int{}
	}
	runes, at := 0, 0
	for i := range an.sents {
		if _, ok := offs[i]; !ok {
			continue
		}
		sp := an.sents[i].sp
		runes += utf8.RuneCountInString(an.text[at:sp.b])
		n := utf8.RuneCountInString(an.text[sp.b:sp.e])
		offs[i] = [2]int{runes, runes + n}
		runes, at = runes+n, sp.e
	}
	return offs
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
		// keep the words that give the meaning: "scrap", "not"
		k := u[:0:0]
		for _, x := range u {
			if actionSig([]string{x}) != 0 {
				k = append(k, x)
			}
		}
		for _, x := range u {
			if len(k) >= 8 {
				break
			}
			if actionSig([]string{x}) == 0 {
				k = append(k, x)
			}
		}
		if len(k) > 8 {
			k = k[:8]
		}
		sort.Strings(k)
		u = k
	}
	return schema.Slug(strings.Join(u, " "))
}

// bareHead: a key that is only a proposal noun ("the bill", "the
// decision", "claims") names a different thing in every article, so its ID
// is kept to the article; two articles' "bill" must not merge.
func bareHead(lem []string) bool {
	return len(lem) == 1 && (proposalHeads[lem[0]] || vagueHeads[lem[0]] || genericHeads[lem[0]])
}

// articleTag is a short tag of an article ID for article-bound keys.
func articleTag(id string) string {
	s := schema.Slug(id)
	if len(s) > 8 {
		s = s[len(s)-8:]
	}
	return s
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
		if l != "no" && l != "yes" && l != "vote" && l != "against" {
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

// conjunctions do not start or end a target: "and a balanced view".
var conjunctions = set("and or but nor")

// cutEnds end a target that was cut off before its verb or clause: "the
// plan which", "the bill would".
var cutEnds = set("which who whom whose that be is are was were been being am have has had do does did will would shall should can could may might must")

// trimTarget trims toks[s:e] to a readable target: no leading or trailing
// determiner, conjunction, preposition or punctuation. It fails when the
// range is cut off before a verb or a relative clause, or through a
// quotation.
func trimTarget(toks []token, s, e int) (int, int, bool) {
	// "a restriction to 22 weeks and I would go down to 20": a new
	// clause with its own subject is no part of the target
	for k := s + 1; k+1 < e; k++ {
		if (toks[k].low == "and" || toks[k].low == "but") && subjectPronouns[toks[k+1].low] {
			e = k
			break
		}
	}
	for s < e {
		t := toks[s]
		if t.word && (determiners[t.low] || conjunctions[t.low]) || !t.word && t.quote == 0 && !currency[t.text] && t.text != "(" {
			s++
			continue
		}
		break
	}
	for e > s {
		t := toks[e-1]
		if !t.word && t.quote == 0 && t.text != ")" {
			e--
			continue
		}
		if t.word && cutEnds[t.low] {
			return s, e, false
		}
		if t.word && (determiners[t.low] || conjunctions[t.low] || isPrep(t.low) || t.low == "'s") {
			e--
			continue
		}
		break
	}
	// quotation marks must pair up inside the target; a quotation may only
	// run on past its start or end
	depth := 0
	for k := s; k < e; k++ {
		switch toks[k].quote {
		case 1:
			depth++
		case -1:
			if depth > 0 {
				depth--
			} else if k != s && k != e-1 {
				return s, e, false
			}
		}
	}
	if depth > 0 {
		switch {
		case e < len(toks) && toks[e].quote == -1 && depth == 1:
			e++
		case depth == 1 && toks[s].quote == 1:
		default:
			return s, e, false
		}
	}
	for s < e && toks[s].quote == -1 {
		s++
	}
	for e > s && toks[e-1].quote == 1 {
		e--
	}
	return s, e, s < e
}

// cutInClause: a target ending at e was cut inside a clause, between a
// verb and its object ("the idea Mr X posed | a threat"): what is left
// misses what the position is about.
func cutInClause(toks []token, e int) bool {
	if e <= 0 || e >= len(toks) || !toks[e].word || !determiners[toks[e].low] {
		return false
	}
	p := toks[e-1]
	return p.word && !p.cap && p.low != p.lem && strings.HasSuffix(p.low, "ed")
}

// namedEarlier finds the last proposal with a capitalised name ending in
// head ("the Prevention of Terrorism Bill") in the sentences up to the
// current one and makes it a proposal; -1 when there is none.
func (an *analysis) namedEarlier(head string) int {
	for si := min(an.curSent, len(an.sents)-1); si >= 0; si-- {
		toks := an.sents[si].toks
		for k := len(toks) - 1; k > 0; k-- {
			if toks[k].lem != head || !toks[k].cap || !toks[k-1].cap || !toks[k-1].word {
				continue
			}
			b := k - 1
			for b > 0 && (toks[b-1].cap && toks[b-1].word || toks[b-1].low == "of" || toks[b-1].low == "and" || toks[b-1].text == "-" && b > 1 && toks[b-2].cap) && b > k-8 {
				b--
			}
			for b < k && !toks[b].cap {
				b++ // not "of ... Bill"
			}
			if b == 0 && k-b < 2 {
				continue // a sentence start, not a name
			}
			lem := contentLemmas(toks, b, k+1)
			if len(lem) < 2 {
				continue
			}
			// the named thing itself, not a longer phrase sharing its
			// words ("the sunset clause inserted in the X Bill")
			name := targetName(textOf(an.text, toks, b, k+1))
			for i := range an.props {
				if an.props[i].parent < 0 && an.props[i].name == name {
					return i
				}
			}
			an.props = append(an.props, prop{name: name, lemmas: lem, parent: -1, head: head})
			return len(an.props) - 1
		}
	}
	return -1
}

// referringHeads alone ("the bill", "the treaty") name the one the
// article is about, not a proposal of their own.
var referringHeads = set("bill law legislation act treaty resolution reform motion programme package strategy accord pact")

// vagueModifiersOnly: the noun phrase x has nothing before its head but
// determiners, possessive pronouns and empty modifiers ("the new bill").
func vagueModifiersOnly(toks []token, x np) bool {
	if x.head < 0 || x.e != x.head+1 {
		return false
	}
	for k := x.s; k < x.head; k++ {
		t := toks[k]
		if t.word && !determiners[t.low] && !emptyModifiers[t.low] && !possessivePronouns[t.low] {
			return false
		}
	}
	return true
}

// pointsElsewhere: the target says what it is only by pointing at
// something said before ("such groups", "such reports"), which this
// target does not carry.
func pointsElsewhere(toks []token, s, e int) bool {
	// only when "such N" ends it: "with such groups", not "a limit on
	// any such body with executive powers"
	for k := max(s, e-3); k < e; k++ {
		if toks[k].low == "such" && !(k+1 < e && toks[k+1].low == "as") && !(k+2 < e && toks[k+2].low == "as") {
			return true
		}
	}
	return false
}

var subjectPronouns = set("i we he she they you")

// targetName is the display name of a target: no surrounding spaces or
// punctuation, and no quotation marks around the whole of it.
func targetName(name string) string {
	name = strings.Trim(name, " ,;:-")
	q := strings.Count(name, "\"") + strings.Count(name, "\u201c") + strings.Count(name, "\u201d")
	switch {
	case q == 2 && len(name) > 2:
		f, fn := utf8.DecodeRuneInString(name)
		l, ln := utf8.DecodeLastRuneInString(name)
		if isQuoteRune(f) && isQuoteRune(l) {
			name = strings.TrimSpace(name[fn : len(name)-ln])
		}
	case q == 1:
		// a quotation that runs on past the target
		name = strings.Trim(name, "\"\u201c\u201d ")
	}
	return name
}

func isQuoteRune(r rune) bool { return r == '"' || r == '\u201c' || r == '\u201d' }

// actorHeads are heads whose leading actor is their proposer, not part of
// what they are: "Tory plans to cut X", "the UK policy on Y".
var actorHeads = set("proposal proposals plan plans idea move decision offer bid initiative scheme measure draft change step approach stance call demand action policy promise pledge attack strategy position")

// skipActor skips a leading actor name of the noun phrase toks[s:e] in the
// current sentence.
func (an *analysis) skipActor(toks []token, s, e, head int) int {
	if an.curSent >= len(an.sents) || len(toks) == 0 {
		return s
	}
	sn := &an.sents[an.curSent]
	if len(sn.toks) != len(toks) || &sn.toks[0] != &toks[0] {
		return s
	}
	for _, m := range sn.ments {
		if m.s <= s && s < m.e && m.e <= head && !m.pron {
			k := m.e
			for k < e && (toks[k].low == "'s" || possApostrophe(toks, k)) {
				k++
			}
			return k
		}
	}
	return s
}

// vagueHeads say what a position is about only with a complement or an
// antecedent: "the decision", "his record".
var vagueHeads = set("plea commitment failure refusal effort episode incident affair row situation decision record position stance performance view views comment comments remark remarks attempt attempts initiative initiatives claim claims forecast forecasts suggestion suggestions document documents restriction restrictions guideline guidelines report reports idea ideas move moves measure measures step steps change changes amendment amendments")

// emptyModifiers add nothing to what a vague head is about: "the latest
// proposal", "new guidelines", "his own record".
var emptyModifiers = set("new possible latest fresh further recent current proposed original revised such similar controversial own other same last first second final previous earlier key major minor significant important big")

// vagueAlone: the noun phrase x is a vague head ("the claim", "new
// guidelines", "his record") with no complement nor content modifier to
// say what it is about.
func vagueAlone(toks []token, x np) bool {
	if x.head < 0 || !vagueHeads[toks[x.head].lem] && !vagueHeads[toks[x.head].low] {
		return false
	}
	// a complement left outside the phrase ("the restriction | to 22
	// weeks", "the decision | by the court") does not reach the target's
	// name, so it does not help
	if x.e != x.head+1 {
		return false
	}
	for k := x.s; k < x.head; k++ {
		t := toks[k]
		if t.word && !determiners[t.low] && !emptyModifiers[t.low] && !possessivePronouns[t.low] && !quantWords[t.low] {
			return false
		}
	}
	return true
}

// pluralNounBefore: toks[j] is a plural ("posters", "lords") followed by
// a participle or an auxiliary, so it heads the phrase rather than
// being its verb.
func pluralNounBefore(toks []token, j int) bool {
	t := toks[j]
	if t.low != t.lem+"s" || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	return n.word && (beForms[n.low] || n.low == "have" || n.low == "had" || n.low == "will" || n.low == "would" || strings.HasSuffix(n.low, "ing") && !n.cap)
}

// inNumber: toks[k] belongs to the number before it: "1%", "1.5", "2.5%".
func inNumber(toks []token, k int) bool {
	if k == 0 || !isNumber(strings.ReplaceAll(toks[k-1].low, ".", "")) || toks[k-1].e != toks[k].b {
		return false
	}
	switch toks[k].text {
	case "%":
		return true
	case ".":
		return k+1 < len(toks) && isNumber(toks[k+1].low) && toks[k].e == toks[k+1].b
	}
	return false
}

var possessivePronouns = set("his her their its our my your")

// vagueComplement widens a vague head to the complement that says what it
// is: "the decision by the court that X", "claims that X", "the notion
// that X". Only "that" and "by ... that" clauses, of a readable length.
func vagueComplement(toks []token, x np) (np, bool) {
	k := x.e
	if k >= len(toks) {
		return x, false
	}
	if toks[k].low == "by" {
		for q := k + 1; q < len(toks) && q < k+8; q++ {
			if toks[q].low == "that" {
				k = q
				break
			}
			if !toks[q].word && toks[q].text != "'s" {
				return x, false
			}
		}
	}
	if toks[k].low == "to" && k+2 < len(toks) && toks[k+1].word && !toks[k+1].cap {
		// "the failure to control immigration"
		e := clauseEnd(toks, k+1)
		if e-(k+1) < 2 || e-x.s > 30 || determiners[toks[e-1].low] {
			return x, false
		}
		return np{s: x.s, e: e, head: -1}, true
	}
	if toks[k].low != "that" || k+3 >= len(toks) {
		return x, false
	}
	e := clauseEnd(toks, k+1)
	if e-(k+1) < 3 || e-x.s > 30 {
		return x, false
	}
	return np{s: x.s, e: e, head: -1}, true
}

// specifiers after a vague head point to its content: "the decision by the
// court that ...".
var specifiers = set("by that of on over about to from against for")

// pronounStart: a target starting with a personal pronoun is a clause
// about someone, not a proposal.
var pronounStart = set("it he she they them him we us i you everyone everybody anyone anybody someone somebody nobody")

// quantWords alone are no target: "backed more".
var quantWords = set("all some more many most few much less several both none any other others another everyone everybody everything anyone anybody someone somebody nobody")

// sayable: toks[s:e] with content lemmas lem names something an analyst can
// read as a target; clause marks a clause or verb phrase, vp one cut before
// its object.
func (an *analysis) sayable(toks []token, s, e int, lem []string, clausal, clause, vp bool) bool {
	if s >= e {
		return false
	}
	num := len(lem) > 0
	for _, l := range lem {
		if !isNumber(l) {
			num = false
		}
	}
	if num {
		return false
	}
	// a pronoun is no target: "it \"tasteless\"", "he would not be rushed";
	// nor is a negated one: "no part"
	if toks[s].word && (pronounStart[toks[s].low] || toks[s].low == "no") {
		return false
	}
	if clause && (claimClause(toks, s, e) || personClause(toks, s, e)) {
		return false
	}
	words, w := 0, -1
	for k := s; k < e; k++ {
		if toks[k].word && toks[k].low != "'s" && toks[k].mod == "" {
			if words == 0 && clausal && isNumber(toks[k].low) {
				return false // "2005 must be the year ..."
			}
			words++
			w = k
		}
	}
	if words != 1 {
		return true
	}
	t := toks[w]
	switch {
	case quantWords[t.low] || quantWords[t.lem]:
		return false
	case evalNeg[t.low] || evalPos[t.low]:
		return false
	case strings.HasSuffix(t.low, "ed") && t.low != t.lem:
		return false // a bare participle: "increased"
	case t.cap && w > 0 && !proposalHeads[t.lem]:
		return false // an unknown name: "Michael", "Celtic"
	case vp && !t.cap:
		return false // a verb alone: "to tackle"
	}
	return true
}

// finiteIndicative verbs state a fact: "agreed that the leadership had
// made advances" is a claim, not a proposal.
var finiteIndicative = set("is are was were has have had does did")

// directive words make a clause a course of action: "should", "be signed",
// "to take over".
var directive = set("must should would will shall could can may might ought need needs be to")

// claimClause: the clause toks[s:e] states a fact: its first verb word is
// a finite indicative auxiliary, before any modal, "to" or relative clause.
func claimClause(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		t := toks[k]
		switch {
		case directive[t.low]:
			return false
		case k > s && (t.low == "who" || t.low == "which" || t.low == "that"):
			return false
		case finiteIndicative[t.low]:
			return true
		}
	}
	return false
}

// personClause: the clause toks[s:e] is only a noun phrase naming people,
// maybe with a relative clause: "the law lords", "young people who vote".
func personClause(toks []token, s, e int) bool {
	x, ok := nounPhrase(toks, s)
	if !ok || x.head < 0 || x.e > e || x.e != x.head+1 {
		return false
	}
	if x.e < e && toks[x.e].low != "who" && toks[x.e].low != "whom" {
		return false
	}
	h := toks[x.head]
	return personHeads[h.lem] || personRole[h.lem] || groupNouns[h.low]
}

// planVerb: "plan(s)" at v after the holder mention m (ending at k+1) is
// the verb of its clause: "Labour plans to scrap the tax", "the Tories plan
// to back it"; not the noun of "Tory plans to cut X are ..." or "attacked
// the Labour plans to cut X".
func planVerb(toks []token, m mention, k, v int, x np) bool {
	if v+1 >= len(toks) || toks[v+1].low != "to" || k != v-1 || m.e != v {
		return false
	}
	if x.e < len(toks) && (auxiliaries[toks[x.e].low] && toks[x.e].low != "to" || toks[x.e].lem == "have") {
		return false
	}
	return !objectBefore(toks, m)
}
