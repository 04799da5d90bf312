package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"stancegraph/graph"
)

func newQueryCmd() *cobra.Command {
	var (
		db, lang string
		limit    int
		timeout  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "query [QUERY]",
		Short: "Run a Gizmo (or GraphQL) query against the store and print JSON",
		Long: `Run a raw query against the store and print the results as a JSON array.
The query is the argument, or stdin when there is none or it is "-".

  stancegraph query "g.V('<https://stancegraph.org/actor/hamas>').Out('<https://stancegraph.org/ns#rejects>').All()"`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text := ""
			if len(args) == 1 && args[0] != "-" {
				text = args[0]
			} else {
				b, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), 1<<20))
				if err != nil {
					return err
				}
				text = string(b)
			}
			store, err := graph.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			res, err := store.Query(ctx, lang, strings.TrimSpace(text), limit)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(res)
		},
	}
	storeFlag(cmd, &db)
	cmd.Flags().StringVar(&lang, "lang", graph.LangGizmo, "query language: gizmo or graphql")
	cmd.Flags().IntVar(&limit, "limit", 1000, "maximum number of results")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "time limit")
	return cmd
}
