package graph

import (
	"context"
	"fmt"
	"slices"

	"stancegraph/schema"
)

// scanBatch is ScanStatements' default batch size.
const scanBatch = 512

// ScanStatements calls fn with every statement that matches f (its Limit
// and Offset are ignored), batch statements at a time (512 when batch <= 0),
// so that analyses and exports can stream the whole graph without holding
// a copy of it. Embedded stores yield newest first; PostgreSQL stores yield
// in their index order.
//
// The store's lock is not held while fn runs, so fn may write to a slow
// client without blocking writers. A write that lands between two batches
// may show in the later batches only; every statement fn sees is whole.
// An error from fn stops the scan and is returned.
func (s *Store) ScanStatements(ctx context.Context, f Filter, batch int, fn func([]schema.Statement) error) error {
	if batch <= 0 {
		batch = scanBatch
	}
	s.mu.RLock()
	v, err := s.ready(ctx)
	if err != nil {
		s.mu.RUnlock()
		return err
	}
	if v == nil {
		s.mu.RUnlock()
		return s.scanWalk(ctx, f, batch, fn)
	}
	list := v.snapshot(f)
	s.mu.RUnlock()

	// The read index never changes a statement it has published (a write
	// replaces the pointer), so reading through the snapshot without the
	// lock is safe.
	buf := make([]schema.Statement, 0, min(batch, len(list)))
	for _, st := range list {
		buf = append(buf, *st)
		if len(buf) == batch {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(buf)
	}
	return nil
}

// snapshot returns the statements of the read index that match f, newest
// first. Callers hold s.mu (read).
func (v *view) snapshot(f Filter) []*schema.Statement {
	v.mu.RLock()
	defer v.mu.RUnlock()
	var lists [][]*schema.Statement
	switch {
	case f.Article != "":
		lists = append(lists, v.byArticle[f.Article])
	case f.Holder != "":
		lists = append(lists, v.byHolder[f.Holder])
	case f.Target != "":
		lists = append(lists, v.byTarget[targetKey(schema.TargetProposal, f.Target)], v.byTarget[targetKey(schema.TargetActor, f.Target)])
	case f.Speaker != "":
		lists = append(lists, v.bySpeaker[f.Speaker])
	default:
		lists = append(lists, v.order)
	}
	var out []*schema.Statement
	for _, l := range lists {
		for _, st := range l {
			if f.match(*st) && (f.Source == "" || v.sourceOf(st.Article) == f.Source) {
				out = append(out, st)
			}
		}
	}
	if len(lists) > 1 {
		slices.SortFunc(out, cmpStatementPtr)
	}
	return out
}

// scanWalk is ScanStatements over the store's quad indexes: the statement
// IRIs are listed once, then read a batch at a time, each batch under the
// read lock.
func (s *Store) scanWalk(ctx context.Context, f Filter, batch int, fn func([]schema.Statement) error) error {
	s.mu.RLock()
	iris, err := s.candidateIRIs(ctx, f)
	s.mu.RUnlock()
	if err != nil {
		return fmt.Errorf("graph: scan statements: %w", err)
	}
	sources := map[string]string{}
	for len(iris) > 0 {
		n := min(batch, len(iris))
		chunk := iris[:n]
		iris = iris[n:]
		s.mu.RLock()
		sts, err := s.loadStatements(ctx, chunk)
		if err == nil && f.Source != "" {
			sts = slices.DeleteFunc(sts, func(st schema.Statement) bool {
				src, ok := sources[st.Article]
				if !ok {
					a, _, _ := s.articleMeta(ctx, st.Article)
					src = a.Source
					sources[st.Article] = src
				}
				return src != f.Source
			})
		}
		s.mu.RUnlock()
		if err != nil {
			return err
		}
		sts = slices.DeleteFunc(sts, func(st schema.Statement) bool { return !f.match(st) })
		if len(sts) == 0 {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(sts); err != nil {
			return err
		}
	}
	return ctx.Err()
}
