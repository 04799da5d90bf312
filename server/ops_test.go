package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }

func scrape(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("/metrics = %d", resp.StatusCode)
	}
	return string(b)
}

func TestMetricsByRouteTemplate(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	for _, p := range []string{"/api/v1/actors/norland", "/api/v1/actors/vesta", "/api/v1/actors/atlantis", "/nowhere"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	m := scrape(t, srv.URL)
	for _, want := range []string{
		`stancegraph_http_requests_total{method="GET",route="/api/v1/actors/:id",status="200"} 2`,
		`stancegraph_http_requests_total{method="GET",route="/api/v1/actors/:id",status="404"} 1`,
		`stancegraph_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`stancegraph_http_request_duration_seconds_count{method="GET",route="/api/v1/actors/:id",status="200"} 2`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(m, "norland") {
		t.Error("metrics label a raw path")
	}
}

func TestRequestIDs(t *testing.T) {
	var logs lockedBuffer
	srv2, _ := newTestServerLog(t, &logs)
	hex := regexp.MustCompile(`^[0-9a-f]{24}$`)
	tests := []struct {
		name, in string
		keep     bool
	}{
		{"none", "", false},
		{"sane", "trace-42.abc:1", true},
		{"too long", strings.Repeat("a", 129), false},
		{"log injection", "x\" status=200", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv2.URL+"/api/v1/stats", nil)
			if tt.in != "" {
				req.Header.Set("X-Request-ID", tt.in)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			got := resp.Header.Get("X-Request-ID")
			if tt.keep && got != tt.in {
				t.Errorf("X-Request-ID = %q, want %q echoed", got, tt.in)
			}
			if !tt.keep && !hex.MatchString(got) {
				t.Errorf("X-Request-ID = %q, want a generated one", got)
			}
			if !strings.Contains(logs.String(), "request_id="+got) {
				t.Errorf("access log lacks request_id=%s:\n%s", got, logs.String())
			}
		})
	}
}

func newTestServerLog(t *testing.T, w io.Writer) (*httptest.Server, error) {
	t.Helper()
	srv, _ := newTestServer(t, Options{Logger: slog.New(slog.NewTextHandler(w, nil))})
	return srv, nil
}

func TestCORS(t *testing.T) {
	tests := []struct {
		name    string
		allowed []string
		origin  string
		want    string
	}{
		{"off by default", nil, "https://app.example", ""},
		{"listed origin", []string{"https://app.example"}, "https://app.example", "https://app.example"},
		{"unlisted origin", []string{"https://app.example"}, "https://evil.example", ""},
		{"any", []string{"*"}, "https://x.example", "*"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := newTestServer(t, Options{CORSOrigins: tt.allowed})
			req, _ := http.NewRequest("GET", srv.URL+"/api/v1/stats", nil)
			req.Header.Set("Origin", tt.origin)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.want {
				t.Errorf("Allow-Origin = %q, want %q", got, tt.want)
			}
			// Preflight.
			req, _ = http.NewRequest("OPTIONS", srv.URL+"/api/v1/articles", nil)
			req.Header.Set("Origin", tt.origin)
			req.Header.Set("Access-Control-Request-Method", "POST")
			resp, err = http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			allowed := resp.Header.Get("Access-Control-Allow-Methods") != ""
			if allowed != (tt.want != "") || (allowed && resp.StatusCode != http.StatusNoContent) {
				t.Errorf("preflight = %d, Allow-Methods %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Methods"))
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	srv, _ := newTestServer(t, Options{MaxBodyBytes: 100})
	big := `{"query": "` + strings.Repeat("x", 200) + `"}`
	status, body := do(t, "POST", srv.URL+"/api/v1/query", big)
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized query = %d %v", status, body)
	}
	errCode("too_large")(t, body)
	// Chunked (no Content-Length): cut off while reading.
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/query", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked oversized query = %d", resp.StatusCode)
	}
}

// TestLoopingQueriesDoNotLeakGoroutines runs Gizmo queries that never end
// and checks that, once they have timed out, the goroutine count settles
// back: the engine's interrupt must stop the JavaScript VM, not abandon it.
func TestLoopingQueriesDoNotLeakGoroutines(t *testing.T) {
	srv, _ := newTestServer(t, Options{QueryTimeout: 200 * time.Millisecond})
	// Warm up: connections and lazily started goroutines exist before
	// the baseline is taken.
	do(t, "POST", srv.URL+"/api/v1/query", `{"query": "g.V().All()"}`)
	http.DefaultClient.CloseIdleConnections()
	before := settledGoroutines(0)
	for _, q := range []string{
		`while (true) {}`,
		`for (;;) { g.V().ToArray() }`,
		`var i = 0; while (true) { i++ }`,
		`g.V().ForEach(function(d) { while (true) {} })`,
	} {
		status, body := do(t, "POST", srv.URL+"/api/v1/query", `{"query": "`+q+`"}`)
		if status != http.StatusGatewayTimeout {
			t.Errorf("%s = %d %v, want 504", q, status, body)
		}
	}
	http.DefaultClient.CloseIdleConnections()
	if after := settledGoroutines(before); after > before {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("goroutines: %d before the looping queries, %d after\n%s", before, after, buf[:n])
	}
	if status, _ := do(t, "GET", srv.URL+"/api/v1/stats", ""); status != 200 {
		t.Errorf("after the timeouts, stats = %d", status)
	}
}

// settledGoroutines waits up to 5 s for the goroutine count to drop to
// target (or to stop changing when target is 0) and returns it.
func settledGoroutines(target int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		m := runtime.NumGoroutine()
		if (target > 0 && m <= target) || (target == 0 && m == n) {
			return m
		}
		n = m
	}
	return n
}

// TestOpenAPIMatchesRoutes checks that the document lists every route gin
// serves, with its method, and nothing gin does not serve.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	s := New(nil, Options{})
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	param := regexp.MustCompile(`:([A-Za-z_]+)`)
	served := map[string]bool{}
	for _, r := range s.engine.Routes() {
		p := param.ReplaceAllString(r.Path, "{$1}")
		key := strings.ToLower(r.Method) + " " + p
		served[key] = true
		if _, ok := doc.Paths[p][strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
		}
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, m+" "+p)
			if !served[m+" "+p] {
				t.Errorf("openapi.json documents %s %s, which no route serves", strings.ToUpper(m), p)
			}
		}
	}
	slices.Sort(documented)
	if len(documented) != len(served) {
		t.Errorf("%d documented operations, %d routes", len(documented), len(served))
	}
}

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRawQueriesAreCapped: with one slot, a query that loops holds it and a
// second raw query is refused with 429 at once, while the other routes keep
// answering; when the first ends (its client goes away) the slot is free.
func TestRawQueriesAreCapped(t *testing.T) {
	srv, _ := newTestServer(t, Options{QueryTimeout: time.Minute, QueryConcurrency: 1})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	first := make(chan error, 1)
	go func() {
		// The quick queries below may hold the slot for a moment and
		// turn this one away: retry until it runs (and then it runs
		// until its client goes away).
		for {
			req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/api/v1/query", strings.NewReader(`{"query": "while (true) {}"}`))
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusTooManyRequests {
					continue
				}
			}
			first <- err
			return
		}
	}()
	var status int
	var body map[string]any
	for range 1000 { // until the loop holds the slot
		status, body = do(t, "POST", srv.URL+"/api/v1/query", `{"query": "g.V().All()"}`)
		if status == http.StatusTooManyRequests {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if status != http.StatusTooManyRequests {
		t.Fatalf("second query while one runs = %d, want 429", status)
	}
	errCode("busy")(t, body)
	if s, _ := do(t, "GET", srv.URL+"/api/v1/stats", ""); s != 200 {
		t.Errorf("stats while a raw query runs = %d", s)
	}
	cancel()
	<-first
	for range 1000 {
		if status, _ = do(t, "POST", srv.URL+"/api/v1/query", `{"query": "g.V().All()"}`); status == 200 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("query after the first was abandoned = %d, want 200", status)
}
