package server

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const (
	headerRequestID = "X-Request-ID"
	ctxRequestID    = "request_id" // gin context key
	maxRequestIDLen = 128
)

// requestID keeps a sane incoming X-Request-ID (so a trace survives a
// proxy) or makes one, and echoes it in the response. Anything longer
// than 128 bytes or outside [A-Za-z0-9._:-] is replaced: it ends up in
// logs, where a client must not be able to forge lines.
func (s *Server) requestID(c *gin.Context) {
	id := c.GetHeader(headerRequestID)
	if !saneRequestID(id) {
		id = newRequestID()
	}
	c.Set(ctxRequestID, id)
	c.Header(headerRequestID, id)
	c.Next()
}

func saneRequestID(id string) bool {
	if id == "" || len(id) > maxRequestIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		b := id[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.' || b == ':') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [12]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	return hex.EncodeToString(b[:])
}

func (s *Server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.log.Info("request",
		"request_id", c.GetString(ctxRequestID),
		"method", c.Request.Method,
		"path", c.Request.URL.Path,
		"route", c.FullPath(),
		"status", c.Writer.Status(),
		"bytes", c.Writer.Size(),
		"duration_ms", float64(time.Since(start).Microseconds())/1000,
	)
}

func (s *Server) recoverJSON(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic in handler", "request_id", c.GetString(ctxRequestID), "path", c.Request.URL.Path, "panic", p)
			fail(c, http.StatusInternalServerError, "internal", "internal error")
		}
	}()
	c.Next()
}

// limitBody bounds every request body. A declared length over the limit is
// refused before reading; an undeclared one is cut off by MaxBytesReader,
// which handlers report as 413.
func (s *Server) limitBody(c *gin.Context) {
	if c.Request.ContentLength > s.opts.MaxBodyBytes {
		s.tooLarge(c)
		return
	}
	if c.Request.Body != nil {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.opts.MaxBodyBytes)
	}
	c.Next()
}

func (s *Server) tooLarge(c *gin.Context) {
	fail(c, http.StatusRequestEntityTooLarge, "too_large", "request body over "+strconv.FormatInt(s.opts.MaxBodyBytes, 10)+" bytes")
}

// cors answers browsers from the configured origins only; with none
// configured it adds nothing, so the API is same-origin by default.
func (s *Server) cors(c *gin.Context) {
	origin := c.GetHeader("Origin")
	if origin == "" || len(s.opts.CORSOrigins) == 0 {
		c.Next()
		return
	}
	c.Writer.Header().Add("Vary", "Origin")
	any := slices.Contains(s.opts.CORSOrigins, "*")
	if !any && !slices.Contains(s.opts.CORSOrigins, origin) {
		c.Next()
		return
	}
	h := c.Writer.Header()
	if any {
		h.Set("Access-Control-Allow-Origin", "*")
	} else {
		h.Set("Access-Control-Allow-Origin", origin)
	}
	h.Set("Access-Control-Expose-Headers", headerRequestID)
	if c.Request.Method == http.MethodOptions && c.GetHeader("Access-Control-Request-Method") != "" {
		h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, "+headerRequestID)
		h.Set("Access-Control-Max-Age", "600")
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

// metrics are the server's Prometheus series, in a registry of its own so
// that several servers (tests) never collide in the global one.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	ingested   *prometheus.CounterVec
	statements prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "stancegraph_http_requests_total",
			Help: "HTTP requests by route template, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "stancegraph_http_request_duration_seconds",
			Help: "HTTP request latency by route template, method and status.",
			// From 250µs: the hot reads answer in about a millisecond.
			Buckets: []float64{.00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "method", "status"}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "stancegraph_ingest_articles_total",
			Help: "Articles POSTed to /api/v1/articles by result (new, updated, unchanged, rejected, failed).",
		}, []string{"result"}),
		statements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "stancegraph_ingest_statements_total",
			Help: "Statements extracted from POSTed articles that were written.",
		}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.ingested, m.statements)
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// instrument counts and times requests by route template (never the raw
// path: IDs would make the series unbounded).
func (s *Server) instrument(c *gin.Context) {
	start := time.Now()
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	method := c.Request.Method
	if !knownMethod(method) {
		method = "other"
	}
	status := strconv.Itoa(c.Writer.Status())
	s.metrics.requests.WithLabelValues(route, method, status).Inc()
	s.metrics.latency.WithLabelValues(route, method, status).Observe(time.Since(start).Seconds())
}

func knownMethod(m string) bool {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodOptions:
		return true
	}
	return false
}

// bearer returns the token of an "Authorization: Bearer <token>" header.
func bearer(h string) (string, bool) {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}
