package extract

import (
	"strings"

	"stancegraph/schema"
)

// Stances towards persons and groups: name finding for titled persons
// inside capitalised runs, person-directed verbs, evaluations of people.

// titleInRun returns the index of a person title inside the capitalised
// run that starts at i ("Texas Governor Rick Perry", "Arizona Sheriff Joe
// Arpaio") when a name of one to four words follows it, or -1.
func titleInRun(toks []token, i int, covered []bool) int {
	for k := i + 1; k < len(toks) && k < i+5 && !covered[k] && nameTok(toks[k]); k++ {
		if !titles[toks[k].low] || !personTitles[toks[k].low] && !runTitles[toks[k].low] {
			continue
		}
		j := k + 1
		for j < len(toks) && (titles[toks[j].low] && toks[j].cap || titleDot(toks, j)) {
			j++
		}
		e := capRun(toks, j)
		if e > j && e-j <= 4 && !covered[j] && !orgHeads[toks[e-1].lem] {
			return k
		}
		return -1
	}
	return -1
}

// runTitles are titles that start a person inside a capitalised run
// though they do not alone make a person ("Labour Leader Michael Howard").
var runTitles = set("leader spokesman spokeswoman chairman chairwoman secretary minister speaker commissioner ambassador")

// bareAfterBe: the bare form at v follows a form of "be" ("was back
// tweeting", "is back"), so it is no verb.
func bareAfterBe(toks []token, v int) bool {
	k := v - 1
	for k >= 0 && adverbs[toks[k].low] && toks[k].low != "not" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "is", "are", "was", "were", "been", "being", "'s", "'re", "be", "am", "'m":
		return true
	}
	return false
}

// dropOut: "drop out of the race", "pull out of the talks": leaving, not
// ending something.
func dropOut(toks []token, v int) bool {
	return v+2 < len(toks) && toks[v+1].low == "out" && toks[v+2].low == "of"
}

// headPerson returns the named person that heads the noun phrase x behind
// modifiers and titles: "three-term Texas Governor Rick Perry", "former
// party leader Anna Lindqvist".
func (an *analysis) headPerson(s *sentence, x np) (mention, bool) {
	if x.head < 0 {
		return mention{}, false
	}
	for _, m := range s.ments {
		if m.e == x.head+1 && m.s > x.s && !m.pron && !m.role && an.isPerson(m) {
			for k := x.s; k < m.s; k++ {
				if !s.toks[k].word || s.toks[k].low == "'s" || nonNounWords[s.toks[k].low] {
					return mention{}, false
				}
			}
			// first names must be the person's: "Hillary Rodham Clinton"
			// is not "Bill Clinton"
			full := an.ents[m.ent].toks
			off := len(full) - (m.e - m.s)
			for k := m.s - 1; k >= x.s && nameTok(s.toks[k]) && !titles[s.toks[k].low]; k-- {
				off--
				if off < 0 || full[off] != s.toks[k].low {
					return mention{}, false
				}
			}
			return m, true
		}
	}
	return mention{}, false
}

func init() {
	for l, s := range personVerbs {
		if _, ok := stanceVerbs[l]; !ok {
			stanceVerbs[l] = s
		}
	}
}

// personVerbOK rules out other senses of the person verbs: "hammered out a
// deal", "thanks to", "blasted off".
func personVerbOK(toks []token, v int) bool {
	t := toks[v]
	if personVerbs[t.lem] == nil {
		return true
	}
	if v+1 < len(toks) {
		switch toks[v+1].low {
		case "out", "home", "off", "away", "through", "up", "down", "in":
			return t.lem == "lash"
		case "to":
			return t.lem != "thank"
		}
	}
	// "mock", "fault" as nouns or adjectives: "a mock trial", "at fault"
	if t.low == t.lem && v > 0 && (determiners[toks[v-1].low] || toks[v-1].low == "at") {
		return false
	}
	return true
}

// passiveActor: "Mr X was criticised by Y", "He has been praised by Y":
// when the passive subject is an actor and the verb takes actors, each
// agent takes the stance towards it. It reports whether the subject was
// an actor.
func (an *analysis) passiveActor(si, v int, c chain, agents []mention, stance schema.Stance, mk mkFunc) bool {
	s := &an.sents[si]
	senses := stanceVerbs[s.toks[v].lem]
	if len(senses) == 0 || !senses[0].actorObj {
		return false
	}
	subjs := an.subjectsOf(s, c.start)
	if len(subjs) != 1 || an.ents[subjs[0].ent].kind == schema.Media {
		return false
	}
	for _, m := range agents {
		if an.vagueHolder(m) {
			continue
		}
		cd := mk(m, stance, 0.8)
		cd.hedged = c.hedge
		tg, ok := an.actorObject(s.toks, subjs[0])
		if !ok || an.forceReading(s, v, m.e-1, m, tg, true) {
			continue
		}
		cd.target, cd.actorTarget = tg, true
		an.add(cd)
	}
	return true
}

// titleDot: toks[j] is the dot of an abbreviated title: "Rep. Todd Akin",
// "Mr. Perry".
func titleDot(toks []token, j int) bool {
	return j > 0 && toks[j].text == "." && titles[toks[j-1].low] && toks[j-1].cap && toks[j-1].e == toks[j].b
}

// personNeg and personPos are nouns and adjectives that evaluate a person
// or a group: "called Mr X a liar", "\"Mr X is a hero,\" Y said".
var personNeg = set("unhinged weak ineffective erratic nasty dishonourable liar liars hypocrite hypocrites coward cowards bully bullies bigot bigots extremist extremists demagogue disgrace fraud crook crooks clown clowns idiot idiots fool fools traitor traitors charlatan failure loser losers laughingstock menace thug thugs corrupt arrogant unfit unqualified unpatriotic cowardly untrustworthy liar")
var personPos = set("competent effective hero heroes champion patriot patriots statesman visionary inspiration honest decent brave principled trustworthy admirable")

// evalWords has the words of personNeg, personPos, evalNeg and evalPos, to
// rule the others out with one look-up.
var evalWords = unionSets(personNeg, personPos, evalNeg, evalPos)

func unionSets(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			u[w] = true
		}
	}
	return u
}

// conductNouns are what a person says or does: "X's comments were
// offensive" evaluates X.
var conductNouns = set("ad ads advert adverts comments comment remarks remark statement statements words behaviour behavior conduct language rhetoric attack attacks")

// evalFiller may stand between a label or a copula and the evaluation:
// "a complete failure", "such a hero", "utterly dishonest".
var evalFiller = set("a an as such so very really truly utter utterly complete completely total totally absolute absolutely real genuine great national true pathological serial political moral deeply grossly")

// peopleEvalAt applies the person evaluations at an evaluative word v:
// "called/branded Y a liar", "described Y as dishonest", and, in a
// quotation or a reported clause, "Y is a disgrace" and "Y's comments were
// offensive". It reports whether it made a statement (so the proposal
// reading of the same words is skipped).
func (an *analysis) peopleEvalAt(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	t := toks[v]
	if !t.word || t.cap {
		return false
	}
	if !evalWords[t.low] {
		return false
	}
	var st schema.Stance
	switch {
	case personNeg[t.low] || evalNeg[t.low]:
		st = schema.Criticises
	case personPos[t.low] || evalPos[t.low]:
		st = schema.Praises
	default:
		return false
	}
	// "capable of", "effective for": a complement, not an evaluation
	if v+1 < len(toks) && (toks[v+1].low == "of" || toks[v+1].low == "for" || toks[v+1].low == "in") {
		return false
	}
	// questions and conditions evaluate nothing
	if n := len(toks); n > 0 && (toks[n-1].text == "?" || n > 1 && toks[n-2].text == "?") {
		return false
	}
	// back over fillers, quotation marks and other evaluations
	k := v - 1
	as := false
	for k >= 0 && k >= v-5 {
		w := toks[k]
		switch {
		case w.quote != 0:
		case w.low == "as":
			as = true
		case evalFiller[w.low] || evalNeg[w.low] || evalPos[w.low] || personNeg[w.low] || personPos[w.low] || w.low == "and" || w.text == ",":
		default:
			goto done
		}
		k--
	}
done:
	if k < 1 {
		return false
	}
	// the actor evaluated ends at k
	var m mention
	found := false
	for _, o := range s.ments {
		if o.e == k+1 && !o.pron && !o.role && an.ents[o.ent].kind != schema.Media {
			m, found = o, true
		}
	}
	if found {
		return an.labelledActor(si, m, as, st, mk)
	}
	if as {
		return false
	}
	return an.copulaActor(si, k, st, mk)
}

// labelledActor: "LABEL Y (as) EVAL" with Y the mention m: the subject of
// the label verb takes the stance towards Y.
func (an *analysis) labelledActor(si int, m mention, as bool, st schema.Stance, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	d := m.s - 1
	for d >= 0 && (titles[toks[d].low] && toks[d].cap || titleDot(toks, d)) {
		d--
	}
	if d >= 0 && toks[d].low == "the" {
		d--
	}
	if d < 0 || !toks[d].word || toks[d].cap {
		return false
	}
	switch {
	case as && (toks[d].lem == "describe" || toks[d].lem == "portray" || toks[d].lem == "depict" || toks[d].lem == "brand" || toks[d].lem == "label" || toks[d].lem == "denounce" || toks[d].lem == "dismiss"):
	case as && toks[d].low == "to" && d > 0 && toks[d-1].lem == "refer":
		d--
	case !as && (toks[d].lem == "call" || toks[d].lem == "brand" || toks[d].lem == "dub" || toks[d].lem == "label" || toks[d].lem == "term"):
	default:
		return false
	}
	c := an.verbChain(toks, d)
	if c.neg || c.drop || c.passive {
		return false
	}
	var holders []mention
	if strings.HasSuffix(toks[d].low, "ing") && c.start == d {
		if d > 0 && toks[d-1].text == "," {
			holders = an.mainSubject(s, d)
		}
	} else {
		holders = an.subjectsOf(s, c.start)
	}
	made := false
	for _, h := range holders {
		cd := mk(h, st, 0.75)
		cd.hedged = c.hedge
		tg, ok := an.actorObject(toks, m)
		if !ok {
			return false
		}
		cd.target, cd.actorTarget = tg, true
		if cd.holder != m.ent && h.ent != m.ent {
			an.add(cd)
			made = true
		}
	}
	return made
}

// copulaActor: in a quotation or a reported clause, "Y is/was EVAL" or
// "Y's comments were EVAL", with the copula ending at k: the speaker takes
// the stance towards Y.
func (an *analysis) copulaActor(si, k int, st schema.Stance, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	if !s.hasRep {
		return false
	}
	cop := k
	switch toks[cop].low {
	case "is", "are", "was", "were", "'s", "'re":
	case "been":
		if cop == 0 || toks[cop-1].lem != "have" && toks[cop-1].low != "has" && toks[cop-1].low != "have" {
			return false
		}
		cop--
	default:
		return false
	}
	if cop < 1 {
		return false
	}
	subjEnd := cop
	genitive := false
	// "Y's comments were offensive"
	if conductNouns[toks[cop-1].low] && cop >= 3 && (toks[cop-2].low == "'s" || bareGenitive(toks, cop-2)) {
		subjEnd = cop - 2
		genitive = true
	}
	var m mention
	found := false
	for _, o := range s.ments {
		if o.e == subjEnd && !o.pron && !o.role && an.ents[o.ent].kind != schema.Media {
			m, found = o, true
		}
	}
	if !found {
		return false
	}
	// the actor starts its clause: sentence or quotation start, "that", a
	// comma or colon, or the speech verb
	b := m.s - 1
	if b >= 0 && toks[b].low == "the" {
		b--
	}
	for b >= 0 && (titles[toks[b].low] && toks[b].cap || titleDot(toks, b)) {
		b--
	}
	if b >= 0 && !(toks[b].quote == 1 || toks[b].low == "that" || toks[b].text == "," || toks[b].text == ":" || b == s.repV) {
		return false
	}
	if b >= 0 && toks[b].text == "," && b > 0 && (toks[b-1].low == "if" || toks[b-1].low == "whether") {
		return false
	}
	// reported, or inside a quotation
	if !toks[cop].inQuote && (s.repV < 0 || m.s < s.repV) {
		return false
	}
	if m.ent == s.rep.ent {
		return false
	}
	if rh, _ := an.holderOf(s.rep); rh == m.ent {
		return false
	}
	_ = genitive
	tg, ok := an.actorObject(toks, m)
	if !ok {
		return false
	}
	cd := mk(s.rep, st, 0.7)
	cd.target, cd.actorTarget = tg, true
	an.add(cd)
	return true
}

// statementNouns carry a participle of speech: "released a statement
// saying".
var statementNouns = set("statement statements letter release email e-mail tweet video ad advert interview")

// participleSpeaker: "X criticised Y on Monday, saying ...", "X released
// a statement late Tuesday saying ...": the subject that starts the
// sentence, followed by its verb, speaks.
func (an *analysis) participleSpeaker(s *sentence, v int) (mention, bool) {
	toks := s.toks
	if v == 0 {
		return mention{}, false
	}
	ok := toks[v-1].text == ","
	for k := v - 1; !ok && k >= 0 && k >= v-4; k-- {
		ok = statementNouns[toks[k].low]
	}
	if !ok {
		return mention{}, false
	}
	var m mention
	found := false
	for _, o := range s.ments {
		if o.s > 4 || o.e >= v {
			break
		}
		lead := true
		for k := 0; k < o.s; k++ {
			w := toks[k]
			if !(titles[w.low] && w.cap || titleDot(toks, k) || w.low == "the" || w.low == "but" || w.low == "and" || k == 0 && w.quote != 0) {
				lead = false
			}
		}
		if lead {
			m, found = o, true
		}
		break
	}
	if !found {
		return mention{}, false
	}
	if m.e >= len(toks) || m.e >= v || !toks[m.e].word || toks[m.e].cap || toks[m.e].low == "'s" || isPrep(toks[m.e].low) || toks[m.e].low == "and" || toks[m.e].low == "or" {
		return mention{}, false
	}
	if !an.isPerson(m) && !m.role && an.ents[m.ent].kind != schema.Organisation && an.ents[m.ent].kind != schema.Group && an.ents[m.ent].kind != schema.Country {
		return mention{}, false
	}
	return m, true
}

// campaigns turns "the Obama campaign" into an organisation of its own:
// the person's campaign speaks and is spoken of ("Obama campaign
// spokeswoman X", "the Romney campaign said").
func (an *analysis) campaigns(toks []token, ms []mention) {
	for k := range ms {
		m := &ms[k]
		e := m.e
		if m.pron || m.role || !an.isPerson(*m) || e >= len(toks) || toks[e].low != "campaign" || toks[e].cap {
			continue
		}
		if e+1 < len(toks) && campaignNouns[toks[e+1].low] {
			continue
		}
		// "his presidential campaign" has no name; "Obama's campaign" is
		// a genitive, left as the person
		m.ent = an.entityFor(textOf(an.text, toks, m.s, e+1), schema.Organisation)
		m.e = e + 1
	}
}

// campaignNouns after "X campaign" make it a modifier: "the Obama
// campaign trail".
var campaignNouns = set("trail stop stops event events rally rallies season finance funds speech speeches bus")
