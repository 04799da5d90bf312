package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"stancegraph/graph"
	"stancegraph/internal/loadgen/synth"
	"stancegraph/schema"
)

// benchStore opens the store named by STANCEGRAPH_BENCH_DB (e.g. the 1M-quad
// bolt file `go run ./internal/loadgen -keep` leaves behind), or else
// generates a small one (7k statements) in a temporary folder.
func benchStore(b *testing.B) *graph.Store {
	b.Helper()
	ctx := context.Background()
	if u := os.Getenv("STANCEGRAPH_BENCH_DB"); u != "" {
		s, err := graph.Open(ctx, u)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}
	s, err := graph.Open(ctx, "bolt://"+filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var batch []*schema.Extraction
	flush := func() {
		if _, errs := s.WriteArticles(ctx, batch); errs != nil {
			for _, err := range errs {
				if err != nil {
					b.Fatal(err)
				}
			}
		}
		batch = batch[:0]
	}
	err = synth.Each(synth.Config{Articles: 700}, func(x *schema.Extraction) error {
		batch = append(batch, x)
		if len(batch) == 64 {
			flush()
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	flush()
	return s
}

// BenchmarkHotReads times the two hot API reads with the read index (the
// default) and walking the store's quad indexes (how every read worked
// before the index).
func BenchmarkHotReads(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	for _, mode := range []struct {
		name string
		on   bool
	}{{"index", true}, {"walk", false}} {
		s.UseReadIndex(mode.on)
		if err := s.WarmReadIndex(ctx); err != nil {
			b.Fatal(err)
		}
		b.Run("ProposalStances/"+mode.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.ProposalStancesFiltered(ctx, synth.ProposalID(7), graph.Filter{}, 3); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("ActorPositions/"+mode.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.ActorPositions(ctx, synth.ActorID(7), graph.Filter{Limit: 50}, 3); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("Statements-page/"+mode.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.Statements(ctx, graph.Filter{Limit: 50}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	s.UseReadIndex(true)
}
