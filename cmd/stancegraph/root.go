package main

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
)

// errSomeFailed marks a run that finished but had failed articles: exit 1
// without repeating the summary as an error.
var errSomeFailed = errors.New("some articles failed")

func exitCode(err error) int {
	if errors.Is(err, errSomeFailed) {
		return 1
	}
	return 2
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "stancegraph",
		Short: "Track who stands where, on what, since when, and says who",
		Long: `stancegraph reads news articles, extracts stances (actor supports or opposes
a proposal or another actor, with the evidence sentence) and keeps them in a
Cayley graph that it serves over HTTP.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newIngestCmd(), newExtractCmd(), newServeCmd(), newQueryCmd(), newCurateCmd())
	root.AddCommand(analysisCommands()...) // analysis and export (analysis.go)
	return root
}

// storeFlag adds --db, defaulting to $STANCEGRAPH_DB or ./stancegraph.db.
func storeFlag(cmd *cobra.Command, dst *string) {
	def := os.Getenv("STANCEGRAPH_DB")
	if def == "" {
		def = graph.DefaultURL
	}
	cmd.Flags().StringVar(dst, "db", def, "store: a bolt file path, bolt://PATH, mem:// or postgres://... (env STANCEGRAPH_DB)")
	// Help shows the default; a password from the environment stays out.
	cmd.Flags().Lookup("db").DefValue = graph.RedactURL(def)
}

// readFlags adds the flags that control how articles are read.
func readFlags(cmd *cobra.Command, o *ingest.Options, date *string) {
	f := cmd.Flags()
	f.StringVar(&o.Read.Format, "format-in", "", "input format: text, html, json, jsonl or feed (default: detect)")
	f.StringVar(&o.Read.Source, "source", "", "source outlet for articles that name none")
	f.StringVar(date, "date", "", "publication date for articles that have none (YYYY-MM-DD or RFC 3339)")
	f.IntVar(&o.Workers, "workers", 0, "extraction workers (default: number of CPUs)")
	f.String("aliases", os.Getenv("STANCEGRAPH_ALIASES"), "YAML or JSON file of actors and proposals with their aliases (env STANCEGRAPH_ALIASES)")
}

func applyDate(o *ingest.Options, date string) error {
	if date == "" {
		return nil
	}
	t, ok := ingest.ParseDate(date)
	if !ok {
		return errors.New("--date: cannot parse " + date)
	}
	o.Read.Date = t
	return nil
}

// newExtractor is the extractor every command uses: the built-in one,
// taught the actors of --aliases and mapping its names to their nodes.
func newExtractor(cmd *cobra.Command) (ingest.Extractor, error) {
	path, _ := cmd.Flags().GetString("aliases")
	if path == "" {
		return extract.New(), nil
	}
	al, err := ingest.LoadAliases(path)
	if err != nil {
		return nil, err
	}
	return al.Wrap(extract.New(extract.WithActors(al.ActorList()))), nil
}

func stdinFor(cmd *cobra.Command, o *ingest.Options) { o.Read.Stdin = cmd.InOrStdin() }
