package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stancegraph/schema"
)

// All fixtures are written by the tests; none is a real article.

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readAll(t *testing.T, paths []string, opts ReadOptions) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), paths, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

// readOne reads one file written from body and wants exactly one item.
func readOne(t *testing.T, name, body string, opts ReadOptions) Item {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{name: body})
	items := readAll(t, []string{filepath.Join(dir, name)}, opts)
	if len(items) != 1 {
		t.Fatalf("%s: got %d items, want 1: %+v", name, len(items), items)
	}
	return items[0]
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is what a test expects of one article; empty fields are not checked
// except Published, checked when wantDate or undated is set.
type want struct {
	title, source, url string
	text               string // exact when set
	contains, lacks    []string
	published          string // RFC 3339
	undated            bool
}

func checkArticle(t *testing.T, it Item, w want) {
	t.Helper()
	if it.Err != nil {
		t.Fatalf("%s: unexpected error %v", it.Origin, it.Err)
	}
	a := it.Article
	if w.title != "" && a.Title != w.title {
		t.Errorf("%s: title %q, want %q", it.Origin, a.Title, w.title)
	}
	if w.source != "" && a.Source != w.source {
		t.Errorf("%s: source %q, want %q", it.Origin, a.Source, w.source)
	}
	if w.url != "" && a.URL != w.url {
		t.Errorf("%s: url %q, want %q", it.Origin, a.URL, w.url)
	}
	if w.text != "" && a.Text != w.text {
		t.Errorf("%s: text\n%q\nwant\n%q", it.Origin, a.Text, w.text)
	}
	for _, s := range w.contains {
		if !strings.Contains(a.Text, s) {
			t.Errorf("%s: text lacks %q:\n%s", it.Origin, s, a.Text)
		}
	}
	for _, s := range w.lacks {
		if strings.Contains(a.Text, s) {
			t.Errorf("%s: text has %q:\n%s", it.Origin, s, a.Text)
		}
	}
	if w.published != "" && !a.Published.Equal(date(w.published)) {
		t.Errorf("%s: published %v, want %s", it.Origin, a.Published, w.published)
	}
	if w.undated && !a.Undated() {
		t.Errorf("%s: published %v, want undated", it.Origin, a.Published)
	}
	if a.ID != schema.ArticleID(a.URL, a.Text) && !strings.HasPrefix(a.ID, "u-") {
		t.Errorf("%s: id %q", it.Origin, a.ID)
	}
	if a.Hash != schema.ContentHash(a.Text) {
		t.Errorf("%s: hash %q, want %q", it.Origin, a.Hash, schema.ContentHash(a.Text))
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             want
	}{
		{"title and body", "a.txt",
			"Council Backs Harbour Plan\n\nThe council voted on Tuesday.\nIt was close.\n\nA second paragraph.\n",
			want{title: "Council Backs Harbour Plan", text: "The council voted on Tuesday.\nIt was close.\n\nA second paragraph.", undated: true}},
		{"no title: first line is a sentence", "b.txt",
			"The council voted on Tuesday to back the plan.\n\nA second paragraph.\n",
			want{title: "", text: "The council voted on Tuesday to back the plan.\n\nA second paragraph."}},
		{"single paragraph is all body", "c.txt",
			"Short line\nand another line of the same paragraph.\n",
			want{text: "Short line\nand another line of the same paragraph."}},
		{"headers after title", "d.txt",
			"Mayor Rejects Toll\nDate: 2026-03-14\nSource: The Example Herald\nURL: https://example.org/toll\nBy Jane Roe\n\nThe mayor rejected the toll.\n",
			want{title: "Mayor Rejects Toll", source: "The Example Herald", url: "https://example.org/toll",
				published: "2026-03-14T00:00:00Z", text: "The mayor rejected the toll."}},
		{"headers at the top, then title", "e.txt",
			"Published: March 3, 2026\nSource: Example Wire\n\nUnion Opposes Pension Reform\n\nThe union said it opposes the reform.\n",
			want{title: "Union Opposes Pension Reform", source: "Example Wire", published: "2026-03-03T00:00:00Z",
				text: "The union said it opposes the reform."}},
		{"title then byline block", "f.txt",
			"Talks Resume\n\nBy Jane Roe and John Doe\nMarch 14, 2026\n\nNegotiators met again.\n",
			want{title: "Talks Resume", published: "2026-03-14T00:00:00Z", text: "Negotiators met again."}},
		{"dateline with agency", "g.txt",
			"Ministers Split Over Tariff\n\nEXAMPLETOWN, March 14, 2026 (Example Press) — The finance minister backed the tariff.\n\nOthers did not.\n",
			want{title: "Ministers Split Over Tariff", source: "Example Press", published: "2026-03-14T00:00:00Z",
				text: "The finance minister backed the tariff.\n\nOthers did not."}},
		{"dateline place only", "h.txt",
			"NORTH EXAMPLE — Residents opposed the bridge.\n",
			want{text: "Residents opposed the bridge.", undated: true}},
		{"capitalised word and lower-case sentence is not a dateline", "i2.txt",
			"NATO — the alliance said it backs the plan.\n",
			want{text: "NATO — the alliance said it backs the plan."}},
		{"no dateline in ordinary dash", "i.txt",
			"The plan — which few expected — passed.\n",
			want{text: "The plan — which few expected — passed."}},
		{"shortlink trailer", "j.txt",
			"Party Endorses Candidate\n\nThe party endorsed her.\n\nShortlink for this post: https://example.org/?p=123\n",
			want{title: "Party Endorses Candidate", url: "https://example.org/?p=123", text: "The party endorsed her."}},
		{"several trailers", "k.txt",
			"Body sentence one.\n\nBody sentence two.\n\nSource: Example Daily\nPermalink: https://example.org/p/9\n",
			want{source: "Example Daily", url: "https://example.org/p/9", text: "Body sentence one.\n\nBody sentence two."}},
		{"unparseable date header: undated, not an error", "l.txt",
			"Vote Delayed\nDate: sometime soon\n\nThe vote was delayed.\n",
			want{title: "Vote Delayed", undated: true, text: "The vote was delayed."}},
		{"title ending in abbreviation", "m.txt",
			"Allies Back Plan for the U.S.\n\nThey backed it.\n",
			want{title: "Allies Back Plan for the U.S.", text: "They backed it."}},
		{"CRLF line ends", "n.txt",
			"Title Here\r\n\r\nLine one.\r\n\r\n\r\n\r\nLine two.\r\n",
			want{title: "Title Here", text: "Line one.\n\nLine two."}},
		{"markdown front matter", "o.md",
			"---\ntitle: \"Senate Rejects Amendment\"\ndate: 2026-02-01T10:00:00Z\nsource: Example Times\n---\n\n# Senate Rejects Amendment\n\nThe **senate** rejected the [amendment](https://example.org/a).\n\n## Reaction\n\nCritics were pleased.\n",
			want{title: "Senate Rejects Amendment", source: "Example Times", published: "2026-02-01T10:00:00Z",
				text: "The senate rejected the amendment.\n\nReaction\n\nCritics were pleased."}},
		{"markdown heading title", "p.md",
			"# Board Supports Merger\n\nThe board supports the merger.\n",
			want{title: "Board Supports Merger", text: "The board supports the merger."}},
		{"updated date used when no published date", "q.txt",
			"Ban Lifted\nUpdated: 2026-01-05\n\nThe ban was lifted.\n",
			want{title: "Ban Lifted", published: "2026-01-05T00:00:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := readOne(t, tt.file, tt.body, ReadOptions{})
			checkArticle(t, it, tt.want)
			if tt.want.title == "" && it.Article.Title != "" {
				t.Errorf("title %q, want none", it.Article.Title)
			}
			if !strings.HasSuffix(it.Article.File, tt.file) || it.Origin != it.Article.File {
				t.Errorf("origin %q file %q", it.Origin, it.Article.File)
			}
		})
	}
}

const htmlPage = `<!DOCTYPE html>
<html><head>
<title>Harbour Vote | The Example Herald</title>
<meta property="og:title" content="Council Approves Harbour Expansion">
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2026-03-14T09:30:00+01:00">
<link rel="canonical" href="https://herald.example.org/harbour-vote">
<script>var tracking = "nope";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>
<article>
<header><h1>Council Approves Harbour Expansion</h1><p class="byline">By A. Writer</p></header>
<p>The city council approved the harbour expansion on Tuesday.</p>
<p>The mayor said she <em>strongly</em> supports it.<br>Opponents disagreed.</p>
<div class="share-tools"><p>Share this on social media</p></div>
<aside><p>Related: other stories</p></aside>
<h2>What comes next</h2>
<p>Construction starts in May.</p>
<script>alert("x")</script>
</article>
</main>
<footer><p>Copyright The Example Herald</p></footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, body string
		want       want
	}{
		{"og metadata and article body", htmlPage, want{
			title: "Council Approves Harbour Expansion", source: "The Example Herald",
			url: "https://herald.example.org/harbour-vote", published: "2026-03-14T08:30:00Z",
			text: "The city council approved the harbour expansion on Tuesday.\n\nThe mayor said she strongly supports it.\nOpponents disagreed.\n\nWhat comes next\n\nConstruction starts in May.",
		}},
		{"title tag, time element, largest p cluster", `<html><head><title>Plan Rejected</title></head><body>
<div class="menu"><p>Menu item one</p></div>
<div id="content"><div class="teaser"><p>Short teaser.</p></div>
<div class="story"><time datetime="2026-02-02">Feb 2</time>
<p>The committee rejected the plan after a long debate in the chamber.</p>
<p>Members said the plan was too costly for the region.</p></div></div>
<form><p>Sign up for our newsletter</p></form>
</body></html>`, want{
			title: "Plan Rejected", published: "2026-02-02T00:00:00Z",
			text: "Feb 2\n\nThe committee rejected the plan after a long debate in the chamber.\n\nMembers said the plan was too costly for the region.",
		}},
		{"itemprop date, h1 title, JSON-LD publisher", `<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
{"@type":"NewsArticle","headline":"Agency Backs Rule","datePublished":"2026-04-01T12:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"},"url":"https://wire.example.org/rule"}]}</script>
</head><body><h1>Agency Backs Rule (h1)</h1>
<div><p>The agency backs the rule.</p></div></body></html>`, want{
			title: "Agency Backs Rule", source: "Example Wire", url: "https://wire.example.org/rule",
			published: "2026-04-01T12:00:00Z", text: "The agency backs the rule.",
		}},
		{"no metadata: h1 title, undated", `<html><body><h1>Plain Page</h1><p>Just a paragraph of text.</p></body></html>`,
			want{title: "Plain Page", undated: true, text: "Just a paragraph of text."}},
		{"itemprop datePublished on a span", `<html><body><article><span itemprop="datePublished" content="2026-05-06">May 6</span><p>Text.</p></article></body></html>`,
			want{published: "2026-05-06T00:00:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkArticle(t, readOne(t, "page.html", tt.body, ReadOptions{}), tt.want)
		})
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             []want
		errs             []string // per item: "" or a substring of the error
	}{
		{"one object", "one.json",
			`{"id":"a1","url":"https://example.org/a1","title":"Bill Passes","source":"Example Post","published":"2026-03-14T10:00:00Z","text":"The bill passed."}`,
			[]want{{title: "Bill Passes", source: "Example Post", url: "https://example.org/a1", published: "2026-03-14T10:00:00Z", text: "The bill passed."}}, nil},
		{"array, body and html fields, date alias, source object", "arr.json",
			`[{"title":"One","date":"March 2, 2026","body":"Body one."},
			  {"title":"Two","source":{"id":"x","name":"Example News"},"html":"<p>Para one.</p><script>x()</script><p>Para two.</p>"},
			  {"title":"Three","publishedAt":1773482400,"content":"<p>HTML in content.</p>"}]`,
			[]want{
				{title: "One", published: "2026-03-02T00:00:00Z", text: "Body one."},
				{title: "Two", source: "Example News", text: "Para one.\n\nPara two.", undated: true},
				{title: "Three", published: "2026-03-14T10:00:00Z", text: "HTML in content."},
			}, nil},
		{"wrapped list", "wrap.json", `{"status":"ok","articles":[{"title":"W","text":"Wrapped."}]}`,
			[]want{{title: "W", text: "Wrapped."}}, nil},
		{"objects one after another", "multi.json", "{\"text\":\"First.\"}\n{\"text\":\"Second.\"}\n",
			[]want{{text: "First."}, {text: "Second."}}, nil},
		{"article without text", "notext.json", `[{"title":"Only a title"},{"text":"Fine."}]`,
			[]want{{}, {text: "Fine."}}, []string{"notext.json#1: no article text", ""}},
		{"truncated array keeps what came before", "trunc.json", `[{"text":"Good."},{"text":"Cut off`,
			[]want{{text: "Good."}, {}}, []string{"", "trunc.json#2: malformed JSON: truncated"}},
		{"truncated object", "trunc1.json", `{"title":"T","text":"abc`,
			[]want{{}}, []string{"trunc1.json: malformed JSON: truncated"}},
		{"not an object", "num.json", `[1]`, []want{{}}, []string{"num.json#1: malformed JSON"}},
		{"id without url", "id.json", `{"id":"doc-7","text":"Same text."}`,
			[]want{{text: "Same text."}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{tt.file: tt.body})
			items := readAll(t, []string{filepath.Join(dir, tt.file)}, ReadOptions{})
			if len(items) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.want), items)
			}
			for i, it := range items {
				if tt.errs != nil && tt.errs[i] != "" {
					if it.Err == nil || !strings.Contains(it.Err.Error(), tt.errs[i]) {
						t.Errorf("item %d: error %v, want %q", i, it.Err, tt.errs[i])
					}
					continue
				}
				checkArticle(t, it, tt.want[i])
			}
		})
	}

	t.Run("a globally unique id is the identity, a local one is not", func(t *testing.T) {
		for _, tt := range []struct {
			id   string
			same bool
		}{
			{"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", true},
			{"6e8bc430-9c3a-11d9-9669-0800200c9a66", true},
			{"tag:example.org,2026:7", true},
			{"https://example.org/7", true}, // a URL: the URL is the identity
			{"7", false},
			{"doc-7", false},
		} {
			a := readOne(t, "a.json", `{"id":"`+tt.id+`","text":"Old text."}`, ReadOptions{})
			b := readOne(t, "b.json", `{"id":"`+tt.id+`","text":"New text."}`, ReadOptions{})
			if same := a.Article.ID == b.Article.ID; same != tt.same || a.Article.Hash == b.Article.Hash {
				t.Errorf("id %q: ids %q %q, want same=%v", tt.id, a.Article.ID, b.Article.ID, tt.same)
			}
		}
	})
}

func TestReadJSONL(t *testing.T) {
	body := `{"url":"https://example.org/1","title":"First","text":"One."}
{"title":"Second","text":"Two.","published":"2026-01-02"}

{"title":"Bad", "text": }
not json at all
{"title":"NoText"}
{"title":"Last","text":"Three."}
{"title":"Cut","text":"tru`
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"dump.jsonl": body})
	p := filepath.Join(dir, "dump.jsonl")
	items := readAll(t, []string{p}, ReadOptions{})
	type res struct{ origin, title, err string }
	wantRes := []res{
		{p + ":1", "First", ""},
		{p + ":2", "Second", ""},
		{p + ":4", "", "malformed JSON"},
		{p + ":5", "", "malformed JSON"},
		{p + ":6", "", "no article text"},
		{p + ":7", "Last", ""},
		{p + ":8", "", "truncated last line"},
	}
	if len(items) != len(wantRes) {
		t.Fatalf("got %d items, want %d: %+v", len(items), len(wantRes), items)
	}
	for i, w := range wantRes {
		it := items[i]
		if it.Origin != w.origin {
			t.Errorf("item %d: origin %q, want %q", i, it.Origin, w.origin)
		}
		if w.err != "" {
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) || !strings.HasPrefix(it.Err.Error(), w.origin+": ") {
				t.Errorf("item %d: error %v, want %q naming %s", i, it.Err, w.err, w.origin)
			}
			continue
		}
		checkArticle(t, it, want{title: w.title})
		if it.Article.File != p {
			t.Errorf("item %d: file %q", i, it.Article.File)
		}
	}
	if !items[1].Article.Published.Equal(date("2026-01-02T00:00:00Z")) {
		t.Errorf("published %v", items[1].Article.Published)
	}
}

// TestReadJSONLStreamed checks that a JSON Lines file bigger than MaxBytes
// is streamed and that the limit applies per line.
func TestReadJSONLStreamed(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, `{"title":"T%d","text":"Article number %d says something."}`+"\n", i, i)
	}
	fmt.Fprintf(&b, `{"title":"huge","text":"%s"}`+"\n", strings.Repeat("x", 5000))
	b.WriteString(`{"title":"after","text":"After the huge line."}` + "\n")
	writeFiles(t, dir, map[string]string{"big.ndjson": b.String()})
	p := filepath.Join(dir, "big.ndjson")
	items := readAll(t, []string{p}, ReadOptions{MaxBytes: 1024})
	if len(items) != 202 {
		t.Fatalf("got %d items, want 202", len(items))
	}
	for i, it := range items[:200] {
		if it.Err != nil || it.Article.Title != fmt.Sprintf("T%d", i) {
			t.Fatalf("item %d: %+v", i, it)
		}
	}
	if err := items[200].Err; err == nil || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), p+":201: ") || !strings.Contains(err.Error(), "1 KiB") {
		t.Errorf("huge line: %v", err)
	}
	if items[201].Err != nil || items[201].Article.Title != "after" {
		t.Errorf("after huge line: %+v", items[201])
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Example Gazette</title>
<link>https://gazette.example.org/</link>
<description>News</description>
<item>
  <title>Ministry Backs Wind Farm</title>
  <link>https://gazette.example.org/wind</link>
  <pubDate>Sat, 14 Mar 2026 09:30:00 GMT</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>The ministry backs the wind farm.</p><p>Locals &amp; farmers object.</p>]]></content:encoded>
  <media:content url="https://gazette.example.org/img.jpg" medium="image"/>
</item>
<item>
  <title>Strike Called Off &amp; Talks Go On</title>
  <link>https://gazette.example.org/strike</link>
  <dc:date>2026-03-15T08:00:00Z</dc:date>
  <description>&lt;p&gt;The union called off the strike.&lt;/p&gt;</description>
  <source url="https://wire.example.org/rss">Example Wire</source>
</item>
<item>
  <title>Undated Item</title>
  <guid isPermaLink="false">tag:gazette.example.org,2026:item-3</guid>
  <pubDate>not a date</pubDate>
  <description>Text of the third item&nbsp;here.</description>
</item>
<item><title>No text</title><link>https://gazette.example.org/empty</link></item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Example Atom Blog</title>
  <link href="https://blog.example.org/"/>
  <updated>2026-03-16T00:00:00Z</updated>
  <entry>
    <title type="html">Governor &lt;em&gt;Vetoes&lt;/em&gt; Bill</title>
    <link rel="alternate" href="https://blog.example.org/veto"/>
    <link rel="edit" href="https://blog.example.org/edit/1"/>
    <id>tag:blog.example.org,2026:1</id>
    <published>2026-03-16T07:00:00-05:00</published>
    <updated>2026-03-17T00:00:00Z</updated>
    <summary>The governor vetoed it.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The governor vetoed the bill.</p><p>Legislators may override.</p></div></content>
  </entry>
  <entry>
    <title>Second Entry</title>
    <id>tag:blog.example.org,2026:2</id>
    <updated>2026-03-18T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Escaped HTML content.&lt;/p&gt;</content>
  </entry>
</feed>`

const rdfFeed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example.org/"><title>Old Style</title><link>https://old.example.org/</link></channel>
<item rdf:about="https://old.example.org/1"><title>RDF Item</title><link>https://old.example.org/1</link><dc:date>2026-01-01</dc:date><description>RDF text.</description></item>
</rdf:RDF>`

func TestReadFeed(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             []want
		errs             []string
	}{
		{"rss 2.0", "gazette.xml", rssFeed, []want{
			{title: "Ministry Backs Wind Farm", url: "https://gazette.example.org/wind", source: "Example Gazette",
				published: "2026-03-14T09:30:00Z", text: "The ministry backs the wind farm.\n\nLocals & farmers object."},
			{title: "Strike Called Off & Talks Go On", source: "Example Wire", published: "2026-03-15T08:00:00Z",
				text: "The union called off the strike."},
			{title: "Undated Item", undated: true, source: "Example Gazette", text: "Text of the third item\u00a0here."},
			{},
		}, []string{"", "", "", "gazette.xml#4: no article text"}},
		{"atom", "blog.atom", atomFeed, []want{
			{title: "Governor Vetoes Bill", url: "https://blog.example.org/veto", source: "Example Atom Blog",
				published: "2026-03-16T12:00:00Z", text: "The governor vetoed the bill.\n\nLegislators may override."},
			{title: "Second Entry", published: "2026-03-18T00:00:00Z", text: "Escaped HTML content."},
		}, nil},
		{"rss 1.0", "old.rss", rdfFeed, []want{
			{title: "RDF Item", url: "https://old.example.org/1", source: "Old Style", published: "2026-01-01T00:00:00Z", text: "RDF text."},
		}, nil},
		{"no items", "empty.xml", `<rss><channel><title>Nothing</title></channel></rss>`, []want{{}},
			[]string{"empty.xml: empty feed: no items"}},
		{"not a feed", "other.xml", `<?xml version="1.0"?><config><a>1</a></config>`, []want{{}},
			[]string{"other.xml: malformed: not an RSS or Atom feed"}},
		{"truncated feed", "cut.xml", `<rss><channel><title>C</title><item><title>A</title><description>Whole.</description></item><item><title>B</title><descr`,
			[]want{{title: "A", text: "Whole."}, {}}, []string{"", "cut.xml#2: malformed feed item"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{tt.file: tt.body})
			items := readAll(t, []string{filepath.Join(dir, tt.file)}, ReadOptions{})
			if len(items) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.want), items)
			}
			for i, it := range items {
				if !strings.HasPrefix(it.Origin, filepath.Join(dir, tt.file)) {
					t.Errorf("origin %q", it.Origin)
				}
				if tt.errs != nil && tt.errs[i] != "" {
					if it.Err == nil || !strings.Contains(it.Err.Error(), tt.errs[i]) {
						t.Errorf("item %d: error %v, want %q", i, it.Err, tt.errs[i])
					}
					continue
				}
				checkArticle(t, it, tt.want[i])
			}
		})
	}
	t.Run("guid identity", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"f.rss": rssFeed})
		items := readAll(t, []string{filepath.Join(dir, "f.rss")}, ReadOptions{})
		if got := items[2].Article.ID; got != schema.ArticleID("id:tag:gazette.example.org,2026:item-3", "") {
			t.Errorf("id %q", got)
		}
		if items[2].Origin != filepath.Join(dir, "f.rss")+"#3" {
			t.Errorf("origin %q", items[2].Origin)
		}
	})
}

func TestReadParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" = not a date
	}{
		{"2026-03-14", "2026-03-14T00:00:00Z"},
		{"2026-03-14T09:30:00Z", "2026-03-14T09:30:00Z"},
		{"2026-03-14T09:30:00+01:00", "2026-03-14T08:30:00Z"},
		{"2026-03-14T09:30:00.123+0100", "2026-03-14T08:30:00.123Z"},
		{"2026-03-14T09:30:00", "2026-03-14T09:30:00Z"},
		{"2026-03-14 09:30", "2026-03-14T09:30:00Z"},
		{"2026/03/14", "2026-03-14T00:00:00Z"},
		{"Sat, 14 Mar 2026 09:30:00 GMT", "2026-03-14T09:30:00Z"},
		{"Sat, 14 Mar 2026 09:30:00 +0000", "2026-03-14T09:30:00Z"},
		{"Sat, 14 Mar 2026 04:30:00 EST", "2026-03-14T09:30:00Z"},
		{"14 Mar 2026 09:30:00 -0500", "2026-03-14T14:30:00Z"},
		{"March 14, 2026", "2026-03-14T00:00:00Z"},
		{"March 14 2026", "2026-03-14T00:00:00Z"},
		{"14 March 2026", "2026-03-14T00:00:00Z"},
		{"Mar. 14, 2026", "2026-03-14T00:00:00Z"},
		{"Sept. 4, 2026", "2026-09-04T00:00:00Z"},
		{"Saturday, March 14th, 2026", "2026-03-14T00:00:00Z"},
		{"March 14, 2026 at 9:30 a.m. EDT", "2026-03-14T13:30:00Z"},
		{"March 14, 2026 3:04 PM", "2026-03-14T15:04:00Z"},
		{"Saturday 14 March 2026", "2026-03-14T00:00:00Z"},
		{"14/03/2026", "2026-03-14T00:00:00Z"},
		{"03/14/2026", "2026-03-14T00:00:00Z"},
		{"14.03.2026", "2026-03-14T00:00:00Z"},
		{"03/04/2026", ""}, // ambiguous
		{"31/02/2026", ""},
		{"1773482400", "2026-03-14T10:00:00Z"},
		{"1773482400000", "2026-03-14T10:00:00Z"},
		{"20260314", "2026-03-14T00:00:00Z"},
		{"", ""},
		{"yesterday", ""},
		{"sometime soon", ""},
		{"March 2026", ""},
		{"0001-01-01", ""},
		{"The council met on Tuesday.", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("ParseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok || !got.Equal(date(tt.want)) {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

func TestReadDetect(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"noext-json":   `{"title":"J","text":"From JSON."}`,
		"noext-jsonl":  "{\"text\":\"L1.\"}\n{\"text\":\"L2.\"}\n",
		"noext-array":  `[{"text":"A1."}]`,
		"noext-feed":   `<?xml version="1.0"?><rss><channel><title>F</title><item><title>I</title><description>Feed text.</description></item></channel></rss>`,
		"noext-atom":   `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><content>Atom text.</content></entry></feed>`,
		"noext-html":   `<!doctype html><html><body><p>HTML text.</p></body></html>`,
		"noext-xhtml":  `<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML text.</p></body></html>`,
		"noext-text":   "Plain Title\n\nPlain text.\n",
		"story.log":    "Plain text in a .log file.\n",
		"feed.rss.txt": "Not a feed really.\n",
	}
	writeFiles(t, dir, files)
	tests := []struct {
		file, format, text string
		n                  int
	}{
		{"noext-json", "", "From JSON.", 1},
		{"noext-jsonl", "", "L1.", 2},
		{"noext-array", "", "A1.", 1},
		{"noext-feed", "", "Feed text.", 1},
		{"noext-atom", "", "Atom text.", 1},
		{"noext-html", "", "HTML text.", 1},
		{"noext-xhtml", "", "XHTML text.", 1},
		{"noext-text", "", "Plain text.", 1},
		{"story.log", "", "Plain text in a .log file.", 1},
		{"feed.rss.txt", "", "Not a feed really.", 1},
		{"noext-html", "text", "<!doctype html><html><body><p>HTML text.</p></body></html>", 1},
		{"noext-jsonl", "jsonl", "L1.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.format, func(t *testing.T) {
			items := readAll(t, []string{filepath.Join(dir, tt.file)}, ReadOptions{Format: tt.format})
			if len(items) != tt.n {
				t.Fatalf("got %d items, want %d: %+v", len(items), tt.n, items)
			}
			checkArticle(t, items[0], want{text: tt.text})
		})
	}
	if err := Read(context.Background(), nil, ReadOptions{Format: "pdf"}, func(Item) error { return nil }); err == nil {
		t.Error("unknown format: no error")
	}
}

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":            "B body.\n",
		"a.html":           "<p>A body.</p>",
		"sub/c.json":       `{"text":"C body."}`,
		"sub/deeper/d.md":  "D body.\n",
		"sub/e.jsonl":      "{\"text\":\"E1.\"}\n{\"text\":\"E2.\"}\n",
		"z.xml":            `<rss><channel><item><description>Z body.</description></item></channel></rss>`,
		"image.png":        "\x89PNG\r\n\x1a\n\x00\x00",
		"store.db":         "whatever",
		"noext":            "skipped in folders",
		".hidden.txt":      "hidden",
		".git/config.json": `{"text":"no"}`,
		"A-upper.txt":      "Upper body.\n",
	})
	got := func() []string {
		var out []string
		for _, it := range readAll(t, []string{dir}, ReadOptions{}) {
			if it.Err != nil {
				t.Errorf("unexpected error %v", it.Err)
				continue
			}
			rel, _ := filepath.Rel(dir, it.Origin)
			out = append(out, rel+"="+it.Article.Text)
		}
		return out
	}
	want := []string{
		"A-upper.txt=Upper body.",
		"a.html=A body.",
		"b.txt=B body.",
		"sub/c.json=C body.",
		"sub/deeper/d.md=D body.",
		"sub/e.jsonl:1=E1.",
		"sub/e.jsonl:2=E2.",
		"z.xml#1=Z body.",
	}
	first := got()
	if strings.Join(first, "|") != strings.Join(want, "|") {
		t.Errorf("order:\n%s\nwant\n%s", strings.Join(first, "\n"), strings.Join(want, "\n"))
	}
	for range 3 {
		if again := got(); strings.Join(again, "|") != strings.Join(first, "|") {
			t.Fatalf("order changed:\n%v\n%v", again, first)
		}
	}

	t.Run("format override applies to known extensions only", func(t *testing.T) {
		items := readAll(t, []string{filepath.Join(dir, "sub", "deeper")}, ReadOptions{Format: "html"})
		if len(items) != 1 || items[0].Err != nil {
			t.Fatalf("%+v", items)
		}
	})
	t.Run("paths in the order given, stdin", func(t *testing.T) {
		items := readAll(t, []string{filepath.Join(dir, "b.txt"), "-", filepath.Join(dir, "a.html")},
			ReadOptions{Stdin: strings.NewReader("Stdin Title\n\nFrom stdin.\n")})
		if len(items) != 3 || items[1].Origin != "-" || items[1].Article.Title != "Stdin Title" ||
			items[1].Article.Text != "From stdin." || items[1].Article.File != "" || items[2].Article.Text != "A body." {
			t.Errorf("%+v", items)
		}
	})
	t.Run("stdin JSON Lines", func(t *testing.T) {
		items := readAll(t, []string{"-"}, ReadOptions{Stdin: strings.NewReader("{\"text\":\"S1.\"}\n{\"text\":\"S2.\"}\n")})
		if len(items) != 2 || items[1].Origin != "-:2" || items[1].Article.Text != "S2." {
			t.Errorf("%+v", items)
		}
	})
	t.Run("no stdin", func(t *testing.T) {
		items := readAll(t, []string{"-"}, ReadOptions{})
		if len(items) != 1 || items[0].Err == nil {
			t.Errorf("%+v", items)
		}
	})
}

func TestReadDefaults(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"dated.txt":   "Dated\nDate: 2026-01-01\nSource: Own Source\n\nText one.\n",
		"undated.txt": "Text two.\n",
	})
	day := date("2026-02-02T00:00:00Z")
	items := readAll(t, []string{dir}, ReadOptions{Date: day, Source: "Batch Source"})
	if len(items) != 2 {
		t.Fatalf("%+v", items)
	}
	checkArticle(t, items[0], want{source: "Own Source", published: "2026-01-01T00:00:00Z"})
	checkArticle(t, items[1], want{source: "Batch Source", published: "2026-02-02T00:00:00Z"})
}

func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	big := "Big Title\n\n" + strings.Repeat("A sentence of filler text. ", 100)
	writeFiles(t, dir, map[string]string{
		"binary.txt":     "some text\x00\x01\x02\x03 more",
		"ctrl.txt":       strings.Repeat("\x01\x02\x03\x04text", 50),
		"empty.txt":      "",
		"blank.md":       " \n\t\n   \n",
		"big.txt":        big,
		"big.json":       `{"text":"` + strings.Repeat("x", 3000) + `"}`,
		"nobody.html":    `<html><head><title>T</title><script>x()</script></head><body><nav><a>Home</a></nav><footer>(c)</footer></body></html>`,
		"emptyarr.json":  `[]`,
		"truncated.json": `{"title":"Cut","text":"Half an arti`,
		"late-nul.txt":   strings.Repeat("Plain text. ", 1000) + "\x00",
		"random.bin":     string([]byte{0x8f, 0xa3, 0xc1, 0xfe, 0x91, 0xd2, 0xee, 0xb7, 0x83, 0xf0, 0x9a, 0xcc}),
	})
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		file   string
		is     error
		substr string
	}{
		{"binary.txt", ErrBinary, "binary file"},
		{"ctrl.txt", ErrBinary, "binary file"},
		{"empty.txt", ErrEmpty, "empty file"},
		{"blank.md", ErrEmpty, "empty file"},
		{"big.txt", ErrTooLarge, "over the limit of 2 KiB"},
		{"big.json", ErrTooLarge, "use JSON Lines"},
		{"nobody.html", ErrNoText, "HTML has no body text"},
		{"emptyarr.json", ErrEmpty, "no articles"},
		{"truncated.json", ErrMalformed, "truncated"},
		{"missing.txt", os.ErrNotExist, "no such file"},
		{"late-nul.txt", ErrTooLarge, "over the limit"},
		{"random.bin", ErrBinary, "binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			items := readAll(t, []string{p}, ReadOptions{MaxBytes: 2048})
			if len(items) != 1 {
				t.Fatalf("got %d items: %+v", len(items), items)
			}
			err := items[0].Err
			if err == nil {
				t.Fatalf("no error: %+v", items[0])
			}
			if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.substr) {
				t.Errorf("error %q, want %v containing %q", err, tt.is, tt.substr)
			}
			if items[0].Origin != p || !strings.HasPrefix(err.Error(), p+": ") {
				t.Errorf("error %q does not name origin %q", err, p)
			}
		})
	}
	_ = missing

	t.Run("bad inputs in a folder do not stop the batch", func(t *testing.T) {
		writeFiles(t, dir, map[string]string{"zz-good.txt": "Good text.\n"})
		items := readAll(t, []string{dir}, ReadOptions{MaxBytes: 2048})
		ok, failed := 0, 0
		for _, it := range items {
			if it.Err != nil {
				failed++
			} else {
				ok++
			}
		}
		if ok != 1 || failed != 10 || items[len(items)-1].Article.Text != "Good text." {
			t.Errorf("ok %d failed %d: %+v", ok, failed, items)
		}
	})

	t.Run("default limit", func(t *testing.T) {
		d := t.TempDir()
		f, err := os.Create(filepath.Join(d, "huge.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(100 << 20); err != nil { // 100 MB, sparse: cheap
			t.Fatal(err)
		}
		f.Close()
		items := readAll(t, []string{d}, ReadOptions{})
		if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.Contains(items[0].Err.Error(), "100 MiB, over the limit of 10 MiB") {
			t.Errorf("%+v", items)
		}
	})

	t.Run("NUL late in a file", func(t *testing.T) {
		it := readOne(t, "nul.txt", strings.Repeat("Plain text. ", 1000)+"\x00", ReadOptions{})
		if !errors.Is(it.Err, ErrBinary) {
			t.Errorf("%+v", it)
		}
	})

	t.Run("large JSON Lines without extension is sniffed and streamed", func(t *testing.T) {
		var b strings.Builder
		for i := range 100 {
			fmt.Fprintf(&b, "{\"text\":\"Line %d of the dump.\"}\n", i)
		}
		d := t.TempDir()
		writeFiles(t, d, map[string]string{"dump": b.String()})
		items := readAll(t, []string{filepath.Join(d, "dump")}, ReadOptions{MaxBytes: 100})
		if len(items) != 100 || items[99].Err != nil || items[99].Origin != filepath.Join(d, "dump")+":100" {
			t.Errorf("%d items, last %+v", len(items), items[len(items)-1])
		}
	})

	t.Run("too large on stdin", func(t *testing.T) {
		items := readAll(t, []string{"-"}, ReadOptions{MaxBytes: 100, Stdin: strings.NewReader(strings.Repeat("word ", 100))})
		if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.HasPrefix(items[0].Err.Error(), "-: ") {
			t.Errorf("%+v", items)
		}
	})
}

func TestReadEncoding(t *testing.T) {
	tests := []struct {
		name, body, text string
	}{
		{"latin-1 file", "Caf\xe9 owners na\xefve about the r\xe9gime.\n", "Café owners naïve about the régime."},
		{"stray latin-1 byte in utf-8", "Zürich and caf\xe9 and “quotes”.\n", "Zürich and café and “quotes”."},
		{"windows-1252 quotes", "\x93Yes,\x94 she said \x96 twice.\n", "“Yes,” she said – twice."},
		{"undefined cp1252 byte", "A\x81B text here.\n", "A\uFFFDB text here."},
		{"utf-8 bom", "\xef\xbb\xbfTitle Line\n\nBody.\n", "Body."},
		{"utf-16 le bom", "\xff\xfeH\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00.\x00\n\x00", "Hi there."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := readOne(t, "enc.txt", tt.body, ReadOptions{})
			checkArticle(t, it, want{text: tt.text})
		})
	}
	t.Run("HTML with a declared charset", func(t *testing.T) {
		// ISO-8859-2: 0xB3 is "ł", which Windows-1252 would read as "³".
		it := readOne(t, "pl.html", "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Wroc\xb3aw text.</p></body></html>", ReadOptions{})
		checkArticle(t, it, want{text: "Wrocław text."})
	})
	t.Run("feed with a declared encoding", func(t *testing.T) {
		it := readOne(t, "pl.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><rss><channel><item><description>\xa3\xf3d\xbc text.</description></item></channel></rss>", ReadOptions{})
		checkArticle(t, it, want{text: "Łódź text."})
	})
	t.Run("latin-1 in JSON Lines", func(t *testing.T) {
		it := readOne(t, "enc.jsonl", "{\"text\":\"caf\xe9\"}\n", ReadOptions{})
		checkArticle(t, it, want{text: "café"})
	})
}

func TestReadPathErrors(t *testing.T) {
	t.Run("permission denied", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: permissions are not enforced")
		}
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"secret.txt": "Hidden text.\n", "locked/x.txt": "X.\n", "ok.txt": "Fine.\n"})
		if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
		items := readAll(t, []string{dir}, ReadOptions{})
		if len(items) != 3 {
			t.Fatalf("%+v", items)
		}
		for _, i := range []int{0, 2} {
			if !errors.Is(items[i].Err, os.ErrPermission) || !strings.Contains(items[i].Err.Error(), "permission denied") {
				t.Errorf("item %d: %v", i, items[i].Err)
			}
		}
		if items[1].Err != nil {
			t.Errorf("ok.txt: %v", items[1].Err)
		}
	})

	t.Run("symlink loops", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"a/one.txt": "One.\n", "a/b/two.txt": "Two.\n"})
		for _, l := range []struct{ target, link string }{
			{"..", "a/b/up"},                // to its parent
			{".", "a/self"},                 // to itself
			{"../a", "a/b/again"},           // to an ancestor by name
			{"loop2", "a/loop1"},            // a link cycle that resolves nowhere
			{"loop1", "a/loop2"},            //
			{"nowhere.txt", "a/dangle.txt"}, // broken link with a known extension
		} {
			if err := os.Symlink(l.target, filepath.Join(dir, l.link)); err != nil {
				t.Skip("symlinks unsupported:", err)
			}
		}
		done := make(chan []Item, 1)
		go func() { done <- readAll(t, []string{filepath.Join(dir, "a")}, ReadOptions{}) }()
		select {
		case items := <-done:
			var texts, errs []string
			for _, it := range items {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
				} else {
					texts = append(texts, it.Article.Text)
				}
			}
			if strings.Join(texts, " ") != "Two. One." {
				t.Errorf("texts %q", texts)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "dangle.txt: broken symlink") {
				t.Errorf("errors %q", errs)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("walk does not end")
		}
	})
}

func TestReadCancel(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 20 {
		files[fmt.Sprintf("f%02d.txt", i)] = fmt.Sprintf("Text %d.\n", i)
	}
	var jl strings.Builder
	for i := range 100 {
		fmt.Fprintf(&jl, "{\"text\":\"Line %d.\"}\n", i)
	}
	files["z.jsonl"] = jl.String()
	writeFiles(t, dir, files)

	t.Run("ctx cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		err := Read(ctx, []string{dir}, ReadOptions{}, func(Item) error {
			n++
			if n == 5 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 5 {
			t.Errorf("err %v after %d items", err, n)
		}
	})
	t.Run("ctx cancelled inside JSON Lines", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		err := Read(ctx, []string{filepath.Join(dir, "z.jsonl")}, ReadOptions{}, func(Item) error {
			n++
			if n == 50 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || n != 50 {
			t.Errorf("err %v after %d items", err, n)
		}
	})
	t.Run("already cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := Read(ctx, []string{dir}, ReadOptions{}, func(Item) error {
			t.Error("fn called")
			return nil
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err %v", err)
		}
	})
	t.Run("fn error stops reading", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := Read(context.Background(), []string{dir}, ReadOptions{}, func(Item) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
		if err != stop || n != 3 {
			t.Errorf("err %v after %d items", err, n)
		}
	})
}

// BenchmarkRead reads a generated folder of mixed formats; articles/s is
// reported so that reading can be compared with the ingest target.
func BenchmarkRead(b *testing.B) {
	dir := b.TempDir()
	para := strings.Repeat("The committee said it supports the proposal while critics oppose it. ", 8)
	var jl strings.Builder
	for i := range 250 {
		name := fmt.Sprintf("d%02d/a%04d", i%10, i)
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name+".txt"), fmt.Appendf(nil, "Title %d\nDate: 2026-03-14\nSource: Bench\n\n%s\n\n%s\n", i, para, para), 0o644)
		os.WriteFile(filepath.Join(dir, name+".html"), fmt.Appendf(nil, `<html><head><title>T%d</title><meta property="article:published_time" content="2026-03-14T10:00:00Z"></head><body><nav>x</nav><article><p>%s</p><p>%s</p></article></body></html>`, i, para, para), 0o644)
		fmt.Fprintf(&jl, `{"url":"https://example.org/%d","title":"J%d","published":"2026-03-14","text":%q}`+"\n", i, i, para+"\n\n"+para)
	}
	os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte(jl.String()), 0o644)
	b.ResetTimer()
	n := 0
	for range b.N {
		err := Read(context.Background(), []string{dir}, ReadOptions{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			n++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
