package extract

import (
	"strings"

	"stancegraph/schema"
)

// mkFunc makes a candidate for a holder mention in the current sentence.
type mkFunc func(m mention, st schema.Stance, conf float64) cand

// actionVerbs are policy actions that state a position when an actor
// commits to them ("vowed to scrap the tax", "will freeze fuel duty",
// "called on the council to abandon the scheme"): the ones that end
// something oppose its object; the others support doing it.
var actionEnd = set("scrap abolish repeal axe ditch overturn reverse shelve abandon drop withdraw halt end outlaw")
var actionDo = set("introduce extend boost fund freeze create build establish expand strengthen restore implement provide protect cap cut lift impose reform replace allow appoint increase reduce set")

// actionWords has the words of actionEnd and actionDo, to rule the others
// out with one look-up.
var actionWords = unionSets(actionEnd, actionDo)

// contestVerbs after "backed X to" make a tip about a contest.
var contestVerbs = set("win beat lift claim retain reach succeed triumph top qualify finish defeat")

// genericActions say little about a policy unless pledged or reported:
// "will provide the half-time show".
var genericActions = set("provide protect set build create restore strengthen boost expand appoint replace")

// endedTargets finds the object of an ending verb ("to scrap the levy",
// "is to end the quota deal") without making it the proposal in focus: a
// later "the move" or "this decision" is the ending, not the thing ended,
// and linking it to the object would reverse a later stance on it.
func (an *analysis) endedTargets(s *sentence, obj int, fn func(target int, actor bool)) {
	last, sent := an.lastProp, an.propSent
	an.objectTargets(s, obj, false, true, fn)
	an.lastProp, an.propSent = last, sent
}

// commitVerbs before "to VERB" commit the subject to an action.
var commitVerbs = set("vow pledge promise plan intend want decide propose aim seek")

// nonTargetHeads are nouns that, as the object of a stance verb, are not
// positions ("accepted responsibility", "welcomed the visitors").
var nonTargetHeads = set(`responsibility invitation award prize job post role resignation visitor visitors guest guests
family families team teams news report reports figure figures fact facts result results time day week year chance opportunity
way need fear fears concern concerns question questions view views comment comments statement remark remarks
letter speech interview meeting visit trip word words one ones people person man men woman women`)

// genericTargets are heads that say what a position is about only with a
// complement or an antecedent.
var pronounObj = set("it this that them him her these those which what who whom us me you something anything everything nothing itself themselves himself herself ourselves myself yourself")

// subjectsOf returns the holders of a clause whose verb chain starts at k:
// the mention ending there (over an apposition), with coordinated ones
// ("France and Germany rejected"), the antecedent of a relative pronoun
// ("the US, which opposes", "X, whose party opposes"), or the speaker
// for "we"/"I" in a quotation.
func (an *analysis) subjectsOf(s *sentence, k int) []mention {
	toks := s.toks
	if k <= 0 {
		return nil
	}
	// relative clauses
	if k >= 2 && (toks[k-1].low == "who" || toks[k-1].low == "which") && toks[k-2].text == "," {
		if m, ok := subjectAt(s.ments, toks, k-2); ok {
			return []mention{m}
		}
		return nil
	}
	if k >= 3 && toks[k-2].low == "whose" && (toks[k-1].low == "party" || toks[k-1].low == "government" || toks[k-1].low == "country" || toks[k-1].low == "union" || toks[k-1].low == "organisation") && toks[k-3].text == "," {
		if m, ok := subjectAt(s.ments, toks, k-3); ok {
			return []mention{m}
		}
		return nil
	}
	if (toks[k-1].low == "we" || toks[k-1].low == "i") && toks[k-1].inQuote && s.hasRep {
		if governed(toks, k-1) {
			return nil
		}
		return []mention{s.rep}
	}
	m, ok := subjectAt(s.ments, toks, k)
	if !ok {
		return nil
	}
	// the left edge of the subject, over a title: "on Mr Clarke"
	left := m.s
	for left > 0 && left > m.s-3 && titles[toks[left-1].low] && toks[left-1].cap {
		left--
	}
	// a mention after a preposition is not a subject ("on Fox News
	// defended", "members of Congress calling for", "tax rises on even
	// the very wealthiest Americans would restore")
	for q := left - 1; q >= 0 && q >= left-6; q-- {
		t := toks[q]
		if isPrep(t.low) {
			return nil
		}
		if !t.word || t.cap || !(determiners[t.low] || adverbs[t.low] || strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "est") || t.low == "very" || t.low == "just" || t.low == "even" || t.low == "only") {
			break
		}
	}
	// a bare infinitive: "urged ministers to back", "visited Ms Essex to
	// lobby for" make the mention an object, not the subject (only a
	// headline starts "Labour to back ...")
	if toks[k].low == "to" && (left > 1 || left == 1 && toks[0].low != "the") && toks[left-1].word {
		return nil
	}
	// "half the UK wants": a part of the body, not the body
	if m.s >= 2 && toks[m.s-1].low == "the" && quantifiers[toks[m.s-2].low] || m.s >= 1 && quantifiers[toks[m.s-1].low] {
		return nil
	}
	// "urged the Tories to back", "visited Ms Lind to lobby for": an
	// object before an infinitive is not the subject of the verb
	if toks[k].low == "to" && objectBefore(toks, m) {
		return nil
	}
	out := []mention{m}
	// coordination, leftwards: "the UK, France, Germany and Sweden want"
	j := m.s
	if j > 0 && toks[j-1].low == "the" {
		j--
	}
	for j >= 2 && (toks[j-1].low == "and" || toks[j-1].text == ",") {
		found := false
		for _, o := range s.ments {
			// "In Scotland, Labour backed": a place in a prepositional
			// phrase is not coordinated with the subject
			if o.e == j-1 && !o.pron && afterPrep(toks, o) {
				// "the top Catholic in England and Wales backed": the
				// mention ends the prepositional phrase, no subject
				if len(out) == 1 && toks[j-1].low == "and" {
					return nil
				}
				// "In Scotland and Wales, Labour backed"
				return out[:1]
			}
			if o.e == j-1 && !o.pron {
				out = append(out, o)
				j = o.s
				if j > 0 && toks[j-1].low == "the" {
					j--
				}
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	if len(out) > 1 && toks[j].low != "and" && j > 0 && !(toks[j-1].text == "," || toks[j-1].word && !isPrep(toks[j-1].low)) {
		return out[:1]
	}
	if len(out) > 1 && j > 0 && isPrep(toks[j-1].low) {
		return nil
	}
	if len(out) == 1 {
		j = left
		if j > 0 && toks[j-1].low == "the" {
			j--
		}
	}
	if governed(toks, j) {
		return nil
	}
	// "when the Senate approves the bill, ...": a future event
	if j > 0 && (toks[j-1].low == "when" || toks[j-1].low == "before" || toks[j-1].low == "after") && (toks[k].low == toks[k].lem || toks[k].low == toks[k].lem+"s" || toks[k].low == toks[k].lem+"es") && toks[k].low != "is" && toks[k].low != "are" && toks[k].low != "has" && toks[k].low != "have" {
		return nil
	}
	if !m.pron && (j > 0 && opinionGovernors[toks[j-1].lem] || j > 1 && toks[j-1].low == "that" && opinionGovernors[toks[j-2].lem]) {
		return nil
	}
	// inversion: "Should the UK approve the treaty?", "Will Labour back
	// it?" ask; "Should Labour back it, ..." supposes
	if j > 0 && auxiliaries[toks[j-1].low] && toks[j-1].low != "to" && toks[j-1].low != "'s" {
		return nil
	}
	// "let Labour reject it", "saw the Senate reject it": an object
	if j > 0 && (toks[j-1].lem == "let" || toks[j-1].lem == "make" || toks[j-1].lem == "help" || toks[j-1].lem == "see" || toks[j-1].lem == "watch") {
		return nil
	}
	return out
}

// opinionGovernors before a named subject make its clause someone's view
// ("Analysts believe the Senate will reject"); a pronoun subject is
// usually the believer ("Labour thinks it should back").
var opinionGovernors = set("believe think reckon claim warn")

// predictVerbs report a view, not a decision: "Analysts believe the
// Senate will reject", "Mr X warned that the Greens would scrap".
var predictVerbs = set("warn claim suggest believe think predict fear expect accuse allege reckon argue")

// predicted reports whether the clause of subj is another speaker's
// forecast of what subj will do: a future modal under a predictVerbs
// verb, said by someone who does not speak for subj.
func (an *analysis) predicted(s *sentence, subj mention, c chain) bool {
	if !c.future || !s.hasRep || s.repV < 0 || !predictVerbs[s.toks[s.repV].lem] || subj.pron {
		return false
	}
	h, _ := an.holderOf(subj)
	rh, _ := an.holderOf(s.rep)
	return h != rh && subj.ent != s.rep.ent
}

// clauseGovernors before a clause's subject make the clause a hope, a
// prediction, a fear or a question, not a position: "hoped the Senate
// would back", "unclear whether Labour will support", "if we reject".
var clauseGovernors = set(`hope expect predict fear doubt wonder suspect speculate imagine suppose assume whether if unless once until deny suggest how why
confident optimistic hopeful pessimistic sure certain likely unlikely possible probable doubtful unclear uncertain`)

// governed reports whether the clause whose subject starts at p is
// governed by a clauseGovernors word (over "that").
func governed(toks []token, p int) bool {
	k := p - 1
	if k >= 0 && toks[k].low == "that" {
		k--
	}
	if k >= 0 && toks[k].word && (clauseGovernors[toks[k].low] || clauseGovernors[toks[k].lem]) {
		return true
	}
	// the last of coordinated names: "whether Mr X and Mr Y would"
	if k < 0 || toks[k].low != "and" && toks[k].low != "or" {
		return false
	}
	q := k
	for q >= 0 && q > k-10 && (toks[q].low == "and" || toks[q].low == "or" || toks[q].text == "," || toks[q].cap || toks[q].low == "the") {
		q--
	}
	return q >= 0 && q < k && toks[q].word && (clauseGovernors[toks[q].low] || clauseGovernors[toks[q].lem])
}

// verbClause applies the verb patterns to a stance verb at v. It reports
// whether toks[v] was a stance verb.
func (an *analysis) verbClause(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	t := toks[v]
	senses, ok := stanceVerbs[t.lem]
	if t.cap && v > 0 {
		return false
	}
	// "X is opposed to Y", "X is in favour of Y", "X are united against Y"
	if pred, obj, ok := predicative(toks, v); ok {
		c := an.verbChain(toks, v)
		if c.drop || c.neg || forecast(s, v, c) || inQuestion(toks, v) {
			return true
		}
		for _, subj := range an.subjectsOf(s, c.start) {
			cd := mk(subj, pred, 0.85)
			cd.hedged = c.hedge
			wide := !predNarrow[toks[v].low]
			an.objectTargets(s, obj, wide, wide, func(tg int, actor bool) {
				d := cd
				d.target, d.actorTarget = tg, actor
				an.add(d)
			})
		}
		return true
	}
	if !ok {
		// committed actions: "vowed to scrap X", "is to freeze X"
		if actionWords[t.lem] {
			an.committedAction(si, v, mk)
		}
		return false
	}
	if ok && !personVerbOK(toks, v) {
		return true
	}
	// "was back tweeting": a bare form after "be" is no verb
	if t.low == t.lem && bareAfterBe(toks, v) {
		return true
	}
	// "the Wales back row", "a back injury": "back" in a compound noun
	if t.lem == "back" && v+1 < len(toks) && backCompounds[toks[v+1].low] {
		return true
	}
	// "technologically demanding users", "a very demanding job": a
	// participle after a degree adverb is an adjective
	if strings.HasSuffix(t.low, "ing") && v > 0 && !toks[v-1].cap && (degreeWords[toks[v-1].low] || strings.HasSuffix(toks[v-1].low, "ally")) {
		return true
	}
	// "support" and "back" as nouns: need an inflection or an auxiliary
	// (verbs that are never nouns need neither: "France and Sweden want")
	if t.low == t.lem && v > 0 && nounLikeVerbs[t.lem] && !multiParticle(toks, v, senses) && !auxiliaries[toks[v-1].low] && !adverbs[toks[v-1].low] && toks[v-1].low != "not" {
		prev := toks[v-1]
		if !(prev.low == "we" || prev.low == "they" || prev.low == "i" || prev.low == "who" || prev.low == "which" || strings.HasSuffix(prev.low, "s") && prev.cap) {
			return true
		}
	}
	c := an.verbChain(toks, v)
	if c.drop || forecast(s, v, c) || inQuestion(toks, v) {
		return true
	}
	// participles: "..., calling for X" belongs to the main clause
	participle := strings.HasSuffix(t.low, "ing") && c.start == v
	for _, sense := range senses {
		obj := v + 1
		if sense.particle != "" {
			okp := true
			for _, pw := range strings.Fields(sense.particle) {
				if obj >= len(toks) || toks[obj].low != pw {
					okp = false
					break
				}
				obj++
			}
			if !okp {
				continue
			}
		}
		stance := sense.stance
		if c.flip || c.neg {
			// "did not reject": nothing; "refused to back", "will not
			// support": refusal
			if stance.Polarity() != schema.Support || c.neg && !c.flip && !c.future {
				return true
			}
			stance = schema.Refuses
		}
		if c.passive {
			an.passive(si, v, obj, c, stance, mk)
			return true
		}
		var subjs []mention
		if participle {
			if v > 0 && toks[v-1].text == "," {
				subjs = an.mainSubject(s, v)
			}
		} else {
			subjs = an.subjectsOf(s, c.start)
			if len(subjs) == 0 {
				subjs = an.coordSubject(s, c.start, v)
			}
		}
		if len(subjs) == 0 {
			continue
		}
		// "called on X to VP", "urged X to VP"
		if sense.particle == "on" && (t.lem == "call" || t.lem == "round") && t.lem == "call" || t.lem == "urge" || t.lem == "press" && sense.particle == "" {
			if an.callOn(si, v, obj, subjs, c, mk) {
				return true
			}
			if sense.particle == "on" {
				continue
			}
		}
		for _, subj := range subjs {
			if an.predicted(s, subj, c) {
				continue
			}
			cd := mk(subj, stance, 0.9)
			if len(subjs) > 1 {
				cd.conf = 0.8
			}
			cd.hedged = c.hedge
			cd.negated = c.flip || c.neg
			// clausal targets: "agreed for X to VP", "insisted that X be VP"
			if sense.clause {
				k := obj
				bare := false // a directive clause without "that"
				if sense.particle == "" {
					if k < len(toks) && toks[k].low == "that" {
						k++
					} else if k < len(toks) && an.directive(s, k, clauseEnd(toks, k)) {
						bare = true
					} else if t.lem == "insist" || t.lem == "argue" {
						continue
					}
				}
				if k < len(toks) && (sense.particle != "" || bare || toks[k-1].low == "that") {
					e := clauseEnd(toks, k)
					if e-k < 3 {
						continue
					}
					// "insisted that voters faced higher taxes" is a claim;
					// only a directive that-clause is a position
					if toks[k-1].low == "that" && !an.directive(s, k, e) {
						continue
					}
					cd.conf = 0.8
					cd.target = an.proposalTarget(toks, np{s: k, e: e, head: -1}, true)
					an.add(cd)
					continue
				}
			}
			// "wanted no part of it", "backs no plan": not read
			if obj < len(toks) && toks[obj].low == "no" {
				continue
			}
			// "want" takes proposals ("want a ban", "want the budget to
			// be capped"), not wishes ("want industry to succeed")
			if t.lem == "want" && !wantedPolicy(toks, obj) {
				continue
			}
			// "we want players who ...", "favours the loosehead side":
			// a wish about people or a kind of thing, not a policy
			if wishVerbs[t.lem] && wishObject(toks, obj) {
				continue
			}
			// "agreed a loan with the IMF", "unveiled a memorial": events
			if eventObject(toks, t.lem, sense.particle, obj) {
				continue
			}
			an.objectTargets(s, obj, sense.actorObj, generalVerbs[t.lem], func(tg int, actor bool) {
				// "troops attacked the town": force, not blame
				if an.forceReading(s, v, obj, subj, tg, actor) {
					return
				}
				d := cd
				d.target, d.actorTarget = tg, actor
				an.add(d)
			})
		}
		return true
	}
	return true
}

// degreeWords grade an adjective: "very demanding".
var degreeWords = set("very more most less least too so increasingly highly extremely")

// directive reports whether the that-clause toks[k:e] asks for something:
// a modal of obligation ("must", "should", "ought to", "needs to", "has
// to") or a subjunctive ("that the treaty be signed", "that Mr X resign").
// Negated directives ("must not") and identities ("must be the year of")
// are not read.
func (an *analysis) directive(s *sentence, k, e int) bool {
	toks := s.toks
	// the clause starts with its subject ("there should be NP" is read
	// by the reported-obligation rule)
	if k >= e || !toks[k].word || npStop[toks[k].low] || auxiliaries[toks[k].low] || isPrep(toks[k].low) || toks[k].low == "there" {
		return false
	}
	for j := k + 1; j < e; j++ {
		t := toks[j]
		next := ""
		if j+1 < e {
			next = toks[j+1].low
		}
		switch {
		case t.low == "must" || t.low == "should" || (t.low == "ought" || t.lem == "need" || t.lem == "have") && next == "to":
			// the modal of the clause's own verb, not of a later one
			return plainSubject(toks, k, j) && obligationRead(toks, j, e)
		case t.low == "be" && j > k:
			// subjunctive "be" right after the subject
			for q := k; q < j; q++ {
				if !toks[q].word || auxiliaries[toks[q].low] && toks[q].low != "'s" || npStop[toks[q].low] || subordinators[toks[q].low] {
					return false
				}
			}
			return next != "not" && next != "never"
		}
	}
	// bare verb after a singular named subject: "that Mr Lindqvist resign"
	for _, m := range s.ments {
		if m.s == k || m.s == k+1 && (toks[k].low == "the" || titles[toks[k].low]) {
			if m.e < e && m.e > m.s {
				v := toks[m.e]
				last := toks[m.e-1].low
				return v.word && !v.cap && v.low == v.lem && !strings.HasSuffix(last, "s") && !auxiliaries[v.low] && !isPrep(v.low) && !npStop[v.low] && !adverbs[v.low] && !strings.HasSuffix(v.low, "ly")
			}
			return false
		}
	}
	return false
}

// obligationRead checks the modal at j of a clause ending at e: "must not"
// asks for nothing to be done, "must be the year of" states an identity.
func obligationRead(toks []token, j, e int) bool {
	q := j + 1
	if toks[j].low != "must" && toks[j].low != "should" {
		q++ // "needs to", "has to", "ought to"
	}
	// "must not"; "must have known", "should have acted": a judgement
	// of the past
	if q < e && (toks[q].low == "not" || toks[q].low == "never" || toks[q].low == "have" && toks[j].low != "have") {
		return false
	}
	if q+1 < e && toks[q].low == "be" && (determiners[toks[q+1].low] || isNumber(toks[q+1].low)) {
		return false
	}
	return true
}

// nounLikeVerbs are stance verbs whose bare form is often a noun ("US
// support for", "a Labour call for").
// backCompounds follow "back" in compound nouns ("back row", "back
// injury"), where it is no verb.
var backCompounds = set("row rows line room bench benches door seat seats page pages pay yard garden office injury injuries problem problems pass passes three four five foot")

var nounLikeVerbs = set("support back call demand veto block attack welcome praise favour favor boycott object vote push press lobby campaign rule speak warn hit round slam blame champion hail applaud resist")

// generalVerbs take any noun phrase as a target, not only proposal-like
// ones: "criticised the existing system", "backed use of wire-tap evidence".
var generalVerbs = set("want reject oppose condemn criticise criticize denounce deplore decry back support endorse welcome defend dismiss slam attack praise hail applaud approve demand urge call favour favor champion embrace resist vote argue campaign lobby object speak")

// predicative reads "opposed to", "in favour of", "against" after a form
// of be: it returns the stance and the object start.
func predicative(toks []token, v int) (schema.Stance, int, bool) {
	if v == 0 {
		return "", 0, false
	}
	be := func(k int) bool {
		for k >= 0 && (adverbs[toks[k].low] || strings.HasSuffix(toks[k].low, "ly") || toks[k].low == "not") {
			k--
		}
		return k >= 0 && (toks[k].lem == "be" || toks[k].low == "is" || toks[k].low == "are" || toks[k].low == "was" || toks[k].low == "were" || toks[k].low == "remain" || toks[k].lem == "remain")
	}
	t := toks[v]
	switch {
	case t.low == "opposed" && v+1 < len(toks) && toks[v+1].low == "to" && be(v-1):
		return schema.Opposes, v + 2, true
	case t.low == "in" && v+2 < len(toks) && (toks[v+1].low == "favour" || toks[v+1].low == "favor") && toks[v+2].low == "of" && be(v-1):
		return schema.Supports, v + 3, true
	case t.low == "united" && v+1 < len(toks) && toks[v+1].low == "against" && be(v-1):
		return schema.Opposes, v + 2, true
	// "X is critical of Y", "X was sceptical about Y", "X is supportive of Y"
	case v+1 < len(toks) && be(v-1) && predAdj[t.low] != "" && predAdjPrep(t.low, toks[v+1].low) && (v+2 >= len(toks) || !whWords[toks[v+2].low]):
		return predAdj[t.low], v + 2, true
	}
	return "", 0, false
}

// coordSubject returns the subject of a verb phrase coordinated with the
// main clause's: "Labour has unveiled its own scheme, but has rejected
// quotas", "The Greens welcomed the report and backed its plan". The
// chain at k must be finite, and nothing between the main subject and it
// may start another clause (a speech verb, "that", "which", a pronoun).
func (an *analysis) coordSubject(s *sentence, k, v int) []mention {
	toks := s.toks
	if k < 2 || !(toks[k-1].low == "and" || toks[k-1].low == "but") {
		return nil
	}
	if !(toks[v].low != toks[v].lem || k < v && auxiliaries[toks[k].low] && toks[k].low != "to") {
		return nil
	}
	main := an.mainSubject(s, k)
	if len(main) == 0 {
		return nil
	}
	m := main[0]
	if m.e >= len(toks) || !(auxiliaries[toks[m.e].low] || toks[m.e].low != toks[m.e].lem && toks[m.e].word && !toks[m.e].cap) {
		return nil
	}
	for q := m.e; q < k-1; q++ {
		t := toks[q]
		if speechVerbs[t.lem] || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "whom" || t.low == "whose" || t.low == "he" || t.low == "she" || t.low == "they" || t.low == "it" || t.low == "we" || t.low == "i" || subordinators[t.low] || t.low == ";" || t.text == ":" || t.quote != 0 {
			return nil
		}
	}
	return main
}

// mainSubject returns the subject of the main clause for a participle
// after a comma: the mention that starts the sentence and is followed by
// a verb.
func (an *analysis) mainSubject(s *sentence, v int) []mention {
	for _, m := range s.ments {
		if m.s > 2 || m.e >= v {
			break
		}
		if m.s == 0 || m.s == 1 && (s.toks[0].low == "the" || s.toks[0].low == "but" || s.toks[0].low == "and") {
			return []mention{m}
		}
	}
	return nil
}

// objectTargets finds the target(s) at obj: an actor ("criticised the
// minister") when actorObj allows, else a noun phrase (proposal-like, or
// any when general), split at "and" between two noun phrases.
func (an *analysis) objectTargets(s *sentence, obj int, actorObj, general bool, fn func(target int, actor bool)) {
	toks := s.toks
	if obj >= len(toks) {
		return
	}
	// a title before a name: "criticised Home Secretary David Blunkett"
	named := obj
	for named < len(toks) && named < obj+4 && toks[named].cap && (titles[toks[named].low] || personRole[toks[named].lem]) {
		named++
	}
	// the longest mention at the object: "the Tory leader" (the person
	// given that title) over "Tory" inside it
	found, descOnly := false, false
	var m mention
	for _, o := range s.ments {
		if o.s == obj || o.s == obj+1 && toks[obj].low == "the" || o.s == named && named > obj || an.titledPerson(toks, obj, o) {
			if !found || o.e > m.e {
				m, found = o, true
			}
		}
	}
	if found {
		// the mention is only a modifier: "the EU-backed plan", "the
		// Tory plans", "Britain's rebate", "Lord Dubs' bill"
		if m.e < len(toks) && !timePhraseAt(toks, m.e) && (toks[m.e].mod != "" || toks[m.e].low == "'s" || bareGenitive(toks, m.e) || possApostrophe(toks, m.e) || pluralPoss(toks, m.e) || toks[m.e].word && !toks[m.e].cap && !npStop[toks[m.e].low] && !isPrep(toks[m.e].low) && !auxiliaries[toks[m.e].low] && !adverbs[toks[m.e].low] && !speechVerbs[toks[m.e].lem] && toks[m.e].low != "for" && toks[m.e].low != "over") {
			// "the Tory leader", "the Labour chairman" when nobody has
			// that title: an unnamed person, never the party (nor a
			// proposal), unless a name follows
			descOnly = actorObj && personDesc(toks, m.e)
		} else {
			// "backed New Zealand to win the series": a tip, not support
			if m.e+1 < len(toks) && toks[m.e].low == "to" && contestVerbs[toks[m.e+1].lem] {
				return
			}
			if actorObj && !m.pron && an.ents[m.ent].kind != schema.Media {
				if ent, ok := an.actorObject(toks, m); ok {
					fn(ent, true)
					// "accused Mr Blair and Mr Brown of": both
					if m2, ok := an.coordActor(s, m); ok {
						if ent2, ok := an.actorObject(toks, m2); ok && ent2 != ent {
							fn(ent2, true)
						}
					}
				}
			}
			return
		}
	}
	if pronounObj[toks[obj].low] && !determiners[toks[obj].low] {
		return
	}
	// "welcomed that the government dropped the plan": a that-clause (a
	// fact or claim), not "that plan"
	if toks[obj].low == "that" && obj+1 < len(toks) && (determiners[toks[obj+1].low] || nonNounWords[toks[obj+1].low] || toks[obj+1].cap) {
		return
	}
	x, ok := nounPhrase(toks, obj)
	if !ok {
		return
	}
	// "accept that lifestyles are changing": a that-clause, not "that X"
	if toks[obj].low == "that" && x.e < len(toks) && (auxiliaries[toks[x.e].low] || toks[x.e].low == "has" || toks[x.e].low == "have") {
		return
	}
	// "endorsed three-term Texas Governor Rick Perry": a person heads it
	if m, ok := an.headPerson(s, x); ok {
		if actorObj {
			fn(m.ent, true)
		}
		return
	}
	if descOnly {
		return
	}
	if tg := an.proposalTargetGen(toks, x, general); tg >= 0 {
		fn(tg, false)
	}
}

// personDesc: the word at k heads a description of one person or of a
// part of a body ("Tory leader", "Labour spokesman", "Tory leadership",
// "party chairman"), so the actor before it is only its modifier.
func personDesc(toks []token, k int) bool {
	for q := k; q < len(toks) && q < k+3; q++ {
		t := toks[q]
		if !t.word || t.cap {
			return false
		}
		if personRoleNouns[t.low] || orgSpeakers[t.low] || descHeads[t.low] || bodyParts[t.low] || personRole[t.lem] {
			// "the Labour leader's plan" is a plan
			return q+1 >= len(toks) || toks[q+1].low != "'s" && !bareGenitive(toks, q+1) && !possApostrophe(toks, q+1)
		}
		if !(roleModifiers[t.low] || descMods[t.low]) {
			return false
		}
	}
	return false
}

// bodyParts name a part of a party or body, not the body: "the Tory
// leadership", "Labour backbenchers".
var bodyParts = set("leadership frontbench front-bench backbench backbenchers backbencher frontbencher frontbenchers wing leaders chairmen spokesmen rebels rebel grandees grandee hierarchy establishment")

// actorObject is the actor an object mention m stands for (add resolves
// "the government"): a role mention ("a Home Office
// spokesman", "a U.S. official") is one unnamed person, not the body,
// unless a name follows ("U.S. President George Bush" is Bush); a group
// noun ("critics", "the police") is nobody in particular.
func (an *analysis) actorObject(toks []token, m mention) (int, bool) {
	ent := m.ent
	if m.role {
		last := toks[m.e-1].low
		if personRoleNouns[last] || orgSpeakers[last] && !strings.HasSuffix(last, "s") || personRole[last] {
			for _, p := range an.sents[an.curSent].ments {
				if p.s == m.e && an.isPerson(p) && !p.pron {
					return p.ent, true
				}
			}
			return -1, false
		}
	}
	if an.groupNoun(ent) {
		return -1, false
	}
	return ent, true
}

// groupNoun: the entity is a common group noun ("critics", "the police",
// "MPs", "human rights groups"), not a named body.
func (an *analysis) groupNoun(ent int) bool {
	e := &an.ents[ent]
	if e.kind != schema.Group || len(e.toks) == 0 || e.name != strings.ToLower(e.name) {
		return false
	}
	last := e.toks[len(e.toks)-1]
	return groupNouns[last] || vagueGroups[last] || bodyParts[last]
}

// coordActor: the actor coordinated with the object m ("Mr Blair and
// Mr Brown", "the government and the chancellor").
func (an *analysis) coordActor(s *sentence, m mention) (mention, bool) {
	toks := s.toks
	k := m.e
	if k+1 >= len(toks) || toks[k].low != "and" {
		return mention{}, false
	}
	k++
	if toks[k].low == "the" {
		k++
	}
	for k < len(toks) && k < m.e+6 && toks[k].cap && titles[toks[k].low] {
		k++
	}
	for _, o := range s.ments {
		if o.pron || an.ents[o.ent].kind == schema.Media || o.s < m.e+1 || o.s > k {
			continue
		}
		if o.s == k || o.s == m.e+2 && toks[m.e+1].low == "the" || an.titledPerson(toks, m.e+1, o) {
			// the coordinated mention is itself a modifier ("and the
			// Tory plans"): no actor
			if o.e < len(toks) && toks[o.e].word && !toks[o.e].cap && !npStop[toks[o.e].low] && !isPrep(toks[o.e].low) && !auxiliaries[toks[o.e].low] && !adverbs[toks[o.e].low] || o.e < len(toks) && (toks[o.e].low == "'s" || toks[o.e].mod != "") {
				return mention{}, false
			}
			return o, true
		}
	}
	return mention{}, false
}

// proposalTargetGen is proposalTarget that, when general, also accepts
// noun phrases not headed by a proposal noun.
func (an *analysis) proposalTargetGen(toks []token, x np, general bool) int {
	if x.head < 0 {
		return -1
	}
	h := toks[x.head]
	if proposalHeads[h.lem] || !general {
		return an.proposalTarget(toks, x, false)
	}
	// "would abolish many": a bare quantifier
	if x.head == x.s && (quantifiers[h.low] || h.low == "others" || h.low == "several") {
		return -1
	}
	if adverbs[h.low] || strings.HasSuffix(h.low, "ly") && !lyNouns[h.low] || nonTargetHeads[h.low] || nonTargetHeads[h.lem] || pronounObj[h.low] || nonNounWords[h.low] || timeWords[h.low] || !h.word || h.mod != "" || isNumber(h.low) {
		return -1
	}
	// a person is an actor, not a proposal: "praised the chancellor for
	// his role", "backed Lord Smith", "the law lords"
	if personHeads[h.lem] || personRole[h.lem] || nameRun(toks, x.s, x.head, x.e) {
		return -1
	}
	// "criticised the way the office operated": a manner, not a position
	for k := x.s; k < x.head; k++ {
		if mannerNouns[toks[k].low] {
			return -1
		}
	}
	// "defended his record", "attacked the decision": nothing to say what
	if vagueAlone(toks, x) {
		if y, ok := vagueComplement(toks, x); ok {
			return an.proposalTarget(toks, y, true)
		}
		return -1
	}
	// a verb-looking head right after the verb ("backed going", "accepted
	// that") is not a noun phrase
	if x.head == x.s && strings.HasSuffix(h.low, "ing") && x.e == x.head+1 {
		return -1
	}
	return an.proposalTarget(toks, x, true)
}

var lyNouns = set("family assembly supply reply monopoly ally rally anomaly policy italy july")

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// passive handles "NP was rejected by X (and Y)" and "NP has been branded
// ADJ by X".
func (an *analysis) passive(si, v, obj int, c chain, stance schema.Stance, mk mkFunc) {
	s := &an.sents[si]
	toks := s.toks
	by := obj
	for by < len(toks) && by < obj+2 && toks[by].low != "by" {
		if !adverbs[toks[by].low] && !strings.HasSuffix(toks[by].low, "ly") {
			break
		}
		by++
	}
	if by >= len(toks) || toks[by].low != "by" {
		return
	}
	agents := an.byAgents(s, by+1)
	if len(agents) == 0 {
		return
	}
	// "Mr X was criticised by Y": the person or group is the target
	if an.passiveActor(si, v, c, agents, stance, mk) {
		return
	}
	x, ok := an.subjectNP(toks, c.start)
	if !ok {
		return
	}
	for _, m := range agents {
		cd := mk(m, stance, 0.85)
		cd.hedged = c.hedge
		cd.target = an.proposalTargetGen(toks, x, generalVerbs[toks[v].lem])
		// "the convoy was attacked by rebels": force, not blame
		if cd.target >= 0 && forceVerbs[toks[v].lem] && an.forceReading(s, v, x.s-1, m, cd.target, false) {
			continue
		}
		an.add(cd)
	}
}

// byAgents lists the mentions after "by": "by the Senate", "by human
// rights groups and the Conservatives".
func (an *analysis) byAgents(s *sentence, k int) []mention {
	toks := s.toks
	var out []mention
	for k < len(toks) {
		if toks[k].low == "the" {
			k++
		}
		found := false
		for _, m := range s.ments {
			if m.s == k && !m.pron && !pluralPossessive(toks, m) {
				out = append(out, m)
				k = m.e
				found = true
				break
			}
		}
		if !found || k >= len(toks) || !(toks[k].low == "and" || toks[k].text == ",") {
			break
		}
		k++
	}
	return out
}

// subjectNP returns the noun phrase that ends where the verb chain starts:
// the longest one from the sentence start or after a comma.
func (an *analysis) subjectNP(toks []token, end int) (np, bool) {
	for st := 0; st < end; st++ {
		if st > 0 && toks[st-1].word && toks[st-1].low != "that" && toks[st-1].low != "but" && toks[st-1].low != "and" {
			continue
		}
		if !toks[st].word {
			continue
		}
		if x, ok := nounPhrase(toks, st); ok && x.e == end {
			return x, true
		}
	}
	return np{}, false
}

// callOn handles "called on X to VP" and "urged X to VP": the subject
// supports doing VP (or, for "to scrap NP", opposes NP).
func (an *analysis) callOn(si, v, obj int, subjs []mention, c chain, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	// the addressee: a mention or a short noun phrase, then "to"
	k := obj
	for k < len(toks) && k < obj+8 && toks[k].low != "to" {
		// an apposition: "urged Care International, the agency she
		// works for, to close ..."
		if toks[k].text == "," && k > obj {
			q := k + 1
			for q < len(toks) && q < k+12 && toks[q].text != "," && toks[q].word {
				q++
			}
			if q < len(toks) && toks[q].text == "," && q+1 < len(toks) && toks[q+1].low == "to" {
				k = q + 1
				break
			}
		}
		if !toks[k].word || npStop[toks[k].low] {
			return false
		}
		k++
	}
	if k == obj || k+1 >= len(toks) || toks[k].low != "to" || !toks[k+1].word || toks[k+1].cap {
		return false
	}
	// "urged MPs not to back the bill": against the bill; "called on the
	// council not to scrap X" or "not to simply cut and run" is no call
	// for what follows, and is not read further
	if toks[k-1].low == "not" || toks[k-1].low == "never" {
		if k-1 == obj {
			return false
		}
		vb := k + 1
		for vb < len(toks) && adverbs[toks[vb].low] {
			vb++
		}
		if vb >= len(toks) || toks[vb].low != toks[vb].lem {
			return true
		}
		if vs, ok := stanceVerbs[toks[vb].lem]; ok && vs[0].particle == "" && !vs[0].clause && vs[0].stance.Polarity() == schema.Support {
			for _, subj := range subjs {
				cd := mk(subj, schema.Opposes, 0.7)
				cd.hedged = c.hedge
				an.objectTargets(s, vb+1, false, generalVerbs[toks[vb].lem], func(tg int, actor bool) {
					d := cd
					d.target = tg
					an.add(d)
				})
			}
		}
		return true
	}
	person := an.personAddressee(s, obj, k)
	for _, part := range splitVP(toks, k+1) {
		vb := part[0]
		if nonPolicyVerbs[toks[vb].lem] {
			continue
		}
		// "urged Holmes to continue competing", "urged the left-back to
		// stay": a wish about a person's career, not a policy; "urged
		// the board to sign striker X": a transfer
		if person && conductVerbs[toks[vb].lem] || toks[vb].lem == "sign" && an.personObject(s, vb+1) {
			continue
		}
		for _, subj := range subjs {
			if vs, ok := stanceVerbs[toks[vb].lem]; ok && vs[0].particle == "" && !vs[0].clause {
				cd := mk(subj, vs[0].stance, 0.75)
				cd.hedged = c.hedge
				an.objectTargets(s, vb+1, vs[0].actorObj, generalVerbs[toks[vb].lem], func(tg int, actor bool) {
					d := cd
					d.target, d.actorTarget = tg, actor
					an.add(d)
				})
				continue
			}
			if actionEnd[toks[vb].lem] {
				cd := mk(subj, schema.Opposes, 0.75)
				cd.hedged = c.hedge
				an.endedTargets(s, vb+1, func(tg int, actor bool) {
					d := cd
					d.target = tg
					an.add(d)
				})
				continue
			}
			cd := mk(subj, schema.CallsFor, 0.8)
			cd.hedged = c.hedge
			if part[1]-vb < 2 {
				continue
			}
			cd.target = an.proposalTarget(toks, np{s: vb, e: part[1], head: -1}, true)
			an.add(cd)
		}
	}
	return true
}

// conductVerbs after "urged PERSON to" ask for a person's own conduct
// ("to stay", "to seize his chance"), not a policy.
var conductVerbs = set("stay remain continue seize compete play co-present keep return persevere carry concentrate focus enjoy")

// sportRoles describe one player or coach: "urged the left-back to stay".
var sportRoles = set("left-back right-back full-back centre-back striker midfielder goalkeeper keeper winger defender forward captain skipper coach manager player star youngster teenager champion")

// personAddressee: the addressee toks[obj:k] of "urged X to" is one person.
func (an *analysis) personAddressee(s *sentence, obj, k int) bool {
	for _, m := range s.ments {
		if m.s >= obj && m.e <= k && an.isPerson(m) && !m.pron {
			return true
		}
	}
	if k-1 >= obj {
		w := s.toks[k-1]
		if !w.cap && (sportRoles[w.low] || w.low == "him" || w.low == "her") {
			return true
		}
	}
	return false
}

// personObject: a noun phrase at k is headed by a person ("sign Real
// Madrid striker Fernando Morientes").
func (an *analysis) personObject(s *sentence, k int) bool {
	x, ok := nounPhrase(s.toks, k)
	if !ok {
		return false
	}
	if _, ok := an.headPerson(s, x); ok {
		return true
	}
	for _, m := range s.ments {
		if m.s >= k && m.s <= x.e && an.isPerson(m) && !m.pron {
			return true
		}
	}
	return x.head >= 0 && sportRoles[s.toks[x.head].low]
}

// nonPolicyVerbs after "urged X to" ask for words, not a policy.
var nonPolicyVerbs = set("admit apologise apologize explain clarify reveal confirm say tell answer think come go look listen be")

// splitVP returns the verb phrases of "VP1 and (to) VP2" starting at k, as
// [verb, end) pairs.
func splitVP(toks []token, k int) [][2]int {
	e := clauseEnd(toks, k)
	var out [][2]int
	st := k
	for j := k + 1; j < e; j++ {
		if toks[j].low == "and" && j+2 < e && (toks[j+1].low == "to" && toks[j+2].word && !toks[j+2].cap) {
			out = append(out, [2]int{st, j})
			st = j + 2
			j++
		}
	}
	return append(out, [2]int{st, e})
}

// committedAction handles an action verb after a commitment: "vowed to
// scrap X" (opposes X), "promised to introduce X", "is to freeze X",
// "would boost X" (supports doing it).
func (an *analysis) committedAction(si, v int, mk mkFunc) {
	s := &an.sents[si]
	toks := s.toks
	if v+1 >= len(toks) || toks[v].low != toks[v].lem && !strings.HasSuffix(toks[v].low, "ing") && toks[v].lem != "set" {
		// only the bare infinitive ("to scrap", "will scrap")
		if toks[v].low != toks[v].lem {
			return
		}
	}
	if toks[v].lem == "set" && (v+1 >= len(toks) || toks[v+1].low != "up") {
		return
	}
	// "end up", "cut off": another verb
	if v+1 < len(toks) && (toks[v+1].low == "up" || toks[v+1].low == "off" || dropOut(toks, v)) && toks[v].lem != "set" {
		return
	}
	c := an.verbChain(toks, v)
	if c.drop || c.neg || c.passive || !c.commit || forecast(s, v, c) || inQuestion(toks, v) {
		return
	}
	// "Sir Paul will provide the entertainment": a plain future of a
	// generic verb, told by the writer, is a schedule, not a pledge
	if !c.pledge && !s.hasRep && !toks[v].inQuote && genericActions[toks[v].lem] {
		return
	}
	subjs := an.subjectsOf(s, c.start)
	if len(subjs) == 0 {
		return
	}
	obj := v + 1
	if an.predicted(s, subjs[0], c) {
		return
	}
	if toks[v].lem == "set" {
		obj++
	}
	for _, subj := range subjs {
		if an.isPerson(subj) && an.ents[subj.ent].affil < 0 && !subj.pron && false {
			continue
		}
		// "attacked Tory plans to cut X": "plans" may be the noun, and
		// then another's account of the plan
		if toks[c.start].lem == "plan" && subj.e == c.start && an.possessorContested(si, subj, c.start) {
			continue
		}
		if actionEnd[toks[v].lem] {
			cd := mk(subj, schema.Opposes, 0.7)
			cd.hedged = c.hedge
			if c.flip {
				continue
			}
			an.endedTargets(s, obj, func(tg int, actor bool) {
				d := cd
				d.target = tg
				an.add(d)
			})
			continue
		}
		x, ok := nounPhrase(toks, obj)
		if !ok || x.head < 0 || pronounObj[toks[x.head].low] || nonNounWords[toks[x.head].low] || committedEvent(toks, x) {
			continue
		}
		st := schema.Proposes
		if c.flip {
			st = schema.Refuses
		}
		cd := mk(subj, st, 0.7)
		cd.hedged = c.hedge
		cd.target = an.proposalTarget(toks, np{s: v, e: x.e, head: -1}, true)
		an.add(cd)
	}
}

// wantedPolicy: "want X" and "want X to be done" state a position; "want
// X to succeed" a wish.
func wantedPolicy(toks []token, obj int) bool {
	x, ok := nounPhrase(toks, obj)
	if !ok {
		return false
	}
	// "want all schools and 90% of colleges to have ...": the infinitive
	// after the last conjunct
	if x.e < len(toks) && toks[x.e].low == "and" {
		hasTo := false
		for k := x.head + 1; k < x.e; k++ {
			hasTo = hasTo || toks[k].low == "to"
		}
		for k := x.e + 1; !hasTo && k < len(toks) && k < x.e+10; k++ {
			t := toks[k]
			if t.low == "to" {
				if k > x.e+1 && !strings.HasSuffix(toks[k-1].low, "ing") {
					x = np{s: x.s, e: k, head: k - 1}
				}
				break
			}
			if t.word && (npStop[t.low] || auxiliaries[t.low]) || t.text == "," || t.quote != 0 {
				break
			}
		}
	}
	for k := x.head + 1; k <= x.e && k < len(toks); k++ {
		if toks[k].low == "to" && k+1 < len(toks) {
			if toks[k+1].low != "be" || k+2 >= len(toks) {
				return false
			}
			p := toks[k+2]
			// a participle ("to be capped", "to be made"), not "to be as
			// accessible as" (golem lemmatises "as" to "a")
			if !p.word || npStop[p.low] || isPrep(p.low) || determiners[p.low] || adverbs[p.low] {
				return false
			}
			return p.low != p.lem || strings.HasSuffix(p.low, "ed")
		}
	}
	return true
}

// wishVerbs take a policy or a wish as their object.
var wishVerbs = set("want favour favor embrace")

// wishHeads are people or sides wished for, not policies.
var wishHeads = set("player players actor actors staff team side squad star stars people person man men woman women coach manager assurance assurances opinion")

// wishObject: the object at obj of want/favour is people ("his backroom
// staff", "a second opinion") or a kind described by a relative clause
// with no proposal head ("players who want to play", "software that
// would download").
func wishObject(toks []token, obj int) bool {
	x, ok := nounPhrase(toks, obj)
	if !ok || x.head < 0 {
		return false
	}
	h := toks[x.head]
	if wishHeads[h.low] || sportRoles[h.low] {
		return true
	}
	if proposalHeads[h.lem] || proposalHeads[h.low] {
		return false
	}
	n := x.head + 1
	return n < len(toks) && (toks[n].low == "who" || toks[n].low == "that" || toks[n].low == "which")
}

var quantifiers = set("half most majority many some few all much third quarter minority")

// timePhraseAt: a time phrase starts at toks[k]: "last year", "on Monday".
func timePhraseAt(toks []token, k int) bool {
	for q := k; q < len(toks) && q < k+3; q++ {
		if timeAt(toks, q, true) {
			return true
		}
		if !timeMods[toks[q].low] && !isNumber(toks[q].low) && !numberWords[toks[q].low] {
			return false
		}
	}
	return false
}

var mannerNouns = set("way manner extent")

// personHeads head noun phrases that name people, not proposals.
var personHeads = set("lord lords peer peers baroness chancellor premier king queen prince princess mp mps mep meps people person persons man men woman women child children boy boys girl girls voter voters citizen citizens member members individual individuals family families everyone everybody someone somebody anyone nobody")

// nameRun: toks[s..head] (with e the phrase end) is a run of capitalised words after its
// determiners, not at the sentence start: a name ("Lord Dubs", "Care
// International"), not a proposal.
func nameRun(toks []token, s, head, e int) bool {
	for s < head && toks[s].word && determiners[toks[s].low] {
		s++
	}
	if s == 0 || head < 0 || proposalHeads[toks[head].lem] {
		return false
	}
	// a title: "the Succession to the Crown Bill"
	if e > head+1 && toks[e-1].cap && proposalHeads[toks[e-1].lem] {
		return false
	}
	for k := s; k <= head; k++ {
		if toks[k].word && !toks[k].cap && toks[k].low != "'s" {
			return false
		}
	}
	return true
}

// afterPrep: the mention follows a preposition ("in Scotland", "to the
// UK").
func afterPrep(toks []token, m mention) bool {
	return m.s > 0 && isPrep(toks[m.s-1].low) || m.s > 1 && toks[m.s-1].low == "the" && isPrep(toks[m.s-2].low)
}

// objectBefore: the mention follows a word of its clause (a verb or a
// preposition: "urged the Tories"), so it is not the clause's subject.
func objectBefore(toks []token, m mention) bool {
	p := m.s - 1
	if p >= 0 && determiners[toks[p].low] {
		p--
	}
	return p >= 0 && toks[p].word && !subordinators[toks[p].low] && toks[p].low != "and" && toks[p].low != "but" && toks[p].low != "that" && toks[p].quote == 0
}

// pluralPossessive: "the unions' plan": the mention only modifies the noun
// after the apostrophe.
func pluralPossessive(toks []token, m mention) bool {
	return m.e+1 < len(toks) && (toks[m.e].text == "'" || toks[m.e].text == "\u2019") && toks[m.e+1].word && strings.HasSuffix(toks[m.e-1].low, "s")
}
