package server

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"
)

// getRaw fetches a URL and returns status, Content-Type and body.
func getRaw(t *testing.T, url string) (int, string, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

func TestAnalysisEndpoints(t *testing.T) {
	srv, xs := newTestServer(t, Options{})
	tests := []struct {
		name, path string
		status     int
		check      func(t *testing.T, b map[string]any)
	}{
		{"matrix", "/api/v1/analysis/matrix", 200, func(t *testing.T, b map[string]any) {
			cells := b["cells"].([]any)
			var norland map[string]any
			for _, c := range cells {
				if c := c.(map[string]any); c["actor"] == "norland" {
					norland = c
				}
			}
			if norland == nil || norland["support"] != 1.0 || norland["oppose"] != 1.0 || norland["latest_polarity"] != 1.0 || norland["last"] != "2026-02-10T00:00:00Z" {
				t.Errorf("Norland's cell = %v", norland)
			}
		}},
		{"matrix of one kind", "/api/v1/analysis/matrix?kind=person", 200, func(t *testing.T, b map[string]any) {
			if len(b["cells"].([]any)) != 0 {
				t.Errorf("persons hold no statements: %v", b["cells"])
			}
		}},
		{"conflict network", "/api/v1/analysis/network?mode=conflict", 200, func(t *testing.T, b map[string]any) {
			n := b["networks"].([]any)[0].(map[string]any)
			edges := n["edges"].([]any)
			if len(edges) != 1 {
				t.Fatalf("edges = %v", edges)
			}
			e := edges[0].(map[string]any)
			if e["sign"] != -1.0 || e["weight"] != 1.0 || e["proposals"].([]any)[0] != "border-truce" {
				t.Errorf("conflict edge = %v", e)
			}
		}},
		{"congruence network, jaccard", "/api/v1/analysis/network?mode=congruence&normalization=jaccard", 200, func(t *testing.T, b map[string]any) {
			e := b["networks"].([]any)[0].(map[string]any)["edges"].([]any)[0].(map[string]any)
			if e["sign"] != 1.0 || e["weight"] != 0.5 {
				t.Errorf("congruence edge = %v", e)
			}
		}},
		{"windows", "/api/v1/analysis/network?mode=two-mode&window=7d", 200, func(t *testing.T, b map[string]any) {
			if n := len(b["networks"].([]any)); n != 2 {
				t.Errorf("%d windows, want 2", n)
			}
		}},
		{"timeline", "/api/v1/analysis/actors/norland/timeline?target=border-truce", 200, func(t *testing.T, b map[string]any) {
			entries, shifts := b["entries"].([]any), b["shifts"].([]any)
			if len(entries) != 2 || len(shifts) != 1 || entries[1].(map[string]any)["shift"] != true {
				t.Errorf("timeline = %v", b)
			}
			sh := shifts[0].(map[string]any)
			if sh["from"].(map[string]any)["stance"] != "rejects" || sh["to"].(map[string]any)["stance"] != "accepts" {
				t.Errorf("shift = %v", sh)
			}
		}},
		{"shifts", "/api/v1/analysis/shifts", 200, func(t *testing.T, b map[string]any) {
			if b["total"] != 1.0 || b["items"].([]any)[0].(map[string]any)["actor"] != "norland" {
				t.Errorf("shifts = %v", b)
			}
		}},
		{"shifts page past the end", "/api/v1/analysis/shifts?offset=5", 200, func(t *testing.T, b map[string]any) {
			if b["total"] != 1.0 || len(b["items"].([]any)) != 0 {
				t.Errorf("shifts = %v", b)
			}
		}},
		{"coalitions", "/api/v1/analysis/coalitions?until=2026-02-05", 200, func(t *testing.T, b map[string]any) {
			if cs := b["coalitions"].([]any); len(cs) != 0 {
				t.Errorf("before Norland turns, nobody agrees: %v", cs)
			}
		}},
		{"coalitions of one", "/api/v1/analysis/coalitions?since=2026-02-05&min_size=1", 200, func(t *testing.T, b map[string]any) {
			// only Norland speaks after the 5th
			cs := b["coalitions"].([]any)
			if len(cs) != 1 || cs[0].(map[string]any)["members"].([]any)[0].(map[string]any)["id"] != "norland" {
				t.Errorf("coalitions = %v", cs)
			}
		}},
		{"unknown actor", "/api/v1/analysis/actors/atlantis/timeline", 404, nil},
		{"unknown target", "/api/v1/analysis/actors/norland/timeline?target=moon", 404, nil},
		{"unknown article", "/api/v1/export/nquads?article=nope", 404, nil},
		{"bad mode", "/api/v1/analysis/network?mode=tripartite", 400, nil},
		{"bad normalization for two-mode", "/api/v1/analysis/network?normalization=cosine", 400, nil},
		{"bad window", "/api/v1/analysis/network?window=soon", 400, nil},
		{"too many windows", "/api/v1/analysis/network?window=1h&since=1990-01-01", 400, nil},
		{"bad kind", "/api/v1/analysis/matrix?kind=planet", 400, nil},
		{"bad confidence", "/api/v1/analysis/coalitions?min_confidence=2", 400, nil},
		{"bad dates", "/api/v1/analysis/shifts?since=2026-03-01&until=2026-01-01", 400, nil},
		{"bad duplicates", "/api/v1/analysis/matrix?duplicates=fortnight", 400, nil},
		{"bad format", "/api/v1/analysis/matrix?format=xlsx", 400, nil},
		{"GraphML of a window series", "/api/v1/export/graphml?window=7d", 400, nil},
		{"bad JSON-LD filter", "/api/v1/export/jsonld?since=yesterday", 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := do(t, "GET", srv.URL+tt.path, "")
			if status != tt.status {
				t.Fatalf("status %d, want %d: %v", status, tt.status, body)
			}
			if status >= 400 {
				e, _ := body["error"].(map[string]any)
				if e == nil || e["code"] == "" || e["message"] == "" {
					t.Errorf("error body %v", body)
				}
				return
			}
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}

	t.Run("matrix CSV", func(t *testing.T) {
		status, ct, body := getRaw(t, srv.URL+"/api/v1/analysis/matrix?format=csv&layout=wide")
		if status != 200 || !strings.HasPrefix(ct, "text/csv") {
			t.Fatalf("status %d, Content-Type %q", status, ct)
		}
		recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || len(recs) != 3 || recs[0][3] != "border truce" {
			t.Errorf("wide CSV = %v, %v", recs, err)
		}
	})
	t.Run("GraphML", func(t *testing.T) {
		status, ct, body := getRaw(t, srv.URL+"/api/v1/export/graphml?mode=congruence")
		if status != 200 || !strings.HasPrefix(ct, "application/graphml+xml") {
			t.Fatalf("status %d, Content-Type %q", status, ct)
		}
		var doc struct {
			XMLName xml.Name
			Keys    []struct {
				For  string `xml:"for,attr"`
				Name string `xml:"attr.name,attr"`
			} `xml:"key"`
			Graph struct {
				EdgeDefault string `xml:"edgedefault,attr"`
				Nodes       []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct {
					Source string `xml:"source,attr"`
					Target string `xml:"target,attr"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.XMLName.Local != "graphml" || doc.Graph.EdgeDefault != "undirected" || len(doc.Graph.Nodes) != 2 || len(doc.Graph.Edges) != 1 || len(doc.Keys) == 0 {
			t.Errorf("GraphML = %+v", doc)
		}
	})
	t.Run("edges CSV", func(t *testing.T) {
		status, ct, body := getRaw(t, srv.URL+"/api/v1/export/edges.csv?mode=conflict")
		if status != 200 || !strings.HasPrefix(ct, "text/csv") || !strings.HasPrefix(body, "Source,Target,Type,Weight") {
			t.Errorf("status %d, Content-Type %q, body %q", status, ct, body)
		}
	})
	t.Run("N-Quads of one article", func(t *testing.T) {
		status, ct, body := getRaw(t, srv.URL+"/api/v1/export/nquads?article="+xs[1].Article.ID)
		if status != 200 || !strings.HasPrefix(ct, "application/n-quads") {
			t.Fatalf("status %d, Content-Type %q", status, ct)
		}
		r := nquads.NewReader(strings.NewReader(body), false)
		n := 0
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(q.Label.String(), xs[1].Article.ID+">") {
				t.Errorf("quad %v from another article", q)
			}
			n++
		}
		if n == 0 {
			t.Error("no quads")
		}
	})
	t.Run("JSON-LD", func(t *testing.T) {
		status, ct, body := getRaw(t, srv.URL+"/api/v1/export/jsonld?source=Test+Wire")
		if status != 200 || !strings.HasPrefix(ct, "application/ld+json") {
			t.Fatalf("status %d, Content-Type %q", status, ct)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatal(err)
		}
		if g := doc["@graph"].([]any); len(g) != 3 {
			t.Errorf("@graph has %d statements, want 3", len(g))
		}
	})
}

// TestExportOutlivesWriteTimeout: a server whose WriteTimeout has passed
// before the handler writes still delivers an export (it lifts the
// deadline), while an ordinary answer is lost.
func TestExportOutlivesWriteTimeout(t *testing.T) {
	srv, _ := newTestServer(t, Options{})
	slow := httptest.NewUnstartedServer(srv.Config.Handler)
	slow.Config.WriteTimeout = time.Nanosecond
	slow.Start()
	defer slow.Close()
	if resp, err := http.Get(slow.URL + "/api/v1/stats"); err == nil {
		resp.Body.Close()
		t.Skip("the write timeout did not bite; nothing to compare")
	}
	status, _, body := getRaw(t, slow.URL+"/api/v1/export/nquads")
	if status != 200 || !strings.Contains(body, "<"+"https://stancegraph.org/") {
		t.Errorf("export under an expired write deadline: %d %q", status, body)
	}
}
