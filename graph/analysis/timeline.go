package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// Timeline is the dated sequence of an actor's statements, oldest first,
// with the shifts in its stance.
type Timeline struct {
	Actor      schema.Actor `json:"actor"`
	Target     string       `json:"target,omitempty"` // the one target asked for
	TargetKind string       `json:"target_kind,omitempty"`
	Entries    []Entry      `json:"entries"`
	Shifts     []Shift      `json:"shifts"`
}

// Entry is one statement of a timeline.
type Entry struct {
	schema.Statement
	TargetName string `json:"target_name,omitempty"`
	// Shift marks a statement whose polarity differs from the actor's
	// previous dated position on the same target.
	Shift bool `json:"shift,omitempty"`
}

// Shift is a change of an actor's polarity on a target between two dates.
type Shift struct {
	Actor      string   `json:"actor"`
	ActorName  string   `json:"actor_name"`
	ActorKind  string   `json:"actor_kind,omitempty"`
	Target     string   `json:"target"`
	TargetKind string   `json:"target_kind"`
	TargetName string   `json:"target_name"`
	From       ShiftEnd `json:"from"`
	To         ShiftEnd `json:"to"`
	Days       int      `json:"days"` // between the two dates
}

// ShiftEnd is the statement on one side of a shift (the most confident of
// its date).
type ShiftEnd struct {
	Polarity   schema.Polarity `json:"polarity"`
	Stance     schema.Stance   `json:"stance"`
	Date       time.Time       `json:"date"`
	Statement  string          `json:"statement"`
	Article    string          `json:"article"`
	Evidence   string          `json:"evidence"`
	Confidence float64         `json:"confidence"`
}

// ActorTimeline returns the dated statements actor holds, oldest first,
// optionally only those about target (a proposal or actor ID), with
// shifts flagged. Undated statements have no place in a timeline and are
// left out. f.Actors is ignored.
func ActorTimeline(ctx context.Context, s *graph.Store, actor, target string, f Filter) (*Timeline, error) {
	a, err := s.Actor(ctx, actor)
	if err != nil {
		return nil, err
	}
	f.Actors = []string{actor}
	d, err := load(ctx, s, f, false)
	if err != nil {
		return nil, err
	}
	t := &Timeline{Actor: a, Target: target, Entries: []Entry{}, Shifts: []Shift{}}
	var sts []schema.Statement
	for _, st := range d.stmts {
		if !st.Date.IsZero() && (target == "" || st.Target == target) {
			sts = append(sts, st)
		}
	}
	if target != "" {
		if len(sts) > 0 {
			t.TargetKind = sts[0].TargetKind
		} else if _, err := s.Proposal(ctx, target); err == nil {
			t.TargetKind = schema.TargetProposal
		} else if _, err := s.Actor(ctx, target); err == nil {
			t.TargetKind = schema.TargetActor
		} else {
			return nil, fmt.Errorf("analysis: target %q is neither a proposal nor an actor: %w", target, graph.ErrNotFound)
		}
	}
	slices.SortFunc(sts, cmpOldest)
	shifted := map[string]bool{}
	for _, g := range groupByTarget(sts) {
		for _, sh := range detectShifts(d, g) {
			t.Shifts = append(t.Shifts, sh)
			for _, st := range g {
				if st.Date.Equal(sh.To.Date) {
					shifted[st.ID] = true
				}
			}
		}
	}
	for _, st := range sts {
		t.Entries = append(t.Entries, Entry{Statement: st, TargetName: d.targetName(st), Shift: shifted[st.ID]})
	}
	slices.SortStableFunc(t.Shifts, func(a, b Shift) int { return a.To.Date.Compare(b.To.Date) })
	return t, nil
}

// groupByTarget splits dated statements (oldest first) by holder and
// target, keeping the order within each group.
func groupByTarget(sts []schema.Statement) [][]schema.Statement {
	type key struct{ holder, kind, target string }
	idx := map[key]int{}
	var out [][]schema.Statement
	for _, st := range sts {
		k := key{st.Holder, st.TargetKind, st.Target}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], st)
	}
	return out
}

// detectShifts finds the shifts in one actor's dated statements on one
// target, oldest first. Statements of the same date form one position; a
// date whose statements disagree is mixed and neither starts nor ends a
// shift. A shift is a date whose position differs from the previous
// unmixed one.
func detectShifts(d *dataset, sts []schema.Statement) []Shift {
	var (
		out  []Shift
		prev *schema.Statement
	)
	for i := 0; i < len(sts); {
		j := i
		for j < len(sts) && sts[j].Date.Equal(sts[i].Date) {
			j++
		}
		day := sts[i:j]
		i = j
		pol, _ := newest(day)
		if pol == 0 {
			continue
		}
		rep := day[0]
		for _, st := range day[1:] {
			if st.Confidence > rep.Confidence {
				rep = st
			}
		}
		if prev != nil && prev.Polarity != pol {
			a := d.actors[rep.Holder]
			out = append(out, Shift{
				Actor: rep.Holder, ActorName: a.Name, ActorKind: string(a.Kind),
				Target: rep.Target, TargetKind: rep.TargetKind, TargetName: d.targetName(rep),
				From: endOf(*prev), To: endOf(rep),
				Days: int(rep.Date.Sub(prev.Date).Round(24*time.Hour) / (24 * time.Hour)),
			})
		}
		prev = &rep
	}
	return out
}

func endOf(st schema.Statement) ShiftEnd {
	return ShiftEnd{Polarity: st.Polarity, Stance: st.Stance, Date: st.Date, Statement: st.ID, Article: st.Article, Evidence: st.Evidence, Confidence: st.Confidence}
}

// Shifts lists the stance shifts across the graph, the most recent first
// (then by actor and target name). A shift counts when its later
// statement falls in f's date range; the earlier one may precede Since.
func Shifts(ctx context.Context, s *graph.Store, f Filter) ([]Shift, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	since := f.Since
	f.Since = time.Time{}
	d, err := load(ctx, s, f, false)
	if err != nil {
		return nil, err
	}
	var sts []schema.Statement
	for _, st := range d.stmts {
		if !st.Date.IsZero() {
			sts = append(sts, st)
		}
	}
	slices.SortFunc(sts, cmpOldest)
	out := []Shift{}
	for _, g := range groupByTarget(sts) {
		for _, sh := range detectShifts(d, g) {
			if since.IsZero() || !sh.To.Date.Before(since) {
				out = append(out, sh)
			}
		}
	}
	slices.SortFunc(out, func(a, b Shift) int {
		if c := b.To.Date.Compare(a.To.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.ActorName, b.ActorName); c != 0 {
			return c
		}
		if c := cmp.Compare(a.TargetName, b.TargetName); c != 0 {
			return c
		}
		return cmp.Compare(a.Target, b.Target)
	})
	return out, nil
}

// cmpOldest orders statements oldest first, then in text order.
func cmpOldest(a, b schema.Statement) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
