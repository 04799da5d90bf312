package graph

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"stancegraph/schema"
)

func viewFixture(text, title, source, date string, stmts ...[3]string) *schema.Extraction {
	d, _ := time.Parse("2006-01-02", date)
	a := schema.Article{ID: schema.ArticleID("", text), Title: title, Source: source, Published: d, Text: text, Hash: schema.ContentHash(text)}
	x := &schema.Extraction{Article: a,
		Actors:    []schema.Actor{{ID: "norland", Name: "Norland", Kind: schema.Country}, {ID: "vesta", Name: "Vesta", Kind: schema.Country}},
		Proposals: []schema.Proposal{{ID: "truce", Name: "truce"}}}
	for i, s := range stmts {
		st := schema.Stance(s[1])
		x.Statements = append(x.Statements, schema.Statement{
			ID: schema.StatementID(a.ID, s[0], st, s[2], i, i+1), Holder: s[0], Stance: st, Polarity: st.Polarity(),
			Target: s[2], TargetKind: schema.TargetProposal, Article: a.ID, Evidence: text[i : i+1], Start: i, End: i + 1,
			Date: a.Published, Confidence: 0.5,
		})
	}
	return x
}

// snapshot reads everything the view serves, so the view and the store
// walk can be compared answer for answer.
func snapshot(t *testing.T, s *Store) map[string]any {
	t.Helper()
	ctx := context.Background()
	out := map[string]any{}
	get := func(name string, v any, err error) {
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = v
	}
	all, n, err := s.Statements(ctx, Filter{})
	get("all", []any{all, n}, err)
	src, n, err := s.Statements(ctx, Filter{Source: "A Wire", Polarity: schema.Oppose})
	get("source", []any{src, n}, err)
	ps, err := s.ProposalStances(ctx, "truce")
	get("proposal", ps, err)
	as, n, err := s.ActorStances(ctx, "norland", Filter{Limit: 2, Offset: 1})
	get("actor", []any{as, n}, err)
	tl, n, err := s.Timeline(ctx, "truce", Filter{})
	get("timeline", []any{tl, n}, err)
	arts, n, err := s.Articles(ctx, ArticleFilter{})
	get("articles", []any{arts, n}, err)
	prof, err := s.ActorProfile(ctx, "norland")
	get("profile", prof, err)
	if len(all) > 0 {
		st, err := s.Statement(ctx, all[0].ID)
		get("statement", st, err)
		av, err := s.Article(ctx, all[0].Article)
		get("article", av, err)
	}
	return out
}

// TestViewAnswersAsTheStoreDoes checks the read index against walking the
// store, after writes, a replacement and a delete: the index must follow
// the write path exactly.
func TestViewAnswersAsTheStoreDoes(t *testing.T) {
	for _, url := range []string{"mem://", "bolt://" + filepath.Join(t.TempDir(), "v.db")} {
		t.Run(url[:4], func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			check := func(step string) {
				t.Helper()
				s.views.off = false
				withView := snapshot(t, s)
				s.views.off = true
				walked := snapshot(t, s)
				s.views.off = false
				if !reflect.DeepEqual(withView, walked) {
					t.Fatalf("%s: view and store walk differ:\nview %+v\nwalk %+v", step, withView, walked)
				}
			}
			x1 := viewFixture("Norland rejects the truce.", "One", "A Wire", "2026-01-01", [3]string{"norland", "rejects", "truce"}, [3]string{"vesta", "backs", "truce"})
			x2 := viewFixture("Norland accepts the truce.", "Two", "B Wire", "2026-01-05", [3]string{"norland", "accepts", "truce"})
			check("empty")
			for _, x := range []*schema.Extraction{x1, x2} {
				if _, err := s.WriteArticle(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			check("two articles")
			if n, _, _ := s.Statements(ctx, Filter{}); len(n) != 3 {
				t.Fatalf("statements = %d, want 3", len(n))
			}
			// Replace article 1 (same ID, new statements and outlet).
			x1b := viewFixture("Norland rejects the truce.", "One, corrected", "C Wire", "2026-01-02", [3]string{"norland", "condemns", "truce"})
			x1b.Article.ID = x1.Article.ID
			x1b.Statements[0].Article = x1.Article.ID
			if r, err := s.WriteArticle(ctx, x1b); err != nil || r != Updated {
				t.Fatalf("replace = %v, %v", r, err)
			}
			check("replaced")
			if sts, _, _ := s.Statements(ctx, Filter{Holder: "vesta"}); len(sts) != 0 {
				t.Errorf("replaced article's statement still served: %+v", sts)
			}
			if arts, _, _ := s.Articles(ctx, ArticleFilter{Source: "C Wire"}); len(arts) != 1 || arts[0].Title != "One, corrected" {
				t.Errorf("replaced article metadata = %+v", arts)
			}
			if ok, err := s.DeleteArticle(ctx, x2.Article.ID); !ok || err != nil {
				t.Fatalf("delete = %v, %v", ok, err)
			}
			check("deleted")
			if _, err := s.Article(ctx, x2.Article.ID); !errors.Is(err, ErrNotFound) {
				t.Errorf("deleted article: err = %v", err)
			}
		})
	}
}
