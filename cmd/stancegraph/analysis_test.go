package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/schema"
)

// analysisDB writes two hand-built articles to a bolt file: Norland
// rejects the border truce, Vesta backs it; later Norland accepts it.
func analysisDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "analysis.db")
	s, err := graph.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	actors := []schema.Actor{{ID: "norland", Name: "Norland", Kind: schema.Country}, {ID: "vesta", Name: "Vesta", Kind: schema.Country}}
	truce := []schema.Proposal{{ID: "border-truce", Name: "border truce"}}
	mk := func(id, date string, says ...schema.Statement) *schema.Extraction {
		d, _ := time.Parse("2006-01-02", date)
		x := &schema.Extraction{Article: schema.Article{ID: id, Title: id, Source: "Test Wire", Published: d}, Actors: actors, Proposals: truce}
		for i, st := range says {
			st.Start, st.End = i*10, i*10+9
			st.ID = schema.StatementID(id, st.Holder, st.Stance, st.Target, st.Start, st.End)
			st.Polarity, st.TargetKind, st.Article, st.Date, st.Confidence, st.Evidence = st.Stance.Polarity(), schema.TargetProposal, id, d, 0.9, st.Holder+" "+string(st.Stance)
			x.Statements = append(x.Statements, st)
		}
		return x
	}
	for _, x := range []*schema.Extraction{
		mk("a1", "2026-02-01", schema.Statement{Holder: "norland", Stance: schema.Rejects, Target: "border-truce"}, schema.Statement{Holder: "vesta", Stance: schema.Backs, Target: "border-truce"}),
		mk("a2", "2026-02-10", schema.Statement{Holder: "norland", Stance: schema.Accepts, Target: "border-truce"}),
	} {
		if _, err := s.WriteArticle(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestAnalysisCommands(t *testing.T) {
	db := analysisDB(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		check   func(t *testing.T, out string)
	}{
		{"matrix JSON", []string{"analysis", "matrix"}, false, func(t *testing.T, out string) {
			var m struct {
				Cells []struct {
					Actor                string
					Support, Oppose, Net int
					LatestPolarity       int `json:"latest_polarity"`
				}
			}
			if err := json.Unmarshal([]byte(out), &m); err != nil || len(m.Cells) != 2 {
				t.Fatalf("matrix %v: %s", err, out)
			}
			if c := m.Cells[0]; c.Actor != "norland" || c.Support != 1 || c.Oppose != 1 || c.LatestPolarity != 1 {
				t.Errorf("Norland's cell = %+v", c)
			}
		}},
		{"matrix CSV", []string{"analysis", "matrix", "--format", "csv", "--layout", "wide"}, false, func(t *testing.T, out string) {
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != 3 || recs[1][3] != "0" || recs[2][3] != "1" {
				t.Errorf("wide matrix %v: %v", err, recs)
			}
		}},
		{"conflict network", []string{"analysis", "network", "--mode", "conflict"}, false, func(t *testing.T, out string) {
			if !strings.Contains(out, `"source": "actor:norland"`) || !strings.Contains(out, `"sign": -1`) {
				t.Errorf("conflict network:\n%s", out)
			}
		}},
		{"timeline table", []string{"analysis", "timeline", "norland", "border-truce", "--format", "table"}, false, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 3 || !strings.Contains(lines[2], "SHIFT") || strings.Contains(lines[1], "SHIFT") {
				t.Errorf("timeline:\n%s", out)
			}
		}},
		{"shifts", []string{"analysis", "shifts"}, false, func(t *testing.T, out string) {
			var shifts []map[string]any
			if err := json.Unmarshal([]byte(out), &shifts); err != nil || len(shifts) != 1 || shifts[0]["actor"] != "norland" {
				t.Errorf("shifts %v: %s", err, out)
			}
		}},
		{"coalitions", []string{"analysis", "coalitions", "--since", "2026-02-05", "--min-size", "1", "--format", "table"}, false, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "coalition 1 (1 members") {
				t.Errorf("coalitions:\n%s", out)
			}
		}},
		{"GraphML", []string{"export", "graphml", "--mode", "congruence"}, false, func(t *testing.T, out string) {
			var g struct {
				XMLName xml.Name
				Graph   struct {
					Nodes []struct{} `xml:"node"`
					Edges []struct{} `xml:"edge"`
				} `xml:"graph"`
			}
			if err := xml.Unmarshal([]byte(out), &g); err != nil || g.XMLName.Local != "graphml" || len(g.Graph.Nodes) != 2 || len(g.Graph.Edges) != 1 {
				t.Errorf("GraphML %v: %s", err, out)
			}
		}},
		{"edges CSV", []string{"export", "edges", "--mode", "conflict", "--window", "7d"}, false, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "Source,Target,Type,Weight") || !strings.Contains(out, "window_start") {
				t.Errorf("edges CSV:\n%s", out)
			}
		}},
		{"N-Quads of one article", []string{"export", "nquads", "a2"}, false, func(t *testing.T, out string) {
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if !strings.HasSuffix(line, "<"+schema.ArticleIRI("a2")+"> .") {
					t.Errorf("line from another article: %s", line)
				}
			}
		}},
		{"JSON-LD", []string{"export", "jsonld", "--until", "2026-02-05"}, false, func(t *testing.T, out string) {
			var doc struct {
				Graph []any `json:"@graph"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Graph) != 2 {
				t.Errorf("JSON-LD %v: %s", err, out)
			}
		}},
		{"bad mode", []string{"analysis", "network", "--mode", "tripartite"}, true, nil},
		{"bad kind", []string{"analysis", "matrix", "--kind", "planet"}, true, nil},
		{"bad date", []string{"analysis", "shifts", "--since", "yesterday"}, true, nil},
		{"unknown actor", []string{"analysis", "timeline", "atlantis"}, true, nil},
		{"unknown article", []string{"export", "nquads", "nope"}, true, nil},
		{"bad method", []string{"analysis", "coalitions", "--method", "louvain"}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := run(t, ctx, "", append(tt.args, "--db", db)...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want error %v\n%s", err, tt.wantErr, out)
			}
			if tt.check != nil {
				tt.check(t, out)
			}
		})
	}
}

func TestExportToFile(t *testing.T) {
	db := analysisDB(t)
	path := filepath.Join(t.TempDir(), "dump.nq")
	if _, _, err := run(t, context.Background(), "", "export", "nquads", "--db", db, "-o", path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n < 20 {
		t.Errorf("dump has %d lines", n)
	}
	// A failed export leaves no half file behind.
	bad := filepath.Join(t.TempDir(), "bad.nq")
	if _, _, err := run(t, context.Background(), "", "export", "nquads", "nope", "--db", db, "-o", bad); err == nil {
		t.Fatal("unknown article exported")
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("failed export left %s: %v", bad, err)
	}
}
