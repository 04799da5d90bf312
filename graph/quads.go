package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// These helpers read the quad indexes directly. Each is a prefix scan on
// the bolt store's indexes (subject+predicate, object+predicate+subject,
// label+...), never a scan of the whole store. Callers hold s.mu.

// quadsWith returns the quads that have v in direction d.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// labelled returns every quad an article contributed.
func (s *Store) labelled(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	return s.quadsWith(ctx, quad.Label, label)
}

// subjects returns the distinct subjects of quads <?, pred, obj>, in the
// order the index yields them.
func (s *Store) subjects(ctx context.Context, pred string, obj quad.Value) ([]string, error) {
	qs, err := s.quadsWith(ctx, quad.Object, obj)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	var out []string
	for _, q := range qs {
		if iriOf(q.Predicate) != pred {
			continue
		}
		sub := iriOf(q.Subject)
		if sub != "" && !seen[sub] {
			seen[sub] = true
			out = append(out, sub)
		}
	}
	return out, nil
}

func iriOf(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}
