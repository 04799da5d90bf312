package graph_test

import (
	"context"
	"testing"

	"stancegraph/graph"
	"stancegraph/schema"
)

// A merge must move manual statements too.
func TestRegressionMergeMovesManualStatements(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		writeAll(t, s, testArticles())
		m, err := s.AddStatement(ctx, schema.Statement{Holder: "vesta", Stance: schema.Opposes, Target: "ceasefire-plan", Evidence: "phone call"}, analyst)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Merge(ctx, "actor", "vesta", "norland", analyst); err != nil {
			t.Fatal(err)
		}
		_, nv, _ := s.Statements(ctx, graph.Filter{Holder: "vesta"})
		sts, nn, _ := s.Statements(ctx, graph.Filter{Holder: "norland"})
		t.Logf("after merge: vesta holds %d, norland holds %d", nv, nn)
		found := false
		for _, st := range sts {
			found = found || st.ID == m.ID
		}
		if !found || nv != 0 {
			t.Errorf("manual statement %s not moved to the survivor (vesta still holds %d)", m.ID, nv)
		}
		ps, _ := s.ProposalStances(ctx, "ceasefire-plan")
		for _, p := range ps.Opponents {
			t.Logf("opponent %q name=%q count=%d", p.Actor.ID, p.Actor.Name, p.Count)
		}
		if _, err := s.Actor(ctx, "vesta"); err == nil {
			t.Logf("vesta still resolvable")
		}
	})
}

// Two different manual statements with the same holder, stance and target
// must not collapse into one node.
func TestRegressionManualStatementIDCollision(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		writeAll(t, s, testArticles())
		a, err := s.AddStatement(ctx, schema.Statement{Holder: "vesta", Stance: schema.Opposes, Target: "ceasefire-plan", Evidence: "first: envoy by phone", Confidence: 0.9}, analyst)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.AddStatement(ctx, schema.Statement{Holder: "vesta", Stance: schema.Opposes, Target: "ceasefire-plan", Speaker: "ana-ruiz", Evidence: "second: minister on TV", Confidence: 0.5}, analyst)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("ids: %s %s", a.ID, b.ID)
		sts, n, _ := s.Statements(ctx, graph.Filter{Holder: "vesta", Polarity: schema.Oppose})
		for _, st := range sts {
			t.Logf("read back: id=%s evidence=%q speaker=%q conf=%v", st.ID, st.Evidence, st.Speaker, st.Confidence)
		}
		if n != 2 {
			t.Errorf("two manual statements stored, %d read back", n)
		}
		// Retracting the second one removes the first one too.
		if err := s.Retract(ctx, b.ID, analyst); err != nil {
			t.Fatal(err)
		}
		_, n, _ = s.Statements(ctx, graph.Filter{Holder: "vesta", Polarity: schema.Oppose})
		if n != 1 {
			t.Errorf("after retracting one of two, %d remain", n)
		}
	})
}
