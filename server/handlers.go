package server

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// list is the envelope of every list response.
type list[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func respondList[T any](c *gin.Context, items []T, total, limit, offset int) {
	if items == nil {
		items = []T{}
	}
	c.JSON(http.StatusOK, list[T]{Items: items, Total: total, Limit: limit, Offset: offset})
}

// ok reports a parameter error as 400 and says whether to go on.
func ok(c *gin.Context, p *params) bool {
	if p.err != nil {
		fail(c, http.StatusBadRequest, "bad_request", p.err.Error())
		return false
	}
	return true
}

func (s *Server) listActors(c *gin.Context) {
	p := &params{c: c}
	q, kind := p.str("q"), p.kind("kind")
	limit, offset := p.page()
	if !ok(c, p) {
		return
	}
	items, total, err := s.store.FindActors(c.Request.Context(), q, kind, limit, offset)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, items, total, limit, offset)
}

func (s *Server) getActor(c *gin.Context) {
	a, err := s.store.ActorProfile(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, a)
}

// actorStances lists what an actor holds or voices, grouped by target
// (group=target, the default; paging counts groups) or as a flat list of
// statements newest first (group=none).
func (s *Server) actorStances(c *gin.Context) {
	p := &params{c: c}
	f := p.filter()
	evidence := p.evidence(defaultEvidence)
	group := p.str("group")
	if group != "" && group != "target" && group != "none" {
		p.set("group", "want target or none")
	}
	if !ok(c, p) {
		return
	}
	ctx := c.Request.Context()
	if group == "none" {
		sts, total, err := s.store.ActorStances(ctx, c.Param("id"), f)
		if err != nil {
			s.storeError(c, err)
			return
		}
		respondList(c, sts, total, f.Limit, f.Offset)
		return
	}
	groups, total, err := s.store.ActorPositions(ctx, c.Param("id"), f, evidence)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, groups, total, f.Limit, f.Offset)
}

func (s *Server) listProposals(c *gin.Context) {
	p := &params{c: c}
	q := p.str("q")
	limit, offset := p.page()
	if !ok(c, p) {
		return
	}
	items, total, err := s.store.FindProposals(c.Request.Context(), q, limit, offset)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, items, total, limit, offset)
}

// getProposal answers who supports and who opposes a proposal. Statement
// filters (since, until, min_confidence, stance, source...) narrow what
// counts; evidence caps the statements shown per actor (counts and dates
// still cover all of them).
func (s *Server) getProposal(c *gin.Context) {
	p := &params{c: c}
	f := p.filter()
	evidence := p.evidence(1) // the strongest, as the issue asks; more on request
	if !ok(c, p) {
		return
	}
	ps, err := s.store.ProposalStancesFiltered(c.Request.Context(), c.Param("id"), f, evidence)
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, ps)
}

func (s *Server) listStatements(c *gin.Context) {
	p := &params{c: c}
	f := p.filter()
	if !ok(c, p) {
		return
	}
	sts, total, err := s.store.Statements(c.Request.Context(), f)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, sts, total, f.Limit, f.Offset)
}

func (s *Server) getArticle(c *gin.Context) {
	a, err := s.store.Article(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, a)
}

// defaultEvidence is how many statements an actor's group shows unless asked
// (evidence=0 shows all): the strongest few make the point, and a
// much-discussed proposal has hundreds.
const defaultEvidence = 3

func (s *Server) proposalTimeline(c *gin.Context) {
	p := &params{c: c}
	f := p.filter()
	if !ok(c, p) {
		return
	}
	sts, total, err := s.store.Timeline(c.Request.Context(), c.Param("id"), f)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, sts, total, f.Limit, f.Offset)
}

func (s *Server) getStatement(c *gin.Context) {
	st, err := s.store.Statement(c.Request.Context(), c.Param("id"))
	if err != nil {
		s.storeError(c, err)
		return
	}
	c.JSON(http.StatusOK, st)
}

func (s *Server) listArticles(c *gin.Context) {
	p := &params{c: c}
	f := p.articleFilter()
	if !ok(c, p) {
		return
	}
	items, total, err := s.store.Articles(c.Request.Context(), f)
	if err != nil {
		s.storeError(c, err)
		return
	}
	respondList(c, items, total, f.Limit, f.Offset)
}
