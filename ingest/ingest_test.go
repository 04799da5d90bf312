package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
	"stancegraph/schema"
)

const examples = "../examples/articles"

func TestIngestExamplesTwiceOnEveryBackend(t *testing.T) {
	graphtest.Each(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		first, err := ingest.Run(ctx, s, extract.New(), []string{examples}, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if first.Failed != 0 || first.New == 0 || first.Statements == 0 {
			t.Fatalf("first run: %+v", first)
		}
		before, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if before.Articles != first.New || before.Statements == 0 {
			t.Fatalf("store after first run = %+v, summary %+v", before, first)
		}
		second, err := ingest.Run(ctx, s, extract.New(), []string{examples}, ingest.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if second.Unchanged != first.New || second.New != 0 || second.Updated != 0 {
			t.Errorf("second run = %+v, want all %d unchanged", second, first.New)
		}
		after, _ := s.Counts(ctx)
		if after != before {
			t.Errorf("re-ingest changed the store: %+v -> %+v", before, after)
		}
	})
}

// failing is an extractor that fails on articles whose text contains
// "POISON" and panics on "PANIC", to show one bad article never stops a
// batch.
type failing struct {
	inner ingest.Extractor
	calls atomic.Int64
}

func (f *failing) Extract(ctx context.Context, a schema.Article) (*schema.Extraction, error) {
	f.calls.Add(1)
	switch {
	case strings.Contains(a.Text, "POISON"):
		return nil, errors.New("poisoned article")
	case strings.Contains(a.Text, "PANIC"):
		panic("extractor bug")
	}
	return f.inner.Extract(ctx, a)
}

func TestBadArticlesDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":     "Norland backs the plan\n\nNorland backed the border plan on Monday.\n",
		"b.txt":     "Poison\n\nThis one is POISON for the extractor.\n",
		"c.txt":     "Panic\n\nThis one makes the extractor PANIC.\n",
		"d.txt":     "",
		"e.txt":     "Vesta rejects the plan\n\nVesta rejected the border plan.\n",
		"f.bin.txt": "\x00\x01\x02\x03binary\x00\x00",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := graphtest.Open(t, "mem://")
	ex := &failing{inner: extract.New()}
	sum, err := ingest.Run(context.Background(), s, ex, []string{dir, filepath.Join(dir, "missing.txt")}, ingest.Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || sum.Failed != 5 {
		t.Fatalf("summary = %+v, want 2 new and 5 failed", sum)
	}
	for _, f := range sum.Failures {
		if f.Origin == "" || !strings.Contains(f.Error, filepath.Base(f.Origin)) {
			t.Errorf("failure does not name its input: %+v", f)
		}
	}
	if c, _ := s.Counts(context.Background()); c.Articles != 2 {
		t.Errorf("store holds %d articles, want 2", c.Articles)
	}
}

func TestExtractKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 30 {
		name := filepath.Join(dir, string(rune('a'+i/26))+string(rune('a'+i%26))+".txt")
		body := "Item\n\nArticle number " + name + " says Norland backed the plan.\n"
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, name)
	}
	var got []string
	err := ingest.Extract(context.Background(), extract.New(), []string{dir}, ingest.Options{Workers: 4}, func(r ingest.Result) error {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Origin, r.Err)
			return nil
		}
		got = append(got, r.Extraction.Article.File)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n%v\nwant\n%v", got, want)
	}
}

func TestCallbackErrorStopsExtract(t *testing.T) {
	stop := errors.New("enough")
	n := 0
	err := ingest.Extract(context.Background(), extract.New(), []string{examples}, ingest.Options{Workers: 2}, func(r ingest.Result) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Extract = %v after %d calls, want the callback's error after 1", err, n)
	}
}
