package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
	"stancegraph/schema"
)

// eachBackend runs fn as a subtest against a fresh store of every backend.
func eachBackend(t *testing.T, fn func(t *testing.T, s *graph.Store)) { graphtest.Each(t, fn) }

func mustOpen(t *testing.T, u string) *graph.Store { return graphtest.Open(t, u) }

var day = func(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// stmt builds a statement of article art whose evidence is the sentence
// in text at [start,end).
func stmt(art schema.Article, holder, speaker string, st schema.Stance, target, kind string, start, end int, conf float64) schema.Statement {
	return schema.Statement{
		ID:     schema.StatementID(art.ID, holder, st, target, start, end),
		Holder: holder, Speaker: speaker, Stance: st, Polarity: st.Polarity(),
		Target: target, TargetKind: kind, Article: art.ID,
		Evidence: string([]rune(art.Text)[start:end]), Start: start, End: end,
		Date: art.Published, Confidence: conf,
	}
}

// testArticles are two invented articles: Norland opposes the ceasefire
// plan then a later article has it accepting the plan.
func testArticles() []*schema.Extraction {
	t1 := "Norland rejected the ceasefire plan. Vesta backed the ceasefire plan, said Ana Ruiz, the Vestan foreign minister."
	a1 := schema.Article{ID: schema.ArticleID("", t1), Title: "Norland rejects plan", Source: "Test Wire",
		Published: day("2026-03-01"), Text: t1, Hash: schema.ContentHash(t1)}
	t2 := "Norland accepted the ceasefire plan on Monday. Vesta welcomed the move."
	a2 := schema.Article{ID: schema.ArticleID("", t2), Title: "Norland accepts plan", URL: "https://example.org/norland",
		Source: "Other Wire", Published: day("2026-03-09"), Text: t2, Hash: schema.ContentHash(t2)}
	actors := func(extra ...schema.Actor) []schema.Actor {
		return append([]schema.Actor{
			{ID: "norland", Name: "Norland", Kind: schema.Country},
			{ID: "vesta", Name: "Vesta", Kind: schema.Country, Aliases: []string{"Vestan government"}},
		}, extra...)
	}
	plan := []schema.Proposal{{ID: "ceasefire-plan", Name: "ceasefire plan", Aliases: []string{"the plan"}}}
	return []*schema.Extraction{
		{
			Article: a1,
			Actors: actors(schema.Actor{ID: "ana-ruiz", Name: "Ana Ruiz", Kind: schema.Person,
				Affiliations: []schema.Affiliation{{Org: "vesta", Role: "foreign minister"}}}),
			Proposals: plan,
			Statements: []schema.Statement{
				stmt(a1, "norland", "", schema.Rejects, "ceasefire-plan", schema.TargetProposal, 0, 36, 0.9),
				stmt(a1, "vesta", "ana-ruiz", schema.Backs, "ceasefire-plan", schema.TargetProposal, 37, 113, 0.8),
			},
		},
		{
			Article:   a2,
			Actors:    actors(),
			Proposals: plan,
			Statements: []schema.Statement{
				stmt(a2, "norland", "", schema.Accepts, "ceasefire-plan", schema.TargetProposal, 0, 47, 0.85),
			},
		},
	}
}

func writeAll(t *testing.T, s *graph.Store, xs []*schema.Extraction) []graph.WriteResult {
	t.Helper()
	var res []graph.WriteResult
	for _, x := range xs {
		r, err := s.WriteArticle(context.Background(), x)
		if err != nil {
			t.Fatalf("WriteArticle(%s): %v", x.Article.ID, err)
		}
		res = append(res, r)
	}
	return res
}

func TestWriteAndReadBack(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		for _, r := range writeAll(t, s, xs) {
			if r != graph.Created {
				t.Errorf("first write = %v, want new", r)
			}
		}
		c, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := (graph.Counts{Articles: 2, Actors: 3, Proposals: 1, Statements: 3}); c != want {
			t.Errorf("Counts = %+v, want %+v", c, want)
		}

		ps, err := s.ProposalStances(ctx, "ceasefire-plan")
		if err != nil {
			t.Fatal(err)
		}
		if len(ps.Supporters) != 2 || len(ps.Opponents) != 1 {
			t.Fatalf("supporters %d, opponents %d; want 2 and 1: %+v", len(ps.Supporters), len(ps.Opponents), ps)
		}
		opp := ps.Opponents[0]
		if opp.Actor.ID != "norland" || opp.Actor.Name != "Norland" || opp.Count != 1 {
			t.Errorf("opponent = %+v", opp)
		}
		ev := opp.Statements[0]
		if ev.Evidence != "Norland rejected the ceasefire plan." || ev.Start != 0 || ev.End != 36 || !ev.Date.Equal(day("2026-03-01")) {
			t.Errorf("opponent evidence = %+v", ev)
		}
		var vesta *graph.Position
		for i := range ps.Supporters {
			if ps.Supporters[i].Actor.ID == "vesta" {
				vesta = &ps.Supporters[i]
			}
		}
		if vesta == nil || vesta.Statements[0].Speaker != "ana-ruiz" || vesta.Statements[0].Stance != schema.Backs {
			t.Errorf("Vesta's support through its minister is missing: %+v", ps.Supporters)
		}
		if ps.Proposal.Name != "ceasefire plan" {
			t.Errorf("proposal name = %q", ps.Proposal.Name)
		}

		ana, err := s.Actor(ctx, "ana-ruiz")
		if err != nil {
			t.Fatal(err)
		}
		if ana.Kind != schema.Person || len(ana.Affiliations) != 1 || ana.Affiliations[0].Org != "vesta" || ana.Affiliations[0].Role != "foreign minister" {
			t.Errorf("Actor(ana-ruiz) = %+v", ana)
		}
		// A speaker's statements are among the actor's stances.
		if sts, n, err := s.ActorStances(ctx, "ana-ruiz", graph.Filter{}); err != nil || n != 1 || sts[0].Holder != "vesta" {
			t.Errorf("ActorStances(ana-ruiz) = %+v, %d, %v", sts, n, err)
		}
	})
}

func TestStatementFilters(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		writeAll(t, s, xs)
		tests := []struct {
			name string
			f    graph.Filter
			want int
		}{
			{"all", graph.Filter{}, 3},
			{"holder", graph.Filter{Holder: "norland"}, 2},
			{"holder and polarity", graph.Filter{Holder: "norland", Polarity: schema.Oppose}, 1},
			{"speaker", graph.Filter{Speaker: "ana-ruiz"}, 1},
			{"target", graph.Filter{Target: "ceasefire-plan"}, 3},
			{"stance", graph.Filter{Stance: schema.Accepts}, 1},
			{"article", graph.Filter{Article: xs[1].Article.ID}, 1},
			{"since", graph.Filter{Since: day("2026-03-05")}, 1},
			{"until", graph.Filter{Until: day("2026-03-05")}, 2},
			{"range excludes all", graph.Filter{Since: day("2026-04-01"), Until: day("2026-05-01")}, 0},
			{"min confidence", graph.Filter{MinConfidence: 0.86}, 1},
			{"unknown holder", graph.Filter{Holder: "nobody"}, 0},
		}
		for _, tt := range tests {
			sts, total, err := s.Statements(ctx, tt.f)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if total != tt.want || len(sts) != tt.want {
				t.Errorf("%s: got %d (total %d), want %d", tt.name, len(sts), total, tt.want)
			}
		}
		// Newest first, and paging keeps the total.
		sts, total, err := s.Statements(ctx, graph.Filter{Limit: 1, Offset: 1})
		if err != nil || total != 3 || len(sts) != 1 {
			t.Fatalf("paged: %d of %d, %v", len(sts), total, err)
		}
		all, _, _ := s.Statements(ctx, graph.Filter{})
		if !all[0].Date.After(all[2].Date) {
			t.Errorf("not newest first: %v then %v", all[0].Date, all[2].Date)
		}
	})
}

func TestReingestIsIdempotentAndReplaces(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		writeAll(t, s, xs)
		before, _ := s.Counts(ctx)
		for _, r := range writeAll(t, s, testArticles()) {
			if r != graph.Unchanged {
				t.Errorf("second write = %v, want unchanged", r)
			}
		}
		if after, _ := s.Counts(ctx); after != before {
			t.Errorf("counts changed on re-ingest: %+v -> %+v", before, after)
		}

		// A changed version of the first article: the rejection is gone,
		// replaced by a condemnation of Vesta.
		x := testArticles()[0]
		x.Article.Title = "Norland condemns Vesta"
		x.Statements = []schema.Statement{
			stmt(x.Article, "norland", "", schema.Condemns, "vesta", schema.TargetActor, 0, 36, 0.7),
		}
		if r, err := s.WriteArticle(ctx, x); err != nil || r != graph.Updated {
			t.Fatalf("changed write = %v, %v; want updated", r, err)
		}
		c, _ := s.Counts(ctx)
		if c.Statements != 2 || c.Articles != 2 {
			t.Errorf("after update counts = %+v, want 2 statements, 2 articles", c)
		}
		if sts, _, _ := s.Statements(ctx, graph.Filter{Stance: schema.Rejects}); len(sts) != 0 {
			t.Errorf("old statement survived the update: %+v", sts)
		}
		av, err := s.Article(ctx, x.Article.ID)
		if err != nil || av.Title != "Norland condemns Vesta" || len(av.Statements) != 1 || av.Statements[0].TargetKind != schema.TargetActor {
			t.Errorf("Article after update = %+v, %v", av, err)
		}
	})
}

func TestDeleteArticle(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		writeAll(t, s, xs)
		ok, err := s.DeleteArticle(ctx, xs[0].Article.ID)
		if err != nil || !ok {
			t.Fatalf("DeleteArticle = %v, %v", ok, err)
		}
		if _, err := s.Article(ctx, xs[0].Article.ID); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("deleted article still found: %v", err)
		}
		// Ana Ruiz appeared only in the deleted article.
		if _, err := s.Actor(ctx, "ana-ruiz"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("actor of deleted article still found: %v", err)
		}
		if _, err := s.Actor(ctx, "norland"); err != nil {
			t.Errorf("actor of the other article lost: %v", err)
		}
		c, _ := s.Counts(ctx)
		if c.Statements != 1 || c.Articles != 1 {
			t.Errorf("counts after delete = %+v", c)
		}
		if ok, err := s.DeleteArticle(ctx, xs[0].Article.ID); err != nil || ok {
			t.Errorf("second delete = %v, %v; want false, nil", ok, err)
		}
	})
}

func TestLookupsAndNotFound(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		writeAll(t, s, testArticles())
		if _, err := s.Actor(ctx, "atlantis"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Actor(unknown) err = %v", err)
		}
		if _, err := s.Proposal(ctx, "norland"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Proposal(actor id) err = %v", err)
		}
		if _, err := s.ProposalStances(ctx, "nope"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("ProposalStances(unknown) err = %v", err)
		}
		as, n, err := s.FindActors(ctx, "vestan", "", 0, 0)
		if err != nil || n != 1 || as[0].ID != "vesta" {
			t.Errorf("FindActors by alias = %+v, %d, %v", as, n, err)
		}
		as, n, _ = s.FindActors(ctx, "", schema.Person, 0, 0)
		if n != 1 || as[0].ID != "ana-ruiz" {
			t.Errorf("FindActors by kind = %+v", as)
		}
		ps, n, _ := s.FindProposals(ctx, "CEASEFIRE", 10, 0)
		if n != 1 || ps[0].ID != "ceasefire-plan" {
			t.Errorf("FindProposals = %+v", ps)
		}
	})
}

func TestValidateRejectsInconsistentExtractions(t *testing.T) {
	good := testArticles()[0]
	tests := map[string]func(x *schema.Extraction){
		"no article id":   func(x *schema.Extraction) { x.Article.ID = "" },
		"unknown holder":  func(x *schema.Extraction) { x.Statements[0].Holder = "ghost" },
		"unknown target":  func(x *schema.Extraction) { x.Statements[0].Target = "ghost" },
		"bad stance":      func(x *schema.Extraction) { x.Statements[0].Stance = "likes" },
		"wrong polarity":  func(x *schema.Extraction) { x.Statements[0].Polarity = schema.Support },
		"bad offsets":     func(x *schema.Extraction) { x.Statements[0].Start = 50 },
		"bad confidence":  func(x *schema.Extraction) { x.Statements[0].Confidence = 2 },
		"bad target kind": func(x *schema.Extraction) { x.Statements[0].TargetKind = "thing" },
	}
	s := mustOpen(t, "mem://")
	for name, spoil := range tests {
		x := *good
		x.Statements = append([]schema.Statement(nil), good.Statements...)
		spoil(&x)
		if _, err := s.WriteArticle(context.Background(), &x); err == nil {
			t.Errorf("%s: WriteArticle accepted it", name)
		}
	}
	if c, _ := s.Counts(context.Background()); c != (graph.Counts{}) {
		t.Errorf("rejected writes left data: %+v", c)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	tests := map[string]string{
		"unknown scheme":     "redis://localhost",
		"unreachable server": "postgres://nobody:x@127.0.0.1:1/none?sslmode=disable&connect_timeout=2",
	}
	for name, u := range tests {
		_, err := graph.Open(ctx, u)
		if err == nil {
			t.Errorf("%s: Open(%s) succeeded", name, u)
			continue
		}
		if strings.Contains(err.Error(), ":x@") {
			t.Errorf("%s: error leaks the password: %v", name, err)
		}
	}
	// A bolt file held by another store is a clear error, not a hang.
	path := filepath.Join(t.TempDir(), "held.db")
	s := mustOpen(t, path)
	_ = s
	if _, err := graph.Open(ctx, path); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second graph.Open of a held bolt file: %v", err)
	}
}

func TestBoltPersistsAcrossOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "persist.db")
	s, err := graph.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, s, testArticles())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, path)
	if c, _ := s.Counts(context.Background()); c.Statements != 3 {
		t.Fatalf("after reopen counts = %+v", c)
	}
	// Replacing still works after reopening: the label index survived.
	for _, r := range writeAll(t, s, testArticles()) {
		if r != graph.Unchanged {
			t.Errorf("rewrite after reopen = %v", r)
		}
	}
}

func TestReadsSeeLaterWrites(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		writeAll(t, s, xs[:1])
		if a, err := s.Actor(ctx, "norland"); err != nil || len(a.Aliases) != 0 {
			t.Fatalf("Actor = %+v, %v", a, err)
		}
		c1, _ := s.Counts(ctx)
		x := xs[1]
		x.Actors[0].Aliases = []string{"the Norlanders"}
		writeAll(t, s, []*schema.Extraction{x})
		a, err := s.Actor(ctx, "norland")
		if err != nil || len(a.Aliases) != 1 || a.Aliases[0] != "the Norlanders" {
			t.Errorf("after a second article, Actor = %+v, %v", a, err)
		}
		if c2, _ := s.Counts(ctx); c2.Articles != c1.Articles+1 {
			t.Errorf("counts did not follow the write: %+v then %+v", c1, c2)
		}
	})
}

func TestWriteArticlesBatch(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *graph.Store) {
		ctx := context.Background()
		xs := testArticles()
		bad := *testArticles()[0]
		bad.Article.ID = ""
		changed := testArticles()[0]
		changed.Article.Title = "A new title"
		// new, new, invalid, and the first article again (changed): the
		// repeat is written after the first, so it is an update.
		batch := []*schema.Extraction{xs[0], xs[1], &bad, changed}
		res, errs := s.WriteArticles(ctx, batch)
		want := []graph.WriteResult{graph.Created, graph.Created, 0, graph.Updated}
		for i := range batch {
			if res[i] != want[i] || (errs[i] != nil) != (i == 2) {
				t.Errorf("article %d: %v, %v; want %v", i, res[i], errs[i], want[i])
			}
		}
		av, err := s.Article(ctx, xs[0].Article.ID)
		if err != nil || av.Title != "A new title" {
			t.Errorf("Article = %+v, %v", av.Article, err)
		}
		res, _ = s.WriteArticles(ctx, testArticles())
		if res[0] != graph.Updated || res[1] != graph.Unchanged {
			t.Errorf("rewrite = %v", res)
		}
		if c, _ := s.Counts(ctx); c.Articles != 2 || c.Statements != 3 {
			t.Errorf("counts = %+v", c)
		}
	})
}
