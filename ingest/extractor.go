package ingest

import (
	"context"

	"stancegraph/schema"
)

// Extractor finds the actors, proposals and stances in one article. The
// rule-based pipeline in package extract is the built-in implementation;
// another (a model behind an HTTP endpoint, say) can be plugged in without
// touching graph or server.
//
// Extract must not modify a; the returned Extraction carries a copy of it.
// Every statement it returns has its Article set to a.ID and its Start/End
// pointing at Evidence inside a.Text (rune offsets).
type Extractor interface {
	Extract(ctx context.Context, a schema.Article) (*schema.Extraction, error)
}
