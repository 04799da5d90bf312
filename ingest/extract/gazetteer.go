package extract

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"stancegraph/schema"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// gazActor is one actor of the built-in gazetteer.
type gazActor struct {
	name  string
	kind  schema.ActorKind
	party bool // a political party
}

// gazName is one written form of a gazetteer actor, as lower-case tokens.
type gazName struct {
	toks    []string
	actor   int
	demonym bool // an adjective or people noun ("Israeli", "Britons")
	plural  bool // a plural people noun ("Israelis")
}

type gazetteer struct {
	actors []gazActor
	first  map[string][]gazName // by first token, longest first
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

func loadGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = parseGazetteer(gazetteerTSV) })
	return gaz
}

func parseGazetteer(src string) *gazetteer {
	g := &gazetteer{first: map[string][]gazName{}}
	ident := func(s string) string { return s }
	addName := func(form string, actor int, demonym bool) {
		form = strings.TrimSpace(form)
		if form == "" {
			return
		}
		toks := tokenize(form, span{0, len(form)}, ident, nil)
		if len(toks) == 0 {
			return
		}
		low := make([]string, len(toks))
		for i, t := range toks {
			low[i] = t.low
		}
		plural := demonym && strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ss")
		g.first[low[0]] = append(g.first[low[0]], gazName{toks: low, actor: actor, demonym: demonym, plural: plural})
	}
	for _, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		kind := schema.ActorKind(f[0])
		switch f[0] {
		case "party":
			kind = schema.Organisation
		case "organisation", "country", "group", "media", "person":
		default:
			kind = schema.Organisation
		}
		idx := len(g.actors)
		g.actors = append(g.actors, gazActor{name: f[1], kind: kind, party: f[0] == "party"})
		addName(f[1], idx, false)
		if len(f) > 2 {
			for _, a := range strings.Split(f[2], "|") {
				addName(a, idx, false)
			}
		}
		if len(f) > 3 {
			for _, a := range strings.Split(f[3], "|") {
				addName(a, idx, true)
			}
		}
	}
	for k, v := range g.first {
		sort.SliceStable(v, func(i, j int) bool { return len(v[i].toks) > len(v[j].toks) })
		g.first[k] = v
	}
	return g
}

// match returns the longest gazetteer name starting at toks[i], if any.
// Matches must start with a capitalised word (so "labour" the noun is not
// the party).
func (g *gazetteer) match(toks []token, i int) (gazName, int, bool) {
	if !toks[i].cap {
		return gazName{}, 0, false
	}
	for _, n := range g.first[toks[i].low] {
		if i+len(n.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(n.toks); k++ {
			if toks[i+k].low != n.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return n, i + len(n.toks), true
		}
	}
	return gazName{}, 0, false
}
