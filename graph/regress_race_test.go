package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"stancegraph/schema"
)

// The Gizmo goroutine may still be reading the quad store after Query has
// returned and released the read lock.
func TestRegressionGizmoOutlivesLock(t *testing.T) {
	s := mustOpen(t, "mem://")
	ctx := context.Background()
	writeAll(t, s, testArticles())
	for i := 0; i < 200; i++ {
		text := fmt.Sprintf("article %d", i)
		a := schema.Article{ID: schema.ArticleID("", text), Text: text}
		x := testArticles()[0]
		x.Article = a
		x.Statements = nil
		if _, err := s.WriteArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
		qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, err := s.Query(qctx, "gizmo", `g.Emit(1); while (true) { g.V().Out().Out().Count(); }`, 1)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
	}
}
