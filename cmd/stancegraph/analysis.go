package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"stancegraph/graph"
	"stancegraph/graph/analysis"
)

// analysisCommands are the analysis and export commands: `stancegraph
// analysis ...` and `stancegraph export ...`.
func analysisCommands() []*cobra.Command {
	return []*cobra.Command{newAnalysisCmd(), newExportCmd()}
}

// filterFlags are the filters every analysis and export takes.
type filterFlags struct {
	db, since, until, source, kind, actors, proposals string
	minConfidence                                     float64
}

func (ff *filterFlags) add(cmd *cobra.Command) {
	storeFlag(cmd, &ff.db)
	f := cmd.Flags()
	f.StringVar(&ff.since, "since", "", "only statements dated on or after (YYYY-MM-DD or RFC 3339)")
	f.StringVar(&ff.until, "until", "", "only statements dated on or before (a bare date includes its whole day)")
	f.StringVar(&ff.source, "source", "", "only statements from articles of this outlet (exact)")
	f.StringVar(&ff.kind, "kind", "", "only statements whose holder is of these kinds (comma-separated: person, organisation, country, group, media)")
	f.Float64Var(&ff.minConfidence, "min-confidence", 0, "only statements at least this confident (0-1)")
	f.StringVar(&ff.actors, "actors", "", "only statements held by these actors (comma-separated IDs)")
	f.StringVar(&ff.proposals, "proposals", "", "only statements on these proposals (comma-separated IDs)")
}

func (ff *filterFlags) filter() (analysis.Filter, error) {
	var f analysis.Filter
	var err error
	if f.Since, err = analysis.ParseDate(ff.since, false); err != nil {
		return f, fmt.Errorf("--since: %w", err)
	}
	if f.Until, err = analysis.ParseDate(ff.until, true); err != nil {
		return f, fmt.Errorf("--until: %w", err)
	}
	if f.Kinds, err = analysis.ParseKinds(ff.kind); err != nil {
		return f, fmt.Errorf("--kind: %w", err)
	}
	f.Source, f.MinConfidence = ff.source, ff.minConfidence
	f.Actors, f.Proposals = analysis.SplitList(ff.actors), analysis.SplitList(ff.proposals)
	return f, f.Validate()
}

// networkFlags shape a discourse network.
type networkFlags struct {
	mode, normalization, duplicates, window, step string
	minWeight                                     float64
}

func (nf *networkFlags) add(cmd *cobra.Command, windows bool) {
	f := cmd.Flags()
	f.StringVar(&nf.mode, "mode", "two-mode", "network: two-mode (actor-proposal), congruence or conflict (actor-actor)")
	f.StringVar(&nf.normalization, "normalization", "raw", "one-mode edge weights: raw, jaccard or cosine")
	f.StringVar(&nf.duplicates, "duplicates", "article", "count a repeated statement once per: none (every time), article, day, week, month or range")
	f.Float64Var(&nf.minWeight, "min-weight", 0, "drop edges lighter than this")
	if windows {
		f.StringVar(&nf.window, "window", "", "moving window size (30d, 2w, 36h): one network per window")
		f.StringVar(&nf.step, "step", "", "moving window step (default: the window size)")
	}
}

func (nf *networkFlags) options() (analysis.NetworkOptions, error) {
	var o analysis.NetworkOptions
	var err error
	if o.Mode, err = analysis.ParseMode(nf.mode); err != nil {
		return o, fmt.Errorf("--mode: %w", err)
	}
	if o.Normalization, err = analysis.ParseNormalization(nf.normalization); err != nil {
		return o, fmt.Errorf("--normalization: %w", err)
	}
	if o.Duplicates, err = analysis.ParseDuplicates(nf.duplicates, analysis.DupArticle); err != nil {
		return o, fmt.Errorf("--duplicates: %w", err)
	}
	if o.Window, err = analysis.ParseSpan(nf.window); err != nil {
		return o, fmt.Errorf("--window: %w", err)
	}
	if o.Step, err = analysis.ParseSpan(nf.step); err != nil {
		return o, fmt.Errorf("--step: %w", err)
	}
	o.MinWeight = nf.minWeight
	return o, nil
}

// analysisOutput opens -o FILE (or stdout) and returns it with a function that
// closes it and reports the first error.
func analysisOutput(cmd *cobra.Command, path string) (io.Writer, func(error) error, error) {
	if path == "" || path == "-" {
		return cmd.OutOrStdout(), func(err error) error { return err }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func(err error) error {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path) // no half files
		}
		return err
	}, nil
}

func writeAnalysisJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// withAnalysisStore opens the store for the run of fn.
func withAnalysisStore(cmd *cobra.Command, db string, fn func(*graph.Store) error) error {
	store, err := graph.Open(cmd.Context(), db)
	if err != nil {
		return err
	}
	defer store.Close()
	return fn(store)
}

func newAnalysisCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "analysis",
		Short: "Stance matrix, discourse networks, timelines and shifts, coalitions",
		Long: `Analyses of the stored statements. Every analysis takes --since, --until,
--source, --kind and --min-confidence (and --actors, --proposals) and prints
JSON (or CSV / a table where --format says so).`,
	}
	cmd.AddCommand(newMatrixCmd(), newNetworkCmd(), newTimelineCmd(), newShiftsCmd(), newCoalitionsCmd())
	return cmd
}

func newMatrixCmd() *cobra.Command {
	var (
		ff                           filterFlags
		format, layout, dup, outPath string
	)
	cmd := &cobra.Command{
		Use:   "matrix",
		Short: "Actors x proposals: support and oppose counts, net, latest polarity, last date per cell",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			d, err := analysis.ParseDuplicates(dup, analysis.DupNone)
			if err != nil {
				return fmt.Errorf("--duplicates: %w", err)
			}
			if format != "json" && format != "csv" {
				return fmt.Errorf("--format: want json or csv, got %q", format)
			}
			if layout != analysis.LayoutLong && layout != analysis.LayoutWide {
				return fmt.Errorf("--layout: want long or wide, got %q", layout)
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				m, err := analysis.StanceMatrix(cmd.Context(), s, f, d)
				if err != nil {
					return err
				}
				w, done, err := analysisOutput(cmd, outPath)
				if err != nil {
					return err
				}
				if format == "csv" {
					return done(analysis.WriteMatrixCSV(w, m, layout))
				}
				return done(writeAnalysisJSON(w, m))
			})
		},
	}
	ff.add(cmd)
	cmd.Flags().StringVar(&format, "format", "json", "json or csv")
	cmd.Flags().StringVar(&layout, "layout", analysis.LayoutLong, "CSV layout: long (a row per cell) or wide (actors x proposals of net stances)")
	cmd.Flags().StringVar(&dup, "duplicates", "none", "count a repeated statement once per: none (every time), article, day, week, month or range")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newNetworkCmd() *cobra.Command {
	var (
		ff      filterFlags
		nf      networkFlags
		outPath string
	)
	cmd := &cobra.Command{
		Use:   "network",
		Short: "Discourse network (two-mode, congruence or conflict) as JSON; see `export graphml` for Gephi",
		Long: `Compute a discourse network and print {"networks": [...]}: one network, or
with --window one per moving window. Two-mode networks tie actors to
proposals (weight = statements, sign = polarity); congruence and conflict
networks tie actors that took the same or opposite sides.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			o, err := nf.options()
			if err != nil {
				return err
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				nets, err := analysis.Networks(cmd.Context(), s, f, o)
				if err != nil {
					return err
				}
				w, done, err := analysisOutput(cmd, outPath)
				if err != nil {
					return err
				}
				return done(writeAnalysisJSON(w, map[string]any{"networks": nets}))
			})
		},
	}
	ff.add(cmd)
	nf.add(cmd, true)
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newTimelineCmd() *cobra.Command {
	var (
		ff     filterFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "timeline ACTOR [TARGET]",
		Short: "An actor's dated statements, oldest first, with stance shifts flagged",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			if format != "json" && format != "table" {
				return fmt.Errorf("--format: want json or table, got %q", format)
			}
			target := ""
			if len(args) == 2 {
				target = args[1]
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				tl, err := analysis.ActorTimeline(cmd.Context(), s, args[0], target, f)
				if err != nil {
					return err
				}
				out := cmd.OutOrStdout()
				if format == "json" {
					return writeAnalysisJSON(out, tl)
				}
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "DATE\tSTANCE\tTARGET\tCONF\tSHIFT\tEVIDENCE")
				for _, e := range tl.Entries {
					shift := ""
					if e.Shift {
						shift = "SHIFT"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\t%s\n", e.Date.Format("2006-01-02"), e.Stance, e.TargetName, e.Confidence, shift, clip(e.Evidence, 80))
				}
				return tw.Flush()
			})
		},
	}
	ff.add(cmd)
	cmd.Flags().StringVar(&format, "format", "json", "json or table")
	return cmd
}

func newShiftsCmd() *cobra.Command {
	var (
		ff     filterFlags
		format string
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "shifts",
		Short: "Stance shifts across the graph, most recent first",
		Long: `List every change of an actor's polarity on a target between two dates,
most recent first. --since/--until select the later statement of a shift;
the earlier one may precede --since.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			if format != "json" && format != "table" {
				return fmt.Errorf("--format: want json or table, got %q", format)
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				shifts, err := analysis.Shifts(cmd.Context(), s, f)
				if err != nil {
					return err
				}
				if limit > 0 && len(shifts) > limit {
					shifts = shifts[:limit]
				}
				out := cmd.OutOrStdout()
				if format == "json" {
					return writeAnalysisJSON(out, shifts)
				}
				tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ACTOR\tTARGET\tFROM\tTO\tDAYS")
				for _, sh := range shifts {
					fmt.Fprintf(tw, "%s\t%s\t%s %s\t%s %s\t%d\n", sh.ActorName, sh.TargetName,
						sh.From.Date.Format("2006-01-02"), sh.From.Stance, sh.To.Date.Format("2006-01-02"), sh.To.Stance, sh.Days)
				}
				return tw.Flush()
			})
		},
	}
	ff.add(cmd)
	cmd.Flags().StringVar(&format, "format", "json", "json or table")
	cmd.Flags().IntVar(&limit, "limit", 0, "at most this many (0 = all)")
	return cmd
}

func newCoalitionsCmd() *cobra.Command {
	var (
		ff                         filterFlags
		normalization, dup, method string
		threshold                  float64
		minSize                    int
		format                     string
	)
	cmd := &cobra.Command{
		Use:   "coalitions",
		Short: "Groups of aligned actors and the proposals that bind them",
		Long: `Find coalitions in the congruence network, keeping the ties where two actors
agree at least --threshold and more than they disagree. The cohesive method
joins groups strongest tie first but never puts two actors at odds in one
group; components takes the connected components. Each coalition comes
with its members and the sides on proposals at least two of them share.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			var o analysis.CoalitionOptions
			if o.Normalization, err = analysis.ParseNormalization(normalization); err != nil {
				return fmt.Errorf("--normalization: %w", err)
			}
			if o.Duplicates, err = analysis.ParseDuplicates(dup, analysis.DupArticle); err != nil {
				return fmt.Errorf("--duplicates: %w", err)
			}
			if format != "json" && format != "table" {
				return fmt.Errorf("--format: want json or table, got %q", format)
			}
			if o.Method, err = analysis.ParseCoalitionMethod(method); err != nil {
				return fmt.Errorf("--method: %w", err)
			}
			o.Threshold, o.MinSize = threshold, minSize
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				cs, err := analysis.Coalitions(cmd.Context(), s, f, o)
				if err != nil {
					return err
				}
				out := cmd.OutOrStdout()
				if format == "json" {
					return writeAnalysisJSON(out, cs)
				}
				for _, c := range cs {
					var names []string
					for _, m := range c.Members {
						names = append(names, m.Name)
					}
					fmt.Fprintf(out, "coalition %d (%d members, cohesion %g, %d internal conflicts): %s\n", c.ID, len(c.Members), c.Cohesion, c.Conflicts, strings.Join(names, ", "))
					for _, b := range c.Proposals {
						fmt.Fprintf(out, "  %s %s: %s\n", analysis.PolarityName(b.Polarity), b.Name, strings.Join(b.Members, ", "))
					}
				}
				return nil
			})
		},
	}
	ff.add(cmd)
	cmd.Flags().StringVar(&normalization, "normalization", "raw", "weights compared with --threshold: raw, jaccard or cosine")
	cmd.Flags().StringVar(&dup, "duplicates", "article", "count a repeated statement once per: none, article, day, week, month or range")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "congruence two actors need to be tied (0 = any)")
	cmd.Flags().IntVar(&minSize, "min-size", 2, "smallest coalition shown")
	cmd.Flags().StringVar(&method, "method", "cohesive", "cohesive (never joins actors at odds with each other) or components (connected components of the ties)")
	cmd.Flags().StringVar(&format, "format", "json", "json or table")
	return cmd
}

func newExportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export networks (GraphML, CSV) and the graph (N-Quads, JSON-LD)",
		Long: `Write an export to stdout or -o FILE, streaming as it goes.

  stancegraph export graphml --mode congruence -o congruence.graphml   # open in Gephi or visone
  stancegraph export edges --mode conflict --window 30d -o edges.csv   # one row per edge per window
  stancegraph export nquads -o dump.nq                                 # the whole store
  stancegraph export nquads ARTICLE_ID                                 # one article's quads
  stancegraph export jsonld --since 2026-03-01 -o statements.jsonld`,
	}
	cmd.AddCommand(newExportNetworkCmd("graphml", "A discourse network as GraphML (Gephi, visone)", false),
		newExportNetworkCmd(analysis.PartNodes, "A discourse network's node list as CSV", true),
		newExportNetworkCmd(analysis.PartEdges, "A discourse network's edge list as CSV (with --window, a row per edge per window)", true),
		newExportNQuadsCmd(), newExportJSONLDCmd())
	return cmd
}

func newExportNetworkCmd(what, short string, windows bool) *cobra.Command {
	var (
		ff      filterFlags
		nf      networkFlags
		outPath string
	)
	cmd := &cobra.Command{
		Use:   what,
		Short: short,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			o, err := nf.options()
			if err != nil {
				return err
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				nets, err := analysis.Networks(cmd.Context(), s, f, o)
				if err != nil {
					return err
				}
				w, done, err := analysisOutput(cmd, outPath)
				if err != nil {
					return err
				}
				if what == "graphml" {
					return done(analysis.WriteGraphML(w, nets[0]))
				}
				return done(analysis.WriteNetworkCSV(w, nets, what))
			})
		},
	}
	ff.add(cmd)
	nf.add(cmd, windows)
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newExportNQuadsCmd() *cobra.Command {
	var db, outPath string
	cmd := &cobra.Command{
		Use:   "nquads [ARTICLE]",
		Short: "The whole store, or one article's quads, as N-Quads (labelled by article)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			article := ""
			if len(args) == 1 {
				article = args[0]
			}
			return withAnalysisStore(cmd, db, func(s *graph.Store) error {
				w, done, err := analysisOutput(cmd, outPath)
				if err != nil {
					return err
				}
				_, err = analysis.WriteNQuads(cmd.Context(), s, w, article)
				return done(err)
			})
		},
	}
	storeFlag(cmd, &db)
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newExportJSONLDCmd() *cobra.Command {
	var (
		ff      filterFlags
		outPath string
	)
	cmd := &cobra.Command{
		Use:   "jsonld",
		Short: "The statements as one JSON-LD document",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := ff.filter()
			if err != nil {
				return err
			}
			return withAnalysisStore(cmd, ff.db, func(s *graph.Store) error {
				w, done, err := analysisOutput(cmd, outPath)
				if err != nil {
					return err
				}
				_, err = analysis.WriteJSONLD(cmd.Context(), s, w, f)
				return done(err)
			})
		},
	}
	ff.add(cmd)
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to this file instead of stdout")
	return cmd
}
