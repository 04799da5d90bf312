package extract

import "stancegraph/schema"

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
	case "is", "are", "was", "were", "been", "being", "'s", "'re":
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
		cd.target, cd.actorTarget = subjs[0].ent, true
		an.add(cd)
	}
	return true
}

// titleDot: toks[j] is the dot of an abbreviated title: "Rep. Todd Akin",
// "Mr. Perry".
func titleDot(toks []token, j int) bool {
	return j > 0 && toks[j].text == "." && titles[toks[j-1].low] && toks[j-1].cap && toks[j-1].e == toks[j].b
}
