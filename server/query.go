package server

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"stancegraph/graph"
)

// maxQueryBytes bounds the body of a raw query.
const maxQueryBytes = 64 << 10

type queryRequest struct {
	Query    string `json:"query"`
	Language string `json:"language"` // gizmo (default) or graphql
	Limit    int    `json:"limit"`
}

func (s *Server) query(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxQueryBytes)
	var req queryRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(c, http.StatusRequestEntityTooLarge, "too_large", "query body over 64 KiB")
			return
		}
		fail(c, http.StatusBadRequest, "bad_request", `want a JSON body {"query": "...", "language": "gizmo"|"graphql", "limit": n}: `+err.Error())
		return
	}
	select {
	case s.querySlots <- struct{}{}:
		defer func() { <-s.querySlots }()
	default:
		c.Header("Retry-After", "1")
		fail(c, http.StatusTooManyRequests, "busy", "too many raw queries running; try again shortly")
		return
	}
	limit := req.Limit
	if limit <= 0 || limit > s.opts.QueryLimit {
		limit = s.opts.QueryLimit
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.opts.QueryTimeout)
	defer cancel()
	res, err := s.store.Query(ctx, req.Language, req.Query, limit)
	switch {
	case err == nil:
		c.JSON(http.StatusOK, gin.H{"result": res, "count": len(res), "limit": limit})
	case errors.Is(err, graph.ErrQuerySyntax):
		fail(c, http.StatusBadRequest, "bad_query", err.Error())
	case errors.Is(err, graph.ErrQueryTimeout):
		fail(c, http.StatusGatewayTimeout, "timeout", "query ran past "+s.opts.QueryTimeout.String())
	default:
		s.storeError(c, err)
	}
}
