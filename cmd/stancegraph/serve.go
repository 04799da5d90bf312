package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
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
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the stance graph over HTTP",
		Long: `Serve the JSON API (see README) on --addr. With --ingest, articles are read
into the store first. Stops gracefully on Ctrl-C or SIGTERM.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := applyDate(&o, date); err != nil {
				return err
			}
			stdinFor(cmd, &o)
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
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{
				Handler:           server.New(store, server.Options{QueryTimeout: queryTimeout, Logger: log}),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       30 * time.Second,
				WriteTimeout:      queryTimeout + 30*time.Second,
				IdleTimeout:       2 * time.Minute,
			}
			log.Info("serving", "addr", "http://"+ln.Addr().String(), "store", store.String())
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
	readFlags(cmd, &o, &date)
	return cmd
}
