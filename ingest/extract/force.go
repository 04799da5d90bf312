package extract

import "stancegraph/schema"

// forceVerbs have a physical sense besides blame: "troops attacked the
// town", "jets blasted the bridge", "Israel attacked Lebanon".
var forceVerbs = set("attack blast hammer assail")

// violenceWords in a sentence make a force verb physical: weapons, armed
// men, casualties, raids.
var violenceWords = set(`troops soldier soldiers army armies military jets warplanes warplane aircraft helicopter helicopters gunships
tank tanks missile missiles rocket rockets bomb bombs bomber bombers shell shells shelling artillery mortar mortars gun guns gunfire
gunmen fighters militiamen insurgents guerrillas killed killing killings wounded injured injuring dead casualties bombed bombing
bombings raid raids airstrike airstrikes air-strike air-strikes strikes explosives grenade grenades weapons armed convoy troop
positions patrol patrols base bases barracks checkpoint checkpoints`)

// forceReading reports whether a force verb at v, with subject subj and
// the target found at obj (an actor when actor), reads as physical
// force, not as blame. It is blame when the sentence names no violence
// and either a person or a political body blames a person or a body, or
// a reason follows ("over the rebate", "for its talks with Israel"), or
// (for a proposal) the object is a policy ("attacked Israel's decision").
func (an *analysis) forceReading(s *sentence, v, obj int, subj mention, target int, actor bool) bool {
	toks := s.toks
	if !forceVerbs[toks[v].lem] {
		return false
	}
	for _, t := range toks {
		if violenceWords[t.low] {
			return true
		}
	}
	hk := an.ents[subj.ent].kind
	political := (hk == schema.Person || hk == schema.Organisation) && !an.groupNoun(subj.ent)
	if actor {
		tk := an.ents[target].kind
		if political && (tk == schema.Person || tk == schema.Organisation) {
			return false
		}
		return !reasonAfter(toks, obj)
	}
	if political || reasonAfter(toks, obj) {
		return false
	}
	if x, ok := nounPhrase(toks, obj); ok && x.head >= 0 {
		h := toks[x.head]
		return !(proposalHeads[h.lem] || conductNouns[h.low]) || militaryHeads[h.lem]
	}
	return true
}

// militaryHeads are proposal heads that may be military targets.
var militaryHeads = set("force mission operation deployment campaign blockade invasion war strike intervention action")

// reasonAfter: a reason follows the object that starts at obj, before the
// clause ends: "over the rebate", "for failing to act"; not a time ("over
// the weekend", "for the second time", "for hours").
func reasonAfter(toks []token, obj int) bool {
	for q := obj + 1; q < len(toks) && q < obj+10; q++ {
		t := toks[q]
		if !t.word && t.text != "'" && t.text != "\u2019" || t.low == "and" || t.low == "but" || t.low == "which" || t.low == "who" {
			return false
		}
		if t.low != "for" && t.low != "over" {
			continue
		}
		k := q + 1
		for k < len(toks) && (determiners[toks[k].low] || toks[k].low == "the") {
			k++
		}
		if k >= len(toks) || timePhraseAt(toks, q+1) || timeWords[toks[k].low] || timeMods[toks[k].low] || isNumber(toks[k].low) || numberWords[toks[k].low] {
			return false
		}
		return true
	}
	return false
}
