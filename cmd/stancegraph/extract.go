package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"stancegraph/ingest"
	"stancegraph/schema"
)

// extractRecord is one line of `extract --format jsonl`. Its fields are a
// contract: ../shared/eval/score.py and users' scripts read them.
type extractRecord struct {
	File       string  `json:"file"`
	Article    string  `json:"article"`    // the input that held it: path, "dump.jsonl:17", "feed.xml#3"
	ArticleID  string  `json:"article_id"` // its ID in the store
	Holder     string  `json:"holder"`
	HolderID   string  `json:"holder_id"`
	HolderKind string  `json:"holder_kind"`
	Speaker    string  `json:"speaker,omitempty"`
	Stance     string  `json:"stance"`
	Polarity   int     `json:"polarity"`
	Target     string  `json:"target"`
	TargetID   string  `json:"target_id"`
	TargetKind string  `json:"target_kind"`
	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Date       string  `json:"date,omitempty"`
	Confidence float64 `json:"confidence"`
	Hedged     bool    `json:"hedged,omitempty"`
	Negated    bool    `json:"negated,omitempty"`
}

func newExtractCmd() *cobra.Command {
	var (
		format, date string
		o            ingest.Options
	)
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the statements found in articles, without a store",
		Long: `Read articles and print the statements extracted from each, one JSON object
per line (--format jsonl, the default) or as a table. Nothing is stored.
Exits 1 when any article failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "table" {
				return fmt.Errorf("--format: want jsonl or table, got %q", format)
			}
			if err := applyDate(&o, date); err != nil {
				return err
			}
			stdinFor(cmd, &o)
			out := cmd.OutOrStdout()
			var tw *tabwriter.Writer
			if format == "table" {
				tw = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "FILE\tHOLDER\tSPEAKER\tSTANCE\tTARGET\tCONF\tEVIDENCE")
			}
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			failed := 0
			ex, err := newExtractor(cmd)
			if err != nil {
				return err
			}
			err = ingest.Extract(cmd.Context(), ex, args, o, func(r ingest.Result) error {
				if r.Err != nil {
					failed++
					fmt.Fprintln(cmd.ErrOrStderr(), "failed:", r.Err)
					return nil
				}
				for _, rec := range records(r) {
					if tw != nil {
						fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", rec.File, rec.Holder, rec.Speaker,
							rec.Stance, rec.Target, rec.Confidence, clip(rec.Evidence, 80))
						continue
					}
					if err := enc.Encode(rec); err != nil {
						return err
					}
				}
				return nil
			})
			if tw != nil {
				tw.Flush()
			}
			if err != nil {
				return err
			}
			if failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or table")
	readFlags(cmd, &o, &date)
	return cmd
}

// records flattens an extraction into output records, naming actors and
// proposals by their names rather than IDs.
func records(r ingest.Result) []extractRecord {
	x := r.Extraction
	actors := make(map[string]schema.Actor, len(x.Actors))
	for _, a := range x.Actors {
		actors[a.ID] = a
	}
	proposals := make(map[string]string, len(x.Proposals))
	for _, p := range x.Proposals {
		proposals[p.ID] = p.Name
	}
	file := x.Article.File
	if file == "" {
		file = r.Origin
	}
	out := make([]extractRecord, 0, len(x.Statements))
	for _, st := range x.Statements {
		rec := extractRecord{
			File: file, Article: r.Origin, ArticleID: x.Article.ID,
			Holder: actors[st.Holder].Name, HolderID: st.Holder, HolderKind: string(actors[st.Holder].Kind),
			Speaker: actors[st.Speaker].Name, Stance: string(st.Stance), Polarity: int(st.Polarity),
			TargetID: st.Target, TargetKind: st.TargetKind, Evidence: st.Evidence,
			Start: st.Start, End: st.End, Confidence: st.Confidence, Hedged: st.Hedged, Negated: st.Negated,
		}
		if st.TargetKind == schema.TargetActor {
			rec.Target = actors[st.Target].Name
		} else {
			rec.Target = proposals[st.Target]
		}
		if !st.Date.IsZero() {
			rec.Date = st.Date.Format("2006-01-02")
		}
		out = append(out, rec)
	}
	return out
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

var _ io.Writer = (*tabwriter.Writer)(nil)
