package extract

import (
	"strings"

	"stancegraph/schema"
)

// unnamedAt is a person the sentence describes without a name ("a
// spokesman", "the home secretary" when no home secretary is named).
type unnamedAt struct {
	s, e int
	p    pref
}

// descHeads head a description of one person: "the home secretary", "a
// Treasury spokeswoman", "the Tory leader".
var descHeads = set("secretary minister chancellor spokesman spokeswoman spokesperson leader chairman chairwoman president premier commissioner mayor governor ambassador envoy director executive official mp")

// descMods may stand inside such a description.
var descMods = set("shadow new former junior acting deputy senior chief party press")

// personRoleNouns after an actor name one unnamed person who speaks for it:
// "a U.S. official", "a Home Office spokeswoman".
var personRoleNouns = set("official spokesman spokeswoman spokesperson minister diplomat envoy negotiator leader president premier ambassador source")

// orgSpeakers after an organisation make it speak through an unnamed
// person: "a Home Office spokesman", "a Treasury source".
var orgSpeakers = set("spokesman spokeswoman spokesperson official officials source sources")

// vagueGroups alone say nobody in particular: "officials said".
var vagueGroups = set("officials leaders sources groups ministers members experts analysts observers insiders")

// honorifics are not roles.
var honorifics = set("mr mrs ms miss dr sir lord lady baroness dame rev prof professor father")

// honorGender: the gender a title before a name gives.
var honorGender = map[string]byte{
	"mr": 'm', "lord": 'm', "sir": 'm', "king": 'm', "prince": 'm', "father": 'm', "duke": 'm', "earl": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "baroness": 'f', "dame": 'f', "queen": 'f', "princess": 'f', "duchess": 'f',
}

// firstNames: common English first names whose gender is clear.
var firstNames = func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(`john james david michael robert william richard thomas charles christopher daniel matthew
anthony mark donald steven paul andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey gary nicholas
eric stephen jonathan larry justin scott frank benjamin gregory samuel raymond patrick alexander jack dennis jerry tyler
peter harold douglas henry carl arthur ryan roger joe juan albert jonathan gordon tony alan ian neil graham malcolm
keith nigel simon geoffrey geoff colin trevor derek barry martin hugh oliver menzies vincent norman liam
kenneth ken francis philip phil adrian dominic rupert boris nick gerry ed bill bob jim tom dick harry sam mike dave
steve jose pierre jacques gerhard vladimir barack mitt newt rick ron`) {
		if !strings.HasSuffix(n, "*") {
			m[n] = 'm'
		}
	}
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel
catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice alice madison
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla tessa hazel clare claire theresa harriet estelle glenda caroline shami nicola jane jill
sue cathy kate margot ann anne valerie yvette harriet hillary sonia angela condoleezza nancy sarah louise
caroline helena fiona gillian ruth rosie shirley barbara`) {
		m[n] = 'f'
	}
	return m
}()

// placeHeads end place names that start with a first name ("Victoria
// Station").
var placeHeads = set("street road station square lane park avenue house hall bridge hospital school college university church airport island bay hill way place gardens court cross")

func allTitles(ts []token) bool {
	for _, t := range ts {
		if !(titles[t.low] || personRole[t.lem] || roleModifiers[t.low]) || honorifics[t.low] {
			return false
		}
	}
	return len(ts) > 0
}

func roleGender(w string) byte {
	switch w {
	case "spokesman", "chairman":
		return 'm'
	case "spokeswoman", "chairwoman":
		return 'f'
	}
	return 0
}

func (p pref) set() bool { return p.ent >= 0 || p.anon }

// notePerson records a person mention for later pronouns.
func (an *analysis) notePerson(p pref, subj bool) {
	an.lastPerson, an.personSent = p, an.resSent
	if subj {
		an.lastSubj, an.subjSent = p, an.resSent
	}
	an.persons = append(an.persons, p)
}

// compatible: a pronoun of gender want may refer to p.
func (an *analysis) compatible(p pref, want byte) bool {
	g := p.g
	if p.ent >= 0 && !p.role && !p.anon {
		g = an.ents[p.ent].gender
	}
	return g == 0 || g == 'x' || g == want
}

// pronounRef resolves he/she/him/her: the same pronoun earlier in the
// sentence, else the nearest person before it in the sentence, else the
// last subject (sentence-initial pronoun) or the last person, each only
// when its gender agrees, else the last person whose gender agrees. An
// unnamed person that could not be resolved is a referent too: then the
// pronoun has none (anon).
func (an *analysis) pronounRef(toks []token, ms []mention, unnamed []unnamedAt, word string, want byte, initial, attrib bool) pref {
	for k := len(ms) - 1; k >= 0 && !attrib; k-- {
		m := ms[k]
		if m.pron && toks[m.s].low == word && (an.ents[m.ent].kind == schema.Person || m.role) {
			return pref{ent: m.ent, role: m.role}
		}
	}
	best, bestS := pref{ent: -1}, -1
	// the nearest person before the pronoun; one in an object or
	// prepositional position ("accused Mr X of", "with Mr X") gives way to
	// an earlier subject of the sentence, or, for a subject pronoun, to the
	// subject of the previous sentence
	oblq := false
	for k := len(ms) - 1; k >= 0 && !attrib; k-- {
		m := ms[k]
		var p pref
		switch {
		// a pronoun outside a quotation does not refer into it
		case m.pron || toks[m.s].inQuote:
			continue
		case m.role && personRoleNouns[toks[m.e-1].low]:
			p = pref{ent: m.ent, role: true, g: roleGender(toks[m.e-1].low)}
		case !m.role && an.ents[m.ent].kind == schema.Person:
			p = pref{ent: m.ent}
		default:
			continue
		}
		if !an.compatible(p, want) {
			continue
		}
		ob := oblique(toks, m)
		if bestS < 0 {
			best, bestS, oblq = p, m.s, ob
			if !ob {
				break
			}
			continue
		}
		if !ob && subjectPosition(toks, m) {
			best, bestS, oblq = p, m.s, false
			break
		}
	}
	if oblq && (word == "he" || word == "she") && an.lastSubj.set() && an.subjSent == an.resSent-1 && an.compatible(an.lastSubj, want) {
		best = an.lastSubj
	}
	for k := len(unnamed) - 1; k >= 0 && !attrib; k-- {
		if toks[unnamed[k].s].inQuote {
			continue
		}
		if an.compatible(unnamed[k].p, want) {
			if unnamed[k].s > bestS {
				best, bestS = unnamed[k].p, unnamed[k].s
			}
			break
		}
	}
	if bestS >= 0 {
		return best
	}
	if initial && an.lastSubj.set() && an.compatible(an.lastSubj, want) {
		return an.lastSubj
	}
	// the subject of the sentence that named the last person, over
	// persons named after it as objects
	if an.lastSubj.set() && an.subjSent == an.personSent && an.compatible(an.lastSubj, want) {
		return an.lastSubj
	}
	if an.lastPerson.set() && an.compatible(an.lastPerson, want) {
		return an.lastPerson
	}
	for k := len(an.persons) - 1; k >= 0 && k >= len(an.persons)-12; k-- {
		if an.compatible(an.persons[k], want) {
			return an.persons[k]
		}
	}
	return pref{ent: -1}
}

// description reads a description of one person headed by toks[h]: "the
// home secretary", "a spokesman", "the Tory leader". A definite one is the
// person the article gave that title ("Home Secretary Charles Clarke");
// otherwise it is an unnamed person (anon). It is no description when a
// name follows ("the home secretary, Charles Clarke") or precedes it as an
// apposition.
func (an *analysis) description(toks []token, ms []mention, h int) (mention, pref, bool) {
	if h+1 < len(toks) && (nameTok(toks[h+1]) || toks[h+1].text == "," && h+2 < len(toks) && toks[h+2].cap && toks[h+2].word) {
		return mention{}, pref{}, false
	}
	org, orgS, orgE := -1, -1, -1
	j := h - 1
	for j >= 0 && h-j <= 6 {
		t := toks[j]
		if t.word && (roleModifiers[t.low] || descMods[t.low] || titles[t.low]) && !honorifics[t.low] && (!t.cap || titles[t.low]) {
			j--
			continue
		}
		found := false
		if org < 0 {
			for _, m := range ms {
				if m.e == j+1 && !m.pron && !m.role && an.ents[m.ent].kind != schema.Person {
					org, orgS, orgE = m.ent, m.s, m.e
					j = m.s - 1
					found = true
					break
				}
			}
		}
		if !found {
			break
		}
	}
	if j < 0 || !(toks[j].low == "the" || toks[j].low == "a" || toks[j].low == "an") {
		return mention{}, pref{}, false
	}
	if j >= 2 && toks[j-1].text == "," {
		for _, m := range ms {
			if m.e == j-1 && an.ents[m.ent].kind == schema.Person {
				return mention{}, pref{}, false
			}
		}
	}
	out := mention{s: j, e: h + 1, ent: -1}
	anon := pref{ent: -1, anon: true, g: roleGender(toks[h].low)}
	if toks[j].low != "the" {
		// "a spokeswoman for Human Rights Watch": the organisation
		// speaks through her
		if o := an.orgAfter(toks, h+1); o >= 0 && orgSpeakers[toks[h].low] {
			out.ent, out.role = o, true
			return out, pref{ent: o, role: true, g: anon.g}, true
		}
		return out, anon, true
	}
	var key []string
	for k := j + 1; k <= h; k++ {
		if k >= orgS && k < orgE {
			continue
		}
		switch toks[k].low {
		case "new":
			continue
		case "former", "ex", "acting":
			return out, anon, true
		}
		key = append(key, toks[k].low)
	}
	title := strings.Join(key, " ")
	who := -1
	for i := range an.ents {
		e := &an.ents[i]
		if e.kind != schema.Person || e.title != title || org >= 0 && e.affil != org {
			continue
		}
		if who >= 0 && who != i {
			return out, anon, true
		}
		who = i
	}
	// "the secretary": the one person whose title has that head ("Trade
	// and Industry Secretary Patricia Hewitt"), not a shadow or former one
	if who < 0 && len(key) == 1 {
		for i := range an.ents {
			e := &an.ents[i]
			if e.kind != schema.Person || e.title == "" || org >= 0 && e.affil != org {
				continue
			}
			w := strings.Fields(e.title)
			if w[len(w)-1] != key[0] || w[0] == "shadow" || w[0] == "former" || w[0] == "deputy" || w[0] == "junior" {
				continue
			}
			if who >= 0 && who != i {
				return out, anon, true
			}
			who = i
		}
	}
	if who < 0 {
		return out, anon, true
	}
	out.ent = who
	return out, pref{ent: who}, true
}

// roleWord may be part of a person's title.
func roleWord(t token) bool {
	return t.word && (titles[t.low] || personRole[t.lem] || roleModifiers[t.low] || t.low == "shadow") && !honorifics[t.low]
}

// noteTitle records the title the article gives the person of mention
// ms[k]: "Home Secretary Charles Clarke", "the home secretary, Charles
// Clarke", "Charles Clarke, the home secretary,".
func (an *analysis) noteTitle(toks []token, ms []mention, k int) {
	m := ms[k]
	e := &an.ents[m.ent]
	if e.title != "" || m.pron || m.role || m.ent < 0 {
		return
	}
	words := func(s, end int) string {
		var w []string
		for q := s; q < end; q++ {
			if toks[q].low != "new" && toks[q].low != "the" {
				w = append(w, toks[q].low)
			}
		}
		if len(w) == 0 || !descHeads[w[len(w)-1]] {
			return ""
		}
		return strings.Join(w, " ")
	}
	j := m.s - 1
	for j >= 0 && (honorifics[toks[j].low] || toks[j].text == ".") {
		j--
	}
	end := j + 1
	for j >= 0 && roleWord(toks[j]) {
		j--
	}
	if j+1 < end {
		e.title = words(j+1, end)
		return
	}
	// "the home secretary, Charles Clarke"
	if m.s >= 3 && toks[m.s-1].text == "," {
		j = m.s - 2
		for j >= 0 && roleWord(toks[j]) {
			j--
		}
		if j >= 0 && j < m.s-2 && toks[j].low == "the" {
			e.title = words(j+1, m.s-1)
			return
		}
	}
	// "Charles Clarke, the home secretary,"
	if m.e+2 < len(toks) && toks[m.e].text == "," && toks[m.e+1].low == "the" {
		j = m.e + 2
		for j < len(toks) && roleWord(toks[j]) {
			j++
		}
		if j > m.e+2 && (j >= len(toks) || toks[j].text == "," || toks[j].text == "." || speechVerbs[toks[j].lem]) {
			e.title = words(m.e+2, j)
		}
	}
}

// orgRole extends an organisation mention over a role noun: "a Home
// Office spokesman" is the Home Office speaking through an unnamed person.
func (an *analysis) orgRole(toks []token, m *mention) bool {
	if m.role || m.ent < 0 {
		return false
	}
	if kd := an.ents[m.ent].kind; kd != schema.Organisation && kd != schema.Group {
		return false
	}
	r := m.e
	for r < len(toks) && r < m.e+2 && toks[r].word && !toks[r].cap && (roleModifiers[toks[r].low] || toks[r].low == "press") {
		r++
	}
	if r >= len(toks) || !orgSpeakers[toks[r].low] || toks[r].cap {
		return false
	}
	if r+1 < len(toks) && (nameTok(toks[r+1]) || toks[r+1].text == "," && r+2 < len(toks) && nameTok(toks[r+2])) {
		return false
	}
	m.e, m.role = r+1, true
	return true
}

// genders gives persons the gender their honorifics ("Mr", "Baroness")
// or, failing that, their first names say; a person given both is left
// unknown ('x').
func (an *analysis) genders() {
	mark := func(ent int, g byte) {
		e := &an.ents[ent]
		if e.kind != schema.Person {
			return
		}
		if e.gender == 0 {
			e.gender = g
		} else if e.gender != g {
			e.gender = 'x'
		}
	}
	for si := range an.sents {
		toks := an.sents[si].toks
		for i := 0; i+1 < len(toks); i++ {
			t := toks[i]
			if !t.cap || !t.word {
				continue
			}
			g := honorGender[t.low]
			if g == 0 {
				continue
			}
			j := i + 1
			for j < len(toks) && (toks[j].text == "." || toks[j].cap && titles[toks[j].low]) {
				j++
			}
			e := capRun(toks, j)
			if e == j {
				continue
			}
			if ent, ok := an.byName[an.lowerOf(toks, j, e)]; ok {
				mark(ent, g)
			} else if ent, ok := an.lookupName(toks, j, e); ok {
				mark(ent, g)
			}
			i = e - 1
		}
	}
	for i := range an.ents {
		e := &an.ents[i]
		if e.kind == schema.Person && e.gender == 0 && len(e.toks) >= 2 {
			e.gender = firstNames[e.toks[0]]
		}
	}
}

// contextCountry finds the country "the government" of sentence si
// belongs to: the country whose government the article named before ("the
// French government", "Norway's government"), else the one country acting
// in this sentence or the one before ("Britain has said", "France's
// position"). A country used only as a modifier ("the Iraq war") or after
// a preposition ("in Iraq") says nothing about whose government it is; two
// different countries: none.
func (an *analysis) contextCountry(si int) int {
	for j := si; j >= 0; j-- {
		s := &an.sents[j]
		for _, m := range s.ments {
			if !m.pron && an.ents[m.ent].kind == schema.Country && (governmentAfter(s.toks, m.e) || governmentAfter(s.toks, m.e-1)) {
				return m.ent
			}
		}
	}
	for j := si; j >= 0 && j >= si-1; j-- {
		s := &an.sents[j]
		found, other := -1, -1
		for _, m := range s.ments {
			if m.pron || an.ents[m.ent].kind != schema.Country || afterPrep(s.toks, m) {
				continue
			}
			if !actingCountry(s.toks, m.e) {
				other = m.ent
				continue
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
		if other >= 0 && other != found && found >= 0 {
			return -1 // "Norway and Sweden held talks"
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// governmentAfter: toks[k:] continues a country's name with its
// government: "(the French) government", "('s) government".
func governmentAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].low == "'s" {
		k++
	}
	return k < len(toks) && (toks[k].low == "government" || toks[k].low == "administration")
}

// actingCountry: the country name ending before toks[k] acts or speaks
// there: a possessive, an auxiliary or a finite verb follows, not a noun
// it modifies ("the Iraq war").
func actingCountry(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	switch {
	case !t.word:
		return t.text == "," || t.text == "."
	case t.low == "'s" || auxiliaries[t.low] && t.low != "to":
		return true
	case speechVerbs[t.lem] || stanceVerbs[t.lem] != nil:
		return t.low != t.lem // "Britain said", not "the UK support package"
	}
	// a past tense ("Norway held talks"); a plural ("US forces") may be a
	// noun the country modifies
	return !t.cap && t.low != t.lem && t.low != t.lem+"s" && t.low != t.lem+"es"
}

// orgAfter returns the organisation or country named after "for"/"of"/"at"
// at toks[k] ("for Human Rights Watch", "of the Refugee Council"), or -1.
func (an *analysis) orgAfter(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].low != "for" && toks[k].low != "of" && toks[k].low != "at" {
		return -1
	}
	k++
	if toks[k].low == "the" && k+1 < len(toks) {
		k++
	}
	if n, e, ok := an.match(toks, k); ok && !n.demonym && (e >= len(toks) || !nameTok(toks[e])) {
		if kd := an.gazActor(n.actor).kind; kd == schema.Organisation || kd == schema.Group || kd == schema.Country {
			return an.gazEntity(n.actor)
		}
		return -1
	}
	if e := capRun(toks, k); e > k {
		if ent, ok := an.byName[an.lowerOf(toks, k, e)]; ok && an.ents[ent].kind == schema.Organisation {
			return ent
		}
	}
	return -1
}

// titledName: toks[k] starts a chain of capitalised titles followed by a
// name of two words or more ("Home Secretary David Davis").
func titledName(toks []token, k int) bool {
	j := k
	for j < len(toks) && toks[j].cap && titles[toks[j].low] {
		j++
	}
	return j > k && capRun(toks, j)-j >= 2
}

// itReporter resolves "it" right after a speech verb ("The Police
// Federation has said it opposes"): the organisation that says it.
func (an *analysis) itReporter(toks []token, ms []mention, i int) (mention, bool) {
	v := i - 1
	if v > 0 && toks[v].low == "that" {
		v--
	}
	if v <= 0 || !speechVerbs[toks[v].lem] || toks[v].inQuote {
		return mention{}, false
	}
	j := v - 1
	for j >= 0 && (auxiliaries[toks[j].low] || adverbs[toks[j].low]) && toks[j].low != "to" {
		j--
	}
	// "the Harbour Workers Union (HWU) said it"
	if j >= 3 && toks[j].text == ")" && toks[j-2].text == "(" {
		j -= 3
	}
	for _, m := range ms {
		if m.e == j+1 && !m.pron && !m.role {
			if kd := an.ents[m.ent].kind; kd == schema.Organisation || kd == schema.Group || kd == schema.Country {
				return mention{s: i, e: i + 1, ent: m.ent, pron: true}, true
			}
		}
	}
	return mention{}, false
}

// oblique: the person mention m stands as an object or in a prepositional
// phrase: after a preposition or a lower-case verb ("accused shadow
// chancellor X of", "met Mr X", "with X"), or as a possessive ("X's plan").
func oblique(toks []token, m mention) bool {
	k := m.s - 1
	for k >= 0 && toks[k].word && (honorifics[toks[k].low] || roleWord(toks[k]) || toks[k].cap && !preps[toks[k].low] || toks[k].low == "the" || toks[k].low == "shadow") {
		k--
	}
	for k >= 0 && toks[k].text == "." {
		k--
	}
	if k < 0 || !toks[k].word {
		return false
	}
	t := toks[k]
	if preps[t.low] {
		return true
	}
	// "..., said Mr X" is an inverted subject
	if speechVerbs[t.lem] && t.lem != "tell" && k > 0 && (toks[k-1].text == "," || toks[k-1].quote == -1) {
		return false
	}
	return !t.cap && (stanceVerbs[t.lem] != nil || speechVerbs[t.lem] || t.low != t.lem && strings.HasSuffix(t.low, "ed")) && !auxiliaries[t.low]
}

// honorific classes of entity.hon
const (
	honCommon byte = 1 << iota // Mr, Mrs, Ms, Miss
	honSir                     // Sir, Dame
	honPeer                    // Lord, Lady, Baroness
)

func honClass(w string) byte {
	switch w {
	case "mr", "mrs", "ms", "miss":
		return honCommon
	case "sir", "dame":
		return honSir
	case "lord", "lady", "baroness":
		return honPeer
	}
	return 0
}

// surnameOf: a surname used with honorifics short may stand for a full
// name used with full. British usage never calls a knight or a peer "Mr":
// "Mr Blair" is not Sir Ian Blair.
func surnameOf(short, full byte) bool {
	return !(short&honCommon != 0 && full&(honSir|honPeer) != 0 && full&honCommon == 0)
}

// honours records the honorifics each person's name is used with ("Sir
// Ian Blair", "Mr Blair").
func (an *analysis) honours() {
	for si := range an.sents {
		toks := an.sents[si].toks
		for i := 0; i+1 < len(toks); i++ {
			if !toks[i].cap || !toks[i].word {
				continue
			}
			c := honClass(toks[i].low)
			if c == 0 {
				continue
			}
			j := i + 1
			if toks[j].text == "." {
				j++
			}
			e := capRun(toks, j)
			if e == j {
				continue
			}
			if ent, ok := an.byName[an.lowerOf(toks, j, e)]; ok && an.ents[ent].kind == schema.Person {
				an.ents[ent].hon |= c
			}
			i = e - 1
		}
	}
}
