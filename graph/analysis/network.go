package analysis

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// Mode is the kind of discourse network.
type Mode string

const (
	// TwoMode links actors to the proposals they took a stance on: edge
	// weight = statements, sign = polarity.
	TwoMode Mode = "two-mode"
	// Congruence links two actors that took the same side on proposals.
	Congruence Mode = "congruence"
	// Conflict links two actors that took opposite sides on proposals.
	Conflict Mode = "conflict"
)

// ParseMode reads a network mode; empty gives two-mode.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.ToLower(strings.TrimSpace(s))); m {
	case "", "twomode", "two_mode", "affiliation":
		return TwoMode, nil
	case TwoMode, Congruence, Conflict:
		return m, nil
	}
	return "", badOption("unknown network mode %q (want two-mode, congruence or conflict)", s)
}

// Normalization scales one-mode edge weights.
//
// Let c_a(p,q) be how many times actor a took side q on proposal p (after
// duplicate handling), and for a conflict network compare a with b's
// positions flipped (c_b(p,-q)). Then:
//   - raw: the sum over (p,q) of min(c_a, c_b); with duplicates=range it is
//     the number of proposals the two agree (or disagree) on;
//   - jaccard: the weighted Jaccard index, raw / sum of max(c_a, c_b), in [0,1];
//   - cosine: the cosine similarity of the two count vectors, in [0,1].
type Normalization string

const (
	Raw     Normalization = "raw"
	Jaccard Normalization = "jaccard"
	Cosine  Normalization = "cosine"
)

// ParseNormalization reads a normalisation option; empty gives raw.
func ParseNormalization(s string) (Normalization, error) {
	switch n := Normalization(strings.ToLower(strings.TrimSpace(s))); n {
	case "", "none", "count":
		return Raw, nil
	case Raw, Jaccard, Cosine:
		return n, nil
	}
	return "", badOption("unknown normalization %q (want raw, jaccard or cosine)", s)
}

// NetworkOptions shape a discourse network.
type NetworkOptions struct {
	Mode          Mode
	Normalization Normalization // one-mode networks only; two-mode weights are raw counts
	Duplicates    Duplicates    // default article
	MinWeight     float64       // drop edges lighter than this
	// Window and Step make a moving window: one network per window of
	// Window length, starting every Step (Step defaults to Window) from
	// Filter.Since (or the first dated statement) until Filter.Until (or
	// the last). Zero Window gives one network over the whole range.
	Window, Step time.Duration
}

// MaxWindows bounds the number of windows one request may produce.
const MaxWindows = 1000

func (o *NetworkOptions) normalize() error {
	if o.Mode == "" {
		o.Mode = TwoMode
	}
	if o.Normalization == "" {
		o.Normalization = Raw
	}
	if o.Duplicates == "" {
		o.Duplicates = DupArticle
	}
	if o.Mode == TwoMode && o.Normalization != Raw {
		return badOption("normalization %s applies to one-mode networks (congruence, conflict); two-mode weights are statement counts", o.Normalization)
	}
	if o.Window < 0 || o.Step < 0 {
		return badOption("window and step must be positive")
	}
	if o.Step > 0 && o.Window == 0 {
		return badOption("step needs a window")
	}
	if o.Window > 0 && o.Step == 0 {
		o.Step = o.Window
	}
	if math.IsNaN(o.MinWeight) || o.MinWeight < 0 {
		return badOption("min weight must be >= 0")
	}
	return nil
}

// Network is one discourse network.
type Network struct {
	Mode          Mode          `json:"mode"`
	Normalization Normalization `json:"normalization"`
	Duplicates    Duplicates    `json:"duplicates"`
	Start         time.Time     `json:"start,omitzero"` // the window, inclusive
	End           time.Time     `json:"end,omitzero"`   // exclusive
	Nodes         []Node        `json:"nodes"`
	Edges         []Edge        `json:"edges"`
}

// Node is an actor or a proposal. IDs are "actor:<id>" and
// "proposal:<id>", so the two kinds never collide (and are valid GraphML
// NMTOKENs).
type Node struct {
	ID         string `json:"id"`
	Label      string `json:"label"`
	Type       string `json:"type"`           // actor or proposal
	Kind       string `json:"kind,omitempty"` // the actor's kind
	Statements int    `json:"statements"`     // after duplicate handling
}

// Edge is an undirected tie.
type Edge struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Weight float64 `json:"weight"`
	// Sign is +1 for support or congruence, -1 for opposition or
	// conflict, 0 for a two-mode tie with statements on both sides.
	Sign    int `json:"sign"`
	Support int `json:"support,omitempty"` // two-mode: statements of support
	Oppose  int `json:"oppose,omitempty"`  // two-mode: statements of opposition
	// Proposals are, in one-mode networks, the proposals on which the two
	// actors agree (congruence) or disagree (conflict).
	Proposals []string `json:"proposals,omitempty"`
}

// NodeID is the network node ID of an actor or proposal.
func NodeID(typ, id string) string { return typ + ":" + id }

// Networks computes the discourse network of the statements f selects:
// one network, or with a window one per window, oldest first.
func Networks(ctx context.Context, s *graph.Store, f Filter, o NetworkOptions) ([]Network, error) {
	if err := o.normalize(); err != nil {
		return nil, err
	}
	d, err := load(ctx, s, f, true)
	if err != nil {
		return nil, err
	}
	return networks(d, f, o)
}

func networks(d *dataset, f Filter, o NetworkOptions) ([]Network, error) {
	if o.Window == 0 {
		return []Network{buildNetwork(d, d.stmts, o, time.Time{}, time.Time{})}, nil
	}
	wins, err := windows(d.stmts, f, o)
	if err != nil {
		return nil, err
	}
	out := make([]Network, 0, len(wins))
	for _, w := range wins {
		var in []schema.Statement
		for _, st := range d.stmts {
			if !st.Date.IsZero() && !st.Date.Before(w[0]) && st.Date.Before(w[1]) {
				in = append(in, st)
			}
		}
		out = append(out, buildNetwork(d, in, o, w[0], w[1]))
	}
	return out, nil
}

// windows lays the moving windows over the range: from Since (or the
// first dated statement's day) by Step, the last one reaching Until (or
// the day after the last dated statement).
func windows(sts []schema.Statement, f Filter, o NetworkOptions) ([][2]time.Time, error) {
	start, end := f.Since, f.Until
	if !end.IsZero() {
		end = end.Add(time.Second) // Until is inclusive
	}
	var first, last time.Time
	for _, st := range sts {
		if st.Date.IsZero() {
			continue
		}
		if first.IsZero() || st.Date.Before(first) {
			first = st.Date
		}
		if st.Date.After(last) {
			last = st.Date
		}
	}
	if start.IsZero() {
		if first.IsZero() {
			return nil, nil
		}
		start = first.UTC().Truncate(24 * time.Hour)
	}
	if end.IsZero() {
		if last.IsZero() {
			return nil, nil
		}
		end = last.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
	}
	if !start.Before(end) {
		return nil, nil
	}
	if n := int64(end.Sub(start)-o.Window)/int64(o.Step) + 2; n > MaxWindows {
		return nil, badOption("%d windows of %s every %s is more than %d; widen the step or narrow the range", n, o.Window, o.Step, MaxWindows)
	}
	var out [][2]time.Time
	for t := start; ; t = t.Add(o.Step) {
		out = append(out, [2]time.Time{t, t.Add(o.Window)})
		if !t.Add(o.Window).Before(end) {
			break
		}
	}
	return out, nil
}

// position is one side (polarity) on one proposal.
type position struct {
	prop string
	pol  schema.Polarity
}

func buildNetwork(d *dataset, sts []schema.Statement, o NetworkOptions, start, end time.Time) Network {
	n := Network{Mode: o.Mode, Normalization: o.Normalization, Duplicates: o.Duplicates, Start: start, End: end, Nodes: []Node{}, Edges: []Edge{}}
	sts = dedup(sts, o.Duplicates)
	// counts[actor][position]
	counts := map[string]map[position]int{}
	propCount := map[string]int{}
	for _, st := range sts {
		m := counts[st.Holder]
		if m == nil {
			m = map[position]int{}
			counts[st.Holder] = m
		}
		m[position{st.Target, st.Polarity}]++
		propCount[st.Target]++
	}
	actorIDs := make([]string, 0, len(counts))
	for a := range counts {
		actorIDs = append(actorIDs, a)
	}
	slices.SortFunc(actorIDs, func(x, y string) int { return cmpActors(d.actors[x], d.actors[y]) })
	for _, a := range actorIDs {
		ac := d.actors[a]
		total := 0
		for _, c := range counts[a] {
			total += c
		}
		n.Nodes = append(n.Nodes, Node{ID: NodeID("actor", a), Label: ac.Name, Type: "actor", Kind: string(ac.Kind), Statements: total})
	}

	if o.Mode == TwoMode {
		props := make([]schema.Proposal, 0, len(propCount))
		for p := range propCount {
			props = append(props, d.proposals[p])
		}
		slices.SortFunc(props, cmpProposals)
		for _, p := range props {
			n.Nodes = append(n.Nodes, Node{ID: NodeID("proposal", p.ID), Label: p.Name, Type: "proposal", Statements: propCount[p.ID]})
		}
		for _, a := range actorIDs {
			for _, p := range props {
				sup, opp := counts[a][position{p.ID, schema.Support}], counts[a][position{p.ID, schema.Oppose}]
				if sup+opp == 0 {
					continue
				}
				e := Edge{Source: NodeID("actor", a), Target: NodeID("proposal", p.ID), Weight: float64(sup + opp), Support: sup, Oppose: opp}
				switch {
				case opp == 0:
					e.Sign = 1
				case sup == 0:
					e.Sign = -1
				}
				if e.Weight >= o.MinWeight {
					n.Edges = append(n.Edges, e)
				}
			}
		}
		return n
	}
	n.Edges = oneMode(d, counts, actorIDs, o)
	return n
}

// pairStats accumulates what two actors share.
type pairStats struct {
	min   float64 // sum of min(c_a, c_b) over matching positions
	dot   float64 // sum of c_a * c_b
	props map[string]bool
}

// oneMode computes congruence or conflict edges between every pair of
// actors with a matching position.
func oneMode(d *dataset, counts map[string]map[position]int, actorIDs []string, o NetworkOptions) []Edge {
	rank := make(map[string]int, len(actorIDs))
	for i, a := range actorIDs {
		rank[a] = i
	}
	// who holds each position, in actor order
	holders := map[position][]string{}
	sum, norm := map[string]float64{}, map[string]float64{}
	for _, a := range actorIDs {
		for pos, c := range counts[a] {
			holders[pos] = append(holders[pos], a)
			sum[a] += float64(c)
			norm[a] += float64(c * c)
		}
	}
	for pos := range holders {
		slices.SortFunc(holders[pos], func(x, y string) int { return cmp.Compare(rank[x], rank[y]) })
	}
	type pair struct{ a, b string } // rank[a] < rank[b]
	pairs := map[pair]*pairStats{}
	add := func(a, b string, ca, cb int, prop string) {
		if rank[a] > rank[b] {
			a, b = b, a
		}
		ps := pairs[pair{a, b}]
		if ps == nil {
			ps = &pairStats{props: map[string]bool{}}
			pairs[pair{a, b}] = ps
		}
		ps.min += float64(min(ca, cb))
		ps.dot += float64(ca * cb)
		ps.props[prop] = true
	}
	for pos, hs := range holders {
		if o.Mode == Congruence {
			for i, a := range hs {
				for _, b := range hs[i+1:] {
					add(a, b, counts[a][pos], counts[b][pos], pos.prop)
				}
			}
			continue
		}
		if pos.pol != schema.Support {
			continue // each opposite pair once: supporters x opponents
		}
		opp := position{pos.prop, schema.Oppose}
		for _, a := range hs {
			for _, b := range holders[opp] {
				if a != b {
					add(a, b, counts[a][pos], counts[b][opp], pos.prop)
				}
			}
		}
	}
	sign := 1
	if o.Mode == Conflict {
		sign = -1
	}
	edges := make([]Edge, 0, len(pairs))
	for p, ps := range pairs {
		var w float64
		switch o.Normalization {
		case Jaccard:
			w = ps.min / (sum[p.a] + sum[p.b] - ps.min)
		case Cosine:
			w = ps.dot / math.Sqrt(norm[p.a]*norm[p.b])
		default:
			w = ps.min
		}
		if w < o.MinWeight {
			continue
		}
		props := make([]string, 0, len(ps.props))
		for id := range ps.props {
			props = append(props, id)
		}
		slices.SortFunc(props, func(x, y string) int { return cmpProposals(d.proposals[x], d.proposals[y]) })
		edges = append(edges, Edge{Source: NodeID("actor", p.a), Target: NodeID("actor", p.b), Weight: round(w), Sign: sign, Proposals: props})
	}
	slices.SortFunc(edges, func(x, y Edge) int {
		if c := cmp.Compare(x.Source, y.Source); c != 0 {
			return c
		}
		return cmp.Compare(x.Target, y.Target)
	})
	return edges
}

// round keeps six decimals, so JSON and CSV do not show float noise.
func round(f float64) float64 { return math.Round(f*1e6) / 1e6 }
