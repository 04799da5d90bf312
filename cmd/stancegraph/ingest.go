package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"stancegraph/graph"
	"stancegraph/ingest"
)

func newIngestCmd() *cobra.Command {
	var (
		db, date string
		o        ingest.Options
		quiet    bool
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles (files, folders, - for stdin) into the store",
		Long: `Read articles from files, folders (recursively) or stdin ("-"), extract their
stances and write each article into the store as one unit. Re-ingesting an
unchanged article is a no-op; a changed one replaces its old statements.
Exits 1 when any article failed, after ingesting the rest.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := applyDate(&o, date); err != nil {
				return err
			}
			stdinFor(cmd, &o)
			store, err := graph.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			sum, err := runIngest(cmd, store, args, o, quiet)
			report(cmd.OutOrStdout(), cmd.ErrOrStderr(), sum, asJSON, quiet)
			if errors.Is(err, context.Canceled) {
				return fmt.Errorf("interrupted: every article is stored whole or not at all; run the same command again to complete the rest")
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	storeFlag(cmd, &db)
	readFlags(cmd, &o, &date)
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing but errors")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	return cmd
}

// runIngest runs the ingest, showing progress on stderr: a live bar on a
// terminal, a log line every few seconds otherwise (files, CI logs).
func runIngest(cmd *cobra.Command, store *graph.Store, paths []string, o ingest.Options, quiet bool) (ingest.Summary, error) {
	errw := cmd.ErrOrStderr()
	switch {
	case quiet:
	case isTerminal(errw):
		bar := progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(errw),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
		o.Progress = func(s ingest.Summary) {
			bar.Describe(fmt.Sprintf("ingest: %d statements, %d failed", s.Statements, s.Failed))
			bar.Set(s.Read)
		}
	default:
		last := time.Now()
		o.Progress = func(s ingest.Summary) {
			if time.Since(last) >= 5*time.Second {
				last = time.Now()
				fmt.Fprintf(errw, "ingest: %d articles (%d failed), %d statements, %.0f articles/s\n",
					s.Read, s.Failed, s.Statements, rate(s))
			}
		}
	}
	ex, err := newExtractor(cmd)
	if err != nil {
		return ingest.Summary{}, err
	}
	return ingest.Run(cmd.Context(), store, ex, paths, o)
}

// isTerminal reports whether w is a terminal, for the progress bar.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func rate(s ingest.Summary) float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Read) / s.Elapsed.Seconds()
}

// report prints the final summary: failures to stderr, totals to stdout.
func report(out, errw io.Writer, s ingest.Summary, asJSON, quiet bool) {
	for _, f := range s.Failures {
		fmt.Fprintf(errw, "failed: %s\n", f.Error)
	}
	switch {
	case asJSON:
		json.NewEncoder(out).Encode(s)
	case !quiet:
		fmt.Fprintf(out, "articles: %d new, %d updated, %d unchanged, %d failed; %d statements, %d actor and %d proposal mentions; %s (%.0f articles/s)\n",
			s.New, s.Updated, s.Unchanged, s.Failed, s.Statements, s.Actors, s.Proposals,
			s.Elapsed.Round(time.Millisecond), rate(s))
	}
}
