package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/ingest/extract"
)

const testToken = "s3cret-token"

// newWriteServer serves an empty memory store with writes enabled through
// the CLI's real pipeline (ingest.One with the rule-based extractor).
func newWriteServer(t *testing.T, opts Options) (*httptest.Server, *Server) {
	t.Helper()
	st, err := graph.Open(context.Background(), "mem://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	one := &ingest.One{Writer: st, Extractor: extract.New()}
	opts.Ingester = IngesterFunc(func(ctx context.Context, body io.Reader, format string) (Ingested, error) {
		r, err := one.Ingest(ctx, body, format)
		if err != nil {
			return Ingested{}, err
		}
		return Ingested{Article: r.Article, Result: r.Result.String(), Statements: r.Extraction.Statements}, nil
	})
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := New(st, opts)
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, s
}

func send(t *testing.T, method, url, ctype, auth, body string) (int, map[string]any, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]any{}
	if err := jsonDecode(resp.Body, &out); err != nil {
		t.Fatalf("%s %s: body is not a JSON object: %v", method, url, err)
	}
	return resp.StatusCode, out, resp.Header
}

const article = "Russia rejected the ceasefire plan on Monday. France backed the ceasefire plan."

func TestWriteAuth(t *testing.T) {
	srv, _ := newWriteServer(t, Options{Token: testToken})
	tests := []struct {
		name, method, path, auth string
		status                   int
		code                     string
	}{
		{"post without token", "POST", "/api/v1/articles", "", 401, "unauthorized"},
		{"post wrong token", "POST", "/api/v1/articles", "Bearer nope", 401, "unauthorized"},
		{"post token prefix", "POST", "/api/v1/articles", "Bearer " + testToken[:5], 401, "unauthorized"},
		{"post token longer", "POST", "/api/v1/articles", "Bearer " + testToken + "x", 401, "unauthorized"},
		{"post basic auth", "POST", "/api/v1/articles", "Basic " + testToken, 401, "unauthorized"},
		{"post empty bearer", "POST", "/api/v1/articles", "Bearer ", 401, "unauthorized"},
		{"delete without token", "DELETE", "/api/v1/articles/x", "", 401, "unauthorized"},
		{"delete unknown", "DELETE", "/api/v1/articles/x", "bearer " + testToken, 404, "not_found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, h := send(t, tt.method, srv.URL+tt.path, "text/plain", tt.auth, article)
			if status != tt.status {
				t.Fatalf("= %d, want %d: %v", status, tt.status, body)
			}
			errCode(tt.code)(t, body)
			if status == 401 && h.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

func TestPostAndDeleteArticle(t *testing.T) {
	srv, _ := newWriteServer(t, Options{Token: testToken, MaxBodyBytes: 4 << 10})
	auth := "Bearer " + testToken
	status, body, h := send(t, "POST", srv.URL+"/api/v1/articles", "text/plain; charset=utf-8", auth, article)
	if status != 201 || body["result"] != "new" {
		t.Fatalf("first POST = %d %v", status, body)
	}
	id, _ := body["id"].(string)
	sts, _ := body["statements"].([]any)
	if id == "" || len(sts) == 0 || h.Get("Location") != "/api/v1/articles/"+id {
		t.Fatalf("POST gave id %q, %d statements, Location %q", id, len(sts), h.Get("Location"))
	}
	if status, body, _ := send(t, "POST", srv.URL+"/api/v1/articles", "text/plain", auth, article); status != 200 || body["result"] != "unchanged" {
		t.Errorf("second POST = %d %v, want 200 unchanged", status, body)
	}
	// The posted article is readable at once through the read endpoints.
	if status, body := do(t, "GET", srv.URL+"/api/v1/articles/"+id, ""); status != 200 || len(body["statements"].([]any)) != len(sts) {
		t.Errorf("GET posted article = %d %v", status, body)
	}
	// The proposal ID is the extractor's business; take it from the answer.
	target := sts[0].(map[string]any)["target"].(string)
	if status, body := do(t, "GET", srv.URL+"/api/v1/proposals/"+target, ""); status != 200 || len(body["opponents"].([]any)) != 1 || len(body["supporters"].([]any)) != 1 {
		t.Errorf("proposal %s after POST = %d %v", target, status, body)
	}

	js := `{"title": "Vesta turns", "source": "Wire", "published": "2026-03-01", "text": "Germany rejected the carbon tax bill on Monday."}`
	status, body, _ = send(t, "POST", srv.URL+"/api/v1/articles", "application/json", auth, js)
	art, _ := body["article"].(map[string]any)
	if status != 201 || art["source"] != "Wire" || art["title"] != "Vesta turns" {
		t.Errorf("JSON POST = %d %v", status, body)
	}

	bad := []struct {
		name, ctype, body string
		status            int
		code              string
	}{
		{"empty", "text/plain", "", 400, "bad_article"},
		{"broken json", "application/json", `{"text": `, 400, "bad_article"},
		{"json without text", "application/json", `{"title": "x"}`, 400, "bad_article"},
		{"two articles", "application/json", `[{"text": "A rejected B."}, {"text": "C backed D."}]`, 400, "bad_article"},
		{"pdf", "application/pdf", "%PDF-1.4", 415, "unsupported_media_type"},
		{"oversized", "text/plain", strings.Repeat("Russia rejected the plan. ", 400), 413, "too_large"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := send(t, "POST", srv.URL+"/api/v1/articles", tt.ctype, auth, tt.body)
			if status != tt.status {
				t.Fatalf("= %d, want %d: %v", status, tt.status, body)
			}
			errCode(tt.code)(t, body)
		})
	}

	if status, body, _ := send(t, "DELETE", srv.URL+"/api/v1/articles/"+id, "", auth, ""); status != 200 || body["deleted"] != true {
		t.Fatalf("DELETE = %d %v", status, body)
	}
	if status, _ := do(t, "GET", srv.URL+"/api/v1/articles/"+id, ""); status != 404 {
		t.Errorf("GET deleted article = %d, want 404", status)
	}
	if status, body, _ := send(t, "DELETE", srv.URL+"/api/v1/articles/"+id, "", auth, ""); status != 404 {
		t.Errorf("second DELETE = %d %v, want 404", status, body)
	}

	m := scrape(t, srv.URL)
	for _, want := range []string{
		`stancegraph_ingest_articles_total{result="new"} 2`,
		`stancegraph_ingest_articles_total{result="unchanged"} 1`,
		`stancegraph_ingest_articles_total{result="rejected"} 4`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestPostWithoutIngesterIsDisabled(t *testing.T) {
	st, err := graph.Open(context.Background(), "mem://")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(New(st, Options{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	status, body, _ := send(t, "POST", srv.URL+"/api/v1/articles", "text/plain", "Bearer "+testToken, article)
	if status != 403 {
		t.Fatalf("POST without ingester = %d %v", status, body)
	}
	errCode("writes_disabled")(t, body)
}

// TestCachedReadsFollowWrites checks that the response cache never serves
// an answer from before a write.
func TestCachedReadsFollowWrites(t *testing.T) {
	srv, _ := newWriteServer(t, Options{Token: testToken})
	get := func() (float64, string) {
		resp, err := http.Get(srv.URL + "/api/v1/articles")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b map[string]any
		if err := jsonDecode(resp.Body, &b); err != nil {
			t.Fatal(err)
		}
		return b["total"].(float64), resp.Header.Get("X-Cache")
	}
	if n, x := get(); n != 0 || x != "miss" {
		t.Fatalf("first GET: total %v, X-Cache %q", n, x)
	}
	if n, x := get(); n != 0 || x != "hit" {
		t.Fatalf("second GET: total %v, X-Cache %q; want a hit", n, x)
	}
	if status, body, _ := send(t, "POST", srv.URL+"/api/v1/articles", "text/plain", "Bearer "+testToken, article); status != 201 {
		t.Fatalf("POST = %d %v", status, body)
	}
	if n, x := get(); n != 1 || x != "miss" {
		t.Fatalf("GET after POST: total %v, X-Cache %q; want 1 from a fresh read", n, x)
	}
}
