package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"stancegraph/graph"
	"stancegraph/ingest"
	"stancegraph/schema"
	"stancegraph/server"
)

// mixedFolder writes one article in each input format, each with its own
// title, date and source, all written for this test.
func mixedFolder(t *testing.T) (dir string, want map[string][2]string) {
	t.Helper()
	dir = t.TempDir()
	files := map[string]string{
		"plain.txt": "Norland rejects the border truce\nDate: 2026-02-03\nSource: Plain Wire\n\n" +
			"Norland rejected the border truce on Monday. Officials gave no reason.\n",
		"page.html": `<!doctype html><html><head><title>Vesta backs the fishing pact</title>
<meta property="og:site_name" content="Harbour Page">
<meta property="article:published_time" content="2026-02-04T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Vesta backs the fishing pact</h1>
<p>Vesta backed the fishing pact on Tuesday.</p><p>Talks continue next week.</p></article>
<footer>Copyright</footer><script>var x = 1;</script></body></html>`,
		"one.json": `{"url": "https://example.org/one", "title": "Estavia welcomes the trade deal", "source": "JSON Daily",
"published": "2026-02-05", "text": "Estavia welcomed the trade deal on Wednesday."}`,
		"many.jsonl": `{"url": "https://example.org/l1", "title": "Morania opposes the pension reform", "source": "Lines Post", "published": "2026-02-06", "text": "Morania opposed the pension reform on Thursday."}
{"url": "https://example.org/l2", "title": "Kallonia condemns the arms embargo", "source": "Lines Post", "published": "2026-02-07", "text": "Kallonia condemned the arms embargo on Friday."}
`,
		"feed.xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Times</title>
<item><title>Norland accepts the border truce</title><link>https://example.org/f1</link>
<pubDate>Sun, 08 Feb 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;Norland accepted the border truce on Sunday.&lt;/p&gt;</description></item>
</channel></rss>`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// title -> date, source
	want = map[string][2]string{
		"Norland rejects the border truce":   {"2026-02-03", "Plain Wire"},
		"Vesta backs the fishing pact":       {"2026-02-04", "Harbour Page"},
		"Estavia welcomes the trade deal":    {"2026-02-05", "JSON Daily"},
		"Morania opposes the pension reform": {"2026-02-06", "Lines Post"},
		"Kallonia condemns the arms embargo": {"2026-02-07", "Lines Post"},
		"Norland accepts the border truce":   {"2026-02-08", "Feed Times"},
	}
	return dir, want
}

func TestMixedFolderThroughTheAPI(t *testing.T) {
	dir, want := mixedFolder(t)
	db := filepath.Join(t.TempDir(), "mixed.db")
	ctx := context.Background()
	out, errOut, err := run(t, ctx, "", "ingest", "--db", db, "--json", dir)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	var sum ingest.Summary
	json.Unmarshal([]byte(out), &sum)
	if sum.New != len(want) || sum.Failed != 0 {
		t.Fatalf("first run = %+v", sum)
	}
	out, _, err = run(t, ctx, "", "ingest", "--db", db, "--json", dir)
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal([]byte(out), &sum)
	if sum.Unchanged != len(want) || sum.New+sum.Updated+sum.Failed != 0 {
		t.Errorf("second run = %+v, want all unchanged", sum)
	}

	// Every article's metadata is visible through the API.
	var ids []string
	err = ingest.Read(ctx, []string{dir}, ingest.ReadOptions{}, func(it ingest.Item) error {
		if it.Err != nil {
			t.Errorf("read %s: %v", it.Origin, it.Err)
		}
		ids = append(ids, it.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	store, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(server.New(store, server.Options{}))
	defer srv.Close()
	seen := map[string]bool{}
	for _, id := range ids {
		resp, err := http.Get(srv.URL + "/api/v1/articles/" + id)
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			schema.Article
			Statements []schema.Statement `json:"statements"`
		}
		json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		w, ok := want[a.Title]
		if resp.StatusCode != 200 || !ok {
			t.Errorf("article %s: status %d, title %q", id, resp.StatusCode, a.Title)
			continue
		}
		seen[a.Title] = true
		if got := a.Published.Format("2006-01-02"); got != w[0] || a.Source != w[1] {
			t.Errorf("%q: date %s source %q, want %s %q", a.Title, got, a.Source, w[0], w[1])
		}
	}
	if len(seen) != len(want) {
		t.Errorf("saw %d of %d articles through the API", len(seen), len(want))
	}
}
