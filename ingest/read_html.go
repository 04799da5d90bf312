package ingest

import (
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"stancegraph/schema"
)

// HTML pages: metadata from <meta>, <link rel=canonical>, <time>,
// microdata and JSON-LD; the body from the <article> (or <main>, or the
// element holding the most paragraph text), boilerplate dropped.

// parseHTMLArticle reads a whole HTML page.
func parseHTMLArticle(s string) (schema.Article, error) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return schema.Article{}, fmt.Errorf("%w: HTML: %v", ErrMalformed, err)
	}
	a := htmlMeta(doc)
	a.Text = strings.Join(collectParagraphs(bodyContainer(doc)), "\n\n")
	if strings.TrimSpace(a.Text) == "" {
		return a, fmt.Errorf("%w: HTML has no body text", ErrNoText)
	}
	return a, nil
}

// htmlFragmentText is the text of an HTML fragment (a feed item's content,
// a JSON "html" field), paragraphs joined with blank lines.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	body := findHTML(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = doc
	}
	return strings.Join(collectParagraphs(body), "\n\n")
}

// looksLikeHTML reports whether a text field holds markup.
func looksLikeHTML(s string) bool {
	l := strings.ToLower(s)
	for _, t := range []string{"<p>", "<p ", "</p>", "<br", "<div", "</a>", "<html", "<body", "</li>", "<h2", "<span"} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func htmlHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func findHTML(n *html.Node, pred func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && pred(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findHTML(c, pred); f != nil {
			return f
		}
	}
	return nil
}

func walkHTML(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, fn)
	}
}

// nodeText is the whitespace-collapsed text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walkHTML(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			return false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return cleanLine(b.String())
}

// htmlMeta reads a page's title, date, source and URL.
func htmlMeta(doc *html.Node) schema.Article {
	meta := map[string]string{} // first value per lower-cased property/name/itemprop
	var titleTag, h1, canonical, timeAttr, pubTime string
	var ld ldArticle
	walkHTML(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content := htmlAttr(n, "content")
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(htmlAttr(n, k)); key != "" && content != "" {
					if _, seen := meta[key]; !seen {
						meta[key] = content
					}
				}
			}
		case atom.Title:
			if titleTag == "" {
				titleTag = nodeText(n)
			}
			return false
		case atom.H1:
			if h1 == "" {
				h1 = nodeText(n)
			}
		case atom.Link:
			if canonical == "" && strings.EqualFold(htmlAttr(n, "rel"), "canonical") {
				canonical = htmlAttr(n, "href")
			}
		case atom.Time:
			dt := htmlAttr(n, "datetime")
			if dt == "" {
				dt = nodeText(n)
			}
			if strings.EqualFold(htmlAttr(n, "itemprop"), "datePublished") || htmlHasAttr(n, "pubdate") {
				if pubTime == "" {
					pubTime = dt
				}
			} else if timeAttr == "" {
				timeAttr = dt
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(htmlAttr(n, "type")), "ld+json") && n.FirstChild != nil {
				ld.merge(n.FirstChild.Data)
			}
			return false
		}
		if strings.EqualFold(htmlAttr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta && pubTime == "" {
			if v := htmlAttr(n, "datetime"); v != "" {
				pubTime = v
			} else if v := htmlAttr(n, "content"); v != "" {
				pubTime = v
			} else {
				pubTime = nodeText(n)
			}
		}
		return true
	})

	var a schema.Article
	a.Source = firstNonEmpty(meta["og:site_name"], ld.Publisher, meta["application-name"])
	a.Title = firstNonEmpty(meta["og:title"], ld.Headline, meta["twitter:title"], stripSiteSuffix(titleTag, a.Source), h1)
	a.URL = firstNonEmpty(canonical, meta["og:url"], ld.URL)
	if !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
		a.URL = "" // a relative link names nothing without the page's address
	}
	for _, d := range []string{
		meta["article:published_time"], ld.Published, meta["datepublished"], pubTime,
		meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["dc.date"],
		meta["dc.date.issued"], meta["dcterms.created"], meta["dcterms.date"], meta["parsely-pub-date"],
		meta["sailthru.date"], meta["article.published"], timeAttr,
		meta["article:modified_time"], meta["og:updated_time"], meta["datemodified"], ld.Modified,
	} {
		if t, ok := ParseDate(d); ok {
			a.Published = t
			break
		}
	}
	return a
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = cleanLine(v); v != "" {
			return v
		}
	}
	return ""
}

// stripSiteSuffix turns "Talks resume | The Daily Example" into "Talks
// resume" when the site is known.
func stripSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok {
			return t
		}
		if t, ok := strings.CutPrefix(title, site+sep); ok {
			return t
		}
	}
	return title
}

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	Headline, Published, Modified, Publisher, URL string
}

var ldArticleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "blogposting": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"socialmediaposting": true, "liveblogposting": true, "scholarlyarticle": true, "techarticle": true,
}

func (l *ldArticle) merge(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !ldIsArticle(x["@type"]) {
				return
			}
			set := func(dst *string, val string) {
				if *dst == "" {
					*dst = val
				}
			}
			set(&l.Headline, ldString(x["headline"]))
			set(&l.Published, ldString(x["datePublished"]))
			set(&l.Modified, ldString(x["dateModified"]))
			set(&l.Publisher, ldString(x["publisher"]))
			set(&l.URL, ldString(x["url"]))
			set(&l.URL, ldString(x["mainEntityOfPage"]))
		}
	}
	visit(v, 0)
}

func ldIsArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return ldArticleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldString reads a JSON-LD value as text: a string, or an object's name or
// @id, or the first of a list.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		return ldString(x["@id"])
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// Boilerplate.
var droppedTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Template: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Figcaption: true,
	atom.H1: true, atom.Head: true, atom.Menu: true, atom.Dialog: true, atom.Math: true,
}

var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// droppedClassTokens are class/id words that mark boilerplate blocks.
var droppedClassTokens = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "newsletter": true,
	"comments": true, "comment": true, "advert": true, "advertisement": true, "ad": true,
	"ads": true, "promo": true, "subscribe": true, "cookie": true, "cookies": true,
	"breadcrumb": true, "breadcrumbs": true, "sidebar": true, "menu": true, "byline": true,
	"paywall": true, "signup": true, "outbrain": true, "taboola": true, "sponsored": true,
}

func htmlDropped(n *html.Node) bool {
	if droppedTags[n.DataAtom] || htmlHasAttr(n, "hidden") || strings.EqualFold(htmlAttr(n, "aria-hidden"), "true") {
		return true
	}
	if droppedRoles[strings.ToLower(htmlAttr(n, "role"))] {
		return true
	}
	if strings.Contains(strings.ReplaceAll(strings.ToLower(htmlAttr(n, "style")), " ", ""), "display:none") {
		return true
	}
	for _, k := range []string{"class", "id"} {
		for _, tok := range strings.FieldsFunc(strings.ToLower(htmlAttr(n, k)), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t'
		}) {
			if droppedClassTokens[tok] {
				return true
			}
		}
	}
	return false
}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Body: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true,
}

// collectParagraphs is the text under n, one entry per block, boilerplate
// dropped.
func collectParagraphs(n *html.Node) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		var lines []string
		for _, l := range strings.Split(cur.String(), "\n") {
			if l = cleanLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
		cur.Reset()
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if htmlDropped(n) {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteByte('\n')
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if block {
			flush()
		}
	}
	visit(n)
	flush()
	return paras
}

func parasLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// bodyContainer picks the element holding the article's body: the
// <article> (the longest), else <main>, when they hold at least half of the
// best paragraph cluster's text; else the element whose <p> children hold
// the most text; else <body>.
func bodyContainer(doc *html.Node) *html.Node {
	var articles []*html.Node
	var main *html.Node
	pScore := map[*html.Node]int{}
	var order []*html.Node
	walkHTML(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom != atom.Article && n.DataAtom != atom.Main && n.DataAtom != atom.Body && n.DataAtom != atom.Html && htmlDropped(n) {
			return false
		}
		switch {
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case main == nil && (n.DataAtom == atom.Main || strings.EqualFold(htmlAttr(n, "role"), "main")):
			main = n
		case n.DataAtom == atom.P && n.Parent != nil:
			if _, ok := pScore[n.Parent]; !ok {
				order = append(order, n.Parent)
			}
			pScore[n.Parent] += len(nodeText(n))
		}
		return true
	})
	var cluster *html.Node
	best := 0
	for _, p := range order {
		if pScore[p] > best {
			cluster, best = p, pScore[p]
		}
	}
	var bestArticle *html.Node
	bestLen := 0
	for _, a := range articles {
		if l := parasLen(collectParagraphs(a)); l > bestLen {
			bestArticle, bestLen = a, l
		}
	}
	switch {
	case bestArticle != nil && bestLen > 0 && bestLen*2 >= best:
		return bestArticle
	case main != nil && parasLen(collectParagraphs(main))*2 >= best && best > 0:
		return main
	case cluster != nil:
		return cluster
	case main != nil:
		return main
	}
	if body := findHTML(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); body != nil {
		return body
	}
	return doc
}
