package analysis

import (
	"cmp"
	"context"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// Matrix is the actors x proposals stance matrix: one cell for every
// actor-proposal pair with at least one statement.
type Matrix struct {
	Actors     []schema.Actor    `json:"actors"`    // rows, by name
	Proposals  []schema.Proposal `json:"proposals"` // columns, by name
	Cells      []Cell            `json:"cells"`     // row by row, in column order
	Duplicates Duplicates        `json:"duplicates"`
}

// Cell is one actor's net stance on one proposal.
type Cell struct {
	Actor    string `json:"actor"`
	Proposal string `json:"proposal"`
	Support  int    `json:"support"` // statements of support (after duplicate handling)
	Oppose   int    `json:"oppose"`
	Net      int    `json:"net"` // support - oppose
	// Latest is the polarity of the newest statement: +1, -1, or 0 when
	// statements of that same date disagree.
	Latest schema.Polarity `json:"latest_polarity"`
	// LatestStance is the stance of the newest statement (the most
	// confident one of its date), empty when Latest is 0.
	LatestStance schema.Stance `json:"latest_stance,omitempty"`
	Last         time.Time     `json:"last,omitzero"` // date of the newest dated statement
}

// StanceMatrix computes the matrix over the statements f selects, counting
// repeats as dup says (DupNone counts every statement).
func StanceMatrix(ctx context.Context, s *graph.Store, f Filter, dup Duplicates) (*Matrix, error) {
	d, err := load(ctx, s, f, true)
	if err != nil {
		return nil, err
	}
	if dup == "" {
		dup = DupNone
	}
	return buildMatrix(d, dup), nil
}

func buildMatrix(d *dataset, dup Duplicates) *Matrix {
	type key struct{ actor, prop string }
	cells := map[key]*Cell{}
	latest := map[key][]schema.Statement{}   // the statements of the newest date
	for _, st := range dedup(d.stmts, dup) { // newest first
		k := key{st.Holder, st.Target}
		c := cells[k]
		if c == nil {
			c = &Cell{Actor: st.Holder, Proposal: st.Target, Last: st.Date}
			cells[k] = c
		}
		if st.Polarity == schema.Support {
			c.Support++
		} else {
			c.Oppose++
		}
		if st.Date.Equal(c.Last) {
			latest[k] = append(latest[k], st)
		}
	}
	m := &Matrix{Actors: []schema.Actor{}, Proposals: []schema.Proposal{}, Cells: []Cell{}, Duplicates: dup}
	rows, cols := map[string]bool{}, map[string]bool{}
	for k, c := range cells {
		c.Net = c.Support - c.Oppose
		c.Latest, c.LatestStance = newest(latest[k])
		if !rows[k.actor] {
			rows[k.actor] = true
			m.Actors = append(m.Actors, d.actors[k.actor])
		}
		if !cols[k.prop] {
			cols[k.prop] = true
			m.Proposals = append(m.Proposals, d.proposals[k.prop])
		}
	}
	slices.SortFunc(m.Actors, cmpActors)
	slices.SortFunc(m.Proposals, cmpProposals)
	row, col := index(m.Actors, func(a schema.Actor) string { return a.ID }), index(m.Proposals, func(p schema.Proposal) string { return p.ID })
	for _, c := range cells {
		m.Cells = append(m.Cells, *c)
	}
	slices.SortFunc(m.Cells, func(a, b Cell) int {
		if c := cmp.Compare(row[a.Actor], row[b.Actor]); c != 0 {
			return c
		}
		return cmp.Compare(col[a.Proposal], col[b.Proposal])
	})
	return m
}

// newest sums up statements of one date: their common polarity and the
// stance of the most confident, or 0 and "" when they disagree.
func newest(sts []schema.Statement) (schema.Polarity, schema.Stance) {
	if len(sts) == 0 {
		return 0, ""
	}
	best := sts[0]
	for _, st := range sts[1:] {
		if st.Polarity != best.Polarity {
			return 0, ""
		}
		if st.Confidence > best.Confidence {
			best = st
		}
	}
	return best.Polarity, best.Stance
}

func index[T any](xs []T, id func(T) string) map[string]int {
	m := make(map[string]int, len(xs))
	for i, x := range xs {
		m[id(x)] = i
	}
	return m
}

// Cell returns the cell of an actor and a proposal, if there is one.
func (m *Matrix) Cell(actor, proposal string) (Cell, bool) {
	for _, c := range m.Cells {
		if c.Actor == actor && c.Proposal == proposal {
			return c, true
		}
	}
	return Cell{}, false
}

// PolarityName names a polarity for CSV: support, oppose or mixed.
func PolarityName(p schema.Polarity) string {
	switch p {
	case schema.Support:
		return "support"
	case schema.Oppose:
		return "oppose"
	}
	return "mixed"
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Equal(t.Truncate(24 * time.Hour)) {
		return t.UTC().Format("2006-01-02")
	}
	return t.UTC().Format(time.RFC3339)
}

// Matrix CSV layouts.
const (
	LayoutLong = "long" // one row per cell
	LayoutWide = "wide" // one row per actor, one column per proposal, the net stance in each cell
)

// WriteMatrixCSV writes the matrix as CSV: the long layout has one row per
// cell with every field; the wide layout is the actors x proposals grid of
// net stances (support - oppose), empty where an actor said nothing.
func WriteMatrixCSV(w io.Writer, m *Matrix, layout string) error {
	cw := csv.NewWriter(w)
	switch layout {
	case LayoutWide:
		head := []string{"actor_id", "actor_name", "actor_kind"}
		for _, p := range m.Proposals {
			head = append(head, p.Name)
		}
		if err := cw.Write(head); err != nil {
			return err
		}
		col := index(m.Proposals, func(p schema.Proposal) string { return p.ID })
		i := 0
		for _, a := range m.Actors {
			rec := make([]string, 3+len(m.Proposals))
			rec[0], rec[1], rec[2] = a.ID, a.Name, string(a.Kind)
			for ; i < len(m.Cells) && m.Cells[i].Actor == a.ID; i++ {
				rec[3+col[m.Cells[i].Proposal]] = strconv.Itoa(m.Cells[i].Net)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	case LayoutLong, "":
		if err := cw.Write([]string{"actor_id", "actor_name", "actor_kind", "proposal_id", "proposal_name", "support", "oppose", "net", "latest_polarity", "latest_stance", "last_date"}); err != nil {
			return err
		}
		actors := map[string]schema.Actor{}
		for _, a := range m.Actors {
			actors[a.ID] = a
		}
		props := map[string]schema.Proposal{}
		for _, p := range m.Proposals {
			props[p.ID] = p
		}
		for _, c := range m.Cells {
			a, p := actors[c.Actor], props[c.Proposal]
			if err := cw.Write([]string{a.ID, a.Name, string(a.Kind), p.ID, p.Name,
				strconv.Itoa(c.Support), strconv.Itoa(c.Oppose), strconv.Itoa(c.Net),
				PolarityName(c.Latest), string(c.LatestStance), dateString(c.Last)}); err != nil {
				return err
			}
		}
	default:
		return badOption("unknown matrix layout %q (want long or wide)", layout)
	}
	cw.Flush()
	return cw.Error()
}
