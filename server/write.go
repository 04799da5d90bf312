package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/gin-gonic/gin"

	"stancegraph/schema"
)

// Ingester ingests one article sent to POST /api/v1/articles. The server
// holds no extraction logic: the command wires in the same reader,
// extractor and writer the CLI uses (ingest.One).
//
// format is "json", "text", "html" or "" (detect). Errors the sender
// caused (unreadable, empty, several articles) must have a method
// BadInput() bool returning true; they are answered 400, others 500.
type Ingester interface {
	IngestArticle(ctx context.Context, body io.Reader, format string) (Ingested, error)
}

// Ingested is what ingesting one article did.
type Ingested struct {
	Article    schema.Article
	Result     string // new, updated or unchanged
	Statements []schema.Statement
}

// IngesterFunc adapts a function to Ingester.
type IngesterFunc func(ctx context.Context, body io.Reader, format string) (Ingested, error)

// IngestArticle calls f.
func (f IngesterFunc) IngestArticle(ctx context.Context, body io.Reader, format string) (Ingested, error) {
	return f(ctx, body, format)
}

// requireWrite guards write endpoints: without a configured token writes
// are disabled (403); otherwise the bearer token must match (401). The
// comparison runs over SHA-256 digests so that it takes the same time
// whatever the token's length and content.
func (s *Server) requireWrite(c *gin.Context) {
	if s.opts.Token == "" {
		fail(c, http.StatusForbidden, "writes_disabled", "writes disabled: start the server with --token or STANCEGRAPH_TOKEN to enable them")
		return
	}
	tok, ok := bearer(c.GetHeader("Authorization"))
	want := sha256.Sum256([]byte(s.opts.Token))
	got := sha256.Sum256([]byte(tok))
	if subtle.ConstantTimeCompare(want[:], got[:]) != 1 || !ok {
		c.Header("WWW-Authenticate", `Bearer realm="stancegraph"`)
		fail(c, http.StatusUnauthorized, "unauthorized", "want Authorization: Bearer <token>")
		return
	}
	c.Next()
}

// formats maps request media types to ingest formats.
var formats = map[string]string{
	"application/json": "json",
	"text/plain":       "text",
	"text/markdown":    "text",
	"text/html":        "html",
}

type ingestResponse struct {
	ID         string             `json:"id"`
	Result     string             `json:"result"`
	Article    schema.Article     `json:"article"`
	Statements []schema.Statement `json:"statements"`
}

func (s *Server) postArticle(c *gin.Context) {
	if s.opts.Ingester == nil {
		fail(c, http.StatusForbidden, "writes_disabled", "this server has no ingester")
		return
	}
	format := ""
	if ct := c.GetHeader("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		f, known := formats[mt]
		if err != nil || !known {
			fail(c, http.StatusUnsupportedMediaType, "unsupported_media_type", "send application/json (the JSON ingest format), text/plain, text/markdown or text/html")
			return
		}
		format = f
	}
	// Read the body whole first so an oversized one is a clean 413
	// rather than a reader error deep in the pipeline.
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.tooLarge(c)
			return
		}
		fail(c, http.StatusBadRequest, "bad_request", "read body: "+err.Error())
		return
	}
	res, err := s.opts.Ingester.IngestArticle(c.Request.Context(), bytes.NewReader(body), format)
	if err != nil {
		var bad interface{ BadInput() bool }
		if errors.As(err, &bad) && bad.BadInput() {
			s.metrics.ingested.WithLabelValues("rejected").Inc()
			fail(c, http.StatusBadRequest, "bad_article", err.Error())
			return
		}
		s.metrics.ingested.WithLabelValues("failed").Inc()
		s.storeError(c, err)
		return
	}
	s.metrics.ingested.WithLabelValues(res.Result).Inc()
	if res.Result != "unchanged" {
		s.metrics.statements.Add(float64(len(res.Statements)))
	}
	status := http.StatusOK
	if res.Result == "new" {
		status = http.StatusCreated
		c.Header("Location", "/api/v1/articles/"+res.Article.ID)
	}
	sts := res.Statements
	if sts == nil {
		sts = []schema.Statement{}
	}
	c.JSON(status, ingestResponse{ID: res.Article.ID, Result: res.Result, Article: res.Article, Statements: sts})
}

func (s *Server) deleteArticle(c *gin.Context) {
	id := c.Param("id")
	found, err := s.store.DeleteArticle(c.Request.Context(), id)
	if err != nil {
		s.storeError(c, err)
		return
	}
	if !found {
		fail(c, http.StatusNotFound, "not_found", "no article "+id)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": id, "deleted": true})
}
