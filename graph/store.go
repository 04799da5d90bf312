// Package graph is stancegraph's store over Cayley: it opens a backend from
// a URL, writes each article's extraction atomically under the article's
// label, and answers the questions the product asks with domain types from
// package schema.
package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// ErrNotFound is returned by lookups of an unknown ID.
var ErrNotFound = errors.New("not found")

// Store is a stance graph over one Cayley quad store. It is safe for
// concurrent use: reads share a lock, writes take it alone (Cayley's
// memstore is not safe for concurrent reads and writes, and every backend
// wants one writer).
type Store struct {
	backend string
	name    string

	mu         sync.RWMutex
	qs         cgraph.QuadStore
	w          cgraph.QuadWriter
	cache      *metaCache
	views      view // read index of embedded stores (views.go)
	mergeState      // analysts' merges, applied to every article written (curation.go)
}

// Backend names the kind of store: "memory", "bolt" or "postgres".
func (s *Store) Backend() string { return s.backend }

// String names the store for messages (passwords redacted).
func (s *Store) String() string { return s.backend + ":" + s.name }

// QuadStore exposes the underlying Cayley store for raw queries (Gizmo,
// GraphQL). Callers must hold the read lock through Read.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Read runs fn with the store's read lock held, for callers (raw query
// engines) that use the QuadStore directly.
func (s *Store) Read(fn func(cgraph.QuadStore) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fn(s.qs)
}

// Close releases the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil
	}
	werr := s.w.Close()
	err := s.qs.Close()
	s.qs = nil
	if err == nil {
		err = werr
	}
	if err != nil {
		return fmt.Errorf("graph: close %s: %w", s, err)
	}
	return nil
}

// Ping checks that the store answers.
func (s *Store) Ping(ctx context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.qs == nil {
		return errors.New("graph: store is closed")
	}
	_, err := s.qs.Stats(ctx, false)
	return err
}

// WriteArticle writes one article's extraction atomically. Every quad
// carries the article's IRI as its label; an earlier version of the article
// is replaced, and writing the same extraction again changes nothing and
// reports Unchanged.
func (s *Store) WriteArticle(ctx context.Context, x *schema.Extraction) (WriteResult, error) {
	res, errs := s.WriteArticles(ctx, []*schema.Extraction{x})
	return res[0], errs[0]
}

// WriteArticles writes several articles, each atomically (fully present or
// absent whatever happens), in as few transactions as it can: batching is
// what makes bulk ingest fast on a store that syncs every commit. The
// results and errors are per article; one bad article does not fail the
// others.
func (s *Store) WriteArticles(ctx context.Context, xs []*schema.Extraction) ([]WriteResult, []error) {
	res := make([]WriteResult, len(xs))
	errs := make([]error, len(xs))
	s.mu.Lock()
	defer s.mu.Unlock()
	// An article that appears twice is written in order: split the batch
	// before the repeat.
	start := 0
	seen := make(map[string]bool, len(xs))
	for i, x := range xs {
		if x != nil && seen[x.Article.ID] {
			s.writeBatch(ctx, xs[start:i], res[start:i], errs[start:i])
			clear(seen)
			start = i
		}
		if x != nil {
			seen[x.Article.ID] = true
		}
	}
	s.writeBatch(ctx, xs[start:], res[start:], errs[start:])
	return res, errs
}

// pending is one article of a batch on its way into the store.
type pending struct {
	i    int
	old  []quad.Quad
	next []quad.Quad
}

// writeBatch writes articles with distinct IDs. Callers hold s.mu.
//
// Replacing happens in two steps, removal first, because Cayley's kv
// backends lose the added quads of a transaction that also removes quads
// sharing a node (its node reference counting nets the two). If the process
// dies between the steps, the replaced articles are absent, never
// half-present, and ingesting them again adds them.
func (s *Store) writeBatch(ctx context.Context, xs []*schema.Extraction, res []WriteResult, errs []error) {
	var work []pending
	for i, x := range xs {
		if err := ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		if err := Validate(x); err != nil {
			errs[i] = err
			continue
		}
		old, err := s.labelled(ctx, quad.IRI(schema.ArticleIRI(x.Article.ID)))
		if err != nil {
			errs[i] = fmt.Errorf("graph: read article %s: %w", x.Article.ID, err)
			continue
		}
		merges, err := s.mergeMap(ctx)
		if err != nil {
			errs[i] = err
			continue
		}
		next := merges.apply(dedup(encode(x)))
		if len(old) > 0 && sameQuads(old, next) {
			res[i] = Unchanged
			continue
		}
		work = append(work, pending{i: i, old: old, next: next})
	}
	if len(work) == 0 {
		return
	}

	var removals []quad.Quad
	for _, p := range work {
		removals = append(removals, p.old...)
	}
	if len(removals) > 0 {
		if err := s.remove(removals); err != nil {
			// Nothing was removed: the new articles can still go in, the
			// replacements cannot.
			kept := work[:0]
			for _, p := range work {
				if len(p.old) > 0 {
					errs[p.i] = fmt.Errorf("graph: replace article %s: %w", xs[p.i].Article.ID, err)
				} else {
					kept = append(kept, p)
				}
			}
			work = kept
		}
	}
	err := s.add(work)
	if err != nil && len(work) > 1 {
		// Find the article at fault: write each on its own.
		for _, p := range work {
			s.setResult(xs, res, errs, p, s.add([]pending{p}))
		}
		return
	}
	for _, p := range work {
		s.setResult(xs, res, errs, p, err)
	}
}

func (s *Store) setResult(xs []*schema.Extraction, res []WriteResult, errs []error, p pending, err error) {
	switch {
	case err != nil:
		errs[p.i] = fmt.Errorf("graph: write article %s: %w", xs[p.i].Article.ID, err)
	case len(p.old) > 0:
		res[p.i] = Updated
	default:
		res[p.i] = Created
	}
}

// add writes the new quads of the given articles in one transaction.
func (s *Store) add(work []pending) error {
	n := 0
	for _, p := range work {
		n += len(p.next)
	}
	tx := cgraph.NewTransactionN(n)
	for _, p := range work {
		for _, q := range p.next {
			tx.AddQuad(q)
		}
		s.cache.invalidate(p.next)
		s.views.invalidate(p.next)
	}
	return s.w.ApplyTransaction(tx)
}

// dedup drops repeated quads (two statements can share a direct triple).
func dedup(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if k := key(q); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// sameQuads reports whether two quad lists hold the same set.
func sameQuads(a, b []quad.Quad) bool {
	as := make(map[quad.Quad]bool, len(a))
	for _, q := range a {
		as[key(q)] = true
	}
	bs := make(map[quad.Quad]bool, len(b))
	for _, q := range b {
		k := key(q)
		if !as[k] {
			return false
		}
		bs[k] = true
	}
	return len(as) == len(bs)
}

func (s *Store) remove(quads []quad.Quad) error {
	s.cache.invalidate(quads)
	s.views.invalidate(quads)
	tx := cgraph.NewTransactionN(len(quads))
	for _, q := range quads {
		tx.RemoveQuad(q)
	}
	return s.w.ApplyTransaction(tx)
}

// DeleteArticle removes everything the article contributed. It reports
// whether the article was present.
func (s *Store) DeleteArticle(ctx context.Context, id string) (bool, error) {
	label := quad.IRI(schema.ArticleIRI(id))
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.labelled(ctx, label)
	if err != nil {
		return false, fmt.Errorf("graph: read article %s: %w", id, err)
	}
	if len(old) == 0 {
		return false, nil
	}
	if err := s.remove(old); err != nil {
		return false, fmt.Errorf("graph: delete article %s: %w", id, err)
	}
	return true, nil
}

// key is a quad's identity for set comparison. Values such as typed
// literals compare by their string form so that a quad read back from the
// store equals the one about to be written.
func key(q quad.Quad) quad.Quad {
	return quad.Quad{
		Subject:   quad.String(quad.ToString(q.Subject)),
		Predicate: quad.String(quad.ToString(q.Predicate)),
		Object:    quad.String(quad.ToString(q.Object)),
		Label:     quad.String(quad.ToString(q.Label)),
	}
}

// Validate checks that an extraction is complete and self-consistent
// before anything is written: statements must name actors and proposals
// the extraction defines, with valid stances and offsets.
func Validate(x *schema.Extraction) error {
	if x == nil {
		return errors.New("graph: nil extraction")
	}
	a := x.Article
	if a.ID == "" {
		return errors.New("graph: article has no ID")
	}
	actors := make(map[string]bool, len(x.Actors))
	for _, ac := range x.Actors {
		if ac.ID == "" || ac.Name == "" {
			return fmt.Errorf("graph: article %s: actor %q without ID or name", a.ID, ac.Name)
		}
		actors[ac.ID] = true
	}
	proposals := make(map[string]bool, len(x.Proposals))
	for _, p := range x.Proposals {
		if p.ID == "" || p.Name == "" {
			return fmt.Errorf("graph: article %s: proposal %q without ID or name", a.ID, p.Name)
		}
		proposals[p.ID] = true
	}
	for _, st := range x.Statements {
		where := fmt.Sprintf("graph: article %s: statement %s", a.ID, st.ID)
		switch {
		case st.ID == "":
			return fmt.Errorf("%s: no ID", where)
		case !st.Stance.Valid():
			return fmt.Errorf("%s: invalid stance %q", where, st.Stance)
		case st.Polarity != st.Stance.Polarity():
			return fmt.Errorf("%s: polarity %d does not match stance %q", where, st.Polarity, st.Stance)
		case !actors[st.Holder]:
			return fmt.Errorf("%s: holder %q is not among the article's actors", where, st.Holder)
		case st.Speaker != "" && !actors[st.Speaker]:
			return fmt.Errorf("%s: speaker %q is not among the article's actors", where, st.Speaker)
		case st.TargetKind == schema.TargetProposal && !proposals[st.Target]:
			return fmt.Errorf("%s: target %q is not among the article's proposals", where, st.Target)
		case st.TargetKind == schema.TargetActor && !actors[st.Target]:
			return fmt.Errorf("%s: target %q is not among the article's actors", where, st.Target)
		case st.TargetKind != schema.TargetProposal && st.TargetKind != schema.TargetActor:
			return fmt.Errorf("%s: unknown target kind %q", where, st.TargetKind)
		case st.Start < 0 || st.End < st.Start:
			return fmt.Errorf("%s: bad offsets %d-%d", where, st.Start, st.End)
		case st.Confidence < 0 || st.Confidence > 1:
			return fmt.Errorf("%s: confidence %v outside [0,1]", where, st.Confidence)
		}
	}
	return nil
}

// Size returns the number of quads and nodes in the store, exact where the
// backend can tell cheaply.
func (s *Store) Size(ctx context.Context) (quads, nodes int64, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return 0, 0, fmt.Errorf("graph: size: %w", err)
	}
	return st.Quads.Value, st.Nodes.Value, nil
}
