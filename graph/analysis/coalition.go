package analysis

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// CoalitionOptions shape the coalition search.
type CoalitionOptions struct {
	Normalization Normalization // of the congruence and conflict weights (default raw)
	Duplicates    Duplicates    // default article
	// Threshold is the congruence weight two actors need to be aligned
	// (and it must exceed their conflict weight). Zero means any
	// congruence at all.
	Threshold float64
	MinSize   int // smallest coalition reported (default 2)
	Method    CoalitionMethod
}

// CoalitionMethod is how aligned actors are grouped.
type CoalitionMethod string

const (
	// MethodCohesive (the default) joins aligned actors strongest tie
	// first, but never joins two groups when a member of one disagrees
	// with a member of the other at least as much as they agree: a chain
	// A-B-C does not make A and C allies when they oppose each other.
	MethodCohesive CoalitionMethod = "cohesive"
	// MethodComponents takes the connected components of the aligned ties.
	MethodComponents CoalitionMethod = "components"
)

// ParseCoalitionMethod reads a method; empty gives cohesive.
func ParseCoalitionMethod(s string) (CoalitionMethod, error) {
	switch m := CoalitionMethod(strings.ToLower(strings.TrimSpace(s))); m {
	case "":
		return MethodCohesive, nil
	case MethodCohesive, MethodComponents:
		return m, nil
	}
	return "", badOption("unknown coalition method %q (want cohesive or components)", s)
}

// Coalition is a group of aligned actors, tied in the congruence network
// where two agree at least Threshold and more than they disagree (see
// CoalitionMethod for how ties make groups).
type Coalition struct {
	ID        int            `json:"id"` // 1 = the largest
	Members   []schema.Actor `json:"members"`
	Proposals []Binding      `json:"proposals"` // what binds them, most shared first
	// Cohesion is the mean congruence weight of the ties that hold the
	// coalition together.
	Cohesion float64 `json:"cohesion"`
	// Conflicts counts member pairs that also disagree on some proposal.
	Conflicts int `json:"conflicts"`
}

// Binding is a side on a proposal that at least two members share.
type Binding struct {
	Proposal string          `json:"proposal"`
	Name     string          `json:"name"`
	Polarity schema.Polarity `json:"polarity"`
	Members  []string        `json:"members"` // actor IDs, by name
}

// Coalitions finds the coalitions among the actors the statements f
// selects name, largest first.
func Coalitions(ctx context.Context, s *graph.Store, f Filter, o CoalitionOptions) ([]Coalition, error) {
	d, err := load(ctx, s, f, true)
	if err != nil {
		return nil, err
	}
	return coalitions(d, o)
}

func coalitions(d *dataset, o CoalitionOptions) ([]Coalition, error) {
	if o.MinSize <= 0 {
		o.MinSize = 2
	}
	if o.Method == "" {
		o.Method = MethodCohesive
	}
	if o.Method != MethodCohesive && o.Method != MethodComponents {
		return nil, badOption("unknown coalition method %q (want cohesive or components)", o.Method)
	}
	if o.Threshold < 0 {
		return nil, badOption("threshold must be >= 0")
	}
	no := NetworkOptions{Mode: Congruence, Normalization: o.Normalization, Duplicates: o.Duplicates}
	if err := no.normalize(); err != nil {
		return nil, err
	}
	cong := buildNetwork(d, d.stmts, no, time.Time{}, time.Time{})
	no.Mode = Conflict
	conf := buildNetwork(d, d.stmts, no, time.Time{}, time.Time{})
	type pair struct{ a, b string }
	conflict := map[pair]float64{}
	for _, e := range conf.Edges {
		conflict[pair{e.Source, e.Target}] = e.Weight
		conflict[pair{e.Target, e.Source}] = e.Weight
	}

	// union-find over the aligned ties, strongest first
	parent := map[string]string{}
	members := map[string][]string{} // root -> node IDs
	var find func(string) string
	find = func(x string) string {
		if parent[x] == x {
			return x
		}
		parent[x] = find(parent[x])
		return parent[x]
	}
	for _, n := range cong.Nodes {
		parent[n.ID] = n.ID
		members[n.ID] = []string{n.ID}
	}
	congruence := map[pair]float64{}
	var ties []Edge
	for _, e := range cong.Edges {
		congruence[pair{e.Source, e.Target}] = e.Weight
		congruence[pair{e.Target, e.Source}] = e.Weight
		if e.Weight > 0 && e.Weight >= o.Threshold && e.Weight > conflict[pair{e.Source, e.Target}] {
			ties = append(ties, e)
		}
	}
	slices.SortStableFunc(ties, func(x, y Edge) int { return cmp.Compare(y.Weight, x.Weight) })
	// opposed: some member of one group disagrees with some member of the
	// other at least as much as they agree.
	opposed := func(ra, rb string) bool {
		for _, a := range members[ra] {
			for _, b := range members[rb] {
				if c := conflict[pair{a, b}]; c > 0 && c >= congruence[pair{a, b}] {
					return true
				}
			}
		}
		return false
	}
	for _, e := range ties {
		ra, rb := find(e.Source), find(e.Target)
		if ra == rb || o.Method == MethodCohesive && opposed(ra, rb) {
			continue
		}
		parent[rb] = ra
		members[ra] = append(members[ra], members[rb]...)
		delete(members, rb)
	}
	groups := map[string][]string{} // root -> node IDs, in node (name) order
	for _, n := range cong.Nodes {
		r := find(n.ID)
		groups[r] = append(groups[r], n.ID)
	}

	// each actor's positions, for the bindings
	sides := map[string]map[position]bool{}
	for _, st := range dedup(d.stmts, no.Duplicates) {
		if sides[st.Holder] == nil {
			sides[st.Holder] = map[position]bool{}
		}
		sides[st.Holder][position{st.Target, st.Polarity}] = true
	}

	var out []Coalition
	for _, ids := range groups {
		if len(ids) < o.MinSize {
			continue
		}
		c := Coalition{Proposals: []Binding{}}
		in := map[string]bool{}
		for _, id := range ids {
			actor := strings.TrimPrefix(id, "actor:")
			in[id] = true
			c.Members = append(c.Members, d.actors[actor])
		}
		sum, n := 0.0, 0
		for _, e := range ties {
			if in[e.Source] && in[e.Target] {
				sum += e.Weight
				n++
			}
		}
		if n > 0 {
			c.Cohesion = round(sum / float64(n))
		}
		for _, e := range conf.Edges {
			if in[e.Source] && in[e.Target] {
				c.Conflicts++
			}
		}
		holders := map[position][]string{}
		for _, m := range c.Members {
			for pos := range sides[m.ID] {
				holders[pos] = append(holders[pos], m.ID)
			}
		}
		for pos, hs := range holders {
			if len(hs) < 2 {
				continue
			}
			slices.SortFunc(hs, func(x, y string) int { return cmpActors(d.actors[x], d.actors[y]) })
			c.Proposals = append(c.Proposals, Binding{Proposal: pos.prop, Name: d.proposals[pos.prop].Name, Polarity: pos.pol, Members: hs})
		}
		slices.SortFunc(c.Proposals, func(x, y Binding) int {
			if c := cmp.Compare(len(y.Members), len(x.Members)); c != 0 {
				return c
			}
			if c := cmpProposals(d.proposals[x.Proposal], d.proposals[y.Proposal]); c != 0 {
				return c
			}
			return cmp.Compare(y.Polarity, x.Polarity)
		})
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y Coalition) int {
		if c := cmp.Compare(len(y.Members), len(x.Members)); c != 0 {
			return c
		}
		return cmpActors(x.Members[0], y.Members[0])
	})
	for i := range out {
		out[i].ID = i + 1
	}
	if out == nil {
		out = []Coalition{}
	}
	return out, nil
}
