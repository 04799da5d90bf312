package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	cquery "github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
)

// Raw query languages.
const (
	LangGizmo   = "gizmo"
	LangGraphQL = "graphql"
)

// ErrQuerySyntax wraps errors in the query text itself, as opposed to the
// store failing.
var ErrQuerySyntax = errors.New("query error")

// ErrQueryTimeout is returned when a raw query runs past its deadline.
var ErrQueryTimeout = errors.New("query timed out")

// Query runs a raw Gizmo or GraphQL query against the store, read-only,
// and returns at most limit results as JSON-ready values. The context's
// deadline bounds it: a query that loops forever is interrupted, and its
// results so far are discarded.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if lang == "" {
		lang = LangGizmo
	}
	if lang != LangGizmo && lang != LangGraphQL {
		return nil, fmt.Errorf("%w: unknown language %q (want gizmo or graphql)", ErrQuerySyntax, lang)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%w: empty query", ErrQuerySyntax)
	}
	if limit <= 0 {
		limit = 1000
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.qs == nil {
		return nil, errors.New("graph: store is closed")
	}
	// Neither engine can write: Gizmo's graph object has no mutating
	// calls and GraphQL here only reads.
	it, err := cquery.Execute(ctx, s.qs, lang, text, cquery.Options{Limit: limit, Collation: cquery.JSON})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQuerySyntax, err)
	}
	defer func() {
		it.Close()
		// Close interrupts Gizmo's JavaScript goroutine but does not wait
		// for it; it may still be walking the store. Drain it so it has
		// stopped before the read lock is released.
		if lang == LangGizmo {
			for it.Next(context.Background()) {
			}
		}
	}()
	out := []any{}
	for len(out) < limit && it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
	}
	if ctx.Err() != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, ErrQueryTimeout
		}
		return nil, ctx.Err()
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQuerySyntax, err)
	}
	return out, nil
}
