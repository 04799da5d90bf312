package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"stancegraph/schema"
)

// Plain text and Markdown.
//
// The layout understood, all of it optional:
//
//	---                       (Markdown front matter: title, date, source, url)
//	title: ...
//	---
//	Date: 2026-03-14          (header lines before the title)
//	The Title Line            (short, followed by a blank line or header lines)
//	Source: The Daily Example (header lines after the title)
//	By Jane Doe
//
//	WASHINGTON, March 14, 2026 (Reuters) — The body...   (a dateline)
//
//	Shortlink for this post: https://example.org/?p=1    (trailer lines)
//
// Header, byline and trailer lines are removed from the body; a dateline
// gives its date and agency and is cut from the first paragraph.
// Paragraphs (blank-line separated) are kept.

const maxTitleRunes = 200

var (
	reHeader   = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z \-]{0,30}?)\s*:\s+(\S.*?)\s*$`)
	reByline   = regexp.MustCompile(`^(?i:by)\s+(\S.{0,100})$`)
	reDatePfx  = regexp.MustCompile(`^(?i:(?:first |last )?(?:published|posted|updated|dated))(?:\s+(?i:on|at))?:?\s+(.+)$`)
	reTrailer  = regexp.MustCompile(`^(.{0,80}?)[\s:]*<?(https?://[^\s<>]+?)>?[.)]?$`)
	reAgency   = regexp.MustCompile(`\(([A-Z][A-Za-z&.'\- ]{1,30})\)\s*,?$`)
	reMDHead   = regexp.MustCompile(`^#{1,6}\s+`)
	reMDImage  = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMDLink   = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	reMDBold   = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
	reMDRule   = regexp.MustCompile(`^\s*(?:-{3,}|\*{3,}|_{3,})\s*$`)
	reMDSetext = regexp.MustCompile(`^(?:=+|-+)$`)
)

// headerKinds maps header keys to what they set; "" means consumed and
// ignored (authors, tags...).
var headerKinds = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date", "publication date": "date", "published on": "date",
	"published at": "date", "pubdate": "date", "posted": "date", "posted on": "date",
	"dated": "date", "date published": "date", "dateline": "date",
	"updated": "updated", "last updated": "updated", "modified": "updated",
	"source": "source", "outlet": "source", "publication": "source", "publisher": "source",
	"newspaper": "source", "site": "source", "agency": "source", "media": "source",
	"url": "url", "link": "url", "permalink": "url", "canonical": "url", "shortlink": "url",
	"original url": "url", "original link": "url", "source url": "url",
	"author": "", "authors": "", "by": "", "byline": "", "writer": "", "reporter": "",
	"tags": "", "tag": "", "category": "", "categories": "", "section": "",
	"keywords": "", "language": "", "lang": "", "slug": "", "id": "",
}

// textMeta collects metadata while a text is parsed.
type textMeta struct {
	a       schema.Article
	updated time.Time
}

func (m *textMeta) set(kind, val string) {
	val = strings.TrimSpace(val)
	switch kind {
	case "title":
		if m.a.Title == "" {
			m.a.Title = val
		}
	case "date":
		if t, ok := ParseDate(val); ok && m.a.Published.IsZero() {
			m.a.Published = t
		}
	case "updated":
		if t, ok := ParseDate(val); ok && m.updated.IsZero() {
			m.updated = t
		}
	case "source":
		if m.a.Source == "" {
			m.a.Source = val
		}
	case "url":
		if m.a.URL == "" {
			m.a.URL = strings.Trim(val, "<>")
		}
	}
}

// headerLine classifies one line at the top of a text as a header: a known
// "Key: value", a byline, or a bare date.
func headerLine(line string) (kind, val string, ok bool) {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 300 {
		return "", "", false
	}
	if m := reHeader.FindStringSubmatch(line); m != nil {
		key := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
		kind, known := headerKinds[key]
		val := m[2]
		if known {
			switch kind {
			case "source":
				if looksLikeURL(val) {
					return "url", val, true
				}
				return kind, val, len(val) <= 100
			case "url":
				return kind, val, looksLikeURL(strings.Trim(val, "<>"))
			case "date", "updated":
				return kind, val, len(val) <= 80
			}
			return kind, val, true
		}
	}
	if m := reByline.FindStringSubmatch(line); m != nil && isByline(m[1]) {
		return "", m[1], true
	}
	if m := reDatePfx.FindStringSubmatch(line); m != nil {
		if _, ok := ParseDate(m[1]); ok {
			if strings.HasPrefix(strings.ToLower(line), "updated") || strings.HasPrefix(strings.ToLower(line), "last") {
				return "updated", m[1], true
			}
			return "date", m[1], true
		}
	}
	if _, ok := ParseDate(line); ok {
		return "date", line, true
	}
	if rest, t, _, ok := parseDateline(line); ok && strings.TrimSpace(rest) == "" && !t.IsZero() {
		return "date", t.Format(time.RFC3339), true
	}
	return "", "", false
}

func looksLikeURL(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t")
}

// isByline reports whether the words after "By" look like names: "Jane
// Doe and John Roe, Reuters", "Jane Doe | March 3, 2026".
func isByline(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Jr.") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	for i, p := range parts {
		if i > 0 {
			if _, ok := ParseDate(p); ok {
				continue
			}
		}
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 10 {
			return false
		}
		for _, w := range words {
			w = strings.Trim(w, ",;()")
			if w == "" {
				continue
			}
			switch strings.ToLower(w) {
			case "and", "&", "de", "da", "van", "von", "der", "la", "le", "di", "del", "bin", "al", "in", "for":
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// bylineDate returns a date written in a byline ("By X | March 3, 2026").
func bylineDate(s string) string {
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		if _, ok := ParseDate(p); ok {
			return p
		}
	}
	return ""
}

// titleLine reports whether line can be a title.
func titleLine(line string, md bool) (string, bool) {
	line = strings.TrimSpace(line)
	if md {
		if m := reMDHead.FindString(line); m != "" {
			return strings.TrimSpace(strings.TrimRight(line[len(m):], "#")), true
		}
	}
	n := utf8.RuneCountInString(line)
	if n < 2 || n > maxTitleRunes || looksLikeURL(line) {
		return "", false
	}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "> ") {
		return "", false
	}
	if !strings.ContainsFunc(line, unicode.IsLetter) {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case ',', ';', ':':
		return "", false
	case '.':
		// "... in the U.S." ends with an abbreviation, not a sentence.
		words := strings.Fields(line)
		w := words[len(words)-1]
		if strings.HasSuffix(line, "...") || strings.Count(w, ".") < 2 {
			return "", false
		}
	}
	return line, true
}

// parseText reads a plain-text (or Markdown) article.
func parseText(text string, md bool) schema.Article {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	var m textMeta
	i := skipBlank(lines, 0)
	if md {
		i = skipBlank(lines, frontMatter(lines, i, &m))
	}

	// Header blocks and the title, at the top.
	for i < len(lines) {
		end := blockEnd(lines, i)
		block := lines[i:end]
		next := skipBlank(lines, end)
		if m.a.Title != "" && len(block) == 1 {
			// "# Title" repeating the front matter's title
			if t, ok := titleLine(block[0], md); ok && t == m.a.Title && next < len(lines) {
				i = next
				continue
			}
		}
		if allHeaders(block) {
			applyHeaders(block, &m)
			i = next
			continue
		}
		if m.a.Title == "" && next < len(lines) {
			if t, ok := titleLine(block[0], md); ok && allHeaders(block[1:]) {
				m.a.Title = t
				applyHeaders(block[1:], &m)
				i = next
				continue
			}
			if md && len(block) >= 2 && reMDSetext.MatchString(block[1]) && allHeaders(block[2:]) {
				m.a.Title = strings.TrimSpace(block[0])
				applyHeaders(block[2:], &m)
				i = next
				continue
			}
		}
		break
	}

	// Trailer lines at the end.
	end := len(lines)
	for end > i && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	for k := 0; k < 8 && end-1 > i; k++ {
		line := strings.TrimSpace(lines[end-1])
		if kind, val, ok := trailerLine(line); ok {
			m.set(kind, val)
		} else if md && reMDRule.MatchString(line) {
			// a rule before the trailer
		} else {
			break
		}
		end--
		for end > i && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
	}

	body := lines[i:end]
	if len(body) > 0 {
		if rest, t, agency, ok := parseDateline(body[0]); ok {
			if !t.IsZero() && m.a.Published.IsZero() {
				m.a.Published = t
			}
			if agency != "" && m.a.Source == "" {
				m.a.Source = agency
			}
			body[0] = strings.TrimSpace(rest)
		}
	}
	if md {
		for j, l := range body {
			if reMDRule.MatchString(l) {
				body[j] = ""
				continue
			}
			l = reMDHead.ReplaceAllString(l, "")
			l = reMDImage.ReplaceAllString(l, "")
			l = reMDLink.ReplaceAllString(l, "$1")
			l = reMDBold.ReplaceAllString(l, "$1$2")
			body[j] = l
		}
	}
	m.a.Text = joinParagraphs(body)
	if m.a.Published.IsZero() {
		m.a.Published = m.updated
	}
	return m.a
}

func skipBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

func blockEnd(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
		i++
	}
	return i
}

func allHeaders(block []string) bool {
	for _, l := range block {
		if _, _, ok := headerLine(l); !ok {
			return false
		}
	}
	return true
}

func applyHeaders(block []string, m *textMeta) {
	for _, l := range block {
		kind, val, _ := headerLine(l)
		if kind == "" {
			if d := bylineDate(val); d != "" {
				m.set("date", d)
			}
			continue
		}
		m.set(kind, val)
	}
}

// frontMatter reads a Markdown "---" block and returns the line after it.
func frontMatter(lines []string, i int, m *textMeta) int {
	if i >= len(lines) || strings.TrimSpace(lines[i]) != "---" {
		return i
	}
	for j := i + 1; j < len(lines) && j < i+100; j++ {
		l := strings.TrimSpace(lines[j])
		if l == "---" || l == "..." {
			for _, f := range lines[i+1 : j] {
				key, val, ok := strings.Cut(f, ":")
				if !ok {
					continue
				}
				key = strings.ToLower(strings.TrimSpace(key))
				val = strings.Trim(strings.TrimSpace(val), `"'`)
				if kind, known := headerKinds[key]; known && kind != "" && val != "" {
					if kind == "source" && looksLikeURL(val) {
						kind = "url"
					}
					m.set(kind, val)
				}
			}
			return j + 1
		}
	}
	return i
}

// trailerLine recognises closing lines such as "Shortlink for this post:
// URL", "Originally published at URL", a bare URL, or "Source: X".
func trailerLine(line string) (kind, val string, ok bool) {
	if mm := reTrailer.FindStringSubmatch(line); mm != nil {
		pfx := strings.ToLower(strings.TrimSpace(mm[1]))
		if pfx == "" {
			return "url", mm[2], true
		}
		for _, k := range []string{"shortlink", "short link", "permalink", "link", "url", "source",
			"originally published", "original", "read more", "read the full", "full story", "via", "canonical"} {
			if strings.Contains(pfx, k) {
				return "url", mm[2], true
			}
		}
		return "", "", false
	}
	if mm := reHeader.FindStringSubmatch(line); mm != nil {
		key := strings.ToLower(strings.Join(strings.Fields(mm[1]), " "))
		switch k := headerKinds[key]; k {
		case "source", "date", "updated":
			if len(mm[2]) <= 100 {
				return k, mm[2], true
			}
		}
	}
	return "", "", false
}

// dateline separators, longest first.
var datelineSeps = []string{" — ", " – ", " -- ", " - ", "— ", "– ", " —", " –"}

// parseDateline recognises a dateline at the start of a paragraph:
// "WASHINGTON —", "GAZA CITY, March 14, 2026 (Reuters) - ", "March 14,
// 2026 — ". It returns the text after it, its date and agency.
func parseDateline(line string) (rest string, date time.Time, agency string, ok bool) {
	idx, sep := -1, ""
	for _, s := range datelineSeps {
		if j := strings.Index(line, s); j > 0 && j <= 120 && (idx < 0 || j < idx) {
			idx, sep = j, s
		}
	}
	if idx < 0 {
		// A dateline alone on its line: "WASHINGTON, March 14, 2026".
		if utf8.RuneCountInString(line) > 80 {
			return "", time.Time{}, "", false
		}
		idx, sep = len(line), ""
	}
	prefix := strings.TrimSpace(line[:idx])
	rest = line[idx+len(sep):]
	if m := reAgency.FindStringSubmatchIndex(prefix); m != nil {
		agency = prefix[m[2]:m[3]]
		prefix = strings.TrimSpace(prefix[:m[0]])
	}
	prefix = strings.TrimRight(prefix, ", ")
	if prefix == "" {
		return "", time.Time{}, "", false
	}
	if t, ok := ParseDate(prefix); ok {
		return rest, t, agency, true
	}
	place := prefix
	for j := 0; j < len(prefix); j++ {
		if prefix[j] != ',' {
			continue
		}
		if t, ok := ParseDate(prefix[j+1:]); ok {
			date, place = t, strings.TrimSpace(prefix[:j])
			break
		}
	}
	if !capsPlace(place) {
		return "", time.Time{}, "", false
	}
	if sep == "" && date.IsZero() {
		return "", time.Time{}, "", false
	}
	if date.IsZero() && agency == "" {
		// A place alone: "WASHINGTON — The ...", not "NATO — the alliance".
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
		if strings.TrimSpace(sep) == "-" || !allCaps(place) || !unicode.IsUpper(r) {
			return "", time.Time{}, "", false
		}
	}
	return rest, date, agency, true
}

// capsPlace reports whether s is a dateline place: a few words, the first in
// capitals ("WASHINGTON", "GAZA CITY", "KYIV, Ukraine").
func capsPlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len(s) > 60 {
		return false
	}
	return allCaps(words[0]) && letterCount(s) >= 2
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// joinParagraphs joins lines, collapsing runs of blank lines into one.
func joinParagraphs(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
