package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"

	"stancegraph/graph"
	"stancegraph/schema"
)

// InputError is an article that cannot be ingested because of what was
// sent (unreadable, empty, several articles where one was wanted), as
// opposed to the store failing. BadInput lets callers that must not import
// this package (the HTTP server) tell the two apart.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// BadInput reports that the caller's input is at fault.
func (e *InputError) BadInput() bool { return true }

// One ingests single articles through the same pipeline as Run: the
// reader for the format, the extractor, and the writer (one article, all
// or nothing). It is what POST /api/v1/articles uses.
type One struct {
	Writer    Writer
	Extractor Extractor
	// Read sets the defaults (source, date, size limit) of posted
	// articles; its Format and Stdin are set per call.
	Read ReadOptions
}

// OneResult is what ingesting one article did.
type OneResult struct {
	Article    schema.Article
	Result     graph.WriteResult
	Extraction *schema.Extraction
}

// Ingest reads exactly one article from r in format (text, html, json; ""
// sniffs it), extracts its statements and writes it.
func (o *One) Ingest(ctx context.Context, r io.Reader, format string) (OneResult, error) {
	opts := o.Read
	opts.Format, opts.Stdin = format, r
	var items []Item
	err := Read(ctx, []string{"-"}, opts, func(it Item) error {
		items = append(items, it)
		if len(items) > 1 {
			return errTooMany
		}
		return nil
	})
	switch {
	case errors.Is(err, errTooMany):
		return OneResult{}, &InputError{errors.New("want one article, got several")}
	case err != nil && ctx.Err() == nil:
		// Read fails before reading only for an unknown format.
		return OneResult{}, &InputError{err}
	case err != nil:
		return OneResult{}, err
	case len(items) == 0:
		return OneResult{}, &InputError{errors.New("no article in the input")}
	}
	it := items[0]
	if it.Err != nil {
		var re *ReadError
		if errors.As(it.Err, &re) {
			// "-" is the stdin origin; the caller knows where it came from.
			return OneResult{}, &InputError{re.Err}
		}
		return OneResult{}, &InputError{it.Err}
	}
	res := extractOne(ctx, o.Extractor, it)
	if res.Err != nil {
		return OneResult{}, fmt.Errorf("ingest: %w", res.Err)
	}
	wr, errs := o.Writer.WriteArticles(ctx, []*schema.Extraction{res.Extraction})
	if errs[0] != nil {
		return OneResult{}, fmt.Errorf("ingest: write article %s: %w", it.Article.ID, errs[0])
	}
	return OneResult{Article: res.Extraction.Article, Result: wr[0], Extraction: res.Extraction}, nil
}

var errTooMany = errors.New("more than one article")
