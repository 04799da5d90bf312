package ingest_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
)

func TestOneIngestsOneArticle(t *testing.T) {
	text, err := os.ReadFile(examples + "/01-estavia-rejects-ceasefire-plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := graphtest.Open(t, "mem://")
	one := &ingest.One{Writer: s, Extractor: extract.New()}
	ctx := context.Background()

	first, err := one.Ingest(ctx, strings.NewReader(string(text)), "text")
	if err != nil {
		t.Fatal(err)
	}
	if first.Result != graph.Created || first.Article.ID == "" || len(first.Extraction.Statements) == 0 {
		t.Fatalf("first ingest = %+v", first)
	}
	again, err := one.Ingest(ctx, strings.NewReader(string(text)), "")
	if err != nil || again.Result != graph.Unchanged || again.Article.ID != first.Article.ID {
		t.Fatalf("second ingest = %+v, %v; want unchanged %s", again, err, first.Article.ID)
	}
	if c, _ := s.Counts(ctx); c.Articles != 1 || c.Statements != len(first.Extraction.Statements) {
		t.Errorf("store = %+v after one article with %d statements", c, len(first.Extraction.Statements))
	}

	js := `{"title": "Vesta turns", "source": "Wire", "published": "2026-03-01", "text": "Germany rejected the carbon tax bill on Monday."}`
	r, err := one.Ingest(ctx, strings.NewReader(js), "json")
	if err != nil || r.Result != graph.Created || r.Article.Source != "Wire" || r.Article.Title != "Vesta turns" {
		t.Fatalf("JSON ingest = %+v, %v", r, err)
	}
}

func TestOneRejectsBadInput(t *testing.T) {
	one := &ingest.One{Writer: graphtest.Open(t, "mem://"), Extractor: extract.New()}
	tests := []struct{ name, body, format string }{
		{"empty", "", ""},
		{"whitespace", "   \n\t ", "text"},
		{"two articles", `[{"text": "One."}, {"text": "Two."}]`, "json"},
		{"broken json", `{"text": `, "json"},
		{"json without text", `{"title": "no body"}`, "json"},
		{"unknown format", "Some text.", "docx"},
		{"binary", "\x00\x01\x02\x03PNG", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := one.Ingest(context.Background(), strings.NewReader(tt.body), tt.format)
			var bad interface{ BadInput() bool }
			if !errors.As(err, &bad) || !bad.BadInput() {
				t.Fatalf("Ingest(%q) error = %v, want a bad-input error", tt.body, err)
			}
		})
	}
}
