package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

// engine is a gin engine like the server's: one API route, a JSON 404,
// then the page mounted.
func engine() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.NoRoute(func(c *gin.Context) { c.JSON(http.StatusNotFound, gin.H{"error": "not_found"}) })
	r.GET("/api/v1/stats", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	Mount(r)
	return r
}

func get(t *testing.T, h http.Handler, method, path string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestMountServesPageAndAssets(t *testing.T) {
	r := engine()
	w := get(t, r, "GET", "/")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") || !strings.Contains(w.Body.String(), `src="/ui/app.js"`) {
		t.Fatalf("GET / = %d %q %.200s", w.Code, w.Header().Get("Content-Type"), w.Body.String())
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	for path, ctype := range map[string]string{
		"/ui/app.js":                   "text/javascript",
		"/ui/app.css":                  "text/css",
		"/ui/vendor/cytoscape.min.js":  "text/javascript",
		"/ui/vendor/cytoscape.LICENSE": "text/plain",
	} {
		w := get(t, r, "GET", path)
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), ctype) {
			t.Errorf("GET %s = %d %q", path, w.Code, w.Header().Get("Content-Type"))
		}
	}
	// The API is untouched, unknown paths keep the API's JSON 404, and the
	// page answers only GET and HEAD.
	if w := get(t, r, "GET", "/api/v1/stats"); w.Code != 200 || !strings.Contains(w.Body.String(), `"ok"`) {
		t.Errorf("API route = %d %s", w.Code, w.Body.String())
	}
	for _, c := range [][2]string{{"GET", "/nope"}, {"GET", "/ui/nope.js"}, {"GET", "/ui/../web.go"}, {"POST", "/"}, {"GET", "/ui/"}} {
		if w := get(t, r, c[0], c[1]); w.Code != 404 || !strings.Contains(w.Body.String(), "not_found") {
			t.Errorf("%s %s = %d %s", c[0], c[1], w.Code, w.Body.String())
		}
	}
	if w := get(t, r, "HEAD", "/ui/app.js"); w.Code != 200 || w.Body.Len() != 0 || w.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD = %d, %d bytes, length %q", w.Code, w.Body.Len(), w.Header().Get("Content-Length"))
	}
	if len(r.Routes()) != 1 {
		t.Errorf("Mount added routes: %v", r.Routes())
	}
}

func TestETagAndGzip(t *testing.T) {
	h := Handler()
	w := get(t, h, "GET", "/ui/vendor/cytoscape.min.js", "Accept-Encoding", "gzip, br")
	if w.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("no gzip: %v", w.Header())
	}
	zr, err := gzip.NewReader(w.Body)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	want, _ := fs.ReadFile(embedded, "static/vendor/cytoscape.min.js")
	if !bytes.Equal(plain, want) {
		t.Errorf("gzip body differs from the file")
	}
	etag := w.Header().Get("ETag")
	if w := get(t, h, "GET", "/ui/vendor/cytoscape.min.js", "If-None-Match", etag); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("revalidation = %d, %d bytes", w.Code, w.Body.Len())
	}
	if w := get(t, h, "GET", "/ui/app.js", "Accept-Encoding", "gzip;q=0"); w.Header().Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 still compressed")
	}
}

// TestAssetsResolve checks that every file the page refers to (scripts,
// styles, module imports, the lazily loaded graph library) is embedded.
func TestAssetsResolve(t *testing.T) {
	ref := regexp.MustCompile(`(?:src|href)="(/ui/[^"]+)"|from '\./([^']+)'|'(/ui/[^']+)'`)
	seen := 0
	fs.WalkDir(embedded, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".js")) || strings.Contains(p, "/vendor/") {
			return err
		}
		b, _ := fs.ReadFile(embedded, p)
		for _, m := range ref.FindAllStringSubmatch(string(b), -1) {
			name := m[1] + m[3]
			if m[2] != "" {
				name = Prefix + m[2]
			}
			seen++
			if w := get(t, Handler(), "GET", name); w.Code != 200 {
				t.Errorf("%s refers to %s: %d", p, name, w.Code)
			}
		}
		return nil
	})
	if seen < 10 {
		t.Errorf("only %d references found; the pattern is stale", seen)
	}
}

func TestVendoredVersionRecorded(t *testing.T) {
	b, err := fs.ReadFile(embedded, "static/vendor/VERSIONS")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^cytoscape\s+\d+\.\d+\.\d+\s+MIT\s+cytoscape\.min\.js\s+([0-9a-f]{64})$`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("VERSIONS does not record cytoscape's version, licence and digest:\n%s", b)
	}
	js, _ := fs.ReadFile(embedded, "static/vendor/cytoscape.min.js")
	if sum := sha256.Sum256(js); hex.EncodeToString(sum[:]) != string(m[1]) {
		t.Errorf("cytoscape.min.js does not match the digest in VERSIONS: rerun scripts/vendor-web.sh")
	}
}
