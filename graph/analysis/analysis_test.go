package analysis

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

func TestStanceMatrix(t *testing.T) {
	ctx := context.Background()
	type cell struct {
		sup, opp, net int
		latest        schema.Polarity
		stance        schema.Stance
		last          string
	}
	tests := []struct {
		name   string
		f      Filter
		dup    Duplicates
		actors []string // rows, in order
		props  []string // columns, in order
		cells  map[[2]string]cell
	}{
		{
			name:   "all",
			actors: []string{"lumen-party", "norland", "ostmark", "vesta"},
			props:  []string{"border-truce", "grain-deal", "water-pact"},
			cells: map[[2]string]cell{
				{"norland", "border-truce"}:   {1, 2, -1, schema.Support, schema.Accepts, "2026-01-20"},
				{"norland", "water-pact"}:     {1, 0, 1, schema.Support, schema.Supports, "2026-01-05"},
				{"norland", "grain-deal"}:     {0, 1, -1, schema.Oppose, schema.Opposes, "2026-02-10"},
				{"vesta", "border-truce"}:     {1, 0, 1, schema.Support, schema.Backs, "2026-01-05"},
				{"vesta", "water-pact"}:       {0, 1, -1, schema.Oppose, schema.Opposes, "2026-01-05"},
				{"vesta", "grain-deal"}:       {1, 0, 1, schema.Support, schema.Supports, "2026-02-10"},
				{"ostmark", "border-truce"}:   {1, 0, 1, schema.Support, schema.Supports, "2026-01-05"},
				{"ostmark", "water-pact"}:     {0, 1, -1, schema.Oppose, schema.Opposes, "2026-01-20"},
				{"ostmark", "grain-deal"}:     {1, 0, 1, schema.Support, schema.Supports, "2026-02-10"},
				{"lumen-party", "grain-deal"}: {1, 0, 1, schema.Support, schema.Backs, "2026-01-20"},
			},
		},
		{
			name:   "once per article",
			dup:    DupArticle,
			f:      Filter{Actors: []string{"norland"}, Proposals: []string{"border-truce"}},
			actors: []string{"norland"},
			props:  []string{"border-truce"},
			cells:  map[[2]string]cell{{"norland", "border-truce"}: {1, 1, 0, schema.Support, schema.Accepts, "2026-01-20"}},
		},
		{
			name:   "countries only, confident",
			f:      Filter{Kinds: []schema.ActorKind{schema.Country}, MinConfidence: 0.85},
			actors: []string{"norland", "ostmark", "vesta"},
			props:  []string{"border-truce", "grain-deal", "water-pact"},
			cells: map[[2]string]cell{
				{"norland", "border-truce"}: {1, 1, 0, schema.Support, schema.Accepts, "2026-01-20"},
				{"norland", "water-pact"}:   {1, 0, 1, schema.Support, schema.Supports, "2026-01-05"},
				{"norland", "grain-deal"}:   {0, 1, -1, schema.Oppose, schema.Opposes, "2026-02-10"},
				{"vesta", "grain-deal"}:     {1, 0, 1, schema.Support, schema.Supports, "2026-02-10"},
				{"ostmark", "border-truce"}: {1, 0, 1, schema.Support, schema.Supports, "2026-01-05"},
			},
		},
		{
			name:   "one outlet and a date range",
			f:      Filter{Source: "Test Wire", Since: day("2026-02-01"), Until: day("2026-02-28")},
			actors: []string{"norland", "ostmark", "vesta"},
			props:  []string{"grain-deal"},
			cells: map[[2]string]cell{
				{"norland", "grain-deal"}: {0, 1, -1, schema.Oppose, schema.Opposes, "2026-02-10"},
				{"ostmark", "grain-deal"}: {1, 0, 1, schema.Support, schema.Supports, "2026-02-10"},
				{"vesta", "grain-deal"}:   {1, 0, 1, schema.Support, schema.Supports, "2026-02-10"},
			},
		},
		{
			name:   "nothing matches",
			f:      Filter{Source: "Nowhere"},
			actors: []string{},
			props:  []string{},
			cells:  map[[2]string]cell{},
		},
	}
	eachStore(t, func(t *testing.T, s *graph.Store) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				m, err := StanceMatrix(ctx, s, tt.f, tt.dup)
				if err != nil {
					t.Fatal(err)
				}
				var rows, cols []string
				for _, a := range m.Actors {
					rows = append(rows, a.ID)
				}
				for _, p := range m.Proposals {
					cols = append(cols, p.ID)
				}
				if !reflect.DeepEqual(rows, tt.actors) && (len(rows)+len(tt.actors) > 0) {
					t.Errorf("rows = %v, want %v", rows, tt.actors)
				}
				if !reflect.DeepEqual(cols, tt.props) && (len(cols)+len(tt.props) > 0) {
					t.Errorf("columns = %v, want %v", cols, tt.props)
				}
				if len(m.Cells) != len(tt.cells) {
					t.Errorf("%d cells, want %d: %+v", len(m.Cells), len(tt.cells), m.Cells)
				}
				for k, want := range tt.cells {
					c, ok := m.Cell(k[0], k[1])
					if !ok {
						t.Errorf("no cell %v", k)
						continue
					}
					got := cell{c.Support, c.Oppose, c.Net, c.Latest, c.LatestStance, c.Last.Format("2006-01-02")}
					if got != want {
						t.Errorf("cell %v = %+v, want %+v", k, got, want)
					}
				}
			})
		}
	})
}

func TestMatrixCSV(t *testing.T) {
	s := newStore(t)
	m, err := StanceMatrix(context.Background(), s, Filter{}, DupNone)
	if err != nil {
		t.Fatal(err)
	}
	var long, wide bytes.Buffer
	if err := WriteMatrixCSV(&long, m, LayoutLong); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&long).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(m.Cells) || recs[0][0] != "actor_id" {
		t.Fatalf("long CSV has %d records, header %v", len(recs), recs[0])
	}
	want := []string{"norland", "Norland", "country", "border-truce", "border truce", "1", "2", "-1", "support", "accepts", "2026-01-20"}
	found := false
	for _, r := range recs {
		found = found || reflect.DeepEqual(r, want)
	}
	if !found {
		t.Errorf("long CSV lacks %v:\n%s", want, long.String())
	}
	if err := WriteMatrixCSV(&wide, m, LayoutWide); err != nil {
		t.Fatal(err)
	}
	recs, err = csv.NewReader(&wide).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantWide := [][]string{
		{"actor_id", "actor_name", "actor_kind", "border truce", "grain deal", "water pact"},
		{"lumen-party", "Lumen Party", "group", "", "1", ""},
		{"norland", "Norland", "country", "-1", "-1", "1"},
		{"ostmark", "Ostmark", "country", "1", "1", "-1"},
		{"vesta", "Vesta", "country", "1", "1", "-1"},
	}
	if !reflect.DeepEqual(recs, wantWide) {
		t.Errorf("wide CSV = %v, want %v", recs, wantWide)
	}
	if err := WriteMatrixCSV(&wide, m, "diagonal"); !errors.Is(err, ErrBadOption) {
		t.Errorf("unknown layout: %v", err)
	}
}

// newStore is a memory store holding the fixture.
func newStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), "mem://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	write(t, s, fixture())
	return s
}

// edgeMap keys a network's edges by "source|target".
func edgeMap(n Network) map[string]Edge {
	m := map[string]Edge{}
	for _, e := range n.Edges {
		m[e.Source+"|"+e.Target] = e
	}
	return m
}

func TestNetworks(t *testing.T) {
	ctx := context.Background()
	type edge struct {
		weight float64
		sign   int
		props  string // ";"-joined
	}
	a := func(id string) string { return NodeID("actor", id) }
	pair := func(x, y string) string { return a(x) + "|" + a(y) }
	tests := []struct {
		name  string
		f     Filter
		o     NetworkOptions
		nodes int
		edges map[string]edge // all of them
	}{
		{
			name:  "congruence raw",
			o:     NetworkOptions{Mode: Congruence},
			nodes: 4,
			edges: map[string]edge{
				pair("norland", "ostmark"):     {1, 1, "border-truce"},
				pair("norland", "vesta"):       {1, 1, "border-truce"},
				pair("ostmark", "vesta"):       {3, 1, "border-truce;grain-deal;water-pact"},
				pair("lumen-party", "ostmark"): {1, 1, "grain-deal"},
				pair("lumen-party", "vesta"):   {1, 1, "grain-deal"},
			},
		},
		{
			name:  "conflict raw",
			o:     NetworkOptions{Mode: Conflict},
			nodes: 4,
			edges: map[string]edge{
				pair("norland", "ostmark"):     {3, -1, "border-truce;grain-deal;water-pact"},
				pair("norland", "vesta"):       {3, -1, "border-truce;grain-deal;water-pact"},
				pair("lumen-party", "norland"): {1, -1, "grain-deal"},
			},
		},
		{
			name:  "congruence jaccard",
			o:     NetworkOptions{Mode: Congruence, Normalization: Jaccard},
			nodes: 4,
			edges: map[string]edge{
				pair("norland", "ostmark"):     {0.166667, 1, "border-truce"},
				pair("norland", "vesta"):       {0.166667, 1, "border-truce"},
				pair("ostmark", "vesta"):       {1, 1, "border-truce;grain-deal;water-pact"},
				pair("lumen-party", "ostmark"): {0.333333, 1, "grain-deal"},
				pair("lumen-party", "vesta"):   {0.333333, 1, "grain-deal"},
			},
		},
		{
			name:  "congruence cosine, heavy ties only",
			o:     NetworkOptions{Mode: Congruence, Normalization: Cosine, MinWeight: 0.5},
			nodes: 4,
			edges: map[string]edge{
				pair("ostmark", "vesta"):       {1, 1, "border-truce;grain-deal;water-pact"},
				pair("lumen-party", "ostmark"): {0.57735, 1, "grain-deal"},
				pair("lumen-party", "vesta"):   {0.57735, 1, "grain-deal"},
			},
		},
		{
			name:  "every statement counts: Norland's two rejections in one article",
			f:     Filter{Actors: []string{"norland", "vesta"}},
			o:     NetworkOptions{Mode: Conflict, Normalization: Cosine, Duplicates: DupNone},
			nodes: 2,
			edges: map[string]edge{pair("norland", "vesta"): {0.872872, -1, "border-truce;grain-deal;water-pact"}},
		},
		{
			name:  "once per article",
			f:     Filter{Actors: []string{"norland", "vesta"}},
			o:     NetworkOptions{Mode: Conflict, Normalization: Cosine},
			nodes: 2,
			edges: map[string]edge{pair("norland", "vesta"): {0.866025, -1, "border-truce;grain-deal;water-pact"}},
		},
		{
			name:  "conflict before February",
			f:     Filter{Until: day("2026-01-31")},
			o:     NetworkOptions{Mode: Conflict},
			nodes: 4,
			edges: map[string]edge{
				pair("norland", "ostmark"): {2, -1, "border-truce;water-pact"},
				pair("norland", "vesta"):   {2, -1, "border-truce;water-pact"},
			},
		},
	}
	eachStore(t, func(t *testing.T, s *graph.Store) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				nets, err := Networks(ctx, s, tt.f, tt.o)
				if err != nil {
					t.Fatal(err)
				}
				if len(nets) != 1 {
					t.Fatalf("%d networks, want 1", len(nets))
				}
				n := nets[0]
				if len(n.Nodes) != tt.nodes {
					t.Errorf("%d nodes, want %d: %+v", len(n.Nodes), tt.nodes, n.Nodes)
				}
				got := edgeMap(n)
				if len(got) != len(tt.edges) {
					t.Errorf("edges = %+v, want %+v", n.Edges, tt.edges)
				}
				for k, want := range tt.edges {
					e, ok := got[k]
					if !ok {
						t.Errorf("no edge %s", k)
						continue
					}
					g := edge{e.Weight, e.Sign, strings.Join(e.Proposals, ";")}
					if g != want {
						t.Errorf("edge %s = %+v, want %+v", k, g, want)
					}
				}
			})
		}
	})
}

func TestTwoModeNetwork(t *testing.T) {
	s := newStore(t)
	nets, err := Networks(context.Background(), s, Filter{}, NetworkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n := nets[0]
	if n.Mode != TwoMode || n.Duplicates != DupArticle || len(n.Nodes) != 7 || len(n.Edges) != 10 {
		t.Fatalf("two-mode: mode %s, duplicates %s, %d nodes, %d edges", n.Mode, n.Duplicates, len(n.Nodes), len(n.Edges))
	}
	e := edgeMap(n)
	truce := NodeID("actor", "norland") + "|" + NodeID("proposal", "border-truce")
	if got := e[truce]; got.Weight != 2 || got.Sign != 0 || got.Support != 1 || got.Oppose != 1 {
		t.Errorf("Norland-truce edge = %+v, want weight 2 (1 support, 1 oppose), sign 0", got)
	}
	water := NodeID("actor", "vesta") + "|" + NodeID("proposal", "water-pact")
	if got := e[water]; got.Weight != 1 || got.Sign != -1 {
		t.Errorf("Vesta-water edge = %+v, want weight 1, sign -1", got)
	}
	if _, err := Networks(context.Background(), s, Filter{}, NetworkOptions{Normalization: Jaccard}); !errors.Is(err, ErrBadOption) {
		t.Errorf("two-mode with jaccard: %v", err)
	}
}

func TestMovingWindows(t *testing.T) {
	s := newStore(t)
	tests := []struct {
		name         string
		f            Filter
		window, step time.Duration
		starts       []string
		edges        []int
	}{
		{"fortnights", Filter{}, 14 * 24 * time.Hour, 0, []string{"2026-01-05", "2026-01-19", "2026-02-02"}, []int{2, 0, 2}},
		{"overlapping", Filter{}, 28 * 24 * time.Hour, 14 * 24 * time.Hour, []string{"2026-01-05", "2026-01-19"}, []int{2, 3}},
		{"from since", Filter{Since: day("2026-01-01"), Until: day("2026-01-30")}, 10 * 24 * time.Hour, 0, []string{"2026-01-01", "2026-01-11", "2026-01-21"}, []int{2, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nets, err := Networks(context.Background(), s, tt.f, NetworkOptions{Mode: Conflict, Window: tt.window, Step: tt.step})
			if err != nil {
				t.Fatal(err)
			}
			var starts []string
			var edges []int
			for _, n := range nets {
				starts = append(starts, n.Start.Format("2006-01-02"))
				edges = append(edges, len(n.Edges))
				if n.End.Sub(n.Start) != tt.window {
					t.Errorf("window %s-%s is not %s long", n.Start, n.End, tt.window)
				}
			}
			if !reflect.DeepEqual(starts, tt.starts) || !reflect.DeepEqual(edges, tt.edges) {
				t.Errorf("windows start %v with %v conflict edges, want %v with %v", starts, edges, tt.starts, tt.edges)
			}
		})
	}
	if _, err := Networks(context.Background(), s, Filter{Since: day("2000-01-01")}, NetworkOptions{Window: time.Hour}); !errors.Is(err, ErrBadOption) {
		t.Errorf("a million windows: %v", err)
	}
}

func TestTimelineShowsShift(t *testing.T) {
	ctx := context.Background()
	type entry struct {
		date   string
		stance schema.Stance
		target string
		shift  bool
	}
	tests := []struct {
		name, actor, target string
		f                   Filter
		entries             []entry
		shifts              int
	}{
		{"Norland on everything", "norland", "", Filter{}, []entry{
			{"2026-01-05", schema.Rejects, "border-truce", false},
			{"2026-01-05", schema.Rejects, "border-truce", false},
			{"2026-01-05", schema.Supports, "water-pact", false},
			{"2026-01-20", schema.Accepts, "border-truce", true},
			{"2026-02-10", schema.Opposes, "grain-deal", false},
		}, 1},
		{"Norland on the truce", "norland", "border-truce", Filter{}, []entry{
			{"2026-01-05", schema.Rejects, "border-truce", false},
			{"2026-01-05", schema.Rejects, "border-truce", false},
			{"2026-01-20", schema.Accepts, "border-truce", true},
		}, 1},
		{"confident statements only", "norland", "border-truce", Filter{MinConfidence: 0.8}, []entry{
			{"2026-01-05", schema.Rejects, "border-truce", false},
			{"2026-01-20", schema.Accepts, "border-truce", true},
		}, 1},
		{"Vesta on an actor", "vesta", "norland", Filter{}, []entry{
			{"2026-01-20", schema.Criticises, "norland", false},
		}, 0},
	}
	eachStore(t, func(t *testing.T, s *graph.Store) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				tl, err := ActorTimeline(ctx, s, tt.actor, tt.target, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var got []entry
				for _, e := range tl.Entries {
					got = append(got, entry{e.Date.Format("2006-01-02"), e.Stance, e.Target, e.Shift})
				}
				// same-day order is by article position
				if !reflect.DeepEqual(got, tt.entries) {
					t.Errorf("entries = %+v\nwant %+v", got, tt.entries)
				}
				if len(tl.Shifts) != tt.shifts {
					t.Fatalf("shifts = %+v, want %d", tl.Shifts, tt.shifts)
				}
				if tt.shifts == 1 {
					sh := tl.Shifts[0]
					if sh.From.Polarity != schema.Oppose || sh.To.Polarity != schema.Support || sh.From.Stance != schema.Rejects ||
						sh.To.Stance != schema.Accepts || sh.Days != 15 || sh.TargetName != "border truce" || sh.ActorName != "Norland" {
						t.Errorf("shift = %+v", sh)
					}
				}
			})
		}
		if _, err := ActorTimeline(ctx, s, "atlantis", "", Filter{}); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("unknown actor: %v", err)
		}
		if _, err := ActorTimeline(ctx, s, "norland", "moon-base", Filter{}); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("unknown target: %v", err)
		}
	})
}

func TestShifts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	// Vesta turns on the water pact in a fourth article; Ostmark says two
	// opposite things on one day, which is no shift.
	write(t, s, []*schema.Extraction{article("a4", "2026-03-01", "Harbour Post", []schema.Actor{vesta, ostmark}, []schema.Proposal{water, truce},
		say{holder: "vesta", stance: schema.Welcomes, target: "water-pact", conf: 0.9},
		say{holder: "ostmark", stance: schema.Rejects, target: "border-truce", conf: 0.9},
		say{holder: "ostmark", stance: schema.Backs, target: "border-truce", conf: 0.9},
	)})
	tests := []struct {
		name string
		f    Filter
		want []string // actor/target/to-date
	}{
		{"all, newest first", Filter{}, []string{"vesta/water-pact/2026-03-01", "norland/border-truce/2026-01-20"}},
		{"since February: the earlier side may precede since", Filter{Since: day("2026-02-01")}, []string{"vesta/water-pact/2026-03-01"}},
		{"until February", Filter{Until: day("2026-02-01")}, []string{"norland/border-truce/2026-01-20"}},
		{"one outlet hides the other side", Filter{Source: "Harbour Post"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shifts, err := Shifts(ctx, s, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sh := range shifts {
				got = append(got, sh.Actor+"/"+sh.Target+"/"+sh.To.Date.Format("2006-01-02"))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("shifts = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCoalitions(t *testing.T) {
	ctx := context.Background()
	type binding struct {
		prop    string
		pol     schema.Polarity
		members string
	}
	type coalition struct {
		members  string
		bindings []binding
	}
	tests := []struct {
		name string
		f    Filter
		o    CoalitionOptions
		want []coalition
	}{
		{"any agreement that outweighs disagreement", Filter{}, CoalitionOptions{}, []coalition{
			{"lumen-party,ostmark,vesta", []binding{
				{"grain-deal", schema.Support, "lumen-party,ostmark,vesta"},
				{"border-truce", schema.Support, "ostmark,vesta"},
				{"water-pact", schema.Oppose, "ostmark,vesta"},
			}},
		}},
		{"strong ties only", Filter{}, CoalitionOptions{Threshold: 2}, []coalition{
			{"ostmark,vesta", []binding{
				{"border-truce", schema.Support, "ostmark,vesta"},
				{"grain-deal", schema.Support, "ostmark,vesta"},
				{"water-pact", schema.Oppose, "ostmark,vesta"},
			}},
		}},
		{"in January Norland sides with the others on the truce only", Filter{Until: day("2026-01-31")}, CoalitionOptions{}, []coalition{
			{"ostmark,vesta", []binding{
				{"border-truce", schema.Support, "ostmark,vesta"},
				{"water-pact", schema.Oppose, "ostmark,vesta"},
			}},
		}},
		{"singletons too", Filter{Kinds: []schema.ActorKind{schema.Country}}, CoalitionOptions{MinSize: 1}, []coalition{
			{"ostmark,vesta", nil},
			{"norland", nil},
		}},
	}
	eachStore(t, func(t *testing.T, s *graph.Store) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				cs, err := Coalitions(ctx, s, tt.f, tt.o)
				if err != nil {
					t.Fatal(err)
				}
				if len(cs) != len(tt.want) {
					t.Fatalf("coalitions = %+v, want %d", cs, len(tt.want))
				}
				for i, c := range cs {
					var ids []string
					for _, m := range c.Members {
						ids = append(ids, m.ID)
					}
					if got := strings.Join(ids, ","); got != tt.want[i].members {
						t.Errorf("coalition %d members = %s, want %s", i+1, got, tt.want[i].members)
					}
					if tt.want[i].bindings == nil {
						continue
					}
					var bs []binding
					for _, b := range c.Proposals {
						bs = append(bs, binding{b.Proposal, b.Polarity, strings.Join(b.Members, ",")})
					}
					if !reflect.DeepEqual(bs, tt.want[i].bindings) {
						t.Errorf("coalition %d bound by %+v, want %+v", i+1, bs, tt.want[i].bindings)
					}
				}
			})
		}
	})
}

// TestCoalitionChain: Xan and Yor back the first plan, Yor and Zed the
// second, and Xan and Zed are at odds on the third. Connected components
// chain all three; the cohesive method keeps Zed out of Xan's group.
func TestCoalitionChain(t *testing.T) {
	ctx := context.Background()
	xan := schema.Actor{ID: "xan", Name: "Xan", Kind: schema.Country}
	yor := schema.Actor{ID: "yor", Name: "Yor", Kind: schema.Country}
	zed := schema.Actor{ID: "zed", Name: "Zed", Kind: schema.Country}
	p1, p2, p3 := schema.Proposal{ID: "p1", Name: "plan one"}, schema.Proposal{ID: "p2", Name: "plan two"}, schema.Proposal{ID: "p3", Name: "plan three"}
	s, err := graph.Open(ctx, "mem://")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	write(t, s, []*schema.Extraction{article("c1", "2026-04-01", "Wire", []schema.Actor{xan, yor, zed}, []schema.Proposal{p1, p2, p3},
		say{holder: "xan", stance: schema.Supports, target: "p1", conf: 0.9},
		say{holder: "yor", stance: schema.Supports, target: "p1", conf: 0.9},
		say{holder: "yor", stance: schema.Backs, target: "p2", conf: 0.9},
		say{holder: "zed", stance: schema.Backs, target: "p2", conf: 0.9},
		say{holder: "xan", stance: schema.Supports, target: "p3", conf: 0.9},
		say{holder: "zed", stance: schema.Rejects, target: "p3", conf: 0.9},
	)})
	for method, want := range map[CoalitionMethod][]string{
		MethodComponents: {"xan,yor,zed"},
		MethodCohesive:   {"xan,yor", "zed"},
		"":               {"xan,yor", "zed"},
	} {
		cs, err := Coalitions(ctx, s, Filter{}, CoalitionOptions{Method: method, MinSize: 1})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cs {
			var ids []string
			for _, m := range c.Members {
				ids = append(ids, m.ID)
			}
			got = append(got, strings.Join(ids, ","))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("method %q: coalitions %v, want %v", method, got, want)
		}
		if method == MethodComponents && cs[0].Conflicts != 1 {
			t.Errorf("the chained coalition hides %d conflicts, want 1", cs[0].Conflicts)
		}
	}
	if _, err := Coalitions(ctx, s, Filter{}, CoalitionOptions{Method: "louvain"}); !errors.Is(err, ErrBadOption) {
		t.Errorf("unknown method: %v", err)
	}
}

func TestDuplicateBuckets(t *testing.T) {
	st := func(article, date string) schema.Statement {
		return schema.Statement{ID: article + date, Holder: "h", Target: "p", TargetKind: schema.TargetProposal, Polarity: schema.Support, Article: article, Date: day(date)}
	}
	sts := []schema.Statement{
		st("a", "2026-01-07"), st("a", "2026-01-07"), st("b", "2026-01-07"),
		st("c", "2026-01-08"), st("d", "2026-01-13"), st("e", "2026-02-02"),
	}
	for d, want := range map[Duplicates]int{DupNone: 6, DupArticle: 5, DupDay: 4, DupWeek: 3, DupMonth: 2, DupRange: 1} {
		if got := len(dedup(sts, d)); got != want {
			t.Errorf("dedup %s kept %d, want %d", d, got, want)
		}
	}
}

func TestParseOptions(t *testing.T) {
	if d, err := ParseSpan("30d"); err != nil || d != 30*24*time.Hour {
		t.Errorf("30d = %v, %v", d, err)
	}
	if d, err := ParseSpan("2w"); err != nil || d != 14*24*time.Hour {
		t.Errorf("2w = %v, %v", d, err)
	}
	if d, err := ParseSpan("36h"); err != nil || d != 36*time.Hour {
		t.Errorf("36h = %v, %v", d, err)
	}
	for _, bad := range []string{"-3d", "0", "soon", "xd"} {
		if _, err := ParseSpan(bad); !errors.Is(err, ErrBadOption) {
			t.Errorf("ParseSpan(%q) = %v", bad, err)
		}
	}
	if k, err := ParseKinds("country, organization"); err != nil || !reflect.DeepEqual(k, []schema.ActorKind{schema.Country, schema.Organisation}) {
		t.Errorf("ParseKinds = %v, %v", k, err)
	}
	if _, err := ParseKinds("planet"); !errors.Is(err, ErrBadOption) {
		t.Errorf("ParseKinds(planet) = %v", err)
	}
	for _, s := range []string{"", "raw", "jaccard", "cosine"} {
		if _, err := ParseNormalization(s); err != nil {
			t.Errorf("ParseNormalization(%q): %v", s, err)
		}
	}
	if _, err := ParseMode("tripartite"); !errors.Is(err, ErrBadOption) {
		t.Errorf("ParseMode: %v", err)
	}
	if _, err := ParseDuplicates("fortnight", DupNone); !errors.Is(err, ErrBadOption) {
		t.Errorf("ParseDuplicates: %v", err)
	}
	if err := (Filter{Since: day("2026-02-01"), Until: day("2026-01-01")}).Validate(); !errors.Is(err, ErrBadOption) {
		t.Errorf("until before since: %v", err)
	}
}

// TestCurationFlowsIntoAnalyses: an analyst retracts Norland's acceptance
// of the truce; the shift and the support in the matrix go with it.
func TestCurationFlowsIntoAnalyses(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *graph.Store) {
		accept := schema.StatementID("a2", "norland", schema.Accepts, "border-truce", 0, 50)
		// (the walk run finds it retracted already)
		if err := s.Retract(ctx, accept, graph.Curator{By: "analyst", Note: "misread"}); err != nil && !errors.Is(err, graph.ErrNotFound) {
			t.Fatal(err)
		}
		shifts, err := Shifts(ctx, s, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(shifts) != 0 {
			t.Errorf("shifts after the retraction: %+v", shifts)
		}
		m, err := StanceMatrix(ctx, s, Filter{}, DupNone)
		if err != nil {
			t.Fatal(err)
		}
		if c, _ := m.Cell("norland", "border-truce"); c.Support != 0 || c.Oppose != 2 || c.Latest != schema.Oppose {
			t.Errorf("Norland's truce cell after the retraction = %+v", c)
		}
	})
}
