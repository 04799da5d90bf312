package graph_test

import (
	"context"
	"os"
	"testing"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
)

// Two processes on one PostgreSQL store: the server's Counts and actor
// metadata must follow the other's writes.
func TestRegressionPostgresMetaCacheStale(t *testing.T) {
	base := os.Getenv(graphtest.EnvPostgres)
	if base == "" {
		t.Skip("no postgres")
	}
	u := graphtest.ScratchDatabase(t, base)
	server := graphtest.Open(t, u)
	cli := graphtest.Open(t, u)
	ctx := context.Background()
	xs := testArticles()
	writeAll(t, cli, xs[:1])
	c1, _ := server.Counts(ctx)
	a1, _ := server.Actor(ctx, "norland")
	writeAll(t, cli, xs[1:]) // "another process" ingests
	if _, err := cli.DeleteArticle(ctx, xs[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	c2, _ := server.Counts(ctx)
	fresh, _ := cli.Counts(ctx)
	_, err := server.Actor(ctx, "ana-ruiz") // only in the deleted article
	t.Logf("server counts before=%+v after=%+v, truth=%+v; ana-ruiz after delete: err=%v; norland=%v", c1, c2, fresh, err, a1.Name)
	if c2 != fresh {
		t.Errorf("PostgreSQL store: Counts stale after another process wrote: %+v, want %+v", c2, fresh)
	}
	_ = graph.ErrNotFound
}

func TestRegressionPostgresMergeFromOtherProcessIgnored(t *testing.T) {
	base := os.Getenv(graphtest.EnvPostgres)
	if base == "" {
		t.Skip("no postgres")
	}
	u := graphtest.ScratchDatabase(t, base)
	server := graphtest.Open(t, u)
	cli := graphtest.Open(t, u)
	ctx := context.Background()
	xs := testArticles()
	writeAll(t, server, xs[1:]) // the server has written once: merge map loaded (empty)
	writeAll(t, cli, xs[:1])
	if err := cli.Merge(ctx, "actor", "vesta", "norland", analyst); err != nil { // `stancegraph curate merge` elsewhere
		t.Fatal(err)
	}
	// the server re-ingests the first article (POST /api/v1/articles)
	r := writeAll(t, server, xs[:1])
	_, n, _ := server.Statements(ctx, graph.Filter{Holder: "vesta"})
	t.Logf("re-ingest result %v; vesta holds %d statements after it was merged", r, n)
	if n != 0 {
		t.Errorf("merge made by another process undone by this process's next write")
	}
}
