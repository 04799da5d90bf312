package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"stancegraph/graph/analysis"
)

// analysisRoutes registers the analyses (/api/v1/analysis/...) and the
// exports (/api/v1/export/...). They sit outside the /api/v1 group's
// response cache, which would hold whole exports in memory and answer
// CSV or GraphML as JSON; the JSON-only analyses opt into it per route.
func (s *Server) analysisRoutes(r *gin.Engine) {
	a := r.Group("/api/v1/analysis")
	a.GET("/matrix", s.analysisMatrix)
	a.GET("/network", s.cached, s.analysisNetwork)
	a.GET("/actors/:id/timeline", s.cached, s.analysisTimeline)
	a.GET("/shifts", s.cached, s.analysisShifts)
	a.GET("/coalitions", s.cached, s.analysisCoalitions)
	x := r.Group("/api/v1/export")
	x.GET("/graphml", s.exportGraphML)
	x.GET("/nodes.csv", s.exportNetworkCSV(analysis.PartNodes))
	x.GET("/edges.csv", s.exportNetworkCSV(analysis.PartEdges))
	x.GET("/nquads", s.exportNQuads)
	x.GET("/jsonld", s.exportJSONLD)
}

// analysisFilter reads the filters every analysis takes: since, until,
// source, kind (comma-separated actor kinds of the holder),
// min_confidence, and optionally actors and proposals (comma-separated
// IDs).
func (p *params) analysisFilter() analysis.Filter {
	f := analysis.Filter{
		Source:        p.str("source"),
		Since:         p.date("since", false),
		Until:         p.date("until", true),
		MinConfidence: p.float("min_confidence", 0, 1),
		Actors:        analysis.SplitList(p.str("actors")),
		Proposals:     analysis.SplitList(p.str("proposals")),
	}
	kinds, err := analysis.ParseKinds(p.str("kind"))
	if err != nil {
		p.set("kind", err.Error())
	}
	f.Kinds = kinds
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		p.set("until", "is before since")
	}
	return f
}

// choice reads a parameter that must be one of a few values.
func (p *params) choice(name, def string, allowed ...string) string {
	v := p.str(name)
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.set(name, "want one of "+strings.Join(allowed, ", "))
	return def
}

// optionErr records an option parse error against its parameter.
func (p *params) optionErr(name string, err error) {
	if err != nil {
		p.set(name, err.Error())
	}
}

func (p *params) duplicates(def analysis.Duplicates) analysis.Duplicates {
	d, err := analysis.ParseDuplicates(p.str("duplicates"), def)
	p.optionErr("duplicates", err)
	return d
}

// networkOptions reads mode, normalization, duplicates, min_weight,
// window and step.
func (p *params) networkOptions() analysis.NetworkOptions {
	var o analysis.NetworkOptions
	var err error
	o.Mode, err = analysis.ParseMode(p.str("mode"))
	p.optionErr("mode", err)
	o.Normalization, err = analysis.ParseNormalization(p.str("normalization"))
	p.optionErr("normalization", err)
	o.Duplicates = p.duplicates(analysis.DupArticle)
	o.MinWeight = p.float("min_weight", 0, 1e9)
	o.Window, err = analysis.ParseSpan(p.str("window"))
	p.optionErr("window", err)
	o.Step, err = analysis.ParseSpan(p.str("step"))
	p.optionErr("step", err)
	return o
}

// analysisError answers an error from package analysis: a bad option is
// 400, the rest as store errors (404 for unknown IDs).
func (s *Server) analysisError(c *gin.Context, err error) {
	if errors.Is(err, analysis.ErrBadOption) {
		fail(c, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	s.storeError(c, err)
}

// exportWriteTime is how long an export may take to write, past the
// server's WriteTimeout (sized for ordinary answers).
const exportWriteTime = 30 * time.Minute

// attachment sets the headers of a file download and gives it
// exportWriteTime to be written.
func attachment(c *gin.Context, contentType, filename string) {
	// Not every ResponseWriter supports deadlines (httptest recorders);
	// they have no timeout to lift either.
	_ = http.NewResponseController(c.Writer).SetWriteDeadline(time.Now().Add(exportWriteTime))
	c.Header("Content-Type", contentType)
	c.Header("Content-Disposition", `attachment; filename="`+filename+`"`)
	c.Status(http.StatusOK)
}

// streamed reports an error from a streaming writer: as an error response
// when nothing was written yet, else in the log (the status is gone).
func (s *Server) streamed(c *gin.Context, err error) {
	if err == nil {
		return
	}
	if !c.Writer.Written() {
		c.Writer.Header().Del("Content-Disposition")
		c.Writer.Header().Del("Content-Type")
		s.analysisError(c, err)
		return
	}
	s.log.Warn("export cut short", "path", c.Request.URL.Path, "request_id", c.GetString(ctxRequestID), "err", err)
	c.Abort()
}

func (s *Server) analysisMatrix(c *gin.Context) {
	p := &params{c: c}
	f := p.analysisFilter()
	dup := p.duplicates(analysis.DupNone)
	format := p.choice("format", "json", "json", "csv")
	layout := p.choice("layout", analysis.LayoutLong, analysis.LayoutLong, analysis.LayoutWide)
	if !ok(c, p) {
		return
	}
	m, err := analysis.StanceMatrix(c.Request.Context(), s.store, f, dup)
	if err != nil {
		s.analysisError(c, err)
		return
	}
	if format == "csv" {
		attachment(c, "text/csv; charset=utf-8", "stancegraph-matrix.csv")
		s.streamed(c, analysis.WriteMatrixCSV(c.Writer, m, layout))
		return
	}
	c.JSON(http.StatusOK, m)
}

func (s *Server) networks(c *gin.Context) ([]analysis.Network, analysis.NetworkOptions, bool) {
	p := &params{c: c}
	f := p.analysisFilter()
	o := p.networkOptions()
	if !ok(c, p) {
		return nil, o, false
	}
	nets, err := analysis.Networks(c.Request.Context(), s.store, f, o)
	if err != nil {
		s.analysisError(c, err)
		return nil, o, false
	}
	return nets, o, true
}

func (s *Server) analysisNetwork(c *gin.Context) {
	nets, _, ok := s.networks(c)
	if !ok {
		return
	}
	c.JSON(http.StatusOK, gin.H{"networks": nets})
}

func (s *Server) exportGraphML(c *gin.Context) {
	if c.Query("window") != "" {
		fail(c, http.StatusBadRequest, "bad_request", `parameter "window": a GraphML file holds one network; narrow since/until instead, or use edges.csv for a window series`)
		return
	}
	nets, o, ok := s.networks(c)
	if !ok {
		return
	}
	attachment(c, "application/graphml+xml; charset=utf-8", "stancegraph-"+string(o.Mode)+".graphml")
	s.streamed(c, analysis.WriteGraphML(c.Writer, nets[0]))
}

func (s *Server) exportNetworkCSV(part string) gin.HandlerFunc {
	return func(c *gin.Context) {
		nets, o, ok := s.networks(c)
		if !ok {
			return
		}
		attachment(c, "text/csv; charset=utf-8", "stancegraph-"+string(o.Mode)+"-"+part+".csv")
		s.streamed(c, analysis.WriteNetworkCSV(c.Writer, nets, part))
	}
}

func (s *Server) analysisTimeline(c *gin.Context) {
	p := &params{c: c}
	f := p.analysisFilter()
	target := p.str("target")
	if !ok(c, p) {
		return
	}
	t, err := analysis.ActorTimeline(c.Request.Context(), s.store, c.Param("id"), target, f)
	if err != nil {
		s.analysisError(c, err)
		return
	}
	c.JSON(http.StatusOK, t)
}

func (s *Server) analysisShifts(c *gin.Context) {
	p := &params{c: c}
	f := p.analysisFilter()
	limit, offset := p.page()
	if !ok(c, p) {
		return
	}
	shifts, err := analysis.Shifts(c.Request.Context(), s.store, f)
	if err != nil {
		s.analysisError(c, err)
		return
	}
	total := len(shifts)
	shifts = shifts[min(offset, total):min(offset+limit, total)]
	respondList(c, shifts, total, limit, offset)
}

func (s *Server) analysisCoalitions(c *gin.Context) {
	p := &params{c: c}
	f := p.analysisFilter()
	var o analysis.CoalitionOptions
	var err error
	o.Normalization, err = analysis.ParseNormalization(p.str("normalization"))
	p.optionErr("normalization", err)
	o.Duplicates = p.duplicates(analysis.DupArticle)
	o.Threshold = p.float("threshold", 0, 1e9)
	o.MinSize = p.int("min_size", 2, 1, 1<<20)
	o.Method, err = analysis.ParseCoalitionMethod(p.str("method"))
	p.optionErr("method", err)
	if !ok(c, p) {
		return
	}
	cs, err := analysis.Coalitions(c.Request.Context(), s.store, f, o)
	if err != nil {
		s.analysisError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"coalitions": cs})
}

func (s *Server) exportNQuads(c *gin.Context) {
	article := c.Query("article")
	name := "stancegraph.nq"
	if article != "" {
		name = "stancegraph-" + article + ".nq"
	}
	attachment(c, "application/n-quads; charset=utf-8", name)
	_, err := analysis.WriteNQuads(c.Request.Context(), s.store, c.Writer, article)
	s.streamed(c, err)
}

func (s *Server) exportJSONLD(c *gin.Context) {
	p := &params{c: c}
	f := p.analysisFilter()
	if !ok(c, p) {
		return
	}
	attachment(c, "application/ld+json; charset=utf-8", "stancegraph-statements.jsonld")
	_, err := analysis.WriteJSONLD(c.Request.Context(), s.store, c.Writer, f)
	s.streamed(c, err)
}

// The analysis and export operations are described here and merged into
// the served OpenAPI document (openapi.json) at start, so the document
// and the routes stay in step (TestOpenAPIMatchesRoutes) without this
// file's routes living in another file's JSON.
const analysisOpenAPI = `{
  "/api/v1/analysis/matrix": {"get": {"summary": "Actors x proposals stance matrix: per cell support, oppose, net, latest polarity and last date. format=csv (text/csv; layout=long|wide) or json.",
    "parameters": [{"$ref": "#/components/parameters/AnalysisSince"}, {"$ref": "#/components/parameters/AnalysisUntil"}, {"$ref": "#/components/parameters/AnalysisSource"}, {"$ref": "#/components/parameters/AnalysisKind"}, {"$ref": "#/components/parameters/AnalysisMinConfidence"},
      {"name": "duplicates", "in": "query", "schema": {"type": "string", "enum": ["none", "article", "day", "week", "month", "range"]}},
      {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}},
      {"name": "layout", "in": "query", "schema": {"type": "string", "enum": ["long", "wide"]}}],
    "responses": {"200": {"description": "the matrix"}, "400": {"description": "bad parameter"}}}},
  "/api/v1/analysis/network": {"get": {"summary": "Discourse network: two-mode (actor-proposal) or one-mode congruence/conflict, normalised raw/jaccard/cosine, with duplicate handling and moving windows. Answers {\"networks\": [...]}.",
    "parameters": [{"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["two-mode", "congruence", "conflict"]}},
      {"name": "normalization", "in": "query", "schema": {"type": "string", "enum": ["raw", "jaccard", "cosine"]}},
      {"name": "duplicates", "in": "query", "schema": {"type": "string", "enum": ["none", "article", "day", "week", "month", "range"]}},
      {"name": "min_weight", "in": "query", "schema": {"type": "number"}},
      {"name": "window", "in": "query", "schema": {"type": "string"}, "description": "window size: 30d, 2w, 36h"},
      {"name": "step", "in": "query", "schema": {"type": "string"}}],
    "responses": {"200": {"description": "the networks"}, "400": {"description": "bad parameter"}}}},
  "/api/v1/analysis/actors/{id}/timeline": {"get": {"summary": "An actor's dated statements, oldest first, with stance shifts flagged; target= narrows to one proposal or actor.",
    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "target", "in": "query", "schema": {"type": "string"}}],
    "responses": {"200": {"description": "the timeline"}, "404": {"description": "unknown actor or target"}}}},
  "/api/v1/analysis/shifts": {"get": {"summary": "Stance shifts across the graph, most recent first (list envelope).",
    "responses": {"200": {"description": "a list of shifts"}}}},
  "/api/v1/analysis/coalitions": {"get": {"summary": "Coalitions: groups of actors tied in the congruence network where agreement reaches threshold and outweighs conflict (method=cohesive keeps opposed actors apart; components chains), with the proposals that bind them.",
    "parameters": [{"name": "threshold", "in": "query", "schema": {"type": "number"}}, {"name": "min_size", "in": "query", "schema": {"type": "integer"}},
      {"name": "method", "in": "query", "schema": {"type": "string", "enum": ["cohesive", "components"]}}],
    "responses": {"200": {"description": "{\"coalitions\": [...]}"}}}},
  "/api/v1/export/graphml": {"get": {"summary": "A discourse network (network parameters, no window) as GraphML for Gephi and visone.",
    "responses": {"200": {"description": "application/graphml+xml"}}}},
  "/api/v1/export/nodes.csv": {"get": {"summary": "A discourse network's node list as CSV (Gephi spreadsheet headers).",
    "responses": {"200": {"description": "text/csv"}}}},
  "/api/v1/export/edges.csv": {"get": {"summary": "A discourse network's edge list as CSV; with a window, one row per edge per window.",
    "responses": {"200": {"description": "text/csv"}}}},
  "/api/v1/export/nquads": {"get": {"summary": "N-Quads dump of the whole store, or of one article (article=ID), streamed.",
    "parameters": [{"name": "article", "in": "query", "schema": {"type": "string"}}],
    "responses": {"200": {"description": "application/n-quads"}, "404": {"description": "unknown article"}}}},
  "/api/v1/export/jsonld": {"get": {"summary": "The statements (analysis filters apply) as one JSON-LD document, streamed.",
    "responses": {"200": {"description": "application/ld+json"}}}}
}`

const analysisOpenAPIParams = `{
  "AnalysisSince": {"name": "since", "in": "query", "schema": {"type": "string"}, "description": "YYYY-MM-DD or RFC 3339"},
  "AnalysisUntil": {"name": "until", "in": "query", "schema": {"type": "string"}, "description": "inclusive; a bare date includes its whole day"},
  "AnalysisSource": {"name": "source", "in": "query", "schema": {"type": "string"}, "description": "the outlet, exact"},
  "AnalysisKind": {"name": "kind", "in": "query", "schema": {"type": "string"}, "description": "holder kinds, comma-separated"},
  "AnalysisMinConfidence": {"name": "min_confidence", "in": "query", "schema": {"type": "number"}}
}`

func init() {
	doc, err := mergeOpenAPI(openAPIDoc, analysisOpenAPI, analysisOpenAPIParams)
	if err != nil {
		panic("server: analysis OpenAPI: " + err.Error())
	}
	openAPIDoc = doc
}

// mergeOpenAPI adds paths and parameter components the document lacks,
// leaving everything it has untouched.
func mergeOpenAPI(doc []byte, paths, params string) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(doc, &top); err != nil {
		return nil, err
	}
	merge := func(into json.RawMessage, add string) (json.RawMessage, error) {
		m := map[string]json.RawMessage{}
		if len(into) > 0 {
			if err := json.Unmarshal(into, &m); err != nil {
				return nil, err
			}
		}
		var extra map[string]json.RawMessage
		if err := json.Unmarshal([]byte(add), &extra); err != nil {
			return nil, err
		}
		for k, v := range extra {
			if _, ok := m[k]; !ok {
				m[k] = v
			}
		}
		return json.Marshal(m)
	}
	var err error
	if top["paths"], err = merge(top["paths"], paths); err != nil {
		return nil, err
	}
	var comps map[string]json.RawMessage
	if c := top["components"]; len(c) > 0 {
		if err := json.Unmarshal(c, &comps); err != nil {
			return nil, err
		}
	} else {
		comps = map[string]json.RawMessage{}
	}
	if comps["parameters"], err = merge(comps["parameters"], params); err != nil {
		return nil, err
	}
	if top["components"], err = json.Marshal(comps); err != nil {
		return nil, err
	}
	return json.MarshalIndent(top, "", "  ")
}
