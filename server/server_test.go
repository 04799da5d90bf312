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
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
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
		{"ready", "GET", "/readyz", "", 200, func(t *testing.T, b map[string]any) {
			if b["status"] != "ready" {
				t.Errorf("status = %v", b["status"])
			}
		}},
		{"openapi", "GET", "/api/v1/openapi.json", "", 200, func(t *testing.T, b map[string]any) {
			if b["openapi"] != "3.0.3" || b["paths"] == nil {
				t.Errorf("openapi = %.200v", b)
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
			if n := b["counts"].(map[string]any); n["voiced"] != 1.0 || n["held"] != 0.0 {
				t.Errorf("ana-ruiz counts = %v", n)
			}
		}},
		{"actor counts", "GET", "/api/v1/actors/norland", "", 200, func(t *testing.T, b map[string]any) {
			n := b["counts"].(map[string]any)
			if n["held"] != 2.0 || n["support"] != 1.0 || n["oppose"] != 1.0 || n["proposals"] != 1.0 || n["articles"] != 2.0 {
				t.Errorf("norland counts = %v", n)
			}
		}},
		{"actor unknown", "GET", "/api/v1/actors/atlantis", "", 404, errCode("not_found")},
		{"actor stances grouped by target", "GET", "/api/v1/actors/norland/stances", "", 200, func(t *testing.T, b map[string]any) {
			total(1)(t, b)
			g := b["items"].([]any)[0].(map[string]any)
			if g["target"] != "border-truce" || g["name"] != "border truce" || g["count"] != 2.0 || g["support"] != 1.0 || g["oppose"] != 1.0 ||
				g["latest"] != "accepts" || !strings.HasPrefix(g["first"].(string), "2026-02-01") || !strings.HasPrefix(g["last"].(string), "2026-02-10") {
				t.Errorf("group = %v", g)
			}
			if sts := g["statements"].([]any); len(sts) != 2 {
				t.Errorf("group statements = %v", sts)
			}
		}},
		{"actor stances evidence cap", "GET", "/api/v1/actors/norland/stances?evidence=1", "", 200, func(t *testing.T, b map[string]any) {
			g := b["items"].([]any)[0].(map[string]any)
			if sts := g["statements"].([]any); len(sts) != 1 || g["count"] != 2.0 || sts[0].(map[string]any)["stance"] != "accepts" {
				t.Errorf("capped group = %v", g)
			}
		}},
		{"actor stances flat", "GET", "/api/v1/actors/norland/stances?group=none", "", 200, total(2)},
		{"actor stances voiced", "GET", "/api/v1/actors/ana-ruiz/stances?group=none", "", 200, total(1)},
		{"actor stances since", "GET", "/api/v1/actors/norland/stances?group=none&since=2026-02-05", "", 200, total(1)},
		{"actor stances until", "GET", "/api/v1/actors/norland/stances?group=none&until=2026-02-01", "", 200, total(1)},
		{"actor stances by polarity", "GET", "/api/v1/actors/norland/stances?group=none&polarity=oppose", "", 200, total(1)},
		{"actor stances bad group", "GET", "/api/v1/actors/norland/stances?group=year", "", 400, errCode("bad_request")},
		{"actor stances bad evidence", "GET", "/api/v1/actors/norland/stances?evidence=-1", "", 400, errCode("bad_request")},
		{"actor stances bad until", "GET", "/api/v1/actors/norland/stances?until=2026-13-01", "", 400, errCode("bad_request")},
		{"actor stances bad date", "GET", "/api/v1/actors/norland/stances?since=yesterday", "", 400, errCode("bad_request")},
		{"actor stances unknown", "GET", "/api/v1/actors/atlantis/stances", "", 404, errCode("not_found")},
		{"proposals", "GET", "/api/v1/proposals?q=truce", "", 200, total(1)},
		{"proposal", "GET", "/api/v1/proposals/border-truce?evidence=0", "", 200, func(t *testing.T, b map[string]any) {
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
		{"proposal since", "GET", "/api/v1/proposals/border-truce?since=2026-02-05", "", 200, func(t *testing.T, b map[string]any) {
			sup, _ := b["supporters"].([]any)
			opp, _ := b["opponents"].([]any)
			if len(sup) != 1 || len(opp) != 0 {
				t.Errorf("since 5 Feb: supporters %v opponents %v", sup, opp)
			}
		}},
		{"proposal bad date", "GET", "/api/v1/proposals/border-truce?until=soon", "", 400, errCode("bad_request")},
		{"proposal bad evidence", "GET", "/api/v1/proposals/border-truce?evidence=x", "", 400, errCode("bad_request")},
		{"proposal unknown", "GET", "/api/v1/proposals/nothing", "", 404, errCode("not_found")},
		{"timeline", "GET", "/api/v1/proposals/border-truce/timeline", "", 200, func(t *testing.T, b map[string]any) {
			total(3)(t, b)
			items := b["items"].([]any)
			first, last := items[0].(map[string]any), items[2].(map[string]any)
			if first["date"].(string) > last["date"].(string) || last["stance"] != "accepts" {
				t.Errorf("timeline not oldest first: %v", items)
			}
		}},
		{"timeline paged and filtered", "GET", "/api/v1/proposals/border-truce/timeline?holder=norland&limit=1&offset=1", "", 200, func(t *testing.T, b map[string]any) {
			items := b["items"].([]any)
			if b["total"] != 2.0 || len(items) != 1 || items[0].(map[string]any)["stance"] != "accepts" {
				t.Errorf("timeline page = %v", b)
			}
		}},
		{"timeline unknown", "GET", "/api/v1/proposals/nothing/timeline", "", 404, errCode("not_found")},
		{"timeline bad date", "GET", "/api/v1/proposals/border-truce/timeline?since=2026-02-30", "", 400, errCode("bad_request")},
		{"statements", "GET", "/api/v1/statements", "", 200, total(3)},
		{"statements filtered", "GET", "/api/v1/statements?target=border-truce&polarity=support&speaker=ana-ruiz", "", 200, total(1)},
		{"statements by stance", "GET", "/api/v1/statements?stance=accepts", "", 200, total(1)},
		{"statements min confidence", "GET", "/api/v1/statements?min_confidence=0.9", "", 200, total(0)},
		{"statements bad stance", "GET", "/api/v1/statements?stance=likes", "", 400, errCode("bad_request")},
		{"statements bad polarity", "GET", "/api/v1/statements?polarity=maybe", "", 400, errCode("bad_request")},
		{"statements until before since", "GET", "/api/v1/statements?since=2026-03-01&until=2026-02-01", "", 400, errCode("bad_request")},
		{"statements bad confidence", "GET", "/api/v1/statements?min_confidence=7", "", 400, errCode("bad_request")},
		{"statements by source", "GET", "/api/v1/statements?source=Test+Wire", "", 200, total(3)},
		{"statements by other source", "GET", "/api/v1/statements?source=Elsewhere", "", 200, total(0)},
		{"statements by article", "GET", "/api/v1/statements?article=" + art, "", 200, total(2)},
		{"statements date range", "GET", "/api/v1/statements?since=2026-02-01&until=2026-02-01", "", 200, total(2)},
		{"statements bad since", "GET", "/api/v1/statements?since=01/02/2026", "", 400, errCode("bad_request")},
		{"statement", "GET", "/api/v1/statements/" + xs[0].Statements[1].ID, "", 200, func(t *testing.T, b map[string]any) {
			src, _ := b["source"].(map[string]any)
			if b["holder"] != "vesta" || b["speaker"] != "ana-ruiz" || b["start"] != 35.0 || b["end"] != 80.0 ||
				src["title"] != "Truce split" || src["outlet"] != "Test Wire" || src["id"] != art || !strings.HasPrefix(src["published"].(string), "2026-02-01") {
				t.Errorf("statement = %v", b)
			}
		}},
		{"statement unknown", "GET", "/api/v1/statements/0000", "", 404, errCode("not_found")},
		{"articles", "GET", "/api/v1/articles", "", 200, func(t *testing.T, b map[string]any) {
			total(2)(t, b)
			if first := b["items"].([]any)[0].(map[string]any); first["title"] != "Norland turns" {
				t.Errorf("articles not newest first: %v", b["items"])
			}
		}},
		{"articles by source", "GET", "/api/v1/articles?source=Test+Wire&since=2026-02-05", "", 200, total(1)},
		{"articles until", "GET", "/api/v1/articles?until=2026-02-01", "", 200, total(1)},
		{"articles bad date", "GET", "/api/v1/articles?since=tomorrow", "", 400, errCode("bad_request")},
		{"articles bad limit", "GET", "/api/v1/articles?limit=5000", "", 400, errCode("bad_request")},
		{"article", "GET", "/api/v1/articles/" + art, "", 200, func(t *testing.T, b map[string]any) {
			sts, _ := b["statements"].([]any)
			if b["title"] != "Truce split" || len(sts) != 2 {
				t.Errorf("article = %v", b)
			}
		}},
		{"article unknown", "GET", "/api/v1/articles/nope", "", 404, errCode("not_found")},
		{"no route", "GET", "/api/v1/nothing", "", 404, errCode("not_found")},
		{"wrong method", "DELETE", "/api/v1/statements", "", 405, errCode("method_not_allowed")},
		{"post disabled", "POST", "/api/v1/articles", `{"text": "Norland backs the truce."}`, 403, errCode("writes_disabled")},
		{"delete disabled", "DELETE", "/api/v1/articles/" + art, "", 403, errCode("writes_disabled")},
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
