package extract

import (
	"strings"

	"stancegraph/schema"
)

// idiom is a multi-word stance verb phrase: a verb lemma, then slots of
// words (each slot a set of alternatives, "?" before a slot makes it
// optional), then the object: "threw its weight behind X", "gave its
// backing to X", "came out against X", "poured scorn on X".
type idiom struct {
	slots    [][]string
	opt      []bool
	stance   schema.Stance
	actorObj bool
	general  bool // any noun phrase is a target, not only proposal-like ones
	hedged   bool // a soft stance: "voiced concerns over X"
}

// idioms maps a verb lemma to its idioms; built once from idiomSpecs.
var idioms = buildIdioms()

// idiomSpecs: "lemma slot slot ...|stance|flags"; a slot lists
// alternatives with "/", a leading "?" makes it optional; flags: a (actor
// object), g (general object), h (hedged: a soft stance).
var idiomSpecs = []string{
	"throw its/his/her/their/our/my ?full weight behind|backs|ag",
	"put its/his/her/their/our/my ?full weight behind|backs|ag",
	"give its/his/her/their/our/my ?full/strong/firm/wholehearted/unequivocal/formal backing/support/blessing to|backs|ag",
	"lend its/his/her/their/our/my ?full/strong/firm/wholehearted/unequivocal backing/support to|backs|ag",
	"come out against|opposes|ag",
	"come out strongly against|opposes|ag",
	"come out in favour/favor/support of|supports|ag",
	"pour scorn on|dismisses|ag",
	"put forward|proposes|",
	"voice ?serious/grave/deep/strong concern/concerns/doubts over/about|opposes|h",
	"express ?serious/grave/deep/strong concern/concerns/doubts over/about|opposes|h",
	"raise ?serious/grave/deep/strong concern/concerns/doubts over/about|opposes|h",
	"heap scorn on|dismisses|ag",
	"distance himself/herself/itself/themselves/ourselves/myself from|rejects|",
}

func buildIdioms() map[string][]idiom {
	out := map[string][]idiom{}
	for _, spec := range idiomSpecs {
		parts := strings.Split(spec, "|")
		f := strings.Fields(parts[0])
		var id idiom
		for _, w := range f[1:] {
			opt := strings.HasPrefix(w, "?")
			id.slots = append(id.slots, strings.Split(strings.TrimPrefix(w, "?"), "/"))
			id.opt = append(id.opt, opt)
		}
		id.stance = schema.Stance(parts[1])
		id.actorObj = strings.Contains(parts[2], "a")
		id.general = strings.Contains(parts[2], "g")
		id.hedged = strings.Contains(parts[2], "h")
		out[f[0]] = append(out[f[0]], id)
	}
	return out
}

// match returns the object start after the idiom's slots from k, or -1.
func (id *idiom) match(toks []token, k int) int {
	for i, alts := range id.slots {
		ok := false
		if k < len(toks) {
			for _, a := range alts {
				if toks[k].low == a {
					ok = true
					break
				}
			}
		}
		if ok {
			k++
		} else if !id.opt[i] {
			return -1
		}
	}
	if k >= len(toks) {
		return -1
	}
	return k
}

// idiomAt applies the idioms to the verb at v; it reports whether one
// matched.
func (an *analysis) idiomAt(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	t := toks[v]
	ids, ok := idioms[t.lem]
	if !ok || t.cap && v > 0 {
		return false
	}
	for i := range ids {
		id := &ids[i]
		obj := id.match(toks, v+1)
		if obj < 0 {
			continue
		}
		c := an.verbChain(toks, v)
		if c.drop || forecast(s, v, c) || inQuestion(toks, v) {
			return true
		}
		if c.passive {
			return true
		}
		stance := id.stance
		if c.flip || c.neg {
			if stance.Polarity() != schema.Support || c.neg && !c.flip && !c.future {
				return true
			}
			stance = schema.Refuses
		}
		participle := strings.HasSuffix(t.low, "ing") && c.start == v
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
		for _, subj := range subjs {
			if an.predicted(s, subj, c) {
				continue
			}
			cd := mk(subj, stance, 0.85)
			if len(subjs) > 1 {
				cd.conf = 0.8
			}
			cd.hedged = c.hedge || id.hedged
			cd.negated = c.flip || c.neg
			an.objectTargets(s, obj, id.actorObj, id.general, func(tg int, actor bool) {
				d := cd
				d.target, d.actorTarget = tg, actor
				an.add(d)
			})
		}
		return true
	}
	return false
}

// multiParticle reports whether the verb at v is followed by one of its
// senses' particles of two or more words ("hit out at"): a bare form
// ("hit") is then a verb, not a noun.
func multiParticle(toks []token, v int, senses []verbSense) bool {
	for _, sense := range senses {
		if !strings.Contains(sense.particle, " ") {
			continue
		}
		k := v + 1
		ok := true
		for _, pw := range strings.Fields(sense.particle) {
			if k >= len(toks) || toks[k].low != pw {
				ok = false
				break
			}
			k++
		}
		if ok {
			return true
		}
	}
	return false
}

// predAdj are adjectives that take a stance after a form of be, with the
// preposition predAdjPrep allows: "is critical of", "was sceptical about".
var predAdj = map[string]schema.Stance{
	"critical": schema.Criticises, "sceptical": schema.Opposes, "skeptical": schema.Opposes,
	"supportive": schema.Supports, "hostile": schema.Opposes,
}

func predAdjPrep(adj, prep string) bool {
	switch adj {
	case "critical", "supportive":
		return prep == "of"
	case "sceptical", "skeptical":
		return prep == "of" || prep == "about"
	case "hostile":
		return prep == "to"
	}
	return false
}

// predNarrow adjectives take only proposal-like targets: one is sceptical
// about claims and figures too ("sceptical about how much difference it
// would make").
var predNarrow = set("sceptical skeptical hostile")

// whWords open an indirect question: "sceptical about how much ...".
var whWords = set("how whether what why when where who which if")

// evalIntensifiers may stand between "a" and an evaluative noun: "a
// further abuse of power", "a complete shambles".
var evalIntensifiers = set("further total complete huge serious gross real major big")

// scareQuoted steps back from k (the word before an evaluative word, after
// adverbs) over an opening quote mark, intensifiers and "a"/"an", and
// then over adverbs before the quote: "would be \"irresponsible\"", "was
// a \"further abuse of", "was \"profoundly wrong\"". It returns k
// unchanged when there is no quote mark there.
func scareQuoted(toks []token, k, v int) int {
	q := k
	for q >= 0 && evalIntensifiers[toks[q].low] {
		q--
	}
	if q < 0 || toks[q].quote != 1 {
		return k
	}
	q--
	if q >= 0 && (toks[q].low == "a" || toks[q].low == "an") {
		// "a \"sensible solution\"" judges the solution, not the subject:
		// only an evaluative noun ends the phrase ("an \"abuse of power\"")
		if v+1 < len(toks) && toks[v+1].word && toks[v+1].low != "of" {
			return k
		}
		q--
	}
	for q >= 0 && (adverbs[toks[q].low] && toks[q].low != "not" || strings.HasSuffix(toks[q].low, "ly") && !toks[q].cap) {
		q--
	}
	return q
}

// critics: "opponents of the bill, including X and Y," and "critics of
// the plan, such as X": X and Y oppose the proposal (only a proposal-like
// one: "critics of the minister" may be anything).
func (an *analysis) critics(si, v int, mk mkFunc) bool {
	s := &an.sents[si]
	toks := s.toks
	t := toks[v]
	if t.low != "opponents" && t.low != "critics" || v+2 >= len(toks) || toks[v+1].low != "of" {
		return false
	}
	x, ok := nounPhrase(toks, v+2)
	if !ok || x.head < 0 || !proposalHeads[toks[x.head].lem] {
		return false
	}
	k := x.e
	if k < len(toks) && (toks[k].text == "," || toks[k].text == "-" || toks[k].text == "\u2013" || toks[k].text == "(") {
		k++
	}
	switch {
	case k < len(toks) && toks[k].low == "including":
		k++
	case k+1 < len(toks) && toks[k].low == "such" && toks[k+1].low == "as":
		k += 2
	default:
		return false
	}
	var holders []mention
	for k < len(toks) {
		m := an.namedAt(s, k)
		if m.e <= m.s {
			break
		}
		// a party or country before a name: "Tory Lord X"
		if n := an.namedAt(s, m.e); n.e > n.s && an.isPerson(n) {
			m = n
		}
		holders = append(holders, m)
		k = m.e
		// a territorial title: "Lord Campbell of Alloway"
		if an.isPerson(m) && k+1 < len(toks) && toks[k].low == "of" && toks[k+1].cap {
			k += 2
		}
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && toks[k].low == "and" {
			k++
		}
	}
	tg := an.proposalTarget(toks, x, false)
	for _, h := range holders {
		if an.vagueHolder(h) {
			continue
		}
		c := mk(h, schema.Opposes, 0.75)
		c.target = tg
		an.add(c)
	}
	return len(holders) > 0
}

// namedAt returns the longest mention at k, after "the" and titles ("the
// Bishop", "Lord Campbell"); empty when there is none.
func (an *analysis) namedAt(s *sentence, k int) mention {
	toks := s.toks
	for q := k; q < len(toks) && q < k+3; q++ {
		var m mention
		for _, o := range s.ments {
			if o.s == q && !o.pron && o.e-o.s > m.e-m.s {
				m = o
			}
		}
		if m.e > m.s {
			return m
		}
		if toks[q].low != "the" && !titles[toks[q].low] {
			break
		}
	}
	return mention{}
}
