// Package web is stancegraph's single-page interface: static HTML, CSS and
// JavaScript modules embedded into the binary and served at / (the page)
// and /ui/ (its assets). The page reads only the public JSON API under
// /api/v1; nothing here touches the store.
//
// Third-party code (cytoscape.js for the network view) is vendored into
// static/vendor by scripts/vendor-web.sh; see static/vendor/VERSIONS.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

//go:embed static
var embedded embed.FS

// Prefix is the URL path the assets are served under.
const Prefix = "/ui/"

// csp keeps the page to its own origin: no CDN, no inline script.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// asset is one embedded file, ready to serve.
type asset struct {
	body, gz []byte // gz is nil when compressing does not pay
	ctype    string
	etag     string
}

var (
	loadOnce sync.Once
	assets   map[string]*asset // by path under static/, e.g. "index.html"
)

func load() {
	assets = map[string]*asset{}
	sub, err := fs.Sub(embedded, "static")
	if err != nil {
		panic(err) // the embed directive guarantees static/ exists
	}
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = "text/plain; charset=utf-8"
		}
		sum := sha256.Sum256(b)
		a := &asset{body: b, ctype: ctype, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		if compressible(ctype) && len(b) > 1024 {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
			zw.Write(b)
			zw.Close()
			if buf.Len() < len(b)*9/10 {
				a.gz = buf.Bytes()
			}
		}
		assets[p] = a
		return nil
	})
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "javascript") || strings.Contains(ctype, "json") || strings.Contains(ctype, "svg")
}

// Handler serves the page at / and its assets under /ui/; any other path
// is 404. Only GET and HEAD are answered.
func Handler() http.Handler {
	loadOnce.Do(load)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !serve(w, r) {
			http.NotFound(w, r)
		}
	})
}

// Mount serves the page on r. It adds a middleware rather than routes, so
// the page's paths stay out of the API's route table (and its OpenAPI
// document): requests that match an API route never reach it, and those
// that match nothing (gin's 404 chain) are answered here when they are a
// GET or HEAD of / or /ui/..., before the JSON 404. Call it after the API
// routes are registered.
func Mount(r *gin.Engine) {
	loadOnce.Do(load)
	r.Use(func(c *gin.Context) {
		if serve(c.Writer, c.Request) {
			c.Abort()
			return
		}
		c.Next()
	})
}

// serve answers r when it asks for the page or an asset and says whether
// it did.
func serve(w http.ResponseWriter, r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	var name string
	switch p := r.URL.Path; {
	case p == "/" || p == "/index.html":
		name = "index.html"
	case strings.HasPrefix(p, Prefix):
		name = strings.TrimPrefix(p, Prefix)
		if name == "index.html" || name == "" || strings.Contains(name, "..") {
			return false
		}
	default:
		return false
	}
	a := assets[name]
	if a == nil {
		return false
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Vary", "Accept-Encoding")
	// Revalidate every time: the ETag makes that a cheap 304, and a new
	// binary never serves a stale page.
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	if name == "index.html" {
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Frame-Options", "DENY")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	body := a.body
	if a.gz != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		w.Write(body)
	}
	return true
}

func acceptsGzip(ae string) bool {
	for _, part := range strings.Split(ae, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		_, q, found := strings.Cut(strings.ReplaceAll(params, " ", ""), "q=")
		if !found {
			return true
		}
		f, err := strconv.ParseFloat(q, 64)
		return err == nil && f > 0
	}
	return false
}
