package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// Position is one actor's stance on a proposal as the graph records it:
// how many statements say it, when, and the statements themselves
// (strongest evidence first).
type Position struct {
	Actor      schema.Actor       `json:"actor"`
	Count      int                `json:"count"`
	First      time.Time          `json:"first,omitzero"`
	Last       time.Time          `json:"last,omitzero"`
	Statements []schema.Statement `json:"statements"`
}

// ProposalStances is who supports and who opposes a proposal.
type ProposalStances struct {
	Proposal   schema.Proposal `json:"proposal"`
	Supporters []Position      `json:"supporters"`
	Opponents  []Position      `json:"opponents"`
}

// ArticleView is an article with the statements extracted from it.
type ArticleView struct {
	schema.Article
	Statements []schema.Statement `json:"statements"`
}

// Counts are the sizes of the graph.
type Counts struct {
	Articles   int `json:"articles"`
	Actors     int `json:"actors"`
	Proposals  int `json:"proposals"`
	Statements int `json:"statements"`
}

// Filter selects statements. Zero fields select everything.
type Filter struct {
	Holder        string // actor ID
	Speaker       string // actor ID
	Target        string // proposal or actor ID
	Article       string // article ID
	Polarity      schema.Polarity
	Stance        schema.Stance
	Source        string    // the outlet of the statement's article, exact
	Since, Until  time.Time // inclusive date range on the statement's date
	MinConfidence float64
	Limit, Offset int // Limit 0 = no limit
}

func (f Filter) match(st schema.Statement) bool {
	switch {
	case f.Holder != "" && st.Holder != f.Holder,
		f.Speaker != "" && st.Speaker != f.Speaker,
		f.Target != "" && st.Target != f.Target,
		f.Article != "" && st.Article != f.Article,
		f.Polarity != 0 && st.Polarity != f.Polarity,
		f.Stance != "" && st.Stance != f.Stance,
		st.Confidence < f.MinConfidence:
		return false
	}
	if !f.Since.IsZero() && (st.Date.IsZero() || st.Date.Before(f.Since)) {
		return false
	}
	if !f.Until.IsZero() && (st.Date.IsZero() || st.Date.After(f.Until)) {
		return false
	}
	return true
}

// Statements returns the statements matching f, newest first, and the total
// number that match before Limit/Offset. It starts from the most selective
// index the filter allows (the read index on embedded stores).
func (s *Store) Statements(ctx context.Context, f Filter) ([]schema.Statement, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.pageCandidates(ctx, f)
}

// statementsOnTarget finds statements about a proposal or an actor with the
// given ID (both kinds share the ID space of slugs).
func (s *Store) statementsOnTarget(ctx context.Context, id string) ([]string, error) {
	a, err := s.subjects(ctx, schema.PredTarget, quad.IRI(schema.ProposalIRI(id)))
	if err != nil {
		return nil, err
	}
	b, err := s.subjects(ctx, schema.PredTarget, quad.IRI(schema.ActorIRI(id)))
	return append(a, b...), err
}

func page[T any](xs []T, offset, limit int) []T {
	if offset >= len(xs) {
		return []T{}
	}
	if offset > 0 {
		xs = xs[offset:]
	}
	if limit > 0 && limit < len(xs) {
		xs = xs[:limit]
	}
	return xs
}

// sortStatements orders newest first, then by article and position, so
// output is deterministic.
func sortStatements(sts []schema.Statement) { slices.SortFunc(sts, cmpStatement) }

func cmpStatement(a, b schema.Statement) int {
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// ProposalStances returns the supporters and opponents of a proposal, each
// actor once with all its statements (strongest evidence first).
func (s *Store) ProposalStances(ctx context.Context, id string) (ProposalStances, error) {
	return s.ProposalStancesFiltered(ctx, id, Filter{}, 0)
}

// ProposalStancesFiltered is ProposalStances over the statements that
// match f (its Target is set to id), keeping at most evidence statements
// per actor (all when evidence <= 0); counts and dates cover them all.
func (s *Store) ProposalStancesFiltered(ctx context.Context, id string, f Filter, evidence int) (ProposalStances, error) {
	p, err := s.Proposal(ctx, id)
	if err != nil {
		return ProposalStances{}, err
	}
	f.Target, f.Limit, f.Offset = id, 0, 0
	sts, _, err := s.Statements(ctx, f)
	if err != nil {
		return ProposalStances{}, err
	}
	out := ProposalStances{Proposal: p, Supporters: []Position{}, Opponents: []Position{}}
	groups := map[schema.Polarity]map[string]*Position{schema.Support: {}, schema.Oppose: {}}
	for _, st := range sts {
		if st.TargetKind != schema.TargetProposal {
			continue
		}
		g := groups[st.Polarity]
		if g == nil {
			continue
		}
		pos := g[st.Holder]
		if pos == nil {
			pos = &Position{Actor: schema.Actor{ID: st.Holder}}
			g[st.Holder] = pos
		}
		pos.add(st)
	}
	for pol, g := range groups {
		list := make([]Position, 0, len(g))
		for _, pos := range g {
			if a, err := s.Actor(ctx, pos.Actor.ID); err == nil {
				pos.Actor = a
			}
			pos.finish(evidence)
			list = append(list, *pos)
		}
		slices.SortFunc(list, func(a, b Position) int {
			if c := cmp.Compare(b.Count, a.Count); c != 0 {
				return c
			}
			return cmp.Compare(a.Actor.ID, b.Actor.ID)
		})
		if pol == schema.Support {
			out.Supporters = list
		} else {
			out.Opponents = list
		}
	}
	return out, nil
}

func (p *Position) add(st schema.Statement) {
	p.Count++
	p.Statements = append(p.Statements, st)
	if !st.Date.IsZero() {
		if p.First.IsZero() || st.Date.Before(p.First) {
			p.First = st.Date
		}
		if st.Date.After(p.Last) {
			p.Last = st.Date
		}
	}
}

// finish orders the statements strongest evidence first (ties: newest
// first, the order they arrived in) and keeps the first evidence of them
// when evidence > 0.
func (p *Position) finish(evidence int) {
	slices.SortStableFunc(p.Statements, func(a, b schema.Statement) int {
		return cmp.Compare(b.Confidence, a.Confidence)
	})
	if evidence > 0 && len(p.Statements) > evidence {
		p.Statements = slices.Clip(p.Statements[:evidence])
	}
}

// ActorStances returns the statements an actor holds or voices, newest
// first, and their number before paging.
func (s *Store) ActorStances(ctx context.Context, id string, f Filter) ([]schema.Statement, int, error) {
	if _, err := s.Actor(ctx, id); err != nil {
		return nil, 0, err
	}
	limit, offset := f.Limit, f.Offset
	f.Limit, f.Offset = 0, 0
	s.mu.RLock()
	defer s.mu.RUnlock()
	f.Holder, f.Speaker = id, ""
	held, err := s.candidates(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	f.Holder, f.Speaker = "", id
	voiced, err := s.candidates(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	if len(voiced) > 0 {
		seen := make(map[string]bool, len(held))
		for _, st := range held {
			seen[st.ID] = true
		}
		for _, st := range voiced {
			if !seen[st.ID] {
				held = append(held, st)
			}
		}
		sortStatements(held)
	}
	return page(held, offset, limit), len(held), nil
}

// Article returns an article with its statements in text order.
func (s *Store) Article(ctx context.Context, id string) (ArticleView, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, found, err := s.article(ctx, id)
	if err != nil {
		return ArticleView{}, fmt.Errorf("graph: article %s: %w", id, err)
	}
	if !found {
		return ArticleView{}, fmt.Errorf("graph: article %q: %w", id, ErrNotFound)
	}
	sts, err := s.candidates(ctx, Filter{Article: id})
	if err != nil {
		return ArticleView{}, err
	}
	slices.SortFunc(sts, func(a, b schema.Statement) int { return cmp.Compare(a.Start, b.Start) })
	return ArticleView{Article: a, Statements: sts}, nil
}

// Actor returns one actor: its most used name, kind, every alias and
// affiliation any article gave it.
func (s *Store) Actor(ctx context.Context, id string) (schema.Actor, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.actor(ctx, id)
}

func (s *Store) actor(ctx context.Context, id string) (schema.Actor, error) {
	if a, ok := s.cache.actor(id); ok {
		return a, nil
	}
	qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(schema.ActorIRI(id)))
	if err != nil {
		return schema.Actor{}, fmt.Errorf("graph: actor %s: %w", id, err)
	}
	a := schema.Actor{ID: id}
	var names, kinds, aliases tally
	roles := make(map[string]string)
	var orgs tally
	found := false
	for _, q := range qs {
		switch iriOf(q.Predicate) {
		case schema.RDFType:
			found = found || iriOf(q.Object) == schema.TypeActor
		case schema.PredName:
			names.add(str(q.Object))
		case schema.PredKind:
			kinds.add(str(q.Object))
		case schema.PredAlias:
			aliases.add(str(q.Object))
		case schema.PredAffiliation:
			if _, org, ok := schema.SplitIRI(iriOf(q.Object)); ok {
				orgs.add(org)
			}
		}
	}
	if !found {
		return schema.Actor{}, fmt.Errorf("graph: actor %q: %w", id, ErrNotFound)
	}
	a.Name = names.top()
	a.Kind = schema.ActorKind(kinds.top())
	for _, n := range append(names.all(), aliases.all()...) {
		if n != a.Name && !slices.Contains(a.Aliases, n) {
			a.Aliases = append(a.Aliases, n)
		}
	}
	for _, org := range orgs.all() {
		if _, ok := roles[org]; !ok {
			roles[org] = s.role(ctx, id, org)
		}
		a.Affiliations = append(a.Affiliations, schema.Affiliation{Org: org, Role: roles[org]})
	}
	s.cache.putActor(a)
	return a, nil
}

func (s *Store) role(ctx context.Context, person, org string) string {
	qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(schema.AffiliationIRI(person, org)))
	if err != nil {
		return ""
	}
	var roles tally
	for _, q := range qs {
		if iriOf(q.Predicate) == schema.PredRole {
			roles.add(str(q.Object))
		}
	}
	return roles.top()
}

// Proposal returns one proposal with its most used name and aliases.
func (s *Store) Proposal(ctx context.Context, id string) (schema.Proposal, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.proposal(ctx, id)
}

func (s *Store) proposal(ctx context.Context, id string) (schema.Proposal, error) {
	if p, ok := s.cache.proposal(id); ok {
		return p, nil
	}
	qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(schema.ProposalIRI(id)))
	if err != nil {
		return schema.Proposal{}, fmt.Errorf("graph: proposal %s: %w", id, err)
	}
	var names, aliases tally
	found := false
	for _, q := range qs {
		switch iriOf(q.Predicate) {
		case schema.RDFType:
			found = found || iriOf(q.Object) == schema.TypeProposal
		case schema.PredName:
			names.add(str(q.Object))
		case schema.PredAlias:
			aliases.add(str(q.Object))
		}
	}
	if !found {
		return schema.Proposal{}, fmt.Errorf("graph: proposal %q: %w", id, ErrNotFound)
	}
	p := schema.Proposal{ID: id, Name: names.top()}
	for _, n := range append(names.all(), aliases.all()...) {
		if n != p.Name && !slices.Contains(p.Aliases, n) {
			p.Aliases = append(p.Aliases, n)
		}
	}
	s.cache.putProposal(p)
	return p, nil
}

// FindActors returns actors whose ID, name or an alias contains q
// (case-insensitive; empty q matches all), optionally of one kind, sorted by
// name, and the total before paging.
func (s *Store) FindActors(ctx context.Context, q string, kind schema.ActorKind, limit, offset int) ([]schema.Actor, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	iris, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeActor))
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find actors: %w", err)
	}
	var out []schema.Actor
	for _, iri := range iris {
		_, id, _ := schema.SplitIRI(iri)
		a, err := s.actor(ctx, id)
		if err != nil {
			return nil, 0, err
		}
		if (kind == "" || a.Kind == kind) && matches(q, a.ID, a.Name, a.Aliases) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b schema.Actor) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return page(out, offset, limit), len(out), nil
}

// FindProposals returns proposals whose ID, name or an alias contains q.
func (s *Store) FindProposals(ctx context.Context, q string, limit, offset int) ([]schema.Proposal, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	iris, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeProposal))
	if err != nil {
		return nil, 0, fmt.Errorf("graph: find proposals: %w", err)
	}
	var out []schema.Proposal
	for _, iri := range iris {
		_, id, _ := schema.SplitIRI(iri)
		p, err := s.proposal(ctx, id)
		if err != nil {
			return nil, 0, err
		}
		if matches(q, p.ID, p.Name, p.Aliases) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b schema.Proposal) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return page(out, offset, limit), len(out), nil
}

func matches(q, id, name string, aliases []string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for _, s := range append([]string{id, name}, aliases...) {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}

// Counts returns the number of articles, actors, proposals and statements.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	if c, ok := s.cache.getCounts(); ok {
		return c, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var c Counts
	types := []struct {
		typ string
		n   *int
	}{
		{schema.TypeArticle, &c.Articles},
		{schema.TypeActor, &c.Actors},
		{schema.TypeProposal, &c.Proposals},
		{schema.TypeStatement, &c.Statements},
	}
	v, err := s.ready(ctx)
	if err != nil {
		return Counts{}, err
	}
	if v != nil {
		// The read index already knows the big two; walking 100k type
		// quads to count them takes a second on bolt.
		v.mu.RLock()
		c.Articles, c.Statements = len(v.articles), len(v.stmts)
		v.mu.RUnlock()
		types = types[1:3]
	}
	for _, x := range types {
		iris, err := s.subjects(ctx, schema.RDFType, quad.IRI(x.typ))
		if err != nil {
			return Counts{}, fmt.Errorf("graph: counts: %w", err)
		}
		*x.n = len(iris)
	}
	s.cache.putCounts(c)
	return c, nil
}

// loadStatements reads each statement node's fields.
func (s *Store) loadStatements(ctx context.Context, iris []string) ([]schema.Statement, error) {
	out := make([]schema.Statement, 0, len(iris))
	for _, iri := range iris {
		st, ok, err := s.statement(ctx, iri)
		if err != nil {
			return nil, fmt.Errorf("graph: statement %s: %w", iri, err)
		}
		if ok {
			out = append(out, st)
		}
	}
	return out, nil
}

func (s *Store) statement(ctx context.Context, iri string) (schema.Statement, bool, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(iri))
	if err != nil || len(qs) == 0 {
		return schema.Statement{}, false, err
	}
	_, id, _ := schema.SplitIRI(iri)
	st := schema.Statement{ID: id}
	retracted := false
	for _, q := range qs {
		o := q.Object
		switch iriOf(q.Predicate) {
		case schema.PredHolder:
			_, st.Holder, _ = schema.SplitIRI(iriOf(o))
		case schema.PredSpeaker:
			_, st.Speaker, _ = schema.SplitIRI(iriOf(o))
		case schema.PredStance:
			st.Stance, _ = schema.ParseStance(str(o))
		case schema.PredPolarity:
			st.Polarity = schema.Polarity(intOf(o))
		case schema.PredTarget:
			st.TargetKind, st.Target, _ = schema.SplitIRI(iriOf(o))
		case schema.PredArticle:
			_, st.Article, _ = schema.SplitIRI(iriOf(o))
		case schema.PredEvidence:
			st.Evidence = str(o)
		case schema.PredStart:
			st.Start = int(intOf(o))
		case schema.PredEnd:
			st.End = int(intOf(o))
		case schema.PredDate:
			st.Date = timeOf(o)
		case schema.PredConfidence:
			st.Confidence = floatOf(o)
		case schema.PredHedged:
			st.Hedged = boolOf(o)
		case schema.PredNegated:
			st.Negated = boolOf(o)
		case schema.PredReportedBy:
			_, st.ReportedBy, _ = schema.SplitIRI(iriOf(o))
		case schema.PredManual:
			st.Manual = boolOf(o)
		case schema.PredRetracted:
			retracted = boolOf(o)
		}
	}
	// A retracted statement stays in the store (re-extraction recreates it
	// under the same ID) but is no longer read.
	return st, st.Holder != "" && st.Stance != "" && !retracted, nil
}
