package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
)

// TestMain lets the interrupt test run this test binary as the stancegraph
// command, so it can kill a real process midway through an ingest.
func TestMain(m *testing.M) {
	if os.Getenv("STANCEGRAPH_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// writeArticles writes n small generated articles as text files.
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	actors := []string{"Norland", "Vesta", "Estavia", "Morania", "the European Union", "NATO"}
	plans := []string{"ceasefire plan", "border truce", "carbon tax bill", "trade deal", "peace mission"}
	verbs := []string{"rejected", "backed", "opposed", "welcomed", "condemned", "accepted"}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "Report %d\nDate: 2026-%02d-%02d\n\n", i, 1+i%12, 1+i%28)
		for j := range 4 {
			a := actors[(i+j)%len(actors)]
			fmt.Fprintf(&b, "%s%s %s the %s for region %d. Talks continue next week.\n\n",
				strings.ToUpper(a[:1]), a[1:], verbs[(i*3+j)%len(verbs)], plans[(i+2*j)%len(plans)], i)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestInterruptedIngestLeavesWholeArticlesAndResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts real ingest processes")
	}
	const n = 1500
	corpus := t.TempDir()
	writeArticles(t, corpus, n)

	// What each article should hold, from the same extractor in-process.
	want := map[string]int{} // article ID -> statements
	err := ingest.Extract(context.Background(), extract.New(), []string{corpus}, ingest.Options{}, func(r ingest.Result) error {
		if r.Err != nil {
			return r.Err
		}
		want[r.Extraction.Article.ID] = len(r.Extraction.Statements)
		return nil
	})
	if err != nil || len(want) != n {
		t.Fatalf("extract: %v (%d articles)", err, len(want))
	}

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "interrupted.db")
			// Stop the ingest once it has started writing; wait longer if
			// a loaded machine had not written anything yet.
			present := 0
			for delay := 400 * time.Millisecond; present == 0 && delay < 30*time.Second; delay *= 2 {
				cmd := ingestProcess(db, corpus)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				time.Sleep(delay)
				cmd.Process.Signal(sig)
				cmd.Wait()
				present = checkWhole(t, db, want)
			}
			if present == 0 || present == n {
				t.Skipf("could not stop the ingest midway (%d of %d articles present)", present, n)
			}
			t.Logf("stopped with %d of %d articles present, each whole", present, n)

			cmd := ingestProcess(db, corpus, "--json")
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("rerun: %v", err)
			}
			var sum ingest.Summary
			if err := json.Unmarshal(out, &sum); err != nil {
				t.Fatalf("rerun summary %q: %v", out, err)
			}
			if sum.New+sum.Unchanged+sum.Updated != n || sum.Failed != 0 || sum.New < n-present {
				t.Errorf("rerun summary = %+v", sum)
			}
			if got := checkWhole(t, db, want); got != n {
				t.Errorf("after the rerun %d of %d articles are present", got, n)
			}
		})
	}
}

func ingestProcess(db, corpus string, extra ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"ingest", "--quiet", "--db", db, corpus}, extra...)...)
	cmd.Env = append(os.Environ(), "STANCEGRAPH_TEST_MAIN=1")
	return cmd
}

// checkWhole opens the store and checks that every article in it holds all
// of its statements, each with its holder and target readable; it returns
// how many articles are present.
func checkWhole(t *testing.T, db string, want map[string]int) int {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatalf("open after stop: %v", err)
	}
	defer s.Close()
	present := 0
	for id, n := range want {
		av, err := s.Article(ctx, id)
		if err != nil {
			continue // absent: fine
		}
		present++
		if len(av.Statements) != n || av.Title == "" {
			t.Errorf("article %s is partial: %d of %d statements, title %q", id, len(av.Statements), n, av.Title)
		}
		for _, st := range av.Statements {
			if _, err := s.Actor(ctx, st.Holder); err != nil {
				t.Errorf("article %s: statement %s has no holder node: %v", id, st.ID, err)
			}
		}
	}
	c, err := s.Counts(ctx)
	if err != nil || c.Articles != present {
		t.Errorf("counts %+v (%v), but %d articles present", c, err, present)
	}
	return present
}
