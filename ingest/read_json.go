package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"stancegraph/schema"
)

// JSON and JSON Lines. An article object has the fields (any case)
//
//	id (the identity when there is no url and it is globally unique, see
//	idIdentity), url (or link), title (or headline), source (a string, or an object
//	with a name), published (or date, published_at, publishedAt, pubDate,
//	datePublished; a date string or Unix seconds/milliseconds), and its
//	text in text, body or content (run through the HTML extractor when it
//	holds markup) or html; description or summary when nothing else.
//
// A .json file holds one object, an array of objects, objects one after
// another, or an object wrapping an array under articles, items, entries,
// data, results, posts or docs.

var (
	jsonURLKeys    = []string{"url", "link", "canonical_url", "canonicalurl", "permalink", "web_url", "weburl"}
	jsonTitleKeys  = []string{"title", "headline"}
	jsonSourceKeys = []string{"source", "source_name", "sourcename", "outlet", "publisher", "site_name", "sitename", "site", "publication"}
	jsonDateKeys   = []string{"published", "date", "published_at", "publishedat", "pubdate", "datepublished", "publication_date", "publicationdate", "date_published", "created_at", "createdat", "timestamp", "time", "updated", "updated_at", "modified"}
	jsonTextKeys   = []string{"text", "body", "content", "article", "article_text", "full_text", "fulltext", "maintext"}
	jsonIDKeys     = []string{"id", "_id", "guid", "uuid"}
	jsonListKeys   = []string{"articles", "items", "entries", "data", "results", "posts", "docs"}
)

// readJSON reads a .json file's text.
func (r *inputReader) readJSON(origin, file, text string) error {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	trimmed := strings.TrimSpace(text)
	switch trimmed[0] {
	case '[':
		if _, err := dec.Token(); err != nil {
			return r.fail(origin, file, jsonErr(err))
		}
		return r.jsonArray(origin, file, dec, func() error {
			if _, err := dec.Token(); err != nil { // the closing ]
				return r.fail(origin, file, jsonErr(err))
			}
			return nil
		})
	case '{':
	default:
		return r.fail(origin, file, fmt.Errorf("%w JSON: want an object or an array of objects", ErrMalformed))
	}
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return r.fail(origin, file, jsonErr(err))
	}
	if !dec.More() {
		if list := wrappedList(raw); list != nil {
			return r.jsonList(origin, file, list)
		}
		return r.record(origin, file, raw)
	}
	// Objects one after another.
	for n := 1; ; n++ {
		if err := r.record(fmt.Sprintf("%s#%d", origin, n), file, raw); err != nil {
			return err
		}
		raw = nil
		if err := dec.Decode(&raw); err != nil {
			if err == io.EOF {
				return nil
			}
			return r.fail(fmt.Sprintf("%s#%d", origin, n+1), file, jsonErr(err))
		}
	}
}

// jsonArray reads the elements of an array whose [ has been read, then
// calls end.
func (r *inputReader) jsonArray(origin, file string, dec *json.Decoder, end func() error) error {
	n := 0
	for dec.More() {
		n++
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return r.fail(fmt.Sprintf("%s#%d", origin, n), file, jsonErr(err))
		}
		if err := r.record(fmt.Sprintf("%s#%d", origin, n), file, raw); err != nil {
			return err
		}
	}
	if err := end(); err != nil {
		return err
	}
	if n == 0 {
		return r.fail(origin, file, fmt.Errorf("%w JSON array: no articles", ErrEmpty))
	}
	return nil
}

func (r *inputReader) jsonList(origin, file string, list []json.RawMessage) error {
	if len(list) == 0 {
		return r.fail(origin, file, fmt.Errorf("%w JSON list: no articles", ErrEmpty))
	}
	for i, raw := range list {
		if err := r.record(fmt.Sprintf("%s#%d", origin, i+1), file, raw); err != nil {
			return err
		}
	}
	return nil
}

// wrappedList returns the articles of {"articles": [...]} when the object
// is not itself an article.
func wrappedList(raw json.RawMessage) []json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	lm := lowerKeys(m)
	for _, k := range append(append([]string{}, jsonTextKeys...), "html", "description", "summary") {
		if _, ok := lm[k]; ok {
			return nil
		}
	}
	for _, k := range jsonListKeys {
		var list []json.RawMessage
		if v, ok := lm[k]; ok && json.Unmarshal(v, &list) == nil {
			return list
		}
	}
	return nil
}

// jsonErr words a decoding error.
func jsonErr(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("%w JSON: truncated (unexpected end of input)", ErrMalformed)
	case errors.As(err, &se):
		return fmt.Errorf("%w JSON at byte %d: %v", ErrMalformed, se.Offset, se)
	}
	return fmt.Errorf("%w JSON: %v", ErrMalformed, err)
}

// record reads one article object and emits it or an error item.
func (r *inputReader) record(origin, file string, raw []byte) error {
	a, err := jsonArticle(raw)
	if err != nil {
		return r.fail(origin, file, err)
	}
	return r.article(origin, file, a)
}

func lowerKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	lm := make(map[string]json.RawMessage, len(m))
	for k, v := range m {
		low := strings.ToLower(k)
		if _, seen := lm[low]; !seen || k == low {
			lm[low] = v
		}
	}
	return lm
}

// jsonArticle reads one article object.
func jsonArticle(raw []byte) (schema.Article, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return schema.Article{}, fmt.Errorf("%w JSON: want an article object, got %s", ErrMalformed, ute.Value)
		}
		return schema.Article{}, jsonErr(err)
	}
	lm := lowerKeys(m)
	str := func(keys ...string) string {
		for _, k := range keys {
			if s := strings.TrimSpace(jsonString(lm[k])); s != "" {
				return s
			}
		}
		return ""
	}
	var a schema.Article
	a.URL = str(jsonURLKeys...)
	a.Title = str(jsonTitleKeys...)
	a.Source = str(jsonSourceKeys...)
	for _, k := range jsonDateKeys {
		if t, ok := jsonDate(lm[k]); ok {
			a.Published = t
			break
		}
	}
	id := str(jsonIDKeys...)
	if a.URL == "" && looksLikeURL(id) {
		a.URL = id
	}
	if a.Source != "" && a.URL == "" && looksLikeURL(a.Source) {
		a.URL, a.Source = a.Source, ""
	}

	text := str(jsonTextKeys...)
	if text != "" && looksLikeHTML(text) {
		text = htmlFragmentText(text)
	}
	if text == "" {
		if h := str("html", "raw_html", "rawhtml"); h != "" {
			low := strings.ToLower(h)
			if strings.Contains(low, "<html") || strings.Contains(low, "<body") || strings.Contains(low, "<article") {
				page, err := parseHTMLArticle(h)
				if err != nil {
					return a, err
				}
				text = page.Text
				a.Title = firstNonEmpty(a.Title, page.Title)
				a.Source = firstNonEmpty(a.Source, page.Source)
				a.URL = firstNonEmpty(a.URL, page.URL)
				if a.Published.IsZero() {
					a.Published = page.Published
				}
			} else {
				text = htmlFragmentText(h)
			}
		}
	}
	if text == "" {
		text = htmlFragmentText(str("description", "summary", "abstract"))
	}
	if strings.TrimSpace(text) == "" {
		return a, fmt.Errorf("%w (no text, body, content or html field)", ErrNoText)
	}
	a.Text = text
	a.ID = idIdentity(a.URL, id)
	return a, nil
}

var reUUID = regexp.MustCompile(`^(?i:urn:uuid:)?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$`)

// idIdentity is the article ID given by a record's or feed item's own id
// when it has no URL and the id is globally unique by its form: an IRI or
// URN ("tag:example.org,2026:1", "urn:uuid:...") or a UUID. Other ids
// ("1", "doc-7") are only unique within their dump, so the ID then comes
// from the text (""; see inputReader.article), as for any article without a
// URL: two dumps that both number their records from 1 must not replace
// each other's articles.
func idIdentity(url, id string) string {
	id = strings.TrimSpace(id)
	if url != "" || id == "" || !(strings.Contains(id, ":") || reUUID.MatchString(id)) {
		return ""
	}
	return schema.ArticleID("id:"+id, "")
}

// jsonString reads a JSON value as text: a string, a number, or an
// object's name.
func jsonString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	case '{':
		var o map[string]json.RawMessage
		if json.Unmarshal(v, &o) == nil {
			lo := lowerKeys(o)
			for _, k := range []string{"name", "title", "id", "href", "url"} {
				if s := jsonString(lo[k]); s != "" {
					return s
				}
			}
		}
	case '[':
		var l []json.RawMessage
		if json.Unmarshal(v, &l) == nil && len(l) > 0 {
			return jsonString(l[0])
		}
	case 'n', 't', 'f':
		return ""
	default:
		return string(v)
	}
	return ""
}

// jsonDate reads a date string or a Unix time in seconds or milliseconds.
func jsonDate(v json.RawMessage) (time.Time, bool) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return time.Time{}, false
	}
	if v[0] == '"' || v[0] == '{' {
		return ParseDate(jsonString(v))
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil || f <= 0 {
		return time.Time{}, false
	}
	if f > 1e11 {
		return saneDate(time.UnixMilli(int64(f)).UTC())
	}
	return saneDate(time.Unix(int64(f), 0).UTC())
}

// readJSONL streams a JSON Lines input, one article per line.
func (r *inputReader) readJSONL(origin, file string, br *bufio.Reader) error {
	var buf []byte
	seen := 0
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, newline, rerr := readLine(br, r.opts.MaxBytes, buf[:0])
		buf = line
		eof := rerr == io.EOF
		lineOrigin := fmt.Sprintf("%s:%d", origin, n)
		if rerr != nil && !eof {
			return r.fail(lineOrigin, file, fmt.Errorf("read: %w", rerr))
		}
		content := bytes.TrimSpace(line)
		var err error
		switch {
		case tooLong:
			seen++
			err = r.fail(lineOrigin, file, fmt.Errorf("%w: line over the limit of %s (MaxBytes)", ErrTooLarge, humanBytes(r.opts.MaxBytes)))
		case len(content) == 0:
		case bytes.IndexByte(content, 0) >= 0:
			seen++
			err = r.fail(lineOrigin, file, fmt.Errorf("%w (NUL bytes in line)", ErrBinary))
		default:
			seen++
			text := []byte(repairUTF8(content))
			if !json.Valid(text) {
				var v any
				perr := jsonErr(json.Unmarshal(text, &v))
				if !newline && eof {
					perr = fmt.Errorf("%w (truncated last line, no newline at the end)", perr)
				}
				err = r.fail(lineOrigin, file, perr)
			} else {
				err = r.record(lineOrigin, file, text)
			}
		}
		if err != nil {
			return err
		}
		if eof {
			break
		}
		if cap(buf) > 1<<20 {
			buf = nil // do not hold on to one huge line's buffer
		}
	}
	if seen == 0 {
		return r.fail(origin, file, fmt.Errorf("%w file (no JSON lines)", ErrEmpty))
	}
	return nil
}

// readLine reads one line into buf (reused), without its newline. A line
// longer than max is skipped to its end and reported as tooLong.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, tooLong, newline bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case e == bufio.ErrBufferFull:
			continue
		case e != nil:
			return buf, tooLong, false, e
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, true, nil
	}
}
