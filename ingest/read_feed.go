package ingest

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"stancegraph/schema"
)

// Saved feeds: RSS 2.0, RSS 1.0 (RDF) and Atom. Each item or entry is an
// article: title, link, date (pubDate, published, dc:date, updated), text
// from the longest of content:encoded, Atom content, description and
// summary (HTML turned into paragraphs). Source is the item's <source>,
// else the channel's or feed's title.

type feedText struct {
	XMLName xml.Name
	Type    string `xml:"type,attr"`
	URL     string `xml:"url,attr"`
	Text    string `xml:",chardata"`
	Inner   string `xml:",innerxml"`
}

// text is the element's content as plain text.
func (t feedText) text() string {
	switch strings.ToLower(t.Type) {
	case "xhtml", "application/xhtml+xml":
		return htmlFragmentText(t.Inner)
	case "text", "text/plain":
		return strings.TrimSpace(t.Text)
	}
	return htmlFragmentText(t.Text)
}

type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

type feedItem struct {
	Title     feedText   `xml:"title"`
	Links     []feedLink `xml:"link"`
	GUID      string     `xml:"guid"`
	ID        string     `xml:"id"`
	PubDate   string     `xml:"pubDate"`
	Published string     `xml:"published"`
	Issued    string     `xml:"issued"`
	Date      string     `xml:"date"`
	Updated   string     `xml:"updated"`
	Modified  string     `xml:"modified"`
	Desc      feedText   `xml:"description"`
	Summary   feedText   `xml:"summary"`
	Encoded   feedText   `xml:"encoded"`
	Contents  []feedText `xml:"content"`
	Source    struct {
		Text  string `xml:",chardata"`
		Title string `xml:"title"`
	} `xml:"source"`
}

func (it *feedItem) link() string {
	for _, l := range it.Links {
		if h := strings.TrimSpace(l.Href); h != "" && (l.Rel == "" || l.Rel == "alternate") {
			return h
		}
	}
	for _, l := range it.Links {
		if t := strings.TrimSpace(l.Text); t != "" {
			return t
		}
	}
	return ""
}

func (it *feedItem) article() schema.Article {
	var a schema.Article
	a.Title = it.Title.text()
	a.URL = it.link()
	a.Source = firstNonEmpty(it.Source.Title, it.Source.Text)
	for _, d := range []string{it.PubDate, it.Published, it.Issued, it.Date, it.Updated, it.Modified} {
		if t, ok := ParseDate(d); ok {
			a.Published = t
			break
		}
	}
	texts := []string{it.Encoded.text(), it.Desc.text(), it.Summary.text()}
	for _, c := range it.Contents {
		// <media:content url=...> is an attachment, not the text.
		if c.URL == "" && !strings.Contains(c.XMLName.Space, "media") {
			texts = append(texts, c.text())
		}
	}
	for _, t := range texts {
		if len(t) > len(a.Text) {
			a.Text = t
		}
	}
	id := firstNonEmpty(it.GUID, it.ID)
	if a.URL == "" && looksLikeURL(id) {
		a.URL = id
	}
	a.ID = idIdentity(a.URL, id)
	return a
}

// readFeed reads a feed's items one by one.
func (r *inputReader) readFeed(origin, file, text string) error {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// The text is UTF-8 already, whatever the declaration says.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }

	var stack []string
	root, channelTitle := "", ""
	n := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if n > 0 {
				err = fmt.Errorf("%w feed after item %d: %v", ErrMalformed, n, err)
			} else {
				err = fmt.Errorf("%w feed: %v", ErrMalformed, err)
			}
			return r.fail(origin, file, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if len(stack) == 0 {
				root = name
				if root != "rss" && root != "feed" && root != "rdf" {
					return r.fail(origin, file, fmt.Errorf("%w: not an RSS or Atom feed (root element <%s>)", ErrMalformed, t.Name.Local))
				}
			}
			if name == "item" || name == "entry" {
				n++
				itemOrigin := fmt.Sprintf("%s#%d", origin, n)
				var it feedItem
				if err := d.DecodeElement(&it, &t); err != nil {
					return r.fail(itemOrigin, file, fmt.Errorf("%w feed item: %v", ErrMalformed, err))
				}
				a := it.article()
				if a.Source == "" {
					a.Source = channelTitle
				}
				if err := r.article(itemOrigin, file, a); err != nil {
					return err
				}
				continue
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			if name == "title" && channelTitle == "" && (parent == "channel" || parent == "feed" && len(stack) == 1) {
				var ft feedText
				if err := d.DecodeElement(&ft, &t); err == nil {
					channelTitle = ft.text()
				}
				continue
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if root == "" {
		return r.fail(origin, file, fmt.Errorf("%w: not an RSS or Atom feed (no root element)", ErrMalformed))
	}
	if n == 0 {
		return r.fail(origin, file, fmt.Errorf("%w feed: no items", ErrEmpty))
	}
	return nil
}
