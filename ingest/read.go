package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"stancegraph/schema"
)

// DefaultMaxBytes is the per-file size limit when ReadOptions.MaxBytes is
// zero. JSON Lines files are streamed, and for them it limits each line.
const DefaultMaxBytes int64 = 10 << 20

// Formats that ReadOptions.Format accepts.
const (
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
	FormatFeed  = "feed"
)

// Reasons an input fails to be read, for errors.Is on Item.Err.
var (
	ErrBinary    = errors.New("binary file")
	ErrEmpty     = errors.New("empty")
	ErrTooLarge  = errors.New("too large")
	ErrNoText    = errors.New("no article text")
	ErrMalformed = errors.New("malformed")
)

// Item is one article read from the input, or the error that stopped it
// being read.
type Item struct {
	// Origin names the input: "path/to/file.txt", "feed.xml#3" (the third
	// item of a feed or JSON array), "dump.jsonl:17" (line 17), "-" (stdin).
	Origin string
	// Article is filled when Err is nil: ID, Hash, Text, Title, URL,
	// Source, Published and File (File only when read from a file). ID is
	// schema.ArticleID(URL, Text), or, for a JSON record or feed item with
	// no URL but a globally unique id (a URN, tag: IRI or UUID), derived
	// from that id so that a changed version keeps its ID. When Err is set
	// only File is.
	Article schema.Article
	// Err is non-nil when this input failed; its message starts with
	// Origin. It is a *ReadError.
	Err error
}

// ReadError is why one input could not be read.
type ReadError struct {
	Origin string
	Err    error
}

func (e *ReadError) Error() string { return e.Origin + ": " + e.Err.Error() }
func (e *ReadError) Unwrap() error { return e.Err }

// ReadOptions tune Read.
type ReadOptions struct {
	// Format forces a format (text, html, json, jsonl, feed); "" detects
	// it by extension, then by content.
	Format string
	// Date, when non-zero, is the publication date of articles that have
	// none.
	Date time.Time
	// Source, when non-empty, is the source of articles that have none.
	Source string
	// MaxBytes limits the size of each file (DefaultMaxBytes when zero).
	// JSON Lines input is streamed and the limit applies to each line.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Read streams the articles found under paths (files, folders recursively,
// "-" for stdin) to fn, in a deterministic order: paths in the order given,
// the entries of each folder sorted by name, depth first.
//
// A bad input yields an Item with Err set and reading goes on. Read returns
// an error only if fn returns one (that error), if ctx is cancelled
// (ctx.Err()), or if opts.Format is not a known format (before reading).
//
// Memory stays bounded by the size of one file (one line for JSON Lines):
// folders are walked entry by entry and JSON Lines files are streamed.
//
// In folders, files are picked by extension (.txt .md .html .htm .json
// .jsonl .ndjson .xml .rss .atom ...); files with other extensions, hidden
// files and hidden folders (".git") are skipped silently, and symlinked
// folders are followed once (loops are cut). A file named explicitly is
// read whatever its extension, its format sniffed from its content.
//
// Text encoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM is decoded.
// Bytes that are not valid UTF-8 are decoded one by one as Windows-1252
// (a superset of Latin-1's printable range), so a Latin-1 "caf\xe9" reads
// as "café" and a stray Latin-1 byte in a UTF-8 file is repaired in place;
// the five bytes Windows-1252 leaves undefined become U+FFFD.
func Read(ctx context.Context, paths []string, opts ReadOptions, fn func(Item) error) error {
	f, err := normFormat(opts.Format)
	if err != nil {
		return err
	}
	opts.Format = f
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	r := &inputReader{ctx: ctx, opts: opts, fn: fn, visited: map[string]bool{}}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

func normFormat(f string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(f)) {
	case "":
		return "", nil
	case "text", "txt", "md", "markdown", "plain":
		return FormatText, nil
	case "html", "htm":
		return FormatHTML, nil
	case "json":
		return FormatJSON, nil
	case "jsonl", "ndjson", "jsonlines":
		return FormatJSONL, nil
	case "feed", "rss", "atom", "xml":
		return FormatFeed, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, html, json, jsonl or feed)", f)
}

// formatByExt is the format of a file by its extension, "" when unknown.
func formatByExt(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson", ".jsonlines":
		return FormatJSONL
	case ".xml", ".rss", ".atom":
		return FormatFeed
	}
	return ""
}

func isMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

type inputReader struct {
	ctx     context.Context
	opts    ReadOptions
	fn      func(Item) error
	visited map[string]bool // real paths of the folders walked
}

// emit hands one item to fn, unless ctx is done.
func (r *inputReader) emit(it Item) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	return r.fn(it)
}

// fail emits an error item for origin.
func (r *inputReader) fail(origin, file string, err error) error {
	return r.emit(Item{Origin: origin, Article: schema.Article{File: file}, Err: &ReadError{Origin: origin, Err: err}})
}

// article finishes a (partial) article read from origin and emits it, or an
// error item when it has no text.
func (r *inputReader) article(origin, file string, a schema.Article) error {
	a.Text = strings.TrimSpace(a.Text)
	if a.Text == "" {
		return r.fail(origin, file, ErrNoText)
	}
	a.Title = cleanLine(a.Title)
	a.Source = cleanLine(a.Source)
	a.URL = strings.TrimSpace(a.URL)
	a.File = file
	if a.Published.IsZero() && !r.opts.Date.IsZero() {
		a.Published = r.opts.Date
	}
	if a.Source == "" {
		a.Source = strings.TrimSpace(r.opts.Source)
	}
	if a.ID == "" {
		a.ID = schema.ArticleID(a.URL, a.Text)
	}
	a.Hash = schema.ContentHash(a.Text)
	return r.emit(Item{Origin: origin, Article: a})
}

// cleanLine collapses the whitespace of a one-line field.
func cleanLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (r *inputReader) path(p string) error {
	if p == "-" {
		in := r.opts.Stdin
		if in == nil {
			return r.fail("-", "", errors.New("no standard input"))
		}
		return r.stream("-", "", "-", r.opts.Format, -1, in)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(p, p, pathError(err))
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	return r.file(p, fi, r.opts.Format)
}

// pathError words an os error without repeating the path.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("no such file or folder: %w", fs.ErrNotExist)
		case errors.Is(err, fs.ErrPermission):
			return fmt.Errorf("permission denied: %w", fs.ErrPermission)
		}
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// dir walks a folder, sorted, depth first, each real folder once.
func (r *inputReader) dir(p string) error {
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return r.fail(p, p, pathError(err))
	}
	if r.visited[real] {
		return nil // a symlink loop, or a folder reached twice
	}
	r.visited[real] = true
	entries, err := os.ReadDir(p) // sorted by name
	if err != nil {
		return r.fail(p, p, pathError(err))
	}
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(p, name)
		typ := e.Type()
		var fi fs.FileInfo
		if typ&fs.ModeSymlink != 0 {
			fi, err = os.Stat(full)
			if err != nil {
				if formatByExt(name) == "" {
					continue
				}
				if err := r.fail(full, full, fmt.Errorf("broken symlink: %w", pathError(err))); err != nil {
					return err
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			err = r.dir(full)
		case typ.IsRegular():
			if formatByExt(name) == "" {
				continue
			}
			if fi == nil {
				fi, err = e.Info()
				if err != nil {
					err = r.fail(full, full, pathError(err))
					break
				}
			}
			f := r.opts.Format
			if f == "" {
				f = formatByExt(name)
			}
			err = r.file(full, fi, f)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// file reads one file in format f ("" = by extension, else sniffed).
func (r *inputReader) file(p string, fi fs.FileInfo, f string) error {
	if f == "" {
		f = formatByExt(p)
	}
	size := int64(-1)
	if fi.Mode().IsRegular() {
		size = fi.Size()
		if f != "" && f != FormatJSONL && size > r.opts.MaxBytes {
			return r.fail(p, p, r.tooLarge(size, f))
		}
	}
	fh, err := os.Open(p)
	if err != nil {
		return r.fail(p, p, pathError(err))
	}
	defer fh.Close()
	return r.stream(p, p, p, f, size, fh)
}

func (r *inputReader) tooLarge(size int64, f string) error {
	hint := ""
	if f == FormatJSON {
		hint = "; use JSON Lines for larger dumps"
	}
	if size > 0 {
		return fmt.Errorf("%w: %s, over the limit of %s per file (MaxBytes)%s", ErrTooLarge, humanBytes(size), humanBytes(r.opts.MaxBytes), hint)
	}
	return fmt.Errorf("%w: over the limit of %s per file (MaxBytes)%s", ErrTooLarge, humanBytes(r.opts.MaxBytes), hint)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

const sniffLen = 8 << 10

// stream reads one input (a file or stdin) named origin in format f,
// sniffing the format when f is "". name is used for extension hints; size
// is the file's size, -1 when unknown.
func (r *inputReader) stream(origin, file, name, f string, size int64, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	in = decodeBOM(br)
	br = bufio.NewReaderSize(in, 64<<10)
	// Sniff what the first read brings rather than waiting for sniffLen
	// bytes: on a pipe fed article by article that wait would hold the
	// first article back until more input comes. Only a start that is all
	// whitespace waits for more.
	br.Peek(1)
	head, _ := br.Peek(min(br.Buffered(), sniffLen))
	if len(bytes.TrimSpace(head)) == 0 {
		head, _ = br.Peek(sniffLen)
	}
	if len(head) == 0 {
		return r.fail(origin, file, fmt.Errorf("%w file", ErrEmpty))
	}
	if isBinary(head) {
		return r.fail(origin, file, ErrBinary)
	}
	if len(bytes.TrimSpace(head)) == 0 && len(head) < sniffLen {
		return r.fail(origin, file, fmt.Errorf("%w file (only whitespace)", ErrEmpty))
	}
	if f == "" {
		f = sniff(head)
	}
	if f == FormatJSONL {
		return r.readJSONL(origin, file, br)
	}
	if size > r.opts.MaxBytes {
		return r.fail(origin, file, r.tooLarge(size, f))
	}
	data, err := io.ReadAll(io.LimitReader(br, r.opts.MaxBytes+1))
	if err != nil {
		return r.fail(origin, file, fmt.Errorf("read: %w", err))
	}
	if int64(len(data)) > r.opts.MaxBytes {
		return r.fail(origin, file, r.tooLarge(0, f))
	}
	if isBinary(data) {
		return r.fail(origin, file, ErrBinary)
	}
	text := decodeText(data, f)
	if strings.TrimSpace(text) == "" {
		return r.fail(origin, file, fmt.Errorf("%w file (only whitespace)", ErrEmpty))
	}
	switch f {
	case FormatHTML:
		a, err := parseHTMLArticle(text)
		if err != nil {
			return r.fail(origin, file, err)
		}
		return r.article(origin, file, a)
	case FormatJSON:
		return r.readJSON(origin, file, text)
	case FormatFeed:
		return r.readFeed(origin, file, text)
	default:
		return r.article(origin, file, parseText(text, isMarkdown(name)))
	}
}

// decodeBOM drops a UTF-8 byte order mark and decodes UTF-16 with a BOM.
func decodeBOM(br *bufio.Reader) io.Reader {
	b, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Reader(br)
	}
	return br
}

// isBinary reports whether data looks like a binary file: it has a NUL
// byte, or more than 10% control characters, or is mostly not UTF-8 nor
// Latin-1 text.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	ctrl, bad := 0, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				ctrl++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	// A multi-byte rune cut at the end of the sample counts as bad; allow it.
	return ctrl*10 > len(data) || bad > 3 && bad*3 > len(data)
}

// sniff guesses the format of an input from its first bytes.
func sniff(head []byte) string {
	s := bytes.TrimSpace(head)
	switch {
	case len(s) == 0:
		return FormatText
	case s[0] == '[':
		return FormatJSON
	case s[0] == '{':
		// One object per line is JSON Lines, streamed; else one JSON value.
		line, _, more := bytes.Cut(s, []byte("\n"))
		rest := bytes.TrimSpace(bytes.TrimPrefix(s, line))
		if more && len(rest) > 0 && rest[0] == '{' && json.Valid(line) {
			return FormatJSONL
		}
		return FormatJSON
	case s[0] == '<':
		return sniffMarkup(s)
	}
	return FormatText
}

// sniffMarkup tells a feed from HTML by the first element's name.
func sniffMarkup(s []byte) string {
	low := bytes.ToLower(s)
	xmlDecl := bytes.HasPrefix(low, []byte("<?xml"))
	for len(low) > 0 {
		low = bytes.TrimSpace(low)
		switch {
		case bytes.HasPrefix(low, []byte("<?")):
			_, low, _ = bytes.Cut(low, []byte("?>"))
			continue
		case bytes.HasPrefix(low, []byte("<!--")):
			_, low, _ = bytes.Cut(low, []byte("-->"))
			continue
		case bytes.HasPrefix(low, []byte("<!doctype html")):
			return FormatHTML
		case bytes.HasPrefix(low, []byte("<!")):
			_, low, _ = bytes.Cut(low, []byte(">"))
			continue
		case bytes.HasPrefix(low, []byte("<rss")), bytes.HasPrefix(low, []byte("<feed")),
			bytes.HasPrefix(low, []byte("<rdf:rdf")):
			return FormatFeed
		case bytes.HasPrefix(low, []byte("<html")):
			return FormatHTML
		case bytes.HasPrefix(low, []byte("<")) && xmlDecl:
			return FormatFeed
		}
		break
	}
	return FormatHTML
}

var reXMLEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._:\-]+)["']`)

// decodeText turns a file's bytes into UTF-8 text. Valid UTF-8 is taken as
// is. Otherwise an HTML page's declared charset (<meta charset>) or a
// feed's XML declaration (encoding="...") is used when it names an encoding
// other than UTF-8 and Latin-1/Windows-1252; else repairUTF8.
func decodeText(data []byte, f string) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var enc encoding.Encoding
	var name string
	switch f {
	case FormatHTML:
		enc, name, _ = charset.DetermineEncoding(data, "text/html")
	case FormatFeed:
		if m := reXMLEncoding.FindSubmatch(data); m != nil {
			enc, name = charset.Lookup(string(m[1]))
		}
	}
	if enc != nil && name != "utf-8" && name != "windows-1252" {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			return repairUTF8(out)
		}
	}
	return repairUTF8(data)
}

// repairUTF8 returns data as a string, decoding each byte that is not part
// of valid UTF-8 as Windows-1252 (see Read).
func repairUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	dec := charmap.Windows1252
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			d := dec.DecodeByte(data[0])
			if d == utf8.RuneError || d >= 0x80 && d < 0xA0 {
				d = utf8.RuneError
			}
			b.WriteRune(d)
		} else {
			b.Write(data[:n])
		}
		data = data[n:]
	}
	return b.String()
}
