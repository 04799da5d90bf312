package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// newTestServer serves a memory store holding two invented articles.
func newTestServer(t *testing.T, opts Options) (*httptest.Server, []*schema.Extraction) {
	t.Helper()
	st, err := graph.Open(context.Background(), "mem://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	xs := fixtures()
	for _, x := range xs {
		if _, err := st.WriteArticle(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := httptest.NewServer(New(st, opts))
	t.Cleanup(srv.Close)
	return srv, xs
}

func fixtures() []*schema.Extraction {
	mk := func(text, title, date string) schema.Article {
		d, _ := time.Parse("2006-01-02", date)
		return schema.Article{ID: schema.ArticleID("", text), Title: title, Published: d, Text: text, Source: "Test Wire"}
	}
	st := func(a schema.Article, holder, speaker string, s schema.Stance, target string, start, end int) schema.Statement {
		return schema.Statement{
			ID: schema.StatementID(a.ID, holder, s, target, start, end), Holder: holder, Speaker: speaker,
			Stance: s, Polarity: s.Polarity(), Target: target, TargetKind: schema.TargetProposal, Article: a.ID,
			Evidence: string([]rune(a.Text)[start:end]), Start: start, End: end, Date: a.Published, Confidence: 0.8,
		}
	}
	a1 := mk("Norland rejected the border truce. Vesta backed the border truce, Ana Ruiz said.", "Truce split", "2026-02-01")
	a2 := mk("Norland accepted the border truce.", "Norland turns", "2026-02-10")
	actors := []schema.Actor{
		{ID: "norland", Name: "Norland", Kind: schema.Country},
		{ID: "vesta", Name: "Vesta", Kind: schema.Country},
		{ID: "ana-ruiz", Name: "Ana Ruiz", Kind: schema.Person, Affiliations: []schema.Affiliation{{Org: "vesta", Role: "envoy"}}},
	}
	truce := []schema.Proposal{{ID: "border-truce", Name: "border truce"}}
	return []*schema.Extraction{
		{Article: a1, Actors: actors, Proposals: truce, Statements: []schema.Statement{
			st(a1, "norland", "", schema.Rejects, "border-truce", 0, 34),
			st(a1, "vesta", "ana-ruiz", schema.Backs, "border-truce", 35, 80),
		}},
		{Article: a2, Actors: actors[:1], Proposals: truce, Statements: []schema.Statement{
			st(a2, "norland", "", schema.Accepts, "border-truce", 0, 34),
		}},
	}
}

func do(t *testing.T, method, url, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, url, ct)
	}
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s %s: body is not a JSON object: %v", method, url, err)
	}
	return resp.StatusCode, out
}

func TestEndpoints(t *testing.T) {
	srv, xs := newTestServer(t, Options{})
	art := xs[0].Article.ID
	tests := []struct {
		name, method, path, body string
		status                   int
		check                    func(t *testing.T, body map[string]any)
	}{
		{"health", "GET", "/healthz", "", 200, func(t *testing.T, b map[string]any) {
			if b["status"] != "ok" {
				t.Errorf("status = %v", b["status"])
			}
		}},
		{"stats", "GET", "/api/v1/stats", "", 200, func(t *testing.T, b map[string]any) {
			if b["statements"] != 3.0 || b["articles"] != 2.0 {
				t.Errorf("stats = %v", b)
			}
		}},
		{"actors search by name", "GET", "/api/v1/actors?q=ruiz", "", 200, total(1)},
		{"actors by kind", "GET", "/api/v1/actors?kind=country", "", 200, total(2)},
		{"actors paged", "GET", "/api/v1/actors?limit=1&offset=1", "", 200, func(t *testing.T, b map[string]any) {
			if b["total"] != 3.0 || len(b["items"].([]any)) != 1 {
				t.Errorf("paged actors = %v", b)
			}
		}},
		{"actors bad kind", "GET", "/api/v1/actors?kind=planet", "", 400, errCode("bad_request")},
		{"actors bad limit", "GET", "/api/v1/actors?limit=-3", "", 400, errCode("bad_request")},
		{"actor", "GET", "/api/v1/actors/ana-ruiz", "", 200, func(t *testing.T, b map[string]any) {
			affs, _ := b["affiliations"].([]any)
			if b["name"] != "Ana Ruiz" || len(affs) != 1 {
				t.Errorf("actor = %v", b)
			}
		}},
		{"actor unknown", "GET", "/api/v1/actors/atlantis", "", 404, errCode("not_found")},
		{"actor stances", "GET", "/api/v1/actors/norland/stances", "", 200, total(2)},
		{"actor stances since", "GET", "/api/v1/actors/norland/stances?since=2026-02-05", "", 200, total(1)},
		{"actor stances by polarity", "GET", "/api/v1/actors/norland/stances?polarity=oppose", "", 200, total(1)},
		{"actor stances bad date", "GET", "/api/v1/actors/norland/stances?since=yesterday", "", 400, errCode("bad_request")},
		{"actor stances unknown", "GET", "/api/v1/actors/atlantis/stances", "", 404, errCode("not_found")},
		{"proposals", "GET", "/api/v1/proposals?q=truce", "", 200, total(1)},
		{"proposal", "GET", "/api/v1/proposals/border-truce", "", 200, func(t *testing.T, b map[string]any) {
			sup, _ := b["supporters"].([]any)
			opp, _ := b["opponents"].([]any)
			if len(sup) != 2 || len(opp) != 1 {
				t.Fatalf("supporters %d opponents %d: %v", len(sup), len(opp), b)
			}
			first := opp[0].(map[string]any)["statements"].([]any)[0].(map[string]any)
			if first["evidence"] != "Norland rejected the border truce." || first["end"] != 34.0 {
				t.Errorf("opponent evidence = %v", first)
			}
		}},
		{"proposal unknown", "GET", "/api/v1/proposals/nothing", "", 404, errCode("not_found")},
		{"statements", "GET", "/api/v1/statements", "", 200, total(3)},
		{"statements filtered", "GET", "/api/v1/statements?target=border-truce&polarity=support&speaker=ana-ruiz", "", 200, total(1)},
		{"statements by stance", "GET", "/api/v1/statements?stance=accepts", "", 200, total(1)},
		{"statements min confidence", "GET", "/api/v1/statements?min_confidence=0.9", "", 200, total(0)},
		{"statements bad stance", "GET", "/api/v1/statements?stance=likes", "", 400, errCode("bad_request")},
		{"statements bad polarity", "GET", "/api/v1/statements?polarity=maybe", "", 400, errCode("bad_request")},
		{"statements until before since", "GET", "/api/v1/statements?since=2026-03-01&until=2026-02-01", "", 400, errCode("bad_request")},
		{"statements bad confidence", "GET", "/api/v1/statements?min_confidence=7", "", 400, errCode("bad_request")},
		{"article", "GET", "/api/v1/articles/" + art, "", 200, func(t *testing.T, b map[string]any) {
			sts, _ := b["statements"].([]any)
			if b["title"] != "Truce split" || len(sts) != 2 {
				t.Errorf("article = %v", b)
			}
		}},
		{"article unknown", "GET", "/api/v1/articles/nope", "", 404, errCode("not_found")},
		{"no route", "GET", "/api/v1/nothing", "", 404, errCode("not_found")},
		{"wrong method", "DELETE", "/api/v1/statements", "", 405, errCode("method_not_allowed")},
		{"gizmo", "POST", "/api/v1/query", `{"query": "g.V('<https://stancegraph.org/actor/norland>').Out('<https://stancegraph.org/ns#rejects>').All()"}`, 200, func(t *testing.T, b map[string]any) {
			res, _ := b["result"].([]any)
			if len(res) != 1 || !strings.Contains(res[0].(map[string]any)["id"].(string), "proposal/border-truce") {
				t.Errorf("gizmo result = %v", b)
			}
		}},
		{"gizmo limit", "POST", "/api/v1/query", `{"query": "g.V().All()", "limit": 2}`, 200, func(t *testing.T, b map[string]any) {
			if b["count"] != 2.0 {
				t.Errorf("limited query returned %v results", b["count"])
			}
		}},
		{"graphql", "POST", "/api/v1/query", `{"language": "graphql", "query": "{ nodes(id: \"<https://stancegraph.org/actor/vesta>\") { id } }"}`, 200, nil},
		{"gizmo syntax error", "POST", "/api/v1/query", `{"query": "g.V(("}`, 400, errCode("bad_query")},
		{"unknown language", "POST", "/api/v1/query", `{"query": "SELECT 1", "language": "sql"}`, 400, errCode("bad_query")},
		{"query not json", "POST", "/api/v1/query", `g.V().All()`, 400, errCode("bad_request")},
		{"query too big", "POST", "/api/v1/query", `{"query": "` + strings.Repeat("x", 70<<10) + `"}`, 413, errCode("too_large")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := do(t, tt.method, srv.URL+tt.path, tt.body)
			if status != tt.status {
				t.Fatalf("%s %s = %d, want %d: %v", tt.method, tt.path, status, tt.status, body)
			}
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}
}

func total(n int) func(t *testing.T, b map[string]any) {
	return func(t *testing.T, b map[string]any) {
		t.Helper()
		items, _ := b["items"].([]any)
		if b["total"] != float64(n) || len(items) != n {
			t.Errorf("total %v with %d items, want %d: %v", b["total"], len(items), n, b)
		}
	}
}

func errCode(code string) func(t *testing.T, b map[string]any) {
	return func(t *testing.T, b map[string]any) {
		t.Helper()
		e, _ := b["error"].(map[string]any)
		if e == nil || e["code"] != code || e["message"] == "" {
			t.Errorf("error body = %v, want code %q with a message", b, code)
		}
	}
}

func TestQueryThatLoopsForeverTimesOut(t *testing.T) {
	srv, _ := newTestServer(t, Options{QueryTimeout: 300 * time.Millisecond})
	start := time.Now()
	status, body := do(t, "POST", srv.URL+"/api/v1/query", `{"query": "while (true) {}"}`)
	if status != http.StatusGatewayTimeout {
		t.Fatalf("looping query = %d %v, want 504", status, body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("looping query held the request for %v", d)
	}
	// The server still answers, and the store is not left locked.
	if status, _ := do(t, "GET", srv.URL+"/api/v1/stats", ""); status != 200 {
		t.Errorf("after the timeout, stats = %d", status)
	}
}
