package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// Writer is where Run puts the extractions: *graph.Store. Each article
// must be written all-or-nothing; results and errors are per article.
type Writer interface {
	WriteArticles(ctx context.Context, xs []*schema.Extraction) ([]graph.WriteResult, []error)
}

// DefaultBatch is how many articles Run hands the store at once.
const DefaultBatch = 64

// maxBatchDelay bounds how long an extracted article waits for its batch
// to fill when input trickles in (stdin, a slow disk).
const maxBatchDelay = time.Second

// errWriterStopped tells Extract that Run's writer gave up; Run then
// returns the writer's own error.
var errWriterStopped = errors.New("ingest: writer stopped")

// Options configure Run and Extract.
type Options struct {
	Read    ReadOptions
	Workers int // extraction workers; 0 means one per CPU
	Batch   int // articles per store write; 0 means DefaultBatch
	// Progress, when set, is called from the writing goroutine after each
	// article with the running totals.
	Progress func(Summary)
}

// Failure is one input that could not be read, extracted or written.
type Failure struct {
	Origin string `json:"origin"`
	Error  string `json:"error"`
}

// Summary counts what a run did.
type Summary struct {
	Read       int           `json:"read"` // articles read, failures included
	New        int           `json:"new"`
	Updated    int           `json:"updated"`
	Unchanged  int           `json:"unchanged"`
	Failed     int           `json:"failed"`
	Statements int           `json:"statements"` // in the articles written or extracted
	Actors     int           `json:"actors"`     // mentions, summed over articles
	Proposals  int           `json:"proposals"`
	Failures   []Failure     `json:"failures,omitempty"`
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// Result is one article through the pipeline: the read item and, when it
// was read and extracted, its extraction; Err says why not.
type Result struct {
	Origin     string
	Extraction *schema.Extraction
	Err        error
}

// Extract reads the articles under paths and extracts statements from each
// with ex, calling fn with the results in input order. Extraction runs on
// opts.Workers goroutines; fn runs on one. A bad input reaches fn as a
// Result with Err set and the run goes on.
func Extract(ctx context.Context, ex Extractor, paths []string, opts Options, fn func(Result) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item Item
	}
	type done struct {
		seq int
		res Result
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	// slots bounds the articles between the reader and fn: without it one
	// slow article would let the others pile up in pending without limit.
	slots := make(chan struct{}, workers*4)
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- Read(ctx, paths, opts.Read, func(it Item) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, it}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	workDone := make(chan struct{})
	for range workers {
		go func() {
			defer func() { workDone <- struct{}{} }()
			for j := range jobs {
				r := extractOne(ctx, ex, j.item)
				select {
				case results <- done{j.seq, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		for range workers {
			<-workDone
		}
		close(results)
	}()

	// Restore input order: hold results that arrive early.
	pending := make(map[int]Result)
	next := 0
	var fnErr error
	for d := range results {
		if fnErr != nil {
			continue // drain so workers can exit
		}
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := fn(r); err != nil {
				fnErr = err
				cancel()
				break
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	if err := <-readErr; err != nil {
		return err
	}
	return nil
}

// extractOne runs the extractor over one item, turning a panic into an
// error so one hostile article never takes the batch down.
func extractOne(ctx context.Context, ex Extractor, it Item) (r Result) {
	r.Origin = it.Origin
	if it.Err != nil {
		r.Err = it.Err
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.Extraction = nil
			r.Err = fmt.Errorf("%s: extractor panicked: %v", it.Origin, p)
		}
	}()
	x, err := ex.Extract(ctx, it.Article)
	if err != nil {
		r.Err = fmt.Errorf("%s: extract: %w", it.Origin, err)
		return r
	}
	if x == nil {
		r.Err = fmt.Errorf("%s: extract: no result", it.Origin)
		return r
	}
	r.Extraction = x
	return r
}

// Run reads, extracts and writes the articles under paths into w, in
// batches of opts.Batch articles, each article all-or-nothing. Failed
// articles are counted and listed in the summary; Run's error is for the
// run itself (cancellation, a store that stops answering), not for bad
// articles. On cancellation the articles not yet written are left out
// whole, and running again completes the rest.
func Run(ctx context.Context, w Writer, ex Extractor, paths []string, opts Options) (Summary, error) {
	start := time.Now()
	size := opts.Batch
	if size <= 0 {
		size = DefaultBatch
	}
	var (
		sum     Summary
		batch   []*schema.Extraction
		origins []string
	)
	fail := func(origin string, err error) {
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Origin: origin, Error: err.Error()})
	}
	progress := func() {
		sum.Elapsed = time.Since(start)
		if opts.Progress != nil {
			opts.Progress(sum)
		}
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, errs := w.WriteArticles(ctx, batch)
		for i, x := range batch {
			if errs[i] != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				fail(origins[i], fmt.Errorf("%s: %w", origins[i], errs[i]))
				continue
			}
			switch res[i] {
			case graph.Created:
				sum.New++
			case graph.Updated:
				sum.Updated++
			case graph.Unchanged:
				sum.Unchanged++
			}
			sum.Statements += len(x.Statements)
			sum.Actors += len(x.Actors)
			sum.Proposals += len(x.Proposals)
		}
		batch, origins = batch[:0], origins[:0]
		progress()
		return nil
	}
	// The writer runs beside Extract so that a batch waiting for input that
	// trickles in (a pipe, a feed) is still written within maxBatchDelay,
	// not only when the next article arrives.
	in := make(chan Result)
	stopped := make(chan struct{})
	werr := make(chan error, 1)
	go func() {
		defer close(stopped)
		timer := time.NewTimer(maxBatchDelay)
		timer.Stop()
		for {
			select {
			case r, ok := <-in:
				if !ok {
					werr <- flush()
					return
				}
				sum.Read++
				if r.Err != nil {
					fail(r.Origin, r.Err)
					progress()
					continue
				}
				batch = append(batch, r.Extraction)
				origins = append(origins, r.Origin)
				if len(batch) == 1 {
					timer.Reset(maxBatchDelay)
				}
				if len(batch) >= size {
					timer.Stop()
					if err := flush(); err != nil {
						werr <- err
						return
					}
				}
			case <-timer.C:
				if err := flush(); err != nil {
					werr <- err
					return
				}
			}
		}
	}()
	err := Extract(ctx, ex, paths, opts, func(r Result) error {
		select {
		case in <- r:
			return nil
		case <-stopped:
			return errWriterStopped
		}
	})
	close(in)
	if werrV := <-werr; werrV != nil || errors.Is(err, errWriterStopped) {
		err = werrV
	}
	sum.Elapsed = time.Since(start)
	if err != nil && !errors.Is(err, context.Canceled) {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	return sum, err
}
