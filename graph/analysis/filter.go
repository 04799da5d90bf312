// Package analysis answers the questions discourse network analysts ask of
// the stance graph, and exports it for their tools: the actor x proposal
// stance matrix, two-mode and one-mode (congruence, conflict) discourse
// networks with normalisation, duplicate handling and moving time windows,
// actor timelines with stance shifts, coalitions of aligned actors, and
// GraphML, CSV, N-Quads and JSON-LD exports.
//
// It reads only through *graph.Store's public methods. Every analysis
// takes a Filter (date range, outlet, actor kinds, minimum confidence).
// Exports write to an io.Writer as they go.
package analysis

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// Filter selects the statements an analysis reads. Zero fields select
// everything.
type Filter struct {
	Since, Until  time.Time // inclusive, on the statement's date; set either and undated statements drop out
	Source        string    // outlet of the statement's article, exact
	Kinds         []schema.ActorKind
	MinConfidence float64
	Actors        []string // holder IDs; empty = all
	Proposals     []string // target IDs; empty = all
}

// ErrBadOption marks an invalid option (a caller's mistake, 400 over HTTP).
var ErrBadOption = errors.New("bad option")

func badOption(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadOption, fmt.Sprintf(format, args...))
}

// Validate checks the filter's ranges.
func (f Filter) Validate() error {
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return badOption("until is before since")
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return badOption("min confidence %v outside [0,1]", f.MinConfidence)
	}
	for _, k := range f.Kinds {
		if _, err := schema.ParseActorKind(string(k)); err != nil {
			return badOption("unknown actor kind %q", k)
		}
	}
	return nil
}

// graphFilter is the part of f the store filters on, choosing the most
// selective index.
func (f Filter) graphFilter() graph.Filter {
	g := graph.Filter{Source: f.Source, Since: f.Since, Until: f.Until, MinConfidence: f.MinConfidence}
	if len(f.Actors) == 1 {
		g.Holder = f.Actors[0]
	} else if len(f.Proposals) == 1 {
		g.Target = f.Proposals[0]
	}
	return g
}

// ParseKinds reads a comma-separated list of actor kinds ("country,person").
func ParseKinds(s string) ([]schema.ActorKind, error) {
	var out []schema.ActorKind
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		k, err := schema.ParseActorKind(part)
		if err != nil {
			return nil, badOption("unknown actor kind %q (want person, organisation, country, group or media)", strings.TrimSpace(part))
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out, nil
}

// SplitList reads a comma-separated list of IDs.
func SplitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ParseDate reads YYYY-MM-DD or RFC 3339; endOfDay makes a bare date mean
// its last second (for "until").
func ParseDate(s string, endOfDay bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, badOption("want a date as YYYY-MM-DD or RFC 3339, got %q", s)
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t, nil
}

// ParseSpan reads a window size or step: "30d", "2w", "1d12h" is not
// accepted but any Go duration ("36h") is; a bare number means days.
func ParseSpan(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return time.Duration(n) * 24 * time.Hour, nil
	}
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if num, ok := strings.CutSuffix(s, suffix); ok {
			n, err := strconv.Atoi(num)
			if err != nil || n <= 0 {
				return 0, badOption("want a positive span such as 30d, 2w or 36h, got %q", s)
			}
			return time.Duration(n) * unit, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, badOption("want a positive span such as 30d, 2w or 36h, got %q", s)
	}
	return d, nil
}

// dataset is what one analysis reads: the matching statements (newest
// first) and the actors and proposals they name.
type dataset struct {
	stmts     []schema.Statement
	actors    map[string]schema.Actor
	proposals map[string]schema.Proposal
}

// load reads the statements that match f. proposalsOnly keeps statements
// about proposals (the matrix and the networks); otherwise statements
// about actors are kept too.
func load(ctx context.Context, s *graph.Store, f Filter, proposalsOnly bool) (*dataset, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	d := &dataset{actors: map[string]schema.Actor{}, proposals: map[string]schema.Proposal{}}
	kinds := map[schema.ActorKind]bool{}
	for _, k := range f.Kinds {
		kinds[k] = true
	}
	actorSet, propSet := setOf(f.Actors), setOf(f.Proposals)
	err := s.ScanStatements(ctx, f.graphFilter(), 0, func(batch []schema.Statement) error {
		for _, st := range batch {
			if proposalsOnly && st.TargetKind != schema.TargetProposal {
				continue
			}
			if actorSet != nil && !actorSet[st.Holder] || propSet != nil && !propSet[st.Target] {
				continue
			}
			a, err := d.actor(ctx, s, st.Holder)
			if err != nil {
				return err
			}
			if len(kinds) > 0 && !kinds[a.Kind] {
				continue
			}
			if err := d.target(ctx, s, st); err != nil {
				return err
			}
			d.stmts = append(d.stmts, st)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Newest first on every backend, so results do not depend on one.
	slices.SortFunc(d.stmts, cmpNewest)
	return d, nil
}

func setOf(ids []string) map[string]bool {
	if len(ids) == 0 {
		return nil
	}
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// actor returns an actor by ID, from the dataset or the store. An actor
// the store cannot name (it should not happen) is named by its ID.
func (d *dataset) actor(ctx context.Context, s *graph.Store, id string) (schema.Actor, error) {
	if a, ok := d.actors[id]; ok {
		return a, nil
	}
	a, err := s.Actor(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		a, err = schema.Actor{ID: id, Name: id}, nil
	}
	if err != nil {
		return schema.Actor{}, err
	}
	d.actors[id] = a
	return a, nil
}

func (d *dataset) target(ctx context.Context, s *graph.Store, st schema.Statement) error {
	if st.TargetKind == schema.TargetActor {
		_, err := d.actor(ctx, s, st.Target)
		return err
	}
	if _, ok := d.proposals[st.Target]; ok {
		return nil
	}
	p, err := s.Proposal(ctx, st.Target)
	if errors.Is(err, graph.ErrNotFound) {
		p, err = schema.Proposal{ID: st.Target, Name: st.Target}, nil
	}
	if err != nil {
		return err
	}
	d.proposals[st.Target] = p
	return nil
}

// targetName names a statement's target.
func (d *dataset) targetName(st schema.Statement) string {
	if st.TargetKind == schema.TargetActor {
		return d.actors[st.Target].Name
	}
	return d.proposals[st.Target].Name
}

// cmpNewest orders statements newest first, then by article, offset, ID.
func cmpNewest(a, b schema.Statement) int {
	if c := b.Date.Compare(a.Date); c != 0 {
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

// cmpActors orders actors by name (case-insensitive), then ID.
func cmpActors(a, b schema.Actor) int {
	if c := cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func cmpProposals(a, b schema.Proposal) int {
	if c := cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// Duplicates says how repeated statements count: a statement repeats
// another when it has the same holder, target and polarity. It counts once
// per article, day, ISO week, month or the whole range, or every time
// (none).
type Duplicates string

const (
	DupNone    Duplicates = "none"
	DupArticle Duplicates = "article"
	DupDay     Duplicates = "day"
	DupWeek    Duplicates = "week"
	DupMonth   Duplicates = "month"
	DupRange   Duplicates = "range"
)

// ParseDuplicates reads a duplicates option; empty gives def.
func ParseDuplicates(s string, def Duplicates) (Duplicates, error) {
	switch d := Duplicates(strings.ToLower(strings.TrimSpace(s))); d {
	case "":
		return def, nil
	case DupNone, DupArticle, DupDay, DupWeek, DupMonth, DupRange:
		return d, nil
	case "all":
		return DupNone, nil
	}
	return "", badOption("unknown duplicates option %q (want none, article, day, week, month or range)", s)
}

// bucket is the period a statement counts once in. Undated statements
// count once per article under day, week and month.
func (d Duplicates) bucket(st schema.Statement) string {
	t := st.Date.UTC()
	switch d {
	case DupArticle:
		return st.Article
	case DupDay, DupWeek, DupMonth:
		if st.Date.IsZero() {
			return "a:" + st.Article
		}
		switch d {
		case DupDay:
			return t.Format("2006-01-02")
		case DupWeek:
			y, w := t.ISOWeek()
			return fmt.Sprintf("%d-W%02d", y, w)
		default:
			return t.Format("2006-01")
		}
	case DupRange:
		return ""
	}
	return st.ID // none: every statement counts
}

// dedup keeps the first (the newest, given statements newest first) of
// each group of repeats.
func dedup(sts []schema.Statement, d Duplicates) []schema.Statement {
	if d == DupNone || d == "" {
		return sts
	}
	type k struct {
		holder, kind, target, bucket string
		pol                          schema.Polarity
	}
	seen := map[k]bool{}
	out := make([]schema.Statement, 0, len(sts))
	for _, st := range sts {
		key := k{st.Holder, st.TargetKind, st.Target, d.bucket(st), st.Polarity}
		if !seen[key] {
			seen[key] = true
			out = append(out, st)
		}
	}
	return out
}
