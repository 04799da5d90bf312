package graph_test

import (
	"context"
	"errors"
	"testing"

	"stancegraph/graph"
	"stancegraph/schema"
)

var analyst = graph.Curator{By: "ana@example.org", Note: "checked by hand"}

func TestMergeSurvivesReingestAndUnmergeRestores(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		writeAll(t, s, testArticles())
		// The analyst decides Norland and Vesta are one actor (say, one
		// government under two names): Norland survives.
		if err := s.Merge(ctx, "actor", "vesta", "norland", analyst); err != nil {
			t.Fatal(err)
		}
		check := func(when string) {
			t.Helper()
			if _, err := s.Actor(ctx, "vesta"); !errors.Is(err, graph.ErrNotFound) {
				t.Errorf("%s: merged actor still listed: %v", when, err)
			}
			a, err := s.Actor(ctx, "norland")
			if err != nil || a.Name != "Norland" || !contains(a.Aliases, "Vesta") || !contains(a.Aliases, "Vestan government") {
				t.Errorf("%s: survivor = %+v, %v", when, a, err)
			}
			sts, n, _ := s.Statements(ctx, graph.Filter{Holder: "norland"})
			if n != 3 {
				t.Errorf("%s: survivor holds %d statements, want 3: %+v", when, n, sts)
			}
			if _, n, _ := s.Statements(ctx, graph.Filter{Holder: "vesta"}); n != 0 {
				t.Errorf("%s: %d statements still held by the merged actor", when, n)
			}
			// The person affiliated to Vesta is now affiliated to Norland.
			ana, _ := s.Actor(ctx, "ana-ruiz")
			if len(ana.Affiliations) != 1 || ana.Affiliations[0].Org != "norland" {
				t.Errorf("%s: affiliation = %+v", when, ana.Affiliations)
			}
		}
		check("after merge")
		for _, r := range writeAll(t, s, testArticles()) {
			if r != graph.Unchanged {
				t.Errorf("re-ingest after merge = %v, want unchanged", r)
			}
		}
		check("after re-ingest")

		if ok, err := s.Unmerge(ctx, "actor", "vesta", analyst); err != nil || !ok {
			t.Fatalf("Unmerge = %v, %v", ok, err)
		}
		writeAll(t, s, testArticles())
		if _, n, _ := s.Statements(ctx, graph.Filter{Holder: "vesta"}); n != 1 {
			t.Errorf("after unmerge and re-ingest Vesta holds %d statements, want 1", n)
		}
		log, err := s.CurationLog(ctx)
		if err != nil || len(log) != 2 || log[0].Action != "merge" || log[1].Action != "unmerge" || log[0].By != analyst.By {
			t.Errorf("curation log = %+v, %v", log, err)
		}
	})
}

func TestMergeRefusesBadRequests(t *testing.T) {
	s := mustOpen(t, "mem://")
	ctx := context.Background()
	writeAll(t, s, testArticles())
	tests := []struct{ kind, loser, survivor string }{
		{"actor", "norland", "norland"},
		{"actor", "atlantis", "norland"},
		{"actor", "norland", "atlantis"},
		{"planet", "norland", "vesta"},
		{"proposal", "norland", "ceasefire-plan"},
	}
	for _, tt := range tests {
		if err := s.Merge(ctx, tt.kind, tt.loser, tt.survivor, analyst); !errors.Is(err, graph.ErrCuration) {
			t.Errorf("Merge(%s, %s, %s) = %v, want a curation error", tt.kind, tt.loser, tt.survivor, err)
		}
	}
	if err := s.Merge(ctx, "actor", "vesta", "norland", analyst); err != nil {
		t.Fatal(err)
	}
	if err := s.Merge(ctx, "actor", "norland", "vesta", analyst); !errors.Is(err, graph.ErrCuration) {
		t.Errorf("merging back into the merged actor = %v, want refused", err)
	}
}

func TestManualStatementsAndRetractionsSurviveReingest(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		writeAll(t, s, xs)
		manual, err := s.AddStatement(ctx, schema.Statement{
			Holder: "vesta", Stance: schema.Opposes, Target: "ceasefire-plan", Article: xs[1].Article.ID,
			Evidence: "Vesta's envoy told us by phone it opposes the plan.",
		}, analyst)
		if err != nil {
			t.Fatal(err)
		}
		// The extracted rejection was wrong: retract it.
		rejected, _, _ := s.Statements(ctx, graph.Filter{Stance: schema.Rejects})
		if len(rejected) != 1 {
			t.Fatalf("want one rejection, got %+v", rejected)
		}
		if err := s.Retract(ctx, rejected[0].ID, analyst); err != nil {
			t.Fatal(err)
		}
		check := func(when string) {
			t.Helper()
			if sts, _, _ := s.Statements(ctx, graph.Filter{Stance: schema.Rejects}); len(sts) != 0 {
				t.Errorf("%s: retracted statement is back: %+v", when, sts)
			}
			sts, _, _ := s.Statements(ctx, graph.Filter{Holder: "vesta", Polarity: schema.Oppose})
			if len(sts) != 1 || !sts[0].Manual || sts[0].ID != manual.ID {
				t.Errorf("%s: manual statement = %+v", when, sts)
			}
			av, _ := s.Article(ctx, xs[1].Article.ID)
			found := false
			for _, st := range av.Statements {
				found = found || st.ID == manual.ID
			}
			if !found {
				t.Errorf("%s: manual statement not listed with its article", when)
			}
		}
		check("after curation")
		writeAll(t, s, testArticles())
		check("after re-ingest")

		if err := s.Retract(ctx, manual.ID, analyst); err != nil {
			t.Fatal(err)
		}
		if sts, _, _ := s.Statements(ctx, graph.Filter{Holder: "vesta", Polarity: schema.Oppose}); len(sts) != 0 {
			t.Errorf("retracted manual statement still read: %+v", sts)
		}
		if err := s.Retract(ctx, "no-such-statement", analyst); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Retract(unknown) = %v", err)
		}
		if log, _ := s.CurationLog(ctx); len(log) != 3 {
			t.Errorf("curation log has %d entries, want 3: %+v", len(log), log)
		}
	})
}

func TestAddStatementValidates(t *testing.T) {
	s := mustOpen(t, "mem://")
	ctx := context.Background()
	writeAll(t, s, testArticles())
	good := schema.Statement{Holder: "vesta", Stance: schema.Backs, Target: "ceasefire-plan", Evidence: "Said on the record."}
	tests := map[string]func(st *schema.Statement){
		"unknown holder":  func(st *schema.Statement) { st.Holder = "atlantis" },
		"unknown target":  func(st *schema.Statement) { st.Target = "moon-plan" },
		"unknown stance":  func(st *schema.Statement) { st.Stance = "adores" },
		"no evidence":     func(st *schema.Statement) { st.Evidence = " " },
		"unknown article": func(st *schema.Statement) { st.Article = "nope" },
		"bad confidence":  func(st *schema.Statement) { st.Confidence = 3 },
	}
	for name, spoil := range tests {
		st := good
		spoil(&st)
		if _, err := s.AddStatement(ctx, st, analyst); !errors.Is(err, graph.ErrCuration) {
			t.Errorf("%s: AddStatement = %v, want a curation error", name, err)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}
