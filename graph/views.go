package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// view is an in-memory read index over the statements and article
// metadata of an embedded store. The API's hot questions ("who opposes P",
// "what did A say") touch a few hundred statement nodes of ~13 quads each;
// on a 1M-quad bolt store reading them node by node costs 10-15 ms of index
// walks per request, and Cayley's path shapes for the same answer can scan
// the whole store. The view answers them from maps instead.
//
// It is built from the store on first use and kept true by the write
// path: every quad an article write or delete touches is passed to
// invalidate (under the store's write lock), which marks the statements
// and articles it names; the next reader reloads just those from the
// store. So a write costs a reload of what it touched, never a rebuild.
//
// PostgreSQL stores do not use it: other processes may write to the same
// database, which this process would not see. There, reads walk the store.
type view struct {
	off bool // reads walk the store (PostgreSQL; tests of the walking path)

	// gen counts writes, for callers that cache what they derive from
	// reads (the HTTP server's response cache).
	gen atomic.Uint64

	mu        sync.RWMutex
	built     bool
	stmts     map[string]*schema.Statement // by statement ID
	byTarget  map[string][]*schema.Statement
	byHolder  map[string][]*schema.Statement
	bySpeaker map[string][]*schema.Statement
	byArticle map[string][]*schema.Statement
	order     []*schema.Statement // every statement, newest first
	articles  map[string]*schema.Article
	artOrder  []*schema.Article // every article, newest first

	dirtyMu   sync.Mutex
	dirtySt   map[string]bool // statement IRIs whose quads changed
	dirtyArts map[string]bool // article IDs whose metadata changed
}

// invalidate marks what the quads of a write may change. The write path
// calls it with every quad it adds or removes, holding the store's write
// lock.
func (v *view) invalidate(quads []quad.Quad) {
	v.gen.Add(1)
	v.dirtyMu.Lock()
	defer v.dirtyMu.Unlock()
	if v.dirtySt == nil {
		v.dirtySt, v.dirtyArts = map[string]bool{}, map[string]bool{}
	}
	for _, q := range quads {
		iri := iriOf(q.Subject)
		kind, id, ok := schema.SplitIRI(iri)
		switch {
		case !ok:
		case kind == "statement":
			v.dirtySt[iri] = true
		case kind == "article":
			v.dirtyArts[id] = true
		}
	}
}

func targetKey(kind, id string) string { return kind + "/" + id }

// ready returns the view, built and up to date, or nil when reads must
// walk the store. Callers hold s.mu (read).
func (s *Store) ready(ctx context.Context) (*view, error) {
	v := &s.views
	if v.off || s.backend == BackendPostgres {
		return nil, nil
	}
	v.mu.RLock()
	built := v.built
	v.mu.RUnlock()
	v.dirtyMu.Lock()
	dirty := len(v.dirtySt) + len(v.dirtyArts)
	v.dirtyMu.Unlock()
	if built && dirty == 0 {
		return v, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.built {
		if err := s.buildView(ctx, v); err != nil {
			return nil, err
		}
	}
	if err := s.applyDirty(ctx, v); err != nil {
		return nil, err
	}
	return v, nil
}

// buildView loads every statement and article. Callers hold v.mu.
func (s *Store) buildView(ctx context.Context, v *view) error {
	// Marks made before the build are covered by it.
	v.dirtyMu.Lock()
	v.dirtySt, v.dirtyArts = map[string]bool{}, map[string]bool{}
	v.dirtyMu.Unlock()

	v.stmts = map[string]*schema.Statement{}
	v.byTarget = map[string][]*schema.Statement{}
	v.byHolder = map[string][]*schema.Statement{}
	v.bySpeaker = map[string][]*schema.Statement{}
	v.byArticle = map[string][]*schema.Statement{}
	v.articles = map[string]*schema.Article{}
	v.order, v.artOrder = nil, nil

	iris, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeStatement))
	if err != nil {
		return fmt.Errorf("graph: build read index: %w", err)
	}
	for _, iri := range iris {
		st, ok, err := s.statement(ctx, iri)
		if err != nil {
			return fmt.Errorf("graph: build read index: statement %s: %w", iri, err)
		}
		if ok {
			v.add(&st)
		}
	}
	arts, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeArticle))
	if err != nil {
		return fmt.Errorf("graph: build read index: %w", err)
	}
	for _, iri := range arts {
		_, id, _ := schema.SplitIRI(iri)
		a, ok, err := s.articleMeta(ctx, id)
		if err != nil {
			return fmt.Errorf("graph: build read index: %w", err)
		}
		if ok {
			v.articles[id] = &a
			v.artOrder = append(v.artOrder, &a)
		}
	}
	v.sortAll()
	v.built = true
	return nil
}

func (v *view) add(st *schema.Statement) {
	v.stmts[st.ID] = st
	v.byTarget[targetKey(st.TargetKind, st.Target)] = append(v.byTarget[targetKey(st.TargetKind, st.Target)], st)
	v.byHolder[st.Holder] = append(v.byHolder[st.Holder], st)
	if st.Speaker != "" {
		v.bySpeaker[st.Speaker] = append(v.bySpeaker[st.Speaker], st)
	}
	v.byArticle[st.Article] = append(v.byArticle[st.Article], st)
	v.order = append(v.order, st)
}

// applyDirty reloads the statements and articles writes have touched.
// Callers hold v.mu.
func (s *Store) applyDirty(ctx context.Context, v *view) error {
	v.dirtyMu.Lock()
	dst, darts := v.dirtySt, v.dirtyArts
	v.dirtySt, v.dirtyArts = map[string]bool{}, map[string]bool{}
	v.dirtyMu.Unlock()
	if len(dst) == 0 && len(darts) == 0 {
		return nil
	}
	// Put the marks back if reloading fails, so a later reader retries.
	restore := func() {
		v.dirtyMu.Lock()
		for k := range dst {
			v.dirtySt[k] = true
		}
		for k := range darts {
			v.dirtyArts[k] = true
		}
		v.dirtyMu.Unlock()
	}
	gone := map[*schema.Statement]bool{}
	var fresh []*schema.Statement
	for iri := range dst {
		st, ok, err := s.statement(ctx, iri)
		if err != nil {
			restore()
			return fmt.Errorf("graph: refresh read index: statement %s: %w", iri, err)
		}
		_, id, _ := schema.SplitIRI(iri)
		if old := v.stmts[id]; old != nil {
			gone[old] = true
			delete(v.stmts, id)
		}
		if ok {
			fresh = append(fresh, &st)
		}
	}
	for id := range darts {
		a, ok, err := s.articleMeta(ctx, id)
		if err != nil {
			restore()
			return fmt.Errorf("graph: refresh read index: %w", err)
		}
		delete(v.articles, id)
		if ok {
			v.articles[id] = &a
		}
	}
	if len(gone) > 0 {
		drop := func(m map[string][]*schema.Statement, key string) {
			l := slices.DeleteFunc(m[key], func(st *schema.Statement) bool { return gone[st] })
			if len(l) == 0 {
				delete(m, key)
			} else {
				m[key] = l
			}
		}
		for st := range gone {
			drop(v.byTarget, targetKey(st.TargetKind, st.Target))
			drop(v.byHolder, st.Holder)
			drop(v.bySpeaker, st.Speaker)
			drop(v.byArticle, st.Article)
		}
		v.order = slices.DeleteFunc(v.order, func(st *schema.Statement) bool { return gone[st] })
	}
	for _, st := range fresh {
		v.add(st)
	}
	if len(darts) > 0 {
		v.artOrder = v.artOrder[:0]
		for _, a := range v.articles {
			v.artOrder = append(v.artOrder, a)
		}
	}
	v.sortAll()
	return nil
}

// sortAll keeps every list newest first, so reads page without sorting.
// Only lists touched since the last sort are out of order, but sorting a
// sorted list is cheap next to the reload that preceded it.
func (v *view) sortAll() {
	for _, m := range []map[string][]*schema.Statement{v.byTarget, v.byHolder, v.bySpeaker, v.byArticle} {
		for _, l := range m {
			if !slices.IsSortedFunc(l, cmpStatementPtr) {
				slices.SortFunc(l, cmpStatementPtr)
			}
		}
	}
	if !slices.IsSortedFunc(v.order, cmpStatementPtr) {
		slices.SortFunc(v.order, cmpStatementPtr)
	}
	slices.SortFunc(v.artOrder, func(a, b *schema.Article) int {
		if c := b.Published.Compare(a.Published); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

func cmpStatementPtr(a, b *schema.Statement) int { return cmpStatement(*a, *b) }

// candidates returns the statements that match f, newest first, from the
// most selective index f allows: a copy the caller may keep. f.Limit and
// f.Offset are ignored; see pageCandidates. Callers hold s.mu (read).
func (s *Store) candidates(ctx context.Context, f Filter) ([]schema.Statement, error) {
	f.Limit, f.Offset = 0, 0
	sts, _, err := s.pageCandidates(ctx, f)
	return sts, err
}

// pageCandidates is candidates with f's paging applied, and the total
// before paging. With the read index only the page is copied: listing the
// newest 50 of 100k statements touches 100k pointers, not 100k copies.
func (s *Store) pageCandidates(ctx context.Context, f Filter) ([]schema.Statement, int, error) {
	v, err := s.ready(ctx)
	if err != nil {
		return nil, 0, err
	}
	if v == nil {
		sts, err := s.walkCandidates(ctx, f)
		if err != nil {
			return nil, 0, err
		}
		return page(sts, f.Offset, f.Limit), len(sts), nil
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	var lists [][]*schema.Statement
	switch {
	case f.Article != "":
		lists = append(lists, v.byArticle[f.Article])
	case f.Holder != "":
		lists = append(lists, v.byHolder[f.Holder])
	case f.Target != "":
		lists = append(lists, v.byTarget[targetKey(schema.TargetProposal, f.Target)], v.byTarget[targetKey(schema.TargetActor, f.Target)])
	case f.Speaker != "":
		lists = append(lists, v.bySpeaker[f.Speaker])
	default:
		lists = append(lists, v.order)
	}
	keep := func(st *schema.Statement) bool {
		return f.match(*st) && (f.Source == "" || v.sourceOf(st.Article) == f.Source)
	}
	if len(lists) > 1 && len(lists[1]) > 0 {
		// An ID that is both a proposal and an actor: merge, then page.
		var all []schema.Statement
		for _, l := range lists {
			for _, st := range l {
				if keep(st) {
					all = append(all, *st)
				}
			}
		}
		sortStatements(all)
		return page(all, f.Offset, f.Limit), len(all), nil
	}
	out := []schema.Statement{}
	total := 0
	for _, st := range lists[0] { // already newest first
		if !keep(st) {
			continue
		}
		if total >= f.Offset && (f.Limit <= 0 || len(out) < f.Limit) {
			out = append(out, *st)
		}
		total++
	}
	return out, total, nil
}

func (v *view) sourceOf(article string) string {
	if a := v.articles[article]; a != nil {
		return a.Source
	}
	return ""
}

// candidateIRIs lists the statement nodes f may match, from the most
// selective index it allows (article, holder, target, speaker, else all
// statements). Callers hold s.mu (read).
func (s *Store) candidateIRIs(ctx context.Context, f Filter) ([]string, error) {
	switch {
	case f.Article != "":
		return s.subjects(ctx, schema.PredArticle, quad.IRI(schema.ArticleIRI(f.Article)))
	case f.Holder != "":
		return s.subjects(ctx, schema.PredHolder, quad.IRI(schema.ActorIRI(f.Holder)))
	case f.Target != "":
		return s.statementsOnTarget(ctx, f.Target)
	case f.Speaker != "":
		return s.subjects(ctx, schema.PredSpeaker, quad.IRI(schema.ActorIRI(f.Speaker)))
	}
	return s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeStatement))
}

// walkCandidates reads the matching statements from the store's indexes,
// sorted newest first. Callers hold s.mu (read).
func (s *Store) walkCandidates(ctx context.Context, f Filter) ([]schema.Statement, error) {
	iris, err := s.candidateIRIs(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("graph: statements: %w", err)
	}
	sts, err := s.loadStatements(ctx, iris)
	if err != nil {
		return nil, err
	}
	sources := map[string]string{}
	sts = slices.DeleteFunc(sts, func(st schema.Statement) bool {
		if !f.match(st) {
			return true
		}
		if f.Source == "" {
			return false
		}
		src, ok := sources[st.Article]
		if !ok {
			a, _, _ := s.articleMeta(ctx, st.Article)
			src = a.Source
			sources[st.Article] = src
		}
		return src != f.Source
	})
	sortStatements(sts)
	return sts, nil
}

// articleMeta reads an article's metadata (no statements). Callers hold
// s.mu (read).
func (s *Store) articleMeta(ctx context.Context, id string) (schema.Article, bool, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(schema.ArticleIRI(id)))
	if err != nil {
		return schema.Article{}, false, fmt.Errorf("graph: article %s: %w", id, err)
	}
	a := schema.Article{ID: id}
	found := false
	for _, q := range qs {
		switch iriOf(q.Predicate) {
		case schema.RDFType:
			found = true
		case schema.PredTitle:
			a.Title = str(q.Object)
		case schema.PredURL:
			a.URL = str(q.Object)
		case schema.PredSource:
			a.Source = str(q.Object)
		case schema.PredFile:
			a.File = str(q.Object)
		case schema.PredHash:
			a.Hash = str(q.Object)
		case schema.PredPublished:
			a.Published = timeOf(q.Object)
		}
	}
	return a, found, nil
}

// article returns an article's metadata from the view when there is one.
// Callers hold s.mu (read).
func (s *Store) article(ctx context.Context, id string) (schema.Article, bool, error) {
	v, err := s.ready(ctx)
	if err != nil {
		return schema.Article{}, false, err
	}
	if v == nil {
		return s.articleMeta(ctx, id)
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if a := v.articles[id]; a != nil {
		return *a, true, nil
	}
	return schema.Article{}, false, nil
}

// StatementView is one statement with its provenance: the article it was
// read from.
type StatementView struct {
	schema.Statement
	Source ArticleRef `json:"source"`
}

// ArticleRef is the provenance part of an article.
type ArticleRef struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

func refOf(a schema.Article) ArticleRef {
	return ArticleRef{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Source, Published: a.Published}
}

// Statement returns one statement with its article's title, URL, outlet
// and date.
func (s *Store) Statement(ctx context.Context, id string) (StatementView, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var (
		st schema.Statement
		ok bool
	)
	v, err := s.ready(ctx)
	if err != nil {
		return StatementView{}, err
	}
	if v != nil {
		v.mu.RLock()
		if p := v.stmts[id]; p != nil {
			st, ok = *p, true
		}
		v.mu.RUnlock()
	} else {
		st, ok, err = s.statement(ctx, schema.StatementIRI(id))
		if err != nil {
			return StatementView{}, fmt.Errorf("graph: statement %s: %w", id, err)
		}
	}
	if !ok {
		return StatementView{}, fmt.Errorf("graph: statement %q: %w", id, ErrNotFound)
	}
	a, _, err := s.article(ctx, st.Article)
	if err != nil {
		return StatementView{}, err
	}
	a.ID = st.Article
	return StatementView{Statement: st, Source: refOf(a)}, nil
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Source        string    // outlet, exact
	Since, Until  time.Time // inclusive, on the publication date
	Limit, Offset int       // Limit 0 = no limit
}

func (f ArticleFilter) match(a schema.Article) bool {
	switch {
	case f.Source != "" && a.Source != f.Source:
		return false
	case !f.Since.IsZero() && (a.Published.IsZero() || a.Published.Before(f.Since)):
		return false
	case !f.Until.IsZero() && (a.Published.IsZero() || a.Published.After(f.Until)):
		return false
	}
	return true
}

// Articles lists articles newest first (undated last), and the total that
// match before paging.
func (s *Store) Articles(ctx context.Context, f ArticleFilter) ([]schema.Article, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, err := s.ready(ctx)
	if err != nil {
		return nil, 0, err
	}
	var out []schema.Article
	if v != nil {
		v.mu.RLock()
		for _, a := range v.artOrder {
			if f.match(*a) {
				out = append(out, *a)
			}
		}
		v.mu.RUnlock()
	} else {
		iris, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeArticle))
		if err != nil {
			return nil, 0, fmt.Errorf("graph: articles: %w", err)
		}
		for _, iri := range iris {
			_, id, _ := schema.SplitIRI(iri)
			a, ok, err := s.articleMeta(ctx, id)
			if err != nil {
				return nil, 0, err
			}
			if ok && f.match(a) {
				out = append(out, a)
			}
		}
		slices.SortFunc(out, func(a, b schema.Article) int {
			if c := b.Published.Compare(a.Published); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
	}
	return page(out, f.Offset, f.Limit), len(out), nil
}

// Timeline returns the dated statements about a proposal, oldest first,
// and the total before paging. Statement filters (holder, polarity,
// dates...) apply.
func (s *Store) Timeline(ctx context.Context, id string, f Filter) ([]schema.Statement, int, error) {
	if _, err := s.Proposal(ctx, id); err != nil {
		return nil, 0, err
	}
	limit, offset := f.Limit, f.Offset
	f.Limit, f.Offset, f.Target = 0, 0, id
	s.mu.RLock()
	sts, err := s.candidates(ctx, f)
	s.mu.RUnlock()
	if err != nil {
		return nil, 0, err
	}
	sts = slices.DeleteFunc(sts, func(st schema.Statement) bool {
		return st.Date.IsZero() || st.TargetKind != schema.TargetProposal
	})
	slices.Reverse(sts) // candidates come newest first
	return page(sts, offset, limit), len(sts), nil
}

// ActorView is an actor with how much the graph records of it.
type ActorView struct {
	schema.Actor
	Counts ActorCounts `json:"counts"`
}

// ActorCounts count an actor's statements.
type ActorCounts struct {
	Held      int       `json:"held"`    // statements where it is the holder
	Voiced    int       `json:"voiced"`  // statements it spoke (as speaker)
	Targets   int       `json:"targets"` // distinct proposals and actors it took a stance on
	Support   int       `json:"support"` // held statements of support
	Oppose    int       `json:"oppose"`  // held statements of opposition
	About     int       `json:"about"`   // statements that target it
	First     time.Time `json:"first,omitzero"`
	Last      time.Time `json:"last,omitzero"`
	Articles  int       `json:"articles"` // distinct articles its held or voiced statements come from
	Proposals int       `json:"proposals"`
}

// ActorProfile returns the actor with counts of its statements.
func (s *Store) ActorProfile(ctx context.Context, id string) (ActorView, error) {
	a, err := s.Actor(ctx, id)
	if err != nil {
		return ActorView{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	held, err := s.candidates(ctx, Filter{Holder: id})
	if err != nil {
		return ActorView{}, err
	}
	voiced, err := s.candidates(ctx, Filter{Speaker: id})
	if err != nil {
		return ActorView{}, err
	}
	about, err := s.candidates(ctx, Filter{Target: id})
	if err != nil {
		return ActorView{}, err
	}
	c := ActorCounts{Held: len(held), Voiced: len(voiced)}
	for _, st := range about {
		if st.TargetKind == schema.TargetActor {
			c.About++
		}
	}
	targets, props, arts := map[string]bool{}, map[string]bool{}, map[string]bool{}
	note := func(st schema.Statement) {
		arts[st.Article] = true
		if !st.Date.IsZero() {
			if c.First.IsZero() || st.Date.Before(c.First) {
				c.First = st.Date
			}
			if st.Date.After(c.Last) {
				c.Last = st.Date
			}
		}
	}
	for _, st := range held {
		targets[targetKey(st.TargetKind, st.Target)] = true
		if st.TargetKind == schema.TargetProposal {
			props[st.Target] = true
		}
		if st.Polarity == schema.Support {
			c.Support++
		} else if st.Polarity == schema.Oppose {
			c.Oppose++
		}
		note(st)
	}
	for _, st := range voiced {
		note(st)
	}
	c.Targets, c.Proposals, c.Articles = len(targets), len(props), len(arts)
	return ActorView{Actor: a, Counts: c}, nil
}

// TargetStances is an actor's record on one target (a proposal, or another
// actor): how often it supported and opposed it, when, and the statements
// newest first.
type TargetStances struct {
	Target     string             `json:"target"`
	TargetKind string             `json:"target_kind"`
	Name       string             `json:"name,omitempty"`
	Latest     schema.Stance      `json:"latest"`   // the stance of the newest statement
	Polarity   schema.Polarity    `json:"polarity"` // its polarity
	Count      int                `json:"count"`
	Support    int                `json:"support"`
	Oppose     int                `json:"oppose"`
	First      time.Time          `json:"first,omitzero"`
	Last       time.Time          `json:"last,omitzero"`
	Statements []schema.Statement `json:"statements"`
}

// ActorPositions returns the statements an actor holds or voices grouped
// by target, the most recently addressed target first, and the number of
// groups before paging. f filters the statements before grouping; evidence
// > 0 keeps at most that many statements per group (the newest).
func (s *Store) ActorPositions(ctx context.Context, id string, f Filter, evidence int) ([]TargetStances, int, error) {
	limit, offset := f.Limit, f.Offset
	f.Limit, f.Offset = 0, 0
	sts, _, err := s.ActorStances(ctx, id, f)
	if err != nil {
		return nil, 0, err
	}
	var groups []*TargetStances
	byKey := map[string]*TargetStances{}
	for _, st := range sts { // newest first
		k := targetKey(st.TargetKind, st.Target)
		g := byKey[k]
		if g == nil {
			g = &TargetStances{Target: st.Target, TargetKind: st.TargetKind, Latest: st.Stance, Polarity: st.Polarity}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.Count++
		switch st.Polarity {
		case schema.Support:
			g.Support++
		case schema.Oppose:
			g.Oppose++
		}
		if !st.Date.IsZero() {
			if g.First.IsZero() || st.Date.Before(g.First) {
				g.First = st.Date
			}
			if st.Date.After(g.Last) {
				g.Last = st.Date
			}
		}
		if evidence <= 0 || len(g.Statements) < evidence {
			g.Statements = append(g.Statements, st)
		}
	}
	total := len(groups)
	groups = page(groups, offset, limit)
	out := make([]TargetStances, len(groups))
	for i, g := range groups {
		switch g.TargetKind {
		case schema.TargetProposal:
			if p, err := s.Proposal(ctx, g.Target); err == nil {
				g.Name = p.Name
			}
		case schema.TargetActor:
			if a, err := s.Actor(ctx, g.Target); err == nil {
				g.Name = a.Name
			}
		}
		out[i] = *g
	}
	return out, total, nil
}

// UseReadIndex turns the in-memory read index on (the default on embedded
// stores) or off, when reads walk the store's quad indexes instead. Off
// trades speed for memory; benchmarks use it for the before/after figure.
// It has no effect on PostgreSQL stores, which never use the index.
func (s *Store) UseReadIndex(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.views.off = !on
}

// WarmReadIndex builds the read index now rather than on the first read,
// so the first request does not pay for it.
func (s *Store) WarmReadIndex(ctx context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, err := s.ready(ctx)
	return err
}

// Generation returns a number that changes whenever this process writes
// to the store, and whether it can be trusted to: it cannot on PostgreSQL,
// where other processes may write. Callers cache derived answers under it.
func (s *Store) Generation() (uint64, bool) {
	if s.backend == BackendPostgres {
		return 0, false
	}
	return s.views.gen.Load(), true
}
