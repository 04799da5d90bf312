package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/server"
)

func newServeCmd() *cobra.Command {
	var (
		db, addr, date string
		load           []string
		o              ingest.Options
		queryTimeout   time.Duration
		queryConc      int
		token          string
		maxBody        int64
		corsOrigins    []string
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the stance graph over HTTP",
		Long: `Serve the JSON API (see README) on --addr. With --ingest, articles are read
into the store first. Stops gracefully on Ctrl-C or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			// The token comes from the environment here, not as the flag's
			// default, so --help never prints it.
			if token == "" {
				token = os.Getenv("STANCEGRAPH_TOKEN")
			}
			if err := applyDate(&o, date); err != nil {
				return err
			}
			stdinFor(cmd, &o)
			ex, err := newExtractor(cmd)
			if err != nil {
				return err
			}
			store, err := graph.Open(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			if len(load) > 0 {
				sum, err := runIngest(cmd, store, load, o, false)
				report(cmd.ErrOrStderr(), cmd.ErrOrStderr(), sum, false, false)
				if err != nil {
					return err
				}
			}
			// Build the read index now, so the first request does not
			// pay for it (~15 s on a 1M-quad bolt store).
			start := time.Now()
			if err := store.WarmReadIndex(ctx); err != nil {
				return err
			}
			log.Info("read index ready", "took", time.Since(start).Round(time.Millisecond))
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{
				Handler: server.New(store, server.Options{
					QueryTimeout:     queryTimeout,
					QueryConcurrency: queryConc,
					Logger:           log,
					Token:            token,
					Ingester:         newIngester(store, ex, o.Read),
					MaxBodyBytes:     maxBody,
					CORSOrigins:      corsOrigins,
				}),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       30 * time.Second,
				WriteTimeout:      queryTimeout + 30*time.Second,
				IdleTimeout:       2 * time.Minute,
			}
			log.Info("serving", "addr", "http://"+ln.Addr().String(), "store", store.String(), "writes", token != "")
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			log.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: shutdown: %w", err)
			}
			return nil
		},
	}
	storeFlag(cmd, &db)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringSliceVar(&load, "ingest", nil, "ingest these paths (files, folders) before serving")
	cmd.Flags().DurationVar(&queryTimeout, "query-timeout", 10*time.Second, "time limit of a raw query")
	cmd.Flags().IntVar(&queryConc, "query-concurrency", 2, "raw queries that may run at once (429 above)")
	cmd.Flags().StringVar(&token, "token", "", "bearer token for write endpoints; empty disables writes (env STANCEGRAPH_TOKEN)")
	cmd.Flags().Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes (413 above)")
	cmd.Flags().StringSliceVar(&corsOrigins, "cors-origin", nil, "origins allowed to call the API from a browser (\"*\" for any); none by default")
	readFlags(cmd, &o, &date)
	return cmd
}

// newIngester wires POST /api/v1/articles to the CLI's pipeline: the same
// readers, extractor and store writes.
func newIngester(store *graph.Store, ex ingest.Extractor, ro ingest.ReadOptions) server.Ingester {
	one := &ingest.One{Writer: store, Extractor: ex, Read: ro}
	one.Read.Stdin = nil
	return server.IngesterFunc(func(ctx context.Context, body io.Reader, format string) (server.Ingested, error) {
		r, err := one.Ingest(ctx, body, format)
		if err != nil {
			return server.Ingested{}, err
		}
		return server.Ingested{Article: r.Article, Result: r.Result.String(), Statements: r.Extraction.Statements}, nil
	})
}
