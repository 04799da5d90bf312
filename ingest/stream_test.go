package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
	"stancegraph/schema"
)

// signalWriter records each batch it is given and reports it on a channel.
type signalWriter struct {
	batches chan int
	fail    error
}

func (w *signalWriter) WriteArticles(ctx context.Context, xs []*schema.Extraction) ([]graph.WriteResult, []error) {
	res := make([]graph.WriteResult, len(xs))
	errs := make([]error, len(xs))
	for i := range xs {
		res[i] = graph.Created
		errs[i] = w.fail
	}
	w.batches <- len(xs)
	return res, errs
}

// An article read from a pipe that stays open must reach the store without
// waiting for the next article: a live feed piped into ingest may pause for
// hours.
func TestTricklingInputIsWrittenWithoutTheNextArticle(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	w := &signalWriter{batches: make(chan int, 4)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := ingest.Run(ctx, w, extract.New(), []string{"-"}, ingest.Options{
			Read: ingest.ReadOptions{Format: "jsonl", Stdin: pr},
		})
		done <- err
	}()
	if _, err := fmt.Fprintln(pw, `{"title":"One","text":"Norland backed the border plan on Monday."}`); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-w.batches:
		if n != 1 {
			t.Errorf("first batch has %d articles, want 1", n)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the article was not written while the input stayed open")
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A writer that fails (the store went away) ends the run with the
// writer's error, not a hang.
func TestWriterFailureEndsRun(t *testing.T) {
	gone := errors.New("store gone")
	w := &signalWriter{batches: make(chan int, 100), fail: gone}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sum, err := ingest.Run(ctx, w, extract.New(), []string{examples}, ingest.Options{Batch: 1})
	if err != nil {
		t.Fatal(err) // a per-article write error is a failure, not a run error
	}
	if sum.Failed == 0 || !strings.Contains(sum.Failures[0].Error, "store gone") {
		t.Errorf("summary = %+v, want the write failures listed", sum)
	}
}

// gate blocks the article whose text contains "SLOW" until released, and
// counts the articles it was given.
type gate struct {
	started atomic.Int64
	release chan struct{}
}

func (g *gate) Extract(ctx context.Context, a schema.Article) (*schema.Extraction, error) {
	g.started.Add(1)
	if strings.Contains(a.Text, "SLOW") {
		<-g.release
	}
	return &schema.Extraction{Article: a}, nil
}

// One slow article must not let the rest of a large input pile up in
// memory behind it: reading waits once a bounded number are in flight.
func TestSlowArticleBoundsWhatIsInFlight(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"text":"SLOW article"}` + "\n")
	for i := range 500 {
		fmt.Fprintf(&b, `{"text":"article %d"}`+"\n", i)
	}
	g := &gate{release: make(chan struct{})}
	const workers = 2
	got := 0
	done := make(chan error, 1)
	go func() {
		done <- ingest.Extract(context.Background(), g, []string{"-"}, ingest.Options{
			Workers: workers,
			Read:    ingest.ReadOptions{Format: "jsonl", Stdin: strings.NewReader(b.String())},
		}, func(r ingest.Result) error {
			got++
			return nil
		})
	}()
	// Wait until the fast worker has gone as far as it can.
	last := int64(-1)
	for g.started.Load() != last {
		last = g.started.Load()
		time.Sleep(100 * time.Millisecond)
	}
	if n := g.started.Load(); n > workers*4 {
		t.Errorf("%d articles started while the first was blocked, want at most %d", n, workers*4)
	}
	close(g.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got != 501 {
		t.Errorf("callback saw %d articles, want 501", got)
	}
}
