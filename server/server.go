// Package server is stancegraph's HTTP API: gin routes over a graph.Store.
// Handlers parse parameters, call graph, and write JSON; no extraction or
// query logic lives here (POST /api/v1/articles goes through an Ingester
// that the caller wires in).
package server

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"stancegraph/graph"
	"stancegraph/server/web"
)

// DefaultMaxBodyBytes bounds request bodies when Options.MaxBodyBytes is
// zero.
const DefaultMaxBodyBytes = 1 << 20

// Options configure the API.
type Options struct {
	// QueryTimeout bounds a raw query (default 10s).
	QueryTimeout time.Duration
	// QueryLimit caps the results of a raw query (default 1000).
	QueryLimit int
	// QueryConcurrency caps the raw queries running at once (default 2);
	// more get 429. A raw query can walk the whole store for QueryTimeout
	// and allocate without bound, so a few must not starve the API.
	QueryConcurrency int
	// Logger receives access logs; nil means slog.Default().
	Logger *slog.Logger
	// Token is the bearer token write endpoints require. Empty disables
	// writes (403), rather than leaving them open.
	Token string
	// Ingester ingests POSTed articles; nil disables POST (403).
	Ingester Ingester
	// MaxBodyBytes bounds every request body (DefaultMaxBodyBytes when
	// zero); larger bodies get 413.
	MaxBodyBytes int64
	// NoCache turns the response cache off (cache.go), e.g. to measure
	// the reads themselves.
	NoCache bool
	// CORSOrigins are the origins browsers may call the API from ("*" for
	// any). Empty means no CORS headers at all.
	CORSOrigins []string
}

// Server serves the API over one store. It is an http.Handler.
type Server struct {
	store   *graph.Store
	opts    Options
	log     *slog.Logger
	engine  *gin.Engine
	metrics *metrics
	cache   respCache
	// querySlots holds one token per raw query running.
	querySlots chan struct{}
}

// New returns the API over store.
func New(store *graph.Store, opts Options) *Server {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = 1000
	}
	if opts.QueryConcurrency <= 0 {
		opts.QueryConcurrency = 2
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	s := &Server{store: store, opts: opts, log: opts.Logger, metrics: newMetrics(),
		querySlots: make(chan struct{}, opts.QueryConcurrency)}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(s.requestID, s.accessLog, s.instrument, s.recoverJSON, s.cors, s.limitBody)
	r.HandleMethodNotAllowed = true
	r.NoRoute(func(c *gin.Context) {
		fail(c, http.StatusNotFound, "not_found", "no such endpoint: "+c.Request.Method+" "+c.Request.URL.Path)
	})
	r.NoMethod(func(c *gin.Context) {
		fail(c, http.StatusMethodNotAllowed, "method_not_allowed", c.Request.Method+" is not allowed on "+c.Request.URL.Path)
	})

	r.GET("/healthz", s.health)
	r.GET("/readyz", s.ready)
	r.GET("/metrics", gin.WrapH(s.metrics.handler()))
	v1 := r.Group("/api/v1")
	v1.GET("/openapi.json", s.openAPI)
	// Reads of the graph go through the response cache (cache.go).
	v1.Use(s.cached)
	v1.GET("/stats", s.stats)
	v1.GET("/actors", s.listActors)
	v1.GET("/actors/:id", s.getActor)
	v1.GET("/actors/:id/stances", s.actorStances)
	v1.GET("/proposals", s.listProposals)
	v1.GET("/proposals/:id", s.getProposal)
	v1.GET("/proposals/:id/timeline", s.proposalTimeline)
	v1.GET("/statements", s.listStatements)
	v1.GET("/statements/:id", s.getStatement)
	v1.GET("/articles", s.listArticles)
	v1.GET("/articles/:id", s.getArticle)
	v1.POST("/articles", s.requireWrite, s.postArticle)
	v1.DELETE("/articles/:id", s.requireWrite, s.deleteArticle)
	v1.POST("/query", s.query)
	s.analysisRoutes(r) // analyses and exports (analysis.go), outside the response cache
	s.curationRoutes(v1)
	web.Mount(r) // the web page at / and /ui/ (server/web); after the API routes
	s.engine = r
	return s
}

// ServeHTTP serves the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.engine.ServeHTTP(w, r) }

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func fail(c *gin.Context, status int, code, msg string) {
	var e apiError
	e.Error.Code, e.Error.Message = code, msg
	c.AbortWithStatusJSON(status, e)
}

// storeError maps an error from graph to a response.
func (s *Server) storeError(c *gin.Context, err error) {
	var tooBig *http.MaxBytesError
	switch {
	case errors.Is(err, graph.ErrNotFound):
		fail(c, http.StatusNotFound, "not_found", err.Error())
	case errors.As(err, &tooBig):
		s.tooLarge(c)
	case errors.Is(err, c.Request.Context().Err()) && c.Request.Context().Err() != nil:
		fail(c, http.StatusServiceUnavailable, "cancelled", "request cancelled")
	default:
		s.log.Error("store error", "path", c.Request.URL.Path, "request_id", c.GetString(ctxRequestID), "err", err)
		fail(c, http.StatusInternalServerError, "internal", "the store failed to answer; see the server log")
	}
}

func (s *Server) health(c *gin.Context) {
	if err := s.store.Ping(c.Request.Context()); err != nil {
		fail(c, http.StatusServiceUnavailable, "unavailable", "store unreachable: "+err.Error())
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "backend": s.store.Backend()})
}

// ready says whether the instance can take traffic: the store answers.
// Unlike /healthz it is meant for load balancers, so it says nothing more.
func (s *Server) ready(c *gin.Context) {
	if err := s.store.Ping(c.Request.Context()); err != nil {
		fail(c, http.StatusServiceUnavailable, "not_ready", "store unreachable: "+err.Error())
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

func (s *Server) stats(c *gin.Context) {
	n, err := s.store.Counts(c.Request.Context())
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, n)
}
