package analysis

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
	"stancegraph/schema"
)

// xmlNode is a generic XML element tree.
type xmlNode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xmlNode  `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n xmlNode) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name && (a.Name.Space == "" || a.Name.Space == GraphMLNamespace) {
			return a.Value, true
		}
	}
	return "", false
}

// checkGraphML checks a document against the structure of the GraphML
// schema: a graphml root in the GraphML namespace; key declarations with
// an id, a for domain, attr.name and a valid attr.type; graphs with
// edgedefault; nodes with unique ids; edges whose ends are nodes; data
// elements whose keys are declared for their element. It returns the
// nodes' and edges' data by key.
func checkGraphML(t *testing.T, doc []byte) (nodes, edges []map[string]string) {
	t.Helper()
	var root xmlNode
	if err := xml.Unmarshal(doc, &root); err != nil {
		t.Fatalf("not XML: %v\n%s", err, doc)
	}
	if root.XMLName.Space != GraphMLNamespace || root.XMLName.Local != "graphml" {
		t.Fatalf("root is %v, want graphml in %s", root.XMLName, GraphMLNamespace)
	}
	validType := map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
	keys := map[string]string{} // id -> for
	graphs := 0
	for _, c := range root.Children {
		if c.XMLName.Space != GraphMLNamespace {
			t.Errorf("element %v outside the GraphML namespace", c.XMLName)
		}
		switch c.XMLName.Local {
		case "desc":
		case "key":
			id, ok1 := c.attr("id")
			dom, ok2 := c.attr("for")
			name, ok3 := c.attr("attr.name")
			typ, ok4 := c.attr("attr.type")
			if !ok1 || !ok2 || !ok3 || !ok4 || id == "" || name == "" {
				t.Errorf("key %+v lacks id, for, attr.name or attr.type", c.Attrs)
			}
			if dom != "node" && dom != "edge" && dom != "graph" && dom != "all" {
				t.Errorf("key %s for %q", id, dom)
			}
			if !validType[typ] {
				t.Errorf("key %s attr.type %q", id, typ)
			}
			if _, dup := keys[id]; dup {
				t.Errorf("key %s declared twice", id)
			}
			keys[id] = dom
		case "graph":
			graphs++
			if ed, _ := c.attr("edgedefault"); ed != "directed" && ed != "undirected" {
				t.Errorf("graph edgedefault %q", ed)
			}
			ids := map[string]bool{}
			data := func(el xmlNode, domain string) map[string]string {
				m := map[string]string{}
				for _, d := range el.Children {
					if d.XMLName.Local != "data" {
						t.Errorf("%s has a %s child", domain, d.XMLName.Local)
						continue
					}
					k, _ := d.attr("key")
					if dom, ok := keys[k]; !ok || (dom != domain && dom != "all") {
						t.Errorf("%s data key %q is not declared for %s", domain, k, domain)
					}
					m[k] = d.Text
				}
				return m
			}
			for _, el := range c.Children {
				if el.XMLName.Local != "node" {
					continue
				}
				id, _ := el.attr("id")
				if id == "" || ids[id] {
					t.Errorf("node id %q empty or repeated", id)
				}
				ids[id] = true
				nodes = append(nodes, data(el, "node"))
				nodes[len(nodes)-1]["@id"] = id
			}
			for _, el := range c.Children {
				switch el.XMLName.Local {
				case "node":
				case "edge":
					src, _ := el.attr("source")
					dst, _ := el.attr("target")
					if !ids[src] || !ids[dst] {
						t.Errorf("edge %s-%s names a node the graph lacks", src, dst)
					}
					m := data(el, "edge")
					m["@source"], m["@target"] = src, dst
					edges = append(edges, m)
				default:
					t.Errorf("graph has a %s child", el.XMLName.Local)
				}
			}
		default:
			t.Errorf("graphml has a %s child", c.XMLName.Local)
		}
	}
	if graphs != 1 {
		t.Errorf("%d graphs, want 1", graphs)
	}
	return nodes, edges
}

func TestGraphMLStructure(t *testing.T) {
	s := newStore(t)
	// A name that needs escaping.
	write(t, s, []*schema.Extraction{article("a5", "2026-03-02", "Test Wire",
		[]schema.Actor{{ID: "o-brien-co", Name: `O'Brien & Co <"Ltd">`, Kind: schema.Organisation}}, []schema.Proposal{grain},
		say{holder: "o-brien-co", stance: schema.Condemns, target: "grain-deal", conf: 0.9})})
	for _, mode := range []Mode{TwoMode, Congruence, Conflict} {
		t.Run(string(mode), func(t *testing.T) {
			nets, err := Networks(context.Background(), s, Filter{}, NetworkOptions{Mode: mode})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteGraphML(&buf, nets[0]); err != nil {
				t.Fatal(err)
			}
			nodes, edges := checkGraphML(t, buf.Bytes())
			if len(nodes) != len(nets[0].Nodes) || len(edges) != len(nets[0].Edges) {
				t.Fatalf("GraphML has %d nodes and %d edges, the network %d and %d", len(nodes), len(edges), len(nets[0].Nodes), len(nets[0].Edges))
			}
			labels := map[string]string{}
			for _, n := range nodes {
				labels[n["@id"]] = n["label"]
				if n["type"] == "" || n["statements"] == "" {
					t.Errorf("node %v lacks type or statements", n)
				}
			}
			if got := labels["actor:o-brien-co"]; got != `O'Brien & Co <"Ltd">` {
				t.Errorf("escaped label read back as %q", got)
			}
			for _, e := range edges {
				w, err := strconv.ParseFloat(e["weight"], 64)
				if err != nil || w <= 0 {
					t.Errorf("edge %v weight %q", e, e["weight"])
				}
				if sg := e["sign"]; sg != "1" && sg != "-1" && sg != "0" {
					t.Errorf("edge %v sign %q", e, sg)
				}
			}
			if mode == Conflict {
				found := false
				for _, e := range edges {
					if e["@source"] == "actor:norland" && e["@target"] == "actor:vesta" || e["@source"] == "actor:vesta" && e["@target"] == "actor:norland" {
						found = e["weight"] == "3" && e["sign"] == "-1" && e["proposals"] == "border-truce;grain-deal;water-pact"
					}
				}
				if !found {
					t.Errorf("conflict GraphML lacks Norland-Vesta (3, -1):\n%s", buf.String())
				}
			}
		})
	}
}

func TestNetworkCSV(t *testing.T) {
	s := newStore(t)
	nets, err := Networks(context.Background(), s, Filter{}, NetworkOptions{Mode: Conflict})
	if err != nil {
		t.Fatal(err)
	}
	var nodes, edges bytes.Buffer
	if err := WriteNetworkCSV(&nodes, nets, PartNodes); err != nil {
		t.Fatal(err)
	}
	if err := WriteNetworkCSV(&edges, nets, PartEdges); err != nil {
		t.Fatal(err)
	}
	nrec, _ := csv.NewReader(&nodes).ReadAll()
	erec, _ := csv.NewReader(&edges).ReadAll()
	if len(nrec) != 5 || strings.Join(nrec[0], ",") != "Id,Label,type,kind,statements" {
		t.Errorf("nodes CSV = %v", nrec)
	}
	if len(erec) != 4 || strings.Join(erec[0][:4], ",") != "Source,Target,Type,Weight" {
		t.Errorf("edges CSV = %v", erec)
	}
	ids := map[string]bool{}
	for _, r := range nrec[1:] {
		ids[r[0]] = true
	}
	for _, r := range erec[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge %v names an unknown node", r)
		}
	}
	// A window series is one file with the window on each row.
	nets, err = Networks(context.Background(), s, Filter{}, NetworkOptions{Mode: Conflict, Window: 14 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	edges.Reset()
	if err := WriteNetworkCSV(&edges, nets, PartEdges); err != nil {
		t.Fatal(err)
	}
	erec, _ = csv.NewReader(&edges).ReadAll()
	if len(erec) != 5 || erec[0][len(erec[0])-2] != "window_start" || erec[1][len(erec[1])-2] != "2026-01-05" || erec[4][len(erec[4])-2] != "2026-02-02" {
		t.Errorf("windowed edges CSV = %v", erec)
	}
}

func TestNQuads(t *testing.T) {
	ctx := context.Background()
	graphtest.Each(t, func(t *testing.T, s *graph.Store) {
		write(t, s, fixture())
		var all bytes.Buffer
		n, err := WriteNQuads(ctx, s, &all, "")
		if err != nil {
			t.Fatal(err)
		}
		total, _, err := s.Size(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if int64(n) != total || int64(countQuads(t, &all, "")) != total {
			t.Errorf("dump wrote %d quads, the store holds %d", n, total)
		}
		sum := 0
		for _, id := range []string{"a1", "a2", "a3"} {
			var one bytes.Buffer
			n, err := WriteNQuads(ctx, s, &one, id)
			if err != nil {
				t.Fatal(err)
			}
			if got := countQuads(t, &one, schema.ArticleIRI(id)); got != n || n == 0 {
				t.Errorf("article %s: wrote %d, read back %d", id, n, got)
			}
			sum += n
		}
		if sum != int(total) {
			t.Errorf("articles' quads add up to %d, the store holds %d", sum, total)
		}
		if _, err := WriteNQuads(ctx, s, io.Discard, "no-such-article"); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("unknown article: %v", err)
		}
	})
}

// countQuads parses N-Quads and checks each quad's label when label is set.
func countQuads(t *testing.T, r io.Reader, label string) int {
	t.Helper()
	qr := nquads.NewReader(r, false)
	n := 0
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatalf("N-Quads: %v", err)
		}
		if label != "" && q.Label != quad.IRI(label) {
			t.Errorf("quad %v is not labelled %s", q, label)
		}
		n++
	}
}

func TestJSONLD(t *testing.T) {
	s := newStore(t)
	var buf bytes.Buffer
	n, err := WriteJSONLD(context.Background(), s, &buf, Filter{Kinds: []schema.ActorKind{schema.Country}})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	// 13 statements, one by the Lumen Party (a group)
	if n != 12 || len(doc.Graph) != 12 {
		t.Errorf("wrote %d statements, document has %d, want 12", n, len(doc.Graph))
	}
	if doc.Context["@vocab"] != schema.Vocab {
		t.Errorf("@vocab = %v", doc.Context["@vocab"])
	}
	for _, st := range doc.Graph {
		if !strings.HasPrefix(st["@id"].(string), schema.Base+"statement/") || !strings.HasPrefix(st["holder"].(string), schema.Base+"actor/") || st["@type"] != "Statement" {
			t.Errorf("statement node %v", st)
		}
	}
}

// TestExportsStream checks that the JSON-LD export writes while it reads:
// with the reader stalled after the first bytes, the writer has not
// finished, and the store still takes writes (no lock is held while the
// export waits on its client).
func TestExportsStream(t *testing.T) {
	ctx := context.Background()
	graphtest.Each(t, func(t *testing.T, s *graph.Store) {
		const articles, per = 120, 10
		actors := []schema.Actor{norland, vesta, ostmark}
		var xs []*schema.Extraction
		for i := range articles {
			var says []say
			for j := range per {
				says = append(says, say{holder: actors[j%3].ID, stance: schema.Stances()[j%len(schema.Stances())], target: "grain-deal", conf: 0.9})
			}
			xs = append(xs, article(fmt.Sprintf("bulk-%03d", i), "2026-01-01", "Bulk", actors, []schema.Proposal{grain}, says...))
		}
		if _, errs := s.WriteArticles(ctx, xs); errors.Join(errs...) != nil {
			t.Fatal(errors.Join(errs...))
		}
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		var wrote int
		go func() {
			n, err := WriteJSONLD(ctx, s, pw, Filter{})
			wrote = n
			pw.CloseWithError(err)
			done <- err
		}()
		br := bufio.NewReaderSize(pr, 16)
		head := make([]byte, 64)
		if _, err := io.ReadFull(br, head); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			t.Fatalf("the export finished (%v) before its reader read past %d bytes: it is not streaming", err, len(head))
		case <-time.After(50 * time.Millisecond):
		}
		// The export is blocked on its reader; writes must still go through.
		wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if _, err := s.WriteArticle(wctx, article("late", "2026-02-01", "Bulk", actors[:1], []schema.Proposal{grain},
			say{holder: "norland", stance: schema.Backs, target: "grain-deal", conf: 0.9})); err != nil {
			t.Fatalf("write during a stalled export: %v", err)
		}
		rest, err := io.ReadAll(br)
		if err != nil {
			t.Fatal(err)
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Graph []json.RawMessage `json:"@graph"`
		}
		if err := json.Unmarshal(append(head, rest...), &doc); err != nil {
			t.Fatalf("streamed JSON-LD does not parse: %v", err)
		}
		if len(doc.Graph) != wrote || wrote < articles*per {
			t.Errorf("document has %d statements, writer reported %d, want at least %d", len(doc.Graph), wrote, articles*per)
		}
	})
}

func TestScanStatementsBatches(t *testing.T) {
	eachStore(t, func(t *testing.T, s *graph.Store) {
		var sizes []int
		seen := map[string]bool{}
		err := s.ScanStatements(context.Background(), graph.Filter{Source: "Test Wire"}, 4, func(b []schema.Statement) error {
			sizes = append(sizes, len(b))
			for _, st := range b {
				seen[st.ID] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		// a1 and a3: 9 statements
		if len(seen) != 9 || len(sizes) < 3 {
			t.Errorf("scan saw %d statements in batches %v, want 9 in batches of at most 4", len(seen), sizes)
		}
		for _, n := range sizes {
			if n > 4 {
				t.Errorf("batch of %d", n)
			}
		}
		stop := errors.New("stop")
		calls := 0
		err = s.ScanStatements(context.Background(), graph.Filter{}, 2, func([]schema.Statement) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("an error from fn: %v after %d calls", err, calls)
		}
	})
}
