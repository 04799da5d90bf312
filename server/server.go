// Package server is stancegraph's HTTP API: gin routes over a graph.Store.
// Handlers parse parameters, call graph, and write JSON; no extraction or
// query logic lives here.
package server

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"stancegraph/graph"
)

// Options configure the API.
type Options struct {
	// QueryTimeout bounds a raw query (default 10s).
	QueryTimeout time.Duration
	// QueryLimit caps the results of a raw query (default 1000).
	QueryLimit int
	// Logger receives access logs; nil means slog.Default().
	Logger *slog.Logger
}

// Server serves the API over one store.
type Server struct {
	store *graph.Store
	opts  Options
	log   *slog.Logger
}

// New returns the API handler for store.
func New(store *graph.Store, opts Options) http.Handler {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = 1000
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &Server{store: store, opts: opts, log: opts.Logger}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(s.recoverJSON, s.accessLog)
	r.HandleMethodNotAllowed = true
	r.NoRoute(func(c *gin.Context) {
		fail(c, http.StatusNotFound, "not_found", "no such endpoint: "+c.Request.Method+" "+c.Request.URL.Path)
	})
	r.NoMethod(func(c *gin.Context) {
		fail(c, http.StatusMethodNotAllowed, "method_not_allowed", c.Request.Method+" is not allowed on "+c.Request.URL.Path)
	})

	r.GET("/healthz", s.health)
	v1 := r.Group("/api/v1")
	v1.GET("/stats", s.stats)
	v1.GET("/actors", s.listActors)
	v1.GET("/actors/:id", s.getActor)
	v1.GET("/actors/:id/stances", s.actorStances)
	v1.GET("/proposals", s.listProposals)
	v1.GET("/proposals/:id", s.getProposal)
	v1.GET("/statements", s.listStatements)
	v1.GET("/articles/:id", s.getArticle)
	v1.POST("/query", s.query)
	return r
}

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
	switch {
	case errors.Is(err, graph.ErrNotFound):
		fail(c, http.StatusNotFound, "not_found", err.Error())
	case errors.Is(err, c.Request.Context().Err()) && c.Request.Context().Err() != nil:
		fail(c, http.StatusServiceUnavailable, "cancelled", "request cancelled")
	default:
		s.log.Error("store error", "path", c.Request.URL.Path, "err", err)
		fail(c, http.StatusInternalServerError, "internal", "the store failed to answer; see the server log")
	}
}

func (s *Server) recoverJSON(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic in handler", "path", c.Request.URL.Path, "panic", p)
			fail(c, http.StatusInternalServerError, "internal", "internal error")
		}
	}()
	c.Next()
}

func (s *Server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	s.log.Info("request",
		"method", c.Request.Method,
		"path", c.Request.URL.Path,
		"route", c.FullPath(),
		"status", c.Writer.Status(),
		"duration_ms", float64(time.Since(start).Microseconds())/1000,
	)
}

func (s *Server) health(c *gin.Context) {
	if err := s.store.Ping(c.Request.Context()); err != nil {
		fail(c, http.StatusServiceUnavailable, "unavailable", "store unreachable: "+err.Error())
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "backend": s.store.Backend()})
}

func (s *Server) stats(c *gin.Context) {
	n, err := s.store.Counts(c.Request.Context())
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, n)
}
