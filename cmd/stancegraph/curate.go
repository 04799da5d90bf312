package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"stancegraph/graph"
	"stancegraph/schema"
)

// newCurateCmd groups the analysts' corrections. Each is recorded in the
// store's curation log and survives re-ingesting the articles.
func newCurateCmd() *cobra.Command {
	var db, by, note string
	cur := func() graph.Curator { return graph.Curator{By: by, Note: note} }
	open := func(cmd *cobra.Command) (*graph.Store, error) { return graph.Open(cmd.Context(), db) }
	cmd := &cobra.Command{
		Use:   "curate",
		Short: "Correct the machine: merge actors or proposals, add or retract statements, show the log",
	}
	user := os.Getenv("USER")
	cmd.PersistentFlags().StringVar(&by, "by", user, "who makes the change (recorded in the curation log)")
	cmd.PersistentFlags().StringVar(&note, "note", "", "why (recorded in the curation log)")
	def := os.Getenv("STANCEGRAPH_DB")
	if def == "" {
		def = graph.DefaultURL
	}
	cmd.PersistentFlags().StringVar(&db, "db", def, "store (env STANCEGRAPH_DB)")
	cmd.PersistentFlags().Lookup("db").DefValue = graph.RedactURL(def)

	merge := &cobra.Command{
		Use:   "merge actor|proposal LOSER SURVIVOR",
		Short: "Make LOSER an alias of SURVIVOR; its statements move to SURVIVOR",
		Args:  cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.Merge(cmd.Context(), args[0], args[1], args[2], cur()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "merged %s %s into %s\n", args[0], args[1], args[2])
			return nil
		},
	}
	unmerge := &cobra.Command{
		Use:   "unmerge actor|proposal LOSER",
		Short: "Remove a merge; re-ingest the articles to restore LOSER",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			found, err := s.Unmerge(cmd.Context(), args[0], args[1], cur())
			if err != nil {
				return err
			}
			if !found {
				return fmt.Errorf("no merge of %s %s", args[0], args[1])
			}
			fmt.Fprintf(cmd.OutOrStdout(), "unmerged %s %s; ingest its articles again to restore it\n", args[0], args[1])
			return nil
		},
	}
	var st schema.Statement
	var stance string
	add := &cobra.Command{
		Use:   "add",
		Short: "Add a statement by hand (marked manual)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := schema.ParseStance(stance)
			if err != nil {
				return err
			}
			st.Stance = k
			s, err := open(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			out, err := s.AddStatement(cmd.Context(), st, cur())
			if err != nil {
				return err
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(out)
		},
	}
	f := add.Flags()
	f.StringVar(&st.Holder, "holder", "", "actor ID of the holder (required)")
	f.StringVar(&st.Speaker, "speaker", "", "actor ID of the speaker")
	f.StringVar(&stance, "stance", "", "stance: supports, rejects, condemns... (required)")
	f.StringVar(&st.Target, "target", "", "proposal or actor ID (required)")
	f.StringVar(&st.TargetKind, "target-kind", schema.TargetProposal, "proposal or actor")
	f.StringVar(&st.Article, "article", "", "article ID it comes from")
	f.StringVar(&st.Evidence, "evidence", "", "the sentence or source it rests on (required)")
	f.Float64Var(&st.Confidence, "confidence", 1, "confidence in [0,1]")
	for _, name := range []string{"holder", "stance", "target", "evidence"} {
		add.MarkFlagRequired(name)
	}
	retract := &cobra.Command{
		Use:   "retract STATEMENT_ID",
		Short: "Withdraw a statement; an extracted one stays withdrawn across re-ingest",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.Retract(cmd.Context(), args[0], cur()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "retracted %s\n", args[0])
			return nil
		},
	}
	log := &cobra.Command{
		Use:   "log",
		Short: "Print the curation log as JSON lines, oldest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open(cmd)
			if err != nil {
				return err
			}
			defer s.Close()
			entries, err := s.CurationLog(cmd.Context())
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			for _, e := range entries {
				if err := enc.Encode(e); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.AddCommand(merge, unmerge, add, retract, log)
	return cmd
}
