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

	mu    sync.RWMutex
	qs    cgraph.QuadStore
	w     cgraph.QuadWriter
	cache *metaCache
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

// WriteArticle writes one article's extraction in one transaction. Every
// quad carries the article's IRI as its label; an earlier version of the
// article is replaced (its quads that the new version lacks are removed), and
// writing the same extraction again changes nothing and reports Unchanged.
func (s *Store) WriteArticle(ctx context.Context, x *schema.Extraction) (WriteResult, error) {
	if err := Validate(x); err != nil {
		return 0, err
	}
	label := quad.IRI(schema.ArticleIRI(x.Article.ID))
	quads := encode(x)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	old, err := s.labelled(ctx, label)
	if err != nil {
		return 0, fmt.Errorf("graph: read article %s: %w", x.Article.ID, err)
	}
	if len(old) > 0 && sameQuads(old, quads) {
		return Unchanged, nil
	}
	// Replace in two transactions, removal first. Cayley's kv backends lose
	// the added quads of a transaction that also removes quads sharing a
	// node (its node reference counting nets the two), so one mixed
	// transaction is not an option. If the process dies between the two,
	// the article is absent, never half-present, and re-ingesting it adds it.
	if len(old) > 0 {
		if err := s.remove(old); err != nil {
			return 0, fmt.Errorf("graph: replace article %s: %w", x.Article.ID, err)
		}
	}
	tx := cgraph.NewTransactionN(len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		if k := key(q); !seen[k] {
			seen[k] = true
			tx.AddQuad(q)
		}
	}
	s.cache.invalidate(quads)
	if err := s.w.ApplyTransaction(tx); err != nil {
		return 0, fmt.Errorf("graph: write article %s: %w", x.Article.ID, err)
	}
	if len(old) > 0 {
		return Updated, nil
	}
	return Created, nil
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
