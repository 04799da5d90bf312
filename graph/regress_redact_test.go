package graph_test

import (
	"context"
	"testing"

	"stancegraph/graph"
)

func TestRegressionRedact(t *testing.T) {
	for _, u := range []string{
		"postgres://stancegraph:s3cr%t@127.0.0.1:1/db?sslmode=disable",
		"postgres://stancegraph:s3cr#t@127.0.0.1:1/db?sslmode=disable",
		"postgres://127.0.0.1:1/db?sslmode=disable&password=s3cret",
	} {
		_, err := graph.Open(context.Background(), u)
		t.Logf("%s\n   -> %v", u, err)
	}
}
