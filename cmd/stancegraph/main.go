// Command stancegraph builds and serves a stance graph: who supports or
// opposes what, said by whom, when, with the evidence.
//
//	stancegraph ingest PATH...    read articles into the store
//	stancegraph extract PATH...   print statements without a store
//	stancegraph serve             answer questions over HTTP
//	stancegraph query QUERY       run a Gizmo query against the store
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRoot().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "stancegraph:", err)
		os.Exit(exitCode(err))
	}
}
