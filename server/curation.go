package server

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"stancegraph/graph"
	"stancegraph/schema"
)

// curationRoutes registers the analysts' corrections: merges, manual
// statements, retractions, and the log of them. Every change needs the
// write token.
func (s *Server) curationRoutes(v1 *gin.RouterGroup) {
	v1.POST("/curation/merges", s.requireWrite, s.postMerge)
	v1.DELETE("/curation/merges/:kind/:id", s.requireWrite, s.deleteMerge)
	v1.GET("/curation/log", s.curationLog)
	v1.POST("/statements", s.requireWrite, s.postStatement)
	v1.DELETE("/statements/:id", s.requireWrite, s.retractStatement)
}

// curator reads who is acting: the X-Curator header (an analyst's name or
// e-mail) and an optional note from the body.
func curator(c *gin.Context, note string) graph.Curator {
	by := strings.TrimSpace(c.GetHeader("X-Curator"))
	if by == "" {
		by = "api"
	}
	return graph.Curator{By: by, Note: note}
}

type mergeRequest struct {
	Kind     string `json:"kind"` // actor or proposal
	Loser    string `json:"merge"`
	Survivor string `json:"into"`
	Note     string `json:"note"`
}

func (s *Server) postMerge(c *gin.Context) {
	var req mergeRequest
	if err := c.ShouldBindJSON(&req); err != nil || req.Kind == "" || req.Loser == "" || req.Survivor == "" {
		fail(c, http.StatusBadRequest, "bad_request", `want {"kind": "actor"|"proposal", "merge": ID, "into": ID, "note": "..."}`)
		return
	}
	if err := s.store.Merge(c.Request.Context(), req.Kind, req.Loser, req.Survivor, curator(c, req.Note)); err != nil {
		s.curationError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"kind": req.Kind, "merged": req.Loser, "into": req.Survivor})
}

func (s *Server) deleteMerge(c *gin.Context) {
	found, err := s.store.Unmerge(c.Request.Context(), c.Param("kind"), c.Param("id"), curator(c, ""))
	if err != nil {
		s.curationError(c, err)
		return
	}
	if !found {
		fail(c, http.StatusNotFound, "not_found", "no merge of "+c.Param("kind")+" "+c.Param("id"))
		return
	}
	c.JSON(http.StatusOK, gin.H{"kind": c.Param("kind"), "unmerged": c.Param("id"), "note": "articles keep the merge until they are ingested again"})
}

type statementRequest struct {
	Holder     string  `json:"holder"`
	Speaker    string  `json:"speaker"`
	Stance     string  `json:"stance"`
	Target     string  `json:"target"`
	TargetKind string  `json:"target_kind"`
	Article    string  `json:"article"`
	Evidence   string  `json:"evidence"`
	Confidence float64 `json:"confidence"`
	Note       string  `json:"note"`
}

func (s *Server) postStatement(c *gin.Context) {
	var req statementRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, http.StatusBadRequest, "bad_request", "want a JSON statement: "+err.Error())
		return
	}
	stance, err := schema.ParseStance(req.Stance)
	if err != nil {
		fail(c, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	st := schema.Statement{
		Holder: req.Holder, Speaker: req.Speaker, Stance: stance, Target: req.Target, TargetKind: req.TargetKind,
		Article: req.Article, Evidence: req.Evidence, Confidence: req.Confidence,
	}
	st, err = s.store.AddStatement(c.Request.Context(), st, curator(c, req.Note))
	if err != nil {
		s.curationError(c, err)
		return
	}
	c.JSON(http.StatusCreated, st)
}

func (s *Server) retractStatement(c *gin.Context) {
	if err := s.store.Retract(c.Request.Context(), c.Param("id"), curator(c, c.Query("note"))); err != nil {
		s.curationError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id"), "retracted": true})
}

func (s *Server) curationLog(c *gin.Context) {
	log, err := s.store.CurationLog(c.Request.Context())
	if err != nil {
		s.storeError(c, err)
		return
	}
	p := &params{c: c}
	limit, offset := p.page()
	if !ok(c, p) {
		return
	}
	total := len(log)
	if offset > len(log) {
		offset = len(log)
	}
	log = log[offset:]
	if len(log) > limit {
		log = log[:limit]
	}
	respondList(c, log, total, limit, offset)
}

func (s *Server) curationError(c *gin.Context, err error) {
	switch {
	case errors.Is(err, graph.ErrNotFound):
		fail(c, http.StatusNotFound, "not_found", err.Error())
	case errors.Is(err, graph.ErrCuration):
		fail(c, http.StatusBadRequest, "bad_request", err.Error())
	default:
		s.storeError(c, err)
	}
}
