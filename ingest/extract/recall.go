package extract

import "stancegraph/schema"

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
		return an.genitiveCallTo(si, v, mk)
	}
	return false
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
