package extract

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"stancegraph/schema"
)

type entity struct {
	name  string
	kind  schema.ActorKind
	toks  []string // lower-case name tokens
	affil int      // organisation entity, -1 if none
	role  string
	alias map[string]bool
	// gender from honorifics and first names: 'm', 'f', or 0 when unknown
	gender byte
	// title: the role words the article gives a person ("home secretary"
	// from "Home Secretary Charles Clarke"), for "the home secretary"
	title string
	party bool // a political party of the gazetteer
	// hon: the honorifics the name is used with (honCommon "Mr", honSir
	// "Sir", honPeer "Lord")
	hon byte
}

type mention struct {
	s, e int // token range
	ent  int
	role bool // "a U.S. official": the country speaks through an unnamed person
	pron bool
}

// pref is what a pronoun may refer to: a person, an unnamed person
// speaking for an actor ("a Home Office spokesman", role), or an unnamed
// person that cannot be resolved ("the home secretary" with no named home
// secretary: anon). ent -1 and not anon: nobody yet.
type pref struct {
	ent  int
	role bool
	anon bool
	g    byte // gender of an unnamed person, 0 if unknown
}

type sentence struct {
	sp    span
	toks  []token
	ments []mention
	para  bool // first sentence of a paragraph
	// who speaks: the sentence's reporter, or the speaker of the quotation
	// it is part of (borrowed, repV -1)
	rep              mention
	repV             int
	hasRep, borrowed bool
	quoted           bool
	// a quotation is open at the start (continued or opened by the first
	// token) or still open at the end of the sentence
	openAtStart, openAtEnd bool
}

type prop struct {
	name    string
	lemmas  []string
	parent  int // linked proposal, -1 if canonical
	clausal bool
	head    string
	// kind and sig are propKind(head, lemmas) and actionSig(lemmas),
	// computed by addProp when derived is false: reset derived whenever
	// head or lemmas change
	kind    string
	sig     uint32
	derived bool
}

type cand struct {
	holder, speaker int
	stance          schema.Stance
	target          int // proposal index or entity index
	actorTarget     bool
	sent            int
	conf            float64
	hedged, negated bool
	cond            bool // the sentence has a condition ("if", "unless")
}

type analysis struct {
	p          *Pipeline
	text       string
	low        string // lowerASCII(text)
	sents      []sentence
	ents       []entity
	byName     map[string]int
	gazEnt     map[int]int
	props      []prop
	lastProp   int
	propSent   int // sentence of lastProp
	curSent    int
	lastSubj   pref // last person named as a subject
	lastPerson pref
	// sentences of lastSubj and lastPerson, and the sentence resolve is at
	subjSent, personSent, resSent int
	persons                       []pref // persons in order of mention
	lastOrg                       int
	orgSent                       int // sentence of lastOrg
	lastGroup                     int
	lastParty                     int
	cands                         []cand
	// countries named in this article only, with their demonyms
	// ("Estavia", "Estavian"): gazetteer indices past the built-in ones
	local       map[string]gazName
	localActors []gazActor
	arena       *[]token // token storage, from tokenPool
	// mention storage of the sentences, and resolve's buffer
	mentStore, msBuf []mention
	nameToks         []token // entityFor's buffer
}

// tokenPool keeps token arrays between articles.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// release returns the token storage to tokenPool; the analysis and its
// sentences' tokens must not be used after.
func (an *analysis) release() {
	clear((*an.arena)[:cap(*an.arena)])
	tokenPool.Put(an.arena)
	an.arena, an.sents = nil, nil
}

func newAnalysis(p *Pipeline, text string) *analysis {
	return &analysis{p: p, text: text, arena: tokenPool.Get().(*[]token), byName: map[string]int{}, gazEnt: map[int]int{}, lastProp: -1, lastSubj: pref{ent: -1}, lastPerson: pref{ent: -1}, lastOrg: -1, lastGroup: -1, lastParty: -1}
}

func (an *analysis) run(ctx context.Context) error {
	spans := splitSentences(an.text)
	an.sents = make([]sentence, len(spans))
	an.low = lowerASCII(an.text)
	// the tokens of all sentences share one array (reused across articles);
	// each sentence's slice is capped so that an append copies it
	arena := (*an.arena)[:0]
	if cap(arena) < len(an.text)/4 {
		arena = make([]token, 0, len(an.text)/4+16)
	}
	prevEnd := 0
	inQ := false
	for i, sp := range spans {
		para := i == 0 || strings.Contains(an.text[prevEnd:sp.b], "\n")
		if para {
			inQ = false
		}
		// tokenize into the free end of arena; when that is too small,
		// tokenize grows a new array for this sentence, and later
		// sentences get a new arena
		free := arena[len(arena):]
		toks := tokenizeLow(an.text, an.low, sp, an.p.lem, free)
		if cap(free) > 0 && cap(toks) == cap(free) {
			arena = arena[:len(arena)+len(toks)]
		} else {
			arena = make([]token, 0, max(2*cap(arena), len(an.text)/4+16))
		}
		toks = toks[:len(toks):len(toks)]
		openAtStart := inQ
		for k := range toks {
			if toks[k].quote == 1 {
				inQ = true
				continue
			}
			if toks[k].quote == -1 {
				inQ = false
				continue
			}
			toks[k].inQuote = inQ
		}
		an.sents[i] = sentence{sp: sp, toks: toks, para: para, openAtStart: openAtStart || len(toks) > 0 && toks[0].quote == 1, openAtEnd: inQ}
		prevEnd = sp.e
	}
	*an.arena = arena
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range an.sents {
		an.findNames(&an.sents[i])
	}
	an.localCountries()
	an.spokenSurnames()
	an.honours()
	an.mergeSurnames()
	an.genders()
	for i := range an.sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		an.resolve(i)
	}
	an.quoteSpeakers()
	for i := range an.sents {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		an.curSent = i
		an.stances(i)
	}
	return nil
}

// subjectPosition: a mention that starts its sentence (after a title or
// "But"), or is followed by a verb or an apposition.
func subjectPosition(toks []token, m mention) bool {
	if m.e < len(toks) && toks[m.e].low == "'s" {
		return false
	}
	k := m.s
	for k > 0 && (titles[toks[k-1].low] || personRole[toks[k-1].lem] || toks[k-1].cap) {
		k--
	}
	if k == 0 || k == 1 && (toks[0].low == "but" || toks[0].low == "and" || !toks[0].word) {
		return true
	}
	// "The Attorney General, Lord Goldsmith, has said": an apposition
	// between commas before the verb
	if k > 0 && toks[k-1].text == "," && m.e+1 < len(toks) && toks[m.e].text == "," {
		if n := toks[m.e+1]; speechVerbs[n.lem] || auxiliaries[n.low] && n.low != "to" || n.low == "has" || n.low == "have" {
			return true
		}
	}
	if m.e < len(toks) {
		n := toks[m.e]
		return n.text == "," && k <= 2 || speechVerbs[n.lem] || auxiliaries[n.low] && n.low != "to" && n.low != "'s" || stanceVerbs[n.lem] != nil && n.low != n.lem
	}
	return false
}

// quoteSpeakers finds who speaks in each sentence: its own reporter ("X
// said", "according to X"), or, for a sentence of a quotation that runs
// over several sentences of a paragraph, the reporter of the sentence that
// attributes it ("X said: \"... . ...\"" or "\"... . ...,\" X said").
func (an *analysis) quoteSpeakers() {
	n := len(an.sents)
	for i := range an.sents {
		s := &an.sents[i]
		s.rep, s.repV, s.hasRep = an.reporter(i)
		s.quoted = false
		for _, t := range s.toks {
			if t.inQuote || t.quote != 0 {
				s.quoted = true
				break
			}
		}
	}
	speaks := func(j int) bool {
		p := &an.sents[j]
		return p.hasRep && !p.borrowed && (an.isPerson(p.rep) || p.rep.role)
	}
	for i := range an.sents {
		s := &an.sents[i]
		if s.hasRep || !s.quoted {
			continue
		}
		// forwards while the quotation runs on, to the sentence that
		// closes and attributes it
		for j := i; j+1 < n && j < i+6 && an.sents[j].openAtEnd && an.sents[j+1].openAtStart; j++ {
			if speaks(j + 1) {
				s.rep, s.hasRep, s.repV, s.borrowed = an.sents[j+1].rep, true, -1, true
				break
			}
		}
		if s.hasRep || !s.openAtStart {
			continue
		}
		// backwards to the sentence that opened it ("X said: \"...")
		for j := i - 1; j >= 0 && j > i-6; j-- {
			if speaks(j) {
				// the quotation runs on from j, or follows j's
				// attribution in the same paragraph ("..., he added.
				// \"...")
				s.rep, s.hasRep, s.repV, s.borrowed = an.sents[j].rep, true, -1, true
				break
			}
			if !an.sents[j].openAtEnd && !an.sents[j].openAtStart || an.sents[j+1].para {
				break
			}
			// j opened the quotation after its own attribution to
			// someone new and unnamed ("A spokeswoman said: \"...")
			if an.sents[j].openAtEnd && !an.sents[j].openAtStart && indefiniteSpeaker(an.sents[j].toks) {
				break
			}
		}
	}
}

// indefiniteSpeaker: the clause that introduces the quotation opened in
// toks has an indefinite subject before its speech verb ("A spokeswoman
// for the ministry said: \"...").
func indefiniteSpeaker(toks []token) bool {
	start := 0
	for k, t := range toks {
		if t.quote == 1 || t.inQuote {
			break
		}
		if t.text == "," || t.text == ";" {
			start = k + 1
			continue
		}
		if t.word && speechVerbs[t.lem] && k > start {
			return toks[start].low == "a" || toks[start].low == "an"
		}
	}
	return false
}

// spokenSurnames finds persons by a surname that speaks: a word used
// alone with a speech or stance verb ("Toomey said", "said Toomey",
// "Toomey backed") makes the full name that ends with it elsewhere in
// the article ("Republican Pat Toomey", "spokesman Brad Woodhouse") a
// person. The word must not be an acronym, a gazetteer name or a group
// noun ("Officials said"), and the full name must stand inside a
// sentence, so that a capitalised first word ("Yesterday Toomey") is no
// first name.
func (an *analysis) spokenSurnames() {
	var spoken map[string]bool
	for si := range an.sents {
		toks := an.sents[si].toks
		for i, t := range toks {
			if !nameTok(t) || i > 0 && nameTok(toks[i-1]) || i+1 < len(toks) && nameTok(toks[i+1]) || allUpper(t.text) || len(t.text) < 3 {
				continue
			}
			if groupNouns[t.low] || vagueGroups[t.low] || titles[t.low] || personRole[t.lem] || orgHeads[t.lem] || orgRefs[t.low] {
				continue
			}
			if _, ok := an.byName[t.low]; ok {
				continue
			}
			if _, _, ok := an.match(toks, i); ok {
				continue
			}
			j := i + 1
			for j < len(toks) && j < i+3 && (auxiliaries[toks[j].low] && toks[j].low != "to" || adverbs[toks[j].low]) {
				j++
			}
			// a subject starts its clause: "top Democrat said" is a noun
			after := (i == 0 || !toks[i-1].word || clauseStarts[toks[i-1].low]) && j < len(toks) && (speechVerbs[toks[j].lem] && toks[j].lem != "tell" || stanceAround(toks, i+1, j))
			before := i > 0 && speechVerbs[toks[i-1].lem] && toks[i-1].lem != "tell" && toks[i-1].low != "told" && !toks[i-1].cap
			if after || before {
				if spoken == nil {
					spoken = map[string]bool{}
				}
				spoken[t.low] = true
			}
		}
	}
	if spoken == nil {
		return
	}
	for si := range an.sents {
		toks := an.sents[si].toks
		for i := 1; i < len(toks); i++ {
			end := i + 1
			if end < len(toks) && nameSuffixes[toks[end].low] {
				end++
			}
			if !nameTok(toks[i]) || !spoken[toks[i].low] || end < len(toks) && nameTok(toks[end]) {
				continue
			}
			// the first name: one name word before, not
			// a title, a gazetteer name or the first word of the sentence
			s := i
			for s > 0 && s > i-1 && nameTok(toks[s-1]) && !titles[toks[s-1].low] && !personRole[toks[s-1].lem] && !groupNouns[toks[s-1].low] {
				if _, _, ok := an.match(toks, s-1); ok {
					break
				}
				s--
			}
			if s == i || s == 0 || !toks[s-1].word && toks[s-1].quote != 0 || s == 1 && !toks[0].word {
				continue
			}
			if toks[s].cap && allUpper(toks[s].text) {
				continue
			}
			// known, or the end of a known longer name ("Bader Ginsburg")
			if _, ok := an.lookupName(toks, s, i+1); ok {
				continue
			}
			an.personEntity(toks, s, end)
		}
	}
}

// allUpper: s has no lower-case ASCII letter ("AARP", "TUC").
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// clauseStarts may stand before the subject of a clause.
var clauseStarts = set("and but while as when because that though although so then where if after before since")

// mergeSurnames makes a person registered by a short form ("Abu Marzouk")
// an alias of the one full name it ends ("Musa Abu Marzouk").
func (an *analysis) mergeSurnames() {
	for i := range an.ents {
		e := &an.ents[i]
		if e.kind != schema.Person {
			continue
		}
		full := -1
		// "Sir John" is Sir John Stevens: a knight goes by his first name
		if len(e.toks) == 1 && e.hon == honSir {
			for j := range an.ents {
				f := &an.ents[j]
				if j != i && f.kind == schema.Person && len(f.toks) >= 2 && f.toks[0] == e.toks[0] && f.hon&honSir != 0 {
					if full >= 0 {
						full = -2
						break
					}
					full = j
				}
			}
			if full >= 0 {
				an.byName[strings.ToLower(e.name)] = full
			}
			continue
		}
		for j := range an.ents {
			f := &an.ents[j]
			if j == i || f.kind != schema.Person || len(f.toks) <= len(e.toks) || !surnameOf(e.hon, f.hon) {
				continue
			}
			if strings.Join(f.toks[len(f.toks)-len(e.toks):], " ") == strings.Join(e.toks, " ") {
				if full >= 0 {
					full = -2
					break
				}
				full = j
			}
		}
		if full >= 0 {
			an.byName[strings.ToLower(e.name)] = full
		}
	}
}

// entityFor returns the entity named name, creating it.
func (an *analysis) entityFor(name string, kind schema.ActorKind) int {
	key := strings.ToLower(name)
	if i, ok := an.byName[key]; ok {
		return i
	}
	toks := tokenize(name, span{0, len(name)}, func(s string) string { return s }, an.nameToks[:0])
	an.nameToks = toks
	low := make([]string, 0, len(toks))
	for _, t := range toks {
		low = append(low, t.low)
	}
	an.ents = append(an.ents, entity{name: name, kind: kind, toks: low, affil: -1})
	an.byName[key] = len(an.ents) - 1
	return len(an.ents) - 1
}

func (an *analysis) gazEntity(g int) int {
	if i, ok := an.gazEnt[g]; ok {
		return i
	}
	ga := an.gazActor(g)
	i := an.entityFor(ga.name, ga.kind)
	an.ents[i].party = an.ents[i].party || ga.party
	an.gazEnt[g] = i
	return i
}

func (an *analysis) addAlias(ent int, s string) {
	e := &an.ents[ent]
	if s == "" || strings.EqualFold(s, e.name) {
		return
	}
	if e.alias == nil {
		e.alias = map[string]bool{}
	}
	e.alias[s] = true
}

// lowerOf is strings.ToLower(textOf(an.text, toks, s, e)), sliced from
// an.low when the text is ASCII.
func (an *analysis) lowerOf(toks []token, s, e int) string {
	if s >= e {
		return ""
	}
	w := an.text[toks[s].b:toks[e-1].e]
	if isASCII(w) {
		return an.low[toks[s].b:toks[e-1].e]
	}
	return strings.ToLower(w)
}

func textOf(text string, toks []token, s, e int) string {
	if s >= e {
		return ""
	}
	return text[toks[s].b:toks[e-1].e]
}

// nameTok reports whether t can be part of a proper name.
func nameTok(t token) bool {
	return t.word && t.cap && t.mod == "" && !notName[t.low] && t.low != "'s"
}

// capRun returns the end of the run of name tokens starting at i. A
// middle initial with its dot stays inside the run ("Paul D. Ryan").
func capRun(toks []token, i int) int {
	j := i
	for j < len(toks) && (nameTok(toks[j]) || j > i+1 && initialDot(toks, j)) {
		j++
	}
	return j
}

// initialDot: toks[j] is the dot of a middle initial between two name
// words: "Paul D. Ryan".
func initialDot(toks []token, j int) bool {
	if j < 2 || j+1 >= len(toks) || toks[j].text != "." {
		return false
	}
	in := toks[j-1]
	return len(in.text) == 1 && in.cap && in.e == toks[j].b && nameTok(toks[j-2]) && len(toks[j-2].text) > 1 && nameTok(toks[j+1]) && len(toks[j+1].text) > 1
}

// nameSuffixes end a full name and are left out of it with the initials:
// "Joseph R. Biden Jr." is Joseph Biden.
var nameSuffixes = set("jr sr ii iii")

// personEntity registers the person named toks[s:e]; middle initials are
// left out of the name and kept as an alias ("Paul D. Ryan" is "Paul
// Ryan").
func (an *analysis) personEntity(toks []token, s, e int) int {
	full := textOf(an.text, toks, s, e)
	var parts []string
	for k := s; k < e; k++ {
		if initialDot(toks, k) || k+1 < e && initialDot(toks, k+1) || k == e-1 && k > s+1 && nameSuffixes[toks[k].low] {
			continue
		}
		parts = append(parts, toks[k].text)
	}
	name := strings.Join(parts, " ")
	if len(parts) == e-s || len(parts) < 2 {
		return an.entityFor(full, schema.Person)
	}
	ent := an.entityFor(name, schema.Person)
	if _, ok := an.byName[strings.ToLower(full)]; !ok {
		an.byName[strings.ToLower(full)] = ent
	}
	an.addAlias(ent, full)
	return ent
}

// findNames registers persons and organisations found by titles, heads
// and speech patterns.
func (an *analysis) findNames(s *sentence) {
	toks := s.toks
	covered := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		if n, e, ok := an.match(toks, i); ok && !n.demonym {
			// a capitalised organisation name that starts with a gazetteer
			// name is still an organisation of its own
			if re := capRun(toks, i); re > e && orgHeads[toks[re-1].lem] && toks[re-1].low != "government" {
				continue
			}
			for k := i; k < e; k++ {
				covered[k] = true
			}
			i = e - 1
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// titled persons: "President Bush", "Mr Howard", "Prime Minister Tony Blair"
		// "Tory leader Michael Howard": a role word after an organisation
		roleAfterOrg := t.word && !t.cap && personRole[t.lem] && i > 0 && covered[i-1] && i+2 < len(toks) && nameTok(toks[i+1]) && nameTok(toks[i+2])
		if t.word && (titles[t.low] || roleAfterOrg) && (t.cap || personTitles[t.low] || roleAfterOrg) {
			j := i
			strong := false
			if roleAfterOrg {
				j++
			}
			for j < len(toks) && (titles[toks[j].low] && toks[j].cap || titleDot(toks, j)) {
				if personTitles[toks[j].low] {
					strong = true
				}
				j++
			}
			if j == i {
				continue
			}
			e := capRun(toks, j)
			if e > j && !covered[j] && e-j <= 4+2*initials(toks, j, e) && (strong || e-j >= 2) && !orgHeads[toks[e-1].lem] {
				an.personEntity(toks, j, e)
				for k := j; k < e; k++ {
					covered[k] = true
				}
				i = e - 1
			}
			continue
		}
		if !nameTok(t) || covered[i] {
			continue
		}
		// a title inside a capitalised run starts the person: "Texas
		// Governor Rick Perry", "Obama campaign spokeswoman Lis Smith"
		if k := titleInRun(toks, i, covered); k > i {
			i = k - 1
			continue
		}
		e := i
		for e < len(toks) && !covered[e] && (nameTok(toks[e]) || e > i+1 && initialDot(toks, e) || ((toks[e].low == "of" || toks[e].low == "and" || toks[e].low == "for") && e+1 < len(toks) && nameTok(toks[e+1]) && e > i)) {
			// "Shadow Home Secretary David Davis": the title starts
			// a titled name of its own
			if e > i && titledName(toks, e) {
				break
			}
			e++
		}
		// organisation heads
		if orgHeads[toks[e-1].lem] && e-i >= 2 {
			start := i
			if toks[start].low == "the" {
				start++
			}
			org := an.entityFor(textOf(an.text, toks, start, e), schema.Organisation)
			if toks[e-1].low == "party" {
				an.ents[org].party = true
			}
			for k := i; k < e; k++ {
				covered[k] = true
			}
			i = e - 1
			continue
		}
		// speech patterns and appositions make a 2-4 word run a person
		n := e - i - 2*initials(toks, i, e)
		if e-i > 2 && nameSuffixes[toks[e-1].low] {
			n--
		}
		if n >= 2 && n <= 4 && !hasConnector(toks[i:e]) {
			// "Gordon Brown": a known first name and a surname
			if n == 2 && firstNames[t.low] != 0 && !placeHeads[toks[e-1].low] {
				an.personEntity(toks, i, e)
			} else if an.speechAround(toks, i, e) {
				an.personEntity(toks, i, e)
			}
		}
		i = e - 1
	}
}

// initials counts the middle initials of toks[s:e].
func initials(toks []token, s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if initialDot(toks, k) {
			n++
		}
	}
	return n
}

func hasConnector(ts []token) bool {
	for _, t := range ts {
		if t.low == "of" || t.low == "and" || t.low == "for" {
			return true
		}
	}
	return false
}

// speechAround reports whether toks[i:e] is next to a speech verb or a
// person apposition: "X said", "said X", "according to X", "X, a senior
// member of".
func (an *analysis) speechAround(toks []token, i, e int) bool {
	if adverbFirst(toks, i) {
		return false
	}
	j := e
	for j < len(toks) && (auxiliaries[toks[j].low] || adverbs[toks[j].low]) {
		j++
	}
	if j < len(toks) && speechVerbs[toks[j].lem] && j-e <= 2 {
		return true
	}
	if stanceAround(toks, e, j) {
		return true
	}
	// "said X", but not "told X": after "told" comes the audience ("told
	// Radio Five Live")
	if i >= 1 && speechVerbs[toks[i-1].lem] && toks[i-1].lem != "tell" && toks[i-1].low != "told" {
		return true
	}
	if i >= 2 && toks[i-2].low == "according" && toks[i-1].low == "to" {
		return true
	}
	if e+2 < len(toks) && toks[e].text == "," && (toks[e+1].low == "a" || toks[e+1].low == "an" || toks[e+1].low == "the") {
		for k := e + 2; k < len(toks) && k < e+6; k++ {
			if personRole[toks[k].lem] {
				return true
			}
		}
	}
	// "X, director of Y", "X, general secretary of Y", "X, who chairs Y"
	if e+2 < len(toks) && toks[e].text == "," {
		k := e + 1
		if toks[k].low == "who" && chairVerbs[toks[k+1].low] {
			return true
		}
		for k < len(toks) && k < e+5 && toks[k].word && !toks[k].cap && (personRole[toks[k].lem] || appositionRoles[toks[k].low] || roleModifiers[toks[k].low]) {
			k++
		}
		if k > e+1 && k < len(toks) && (toks[k].low == "of" || toks[k].low == "at") && (personRole[toks[k-1].lem] || toks[k-1].low == "executive") {
			return true
		}
	}
	return false
}

var personRole = set("member leader spokesman spokeswoman official minister secretary chairman chairwoman head director chief president adviser advisor advisers envoy ambassador professor senator mp mep lawmaker commander founder candidate deputy analyst economist expert activist lawyer negotiator campaigner boss general")

// resolve lists the actor mentions of sentence si, resolving names,
// surnames, pronouns and definite descriptions, and records affiliations.
func (an *analysis) resolve(si int) {
	s := &an.sents[si]
	toks := s.toks
	an.resSent = si
	ms := an.msBuf[:0]
	var unnamed []unnamedAt
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if n, e, ok := an.match(toks, i); ok {
			if re := capRun(toks, i); re > e && orgHeads[toks[re-1].lem] && toks[re-1].low != "government" {
				if ent, ok := an.byName[an.lowerOf(toks, i, re)]; ok {
					ms = append(ms, mention{s: i, e: re, ent: ent})
					i = re - 1
					continue
				}
			}
			ent := an.gazEntity(n.actor)
			m := mention{s: i, e: e, ent: ent}
			// country + role noun: "a U.S. official", "Israeli officials"
			r := e
			for r < len(toks) && r < e+3 && toks[r].word && !toks[r].cap && !roleNouns[toks[r].low] && (strings.HasSuffix(toks[r].low, "ian") || roleModifiers[toks[r].low]) {
				r++
			}
			if r < len(toks) && roleNouns[toks[r].low] && an.gazActor(n.actor).kind == schema.Country {
				m.e, m.role = r+1, true
			} else if !n.demonym && an.orgRole(toks, &m) {
			} else if !n.demonym && e+1 < len(toks) && toks[e].low == "'s" && (toks[e+1].low == "government" || toks[e+1].low == "administration") && an.gazActor(n.actor).kind == schema.Country {
				// "Israel's government": the country
				m.e, m.role = e+2, true
			} else if n.demonym {
				switch {
				case e < len(toks) && toks[e].mod != "":
				case n.plural:
					m.ent = an.entityFor(textOf(an.text, toks, i, e), schema.Group)
				case e < len(toks) && titles[toks[e].low] && toks[e].cap:
					// "Israeli Prime Minister X": handled as affiliation below
				default:
					i = e - 1
					continue
				}
			}
			if !n.demonym {
				an.addAlias(ent, textOf(an.text, toks, i, e))
			}
			ms = append(ms, m)
			i = m.e - 1
			continue
		}
		if nameTok(t) && !(i == 0 && groupNouns[t.low]) {
			e := capRun(toks, i)
			// longest known name or surname inside the run
			found := false
			for k := i; k < e && !found; k++ {
				for end := e; end > k; end-- {
					if ent, ok := an.lookupName(toks, k, end); ok {
						m := mention{s: k, e: end, ent: ent}
						if an.orgRole(toks, &m) {
							e = m.e
						}
						ms = append(ms, m)
						found = true
						break
					}
				}
			}
			// organisation runs with "of"/"and"
			if !found {
				for end := min(len(toks), i+8); end > e; end-- {
					if ent, ok := an.byName[an.lowerOf(toks, i, end)]; ok {
						m := mention{s: i, e: end, ent: ent}
						an.orgRole(toks, &m)
						ms = append(ms, m)
						e = m.e
						found = true
						break
					}
				}
			}
			// "the Home Secretary said": a capitalised description
			if !found && e-i <= 3 && descHeads[toks[e-1].low] && allTitles(toks[i:e]) && (e >= len(toks) || !nameTok(toks[e])) {
				if m, p, ok := an.description(toks, ms, e-1); ok {
					if p.anon {
						unnamed = append(unnamed, unnamedAt{s: m.s, e: m.e, p: p})
					} else {
						ms = append(ms, m)
					}
				}
			}
			i = e - 1
			continue
		}
		if !t.word {
			continue
		}
		switch {
		case t.low == "he" || t.low == "she" || t.low == "him" || t.low == "her":
			want := byte('m')
			if t.low == "she" || t.low == "her" {
				want = 'f'
			}
			initial := i == 0 || i == 1 && !toks[0].word || i == 1 && (toks[0].low == "but" || toks[0].low == "and")
			// "..., he said": the attribution's pronoun does not refer
			// into what is reported
			attrib := i > 0 && (toks[i-1].text == "," || toks[i-1].quote == -1) && i+1 < len(toks) && speechVerbs[toks[i+1].lem]
			ref := an.pronounRef(toks, ms, unnamed, t.low, want, initial || attrib, attrib)
			if ref.ent >= 0 && !ref.anon && !t.inQuote {
				ms = append(ms, mention{s: i, e: i + 1, ent: ref.ent, pron: true, role: ref.role})
			}
		case t.low == "it" && !t.inQuote && i > 1:
			if m, ok := an.itReporter(toks, ms, i); ok {
				ms = append(ms, m)
			}
		case t.low == "they" && !t.inQuote && i > 0:
			// "the Tories said they would back": the last body named in
			// this sentence
			for k := len(ms) - 1; k >= 0; k-- {
				kd := an.ents[ms[k].ent].kind
				if !ms[k].role && !ms[k].pron && (kd == schema.Organisation || kd == schema.Group) {
					ms = append(ms, mention{s: i, e: i + 1, ent: ms[k].ent, pron: true})
					break
				}
			}
		case t.low == "party" && i > 0 && (toks[i-1].low == "his" || toks[i-1].low == "her") && !toks[i-1].inQuote && (i+1 >= len(toks) || !toks[i+1].cap):
			// "his party": the party of the person he is, when known
			if len(ms) > 0 && ms[len(ms)-1].s == i-1 && ms[len(ms)-1].pron {
				ms = ms[:len(ms)-1]
			}
			want := byte('m')
			if toks[i-1].low == "her" {
				want = 'f'
			}
			ref := an.pronounRef(toks, ms, unnamed, toks[i-1].low, want, i == 1, false)
			if ref.ent >= 0 && !ref.anon && !ref.role {
				if af := an.ents[ref.ent].affil; af >= 0 && an.ents[af].party {
					ms = append(ms, mention{s: i - 1, e: i + 1, ent: af, pron: true})
				}
			}
		case orgRefs[t.low] && i > 0 && (toks[i-1].low == "the") && t.low != "government" && t.low != "administration":
			ref := an.lastOrg
			wantGroup := t.low == "movement" || t.low == "group" || t.low == "militia" || t.low == "faction"
			// "the party": the last political party, not any body
			wantParty := t.low == "party"
			if wantGroup {
				ref = an.lastGroup
			}
			if wantParty {
				ref = an.lastParty
			} else if an.orgSent < si-1 {
				// "the organisation" refers to a body just named; an
				// earlier one may not be it (an unknown "RAC" between)
				ref = -1
			}
			for k := len(ms) - 1; k >= 0; k-- {
				kd := an.ents[ms[k].ent].kind
				if wantParty && !an.ents[ms[k].ent].party {
					continue
				}
				if !ms[k].role && (kd == schema.Group || !wantGroup && kd == schema.Organisation) && !groupNouns[an.ents[ms[k].ent].toks[len(an.ents[ms[k].ent].toks)-1]] && an.ents[ms[k].ent].name != "government" {
					ref = ms[k].ent
					break
				}
			}
			if ref >= 0 && (i+1 >= len(toks) || !toks[i+1].cap) {
				ms = append(ms, mention{s: i - 1, e: i + 1, ent: ref, pron: true})
			}
		case (t.low == "government" || t.low == "administration") && i > 0 && toks[i-1].low == "the" && i+2 < len(toks) && toks[i+1].low == "of":
			// "the government of Israel": the country
			if n, e, ok := an.match(toks, i+2); ok && !n.demonym && an.gazActor(n.actor).kind == schema.Country {
				ms = append(ms, mention{s: i - 1, e: e, ent: an.gazEntity(n.actor), role: true})
				i = e - 1
			}
		case (t.low == "government" || t.low == "administration") && i > 0 && toks[i-1].low == "the":
			ms = append(ms, mention{s: i - 1, e: i + 1, ent: an.entityFor("government", schema.Organisation)})
		case descHeads[t.low] && !t.cap:
			if m, p, ok := an.description(toks, ms, i); ok {
				if p.anon {
					unnamed = append(unnamed, unnamedAt{s: m.s, e: m.e, p: p})
				} else {
					ms = append(ms, m)
				}
			}
		case groupNouns[t.low] && (!t.cap || i == 0) && (i+1 >= len(toks) || !toks[i+1].word || !groupNouns[toks[i+1].low]):
			st := i
			// "officials said": whose officials is not known
			if !(i > 0 && groupCompounds[toks[i-1].low]) && vagueGroups[t.low] {
				continue
			}
			if i > 0 && groupCompounds[toks[i-1].low] {
				st = i - 1
			}
			// a compound of two words: "human rights groups", also first
			// in a sentence
			if st == i-1 && st > 0 && groupCompounds[toks[st-1].low] && (!toks[st-1].cap || st == 1) {
				st--
			}
			// a modified group ("Palestinian factions") is the modifier's
			if st > 0 && toks[st-1].cap && toks[st-1].word {
				continue
			}
			name := an.lowerOf(toks, st, i+1)
			ms = append(ms, mention{s: st, e: i + 1, ent: an.entityFor(name, schema.Group)})
		}
	}
	ms = an.acronyms(toks, ms)
	an.campaigns(toks, ms)
	// affiliations and focus
	for k := range ms {
		m := ms[k]
		e := &an.ents[m.ent]
		if e.kind != schema.Person || m.pron {
			continue
		}
		an.affiliate(toks, ms, k)
		an.noteTitle(toks, ms, k)
	}
	u := 0
	for _, m := range ms {
		for u < len(unnamed) && unnamed[u].s < m.s {
			an.notePerson(unnamed[u].p, subjectPosition(toks, mention{s: unnamed[u].s, e: unnamed[u].e}))
			u++
		}
		switch an.ents[m.ent].kind {
		case schema.Person:
			if !m.role && !(m.s > 0 && determiners[toks[m.s-1].low] && m.e < len(toks) && toks[m.e].word && !toks[m.e].cap && toks[m.e].low != "'s") {
				an.notePerson(pref{ent: m.ent}, subjectPosition(toks, m))
			}
		case schema.Organisation, schema.Group, schema.Country:
			if m.role && personRoleNouns[toks[m.e-1].low] {
				an.notePerson(pref{ent: m.ent, role: true, g: roleGender(toks[m.e-1].low)}, subjectPosition(toks, m))
			}
			if an.ents[m.ent].kind == schema.Country {
				break
			}
			if an.ents[m.ent].name != "government" && !groupNouns[an.ents[m.ent].toks[len(an.ents[m.ent].toks)-1]] {
				an.lastOrg, an.orgSent = m.ent, si
				if an.ents[m.ent].party {
					an.lastParty = m.ent
				}
				if an.ents[m.ent].kind == schema.Group {
					an.lastGroup = m.ent
				}
			}
		}
	}
	for ; u < len(unnamed); u++ {
		an.notePerson(unnamed[u].p, subjectPosition(toks, mention{s: unnamed[u].s, e: unnamed[u].e}))
	}
	s.ments = an.keepMentions(ms)
	an.msBuf = ms[:0]
}

// keepMentions copies a sentence's mentions, built in the reused buffer
// an.msBuf, into the article's mention storage; nil when there are none.
func (an *analysis) keepMentions(ms []mention) []mention {
	if len(ms) == 0 {
		return nil
	}
	if cap(an.mentStore)-len(an.mentStore) < len(ms) {
		an.mentStore = make([]mention, 0, max(len(ms), 2*cap(an.mentStore), 64))
	}
	start := len(an.mentStore)
	an.mentStore = append(an.mentStore, ms...)
	return an.mentStore[start:len(an.mentStore):len(an.mentStore)]
}

// acronyms reads an organisation's acronym in brackets after its name,
// "the Harbour Workers Union (HWU)": the acronym names the same actor
// later in the article, and the mention runs over the brackets, so that
// the verb after them is its verb.
func (an *analysis) acronyms(toks []token, ms []mention) []mention {
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		e := m.e
		if m.pron || m.role || e+2 >= len(toks) || toks[e].text != "(" || toks[e+2].text != ")" {
			continue
		}
		a := toks[e+1]
		if kd := an.ents[m.ent].kind; kd != schema.Organisation && kd != schema.Group || !a.word || len(a.text) < 2 || !allUpper(a.text) {
			continue
		}
		if ent, ok := an.byName[a.low]; ok && ent != m.ent {
			continue
		}
		an.byName[a.low] = m.ent
		an.addAlias(m.ent, a.text)
		m.e = e + 3
		// the acronym is no mention of its own
		if k+1 < len(ms) && ms[k+1].s == e+1 {
			ms = append(ms[:k+1], ms[k+2:]...)
		}
	}
	return ms
}

// lookupName finds an entity whose name is toks[s:e], or a person whose
// name ends with it ("Abu Marzouk" for "Musa Abu Marzouk").
func (an *analysis) lookupName(toks []token, s, e int) (int, bool) {
	if ent, ok := an.byName[an.lowerOf(toks, s, e)]; ok {
		return ent, true
	}
	best := -1
	var hon byte
	if s > 0 {
		hon = honClass(toks[s-1].low)
	}
	for i := range an.ents {
		en := &an.ents[i]
		if en.kind != schema.Person || len(en.toks) <= e-s || !surnameOf(hon, en.hon) {
			continue
		}
		off := len(en.toks) - (e - s)
		ok := true
		for k := s; k < e; k++ {
			if en.toks[off+k-s] != toks[k].low {
				ok = false
				break
			}
		}
		if ok {
			if best >= 0 && best != i {
				return -1, false // ambiguous surname
			}
			best = i
		}
	}
	return best, best >= 0
}

// affiliate ties the person mention ms[k] to an organisation:
// "X, a senior member of the Y bureau", "Y leader X", "Y's chairman, X",
// "its chairman, X".
func (an *analysis) affiliate(toks []token, ms []mention, k int) {
	m := ms[k]
	person := m.ent
	if an.ents[person].affil >= 0 {
		return
	}
	org := func(ent int) bool {
		kd := an.ents[ent].kind
		return (kd == schema.Organisation || kd == schema.Group || kd == schema.Country) && an.ents[ent].name != "government" && !groupNouns[an.ents[ent].toks[len(an.ents[ent].toks)-1]]
	}
	set := func(ent int, role string) {
		if ent != person {
			an.ents[person].affil = ent
			an.ents[person].role = role
		}
	}
	// apposition after the name
	if m.e+1 < len(toks) && toks[m.e].text == "," && (toks[m.e+1].low == "a" || toks[m.e+1].low == "an" || toks[m.e+1].low == "the") {
		end := m.e + 1
		for end < len(toks) && toks[end].text != "," && toks[end].text != "." && end < m.e+16 {
			end++
		}
		for _, o := range ms[k+1:] {
			if o.s >= end {
				break
			}
			// "X, a critic of the Tories,", "X, a key influence on
			// New Labour thinking,": the body is no affiliation
			if org(o.ent) && !outsiderApposition(toks, m.e+1, o, end) {
				set(o.ent, textOf(an.text, toks, m.e+1, end))
				return
			}
		}
	}
	// "X, director of Liberty,", "X, from the PCS union,", "X, who
	// chairs Y,"
	if o, role := an.appositionOrg(toks, ms, k); o >= 0 {
		set(o, role)
		return
	}
	// organisation, role words, then the name: "Labour MP X", "Hamas
	// leader X", "Hamas's political chief, X", "its chairman, X"
	j := m.s - 1
	comma := j >= 0 && toks[j].text == ","
	if comma {
		j--
	}
	roles := 0
	for j >= 0 && toks[j].word && (titles[toks[j].low] || personRole[toks[j].lem] || toks[j].low == "senior" || toks[j].low == "political" || toks[j].low == "'s") {
		j--
		roles++
	}
	if roles > 0 {
		for _, o := range ms[:k] {
			if o.e == j+1 && org(o.ent) && !o.role {
				set(o.ent, strings.TrimSpace(textOf(an.text, toks, o.e, m.s)))
				return
			}
			if o.e == j+1 && o.role && an.ents[o.ent].kind == schema.Country {
				set(o.ent, "")
				return
			}
		}
		// "its chairman, X"
		if j >= 0 && (toks[j].low == "its" || toks[j].low == "their") && an.lastOrg >= 0 {
			set(an.lastOrg, strings.TrimSpace(textOf(an.text, toks, j+1, m.s)))
		}
	}
}

// outsiderNouns in an apposition relate a person to a body without
// making them part of it: "a critic of", "an influence on".
var outsiderNouns = set("critic critics opponent opponents foe foes rival rivals influence observer observers commentator commentators biographer historian expert analyst scholar fan admirer detractor")

// outsiderApposition: in the apposition toks[s:end], the body o is only a
// modifier ("New Labour thinking") or follows a noun that sets the
// person outside it ("a critic of the Tories").
func outsiderApposition(toks []token, s int, o mention, end int) bool {
	if o.e < end && toks[o.e].word && !toks[o.e].cap && !roleWord(toks[o.e]) && !personRole[toks[o.e].lem] && !isPrep(toks[o.e].low) && toks[o.e].low != "and" && toks[o.e].low != "'s" && !bodyUnitAfter(toks, o.e, end) {
		return true
	}
	for q := s; q < o.s; q++ {
		if outsiderNouns[toks[q].low] {
			return true
		}
	}
	return false
}

// bodyUnitAfter: the words from k name a unit of the body before them
// ("Hamas political bureau", "the party's youth wing"): the person is
// inside it.
func bodyUnitAfter(toks []token, k, end int) bool {
	for q := k; q < end && q < k+3; q++ {
		if !toks[q].word {
			return false
		}
		if orgHeads[toks[q].lem] || toks[q].low == "wing" || toks[q].low == "leadership" || toks[q].low == "executive" {
			return true
		}
	}
	return false
}

// appositionRoles may stand in an apposition before "of"/"at": "X,
// general secretary of Y", "X, chief executive of Y".
var appositionRoles = set("executive general assistant national senior")

// chairVerbs in a relative clause after a name give the organisation the
// person leads: "X, who chairs Y,".
var chairVerbs = set("chairs heads leads runs")

// appositionOrg reads an apposition after the person mention ms[k] that
// names the organisation the person belongs to: "X, director of Liberty,",
// "X, general secretary of Unison,", "X, from the Federation of Small
// Businesses,", "X, for the Tories,", "X, who chairs Y,". The organisation
// must be the whole object, closed by a comma, a full stop or a speech
// verb ("head of the Y inquiry" is no membership), and "from" a country
// is where the person comes from, not whom they speak for. It returns the
// organisation entity and the role words, or -1.
func (an *analysis) appositionOrg(toks []token, ms []mention, k int) (int, string) {
	m := ms[k]
	j := m.e + 1
	if m.e >= len(toks) || toks[m.e].text != "," || j >= len(toks) {
		return -1, ""
	}
	if toks[j].low == "a" || toks[j].low == "an" || toks[j].low == "the" {
		j++
	}
	rs := j
	for j < len(toks) && j < rs+4 && toks[j].word && !toks[j].cap && (personRole[toks[j].lem] || appositionRoles[toks[j].low] || roleModifiers[toks[j].low] || descMods[toks[j].low]) {
		j++
	}
	if j >= len(toks) {
		return -1, ""
	}
	p := toks[j].low
	from := false
	switch {
	case j > rs && (p == "of" || p == "at" || p == "for"):
		if !personRole[toks[j-1].lem] && toks[j-1].low != "executive" {
			return -1, ""
		}
	case j == rs && rs == m.e+1 && (p == "from" || p == "for"):
		from = true
	case j == rs && rs == m.e+1 && p == "who" && j+1 < len(toks) && chairVerbs[toks[j+1].low]:
		j++
	default:
		return -1, ""
	}
	role := strings.TrimSpace(textOf(an.text, toks, rs, j))
	q := j + 1
	if q < len(toks) && toks[q].low == "the" {
		q++
	}
	for _, o := range ms[k+1:] {
		if o.s < q {
			continue
		}
		// only descriptive words before the organisation: "director of
		// civil rights group Liberty", "from the UK's Human Rights Watch"
		for b := q; b < o.s; b++ {
			t := toks[b]
			if !(t.word && !t.cap && !auxiliaries[t.low] && !notName[t.low] || t.low == "'s" || inMention(ms, b)) || b >= q+4 {
				return -1, ""
			}
		}
		if o.pron || o.role {
			return -1, ""
		}
		kd := an.ents[o.ent].kind
		if kd != schema.Organisation && kd != schema.Group && kd != schema.Country || an.ents[o.ent].name == "government" || groupNouns[an.ents[o.ent].toks[len(an.ents[o.ent].toks)-1]] {
			// "from human rights group Liberty": a group word before
			// the name is a description
			if o.e < len(toks) && nameTok(toks[o.e]) {
				continue
			}
			return -1, ""
		}
		if from && kd == schema.Country {
			return -1, ""
		}
		if o.e < len(toks) && toks[o.e].text != "," && toks[o.e].text != "." && toks[o.e].text != ")" && !speechVerbs[toks[o.e].lem] {
			return -1, ""
		}
		return o.ent, role
	}
	return -1, ""
}

// inMention: toks[b] lies inside one of ms.
func inMention(ms []mention, b int) bool {
	for _, m := range ms {
		if b >= m.s && b < m.e {
			return true
		}
	}
	return false
}

// holderOf returns the holder and speaker for a mention.
func (an *analysis) holderOf(m mention) (holder, speaker int) {
	e := an.ents[m.ent]
	if e.kind == schema.Person && e.affil >= 0 {
		return e.affil, m.ent
	}
	return m.ent, -1
}

// runeOffsets converts a byte span to rune offsets.
func (an *analysis) runeOffsets(sp span) (int, int) {
	s := utf8.RuneCountInString(an.text[:sp.b])
	return s, s + utf8.RuneCountInString(an.text[sp.b:sp.e])
}

// roleModifiers may stand between a country and a role noun: "a senior
// U.S. official", "the Swedish foreign minister".
var roleModifiers = set("senior foreign defence defense top prime finance trade agriculture interior home justice health education economy environment deputy chief former acting")

// gazActor returns a gazetteer actor, built-in or local to the article.
func (an *analysis) gazActor(g int) gazActor {
	if n := len(an.p.gaz.actors); g >= n {
		return an.localActors[g-n]
	}
	return an.p.gaz.actors[g]
}

// match finds a gazetteer name at toks[i]: a built-in one, or a country
// local to the article.
func (an *analysis) match(toks []token, i int) (gazName, int, bool) {
	if n, e, ok := an.p.gaz.match(toks, i); ok {
		return n, e, ok
	}
	if an.local != nil && toks[i].cap {
		if n, ok := an.local[toks[i].low]; ok {
			return n, i + 1, true
		}
	}
	return gazName{}, 0, false
}

// localCountries finds countries the gazetteer does not know from the
// usual pair of a name in -a and its demonym in -an used in one article:
// "Estavia" and "the Estavian president".
func (an *analysis) localCountries() {
	var caps map[string]string
	for i := range an.sents {
		for _, t := range an.sents[i].toks {
			if t.word && t.cap && t.mod == "" && len(t.low) >= 4 && (strings.HasSuffix(t.low, "a") || strings.HasSuffix(t.low, "an")) {
				if caps == nil {
					caps = map[string]string{}
				}
				caps[t.low] = t.text
			}
		}
	}
	for low, text := range caps {
		if !strings.HasSuffix(low, "ia") && !strings.HasSuffix(low, "a") || len(low) < 5 {
			continue
		}
		if _, ok := caps[low+"n"]; !ok {
			continue
		}
		if _, ok := an.p.gaz.first[low]; ok {
			continue
		}
		if _, ok := an.p.gaz.first[low+"n"]; ok {
			continue
		}
		if an.local == nil {
			an.local = map[string]gazName{}
		}
		idx := len(an.p.gaz.actors) + len(an.localActors)
		an.localActors = append(an.localActors, gazActor{name: text, kind: schema.Country})
		an.local[low] = gazName{toks: []string{low}, actor: idx}
		an.local[low+"n"] = gazName{toks: []string{low + "n"}, actor: idx, demonym: true}
		an.local[low+"ns"] = gazName{toks: []string{low + "ns"}, actor: idx, demonym: true, plural: true}
	}
}
