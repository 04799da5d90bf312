package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"stancegraph/schema"
)

// Curation is what analysts change by hand. Each change is stored under a
// label of its own (schema.CurationLabel), never an article's, so
// re-ingesting articles leaves it alone, and each is recorded in a log of
// triples (who, when, what).
//
//   - A merge makes one actor (or proposal) an alias of another: its
//     statements move to the survivor in every stored article, and articles
//     written later are mapped the same way. Unmerge removes the record;
//     re-ingesting the affected articles then restores the loser.
//   - A manual statement is added by hand and marked manual.
//   - A retraction withdraws a statement. Extracted statements have
//     content-derived IDs, so the same statement re-extracted stays
//     withdrawn.

// ErrCuration marks a curation request that cannot be carried out as
// asked (unknown node, a merge into itself or into a loop).
var ErrCuration = errors.New("curation")

// Curator names who made a change and why, for the log.
type Curator struct {
	By   string
	Note string
}

// LogEntry is one recorded curation action.
type LogEntry struct {
	ID     string    `json:"id"`
	Action string    `json:"action"`
	By     string    `json:"by"`
	At     time.Time `json:"at"`
	Object string    `json:"object"` // IRI acted on
	Note   string    `json:"note,omitempty"`
}

// Merge records that loser is the same actor (kind "actor") or proposal
// (kind "proposal") as survivor and moves every stored statement, name and
// alias of loser to survivor.
func (s *Store) Merge(ctx context.Context, kind, loser, survivor string, who Curator) error {
	nodeIRI, err := nodeIRIFunc(kind)
	if err != nil {
		return err
	}
	if loser == survivor {
		return fmt.Errorf("%w: cannot merge %s %q into itself", ErrCuration, kind, loser)
	}
	if err := s.mustExist(ctx, kind, loser); err != nil {
		return err
	}
	if err := s.mustExist(ctx, kind, survivor); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mergeMap(ctx)
	if err != nil {
		return err
	}
	if m.resolve(nodeIRI(survivor)) == nodeIRI(loser) {
		return fmt.Errorf("%w: %s %q is already merged into %q", ErrCuration, kind, survivor, loser)
	}
	rec := quad.IRI(mergeIRI(kind, loser))
	label := quad.IRI(schema.CurationLabel(mergeID(kind, loser)))
	recQuads := []quad.Quad{
		{Subject: rec, Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.TypeMerge), Label: label},
		{Subject: rec, Predicate: quad.IRI(schema.PredMerged), Object: quad.IRI(nodeIRI(loser)), Label: label},
		{Subject: rec, Predicate: quad.IRI(schema.PredMergedInto), Object: quad.IRI(nodeIRI(survivor)), Label: label},
	}
	// Replace an earlier merge of the same loser.
	old, err := s.labelled(ctx, label)
	if err != nil {
		return err
	}
	if len(old) > 0 {
		if err := s.remove(old); err != nil {
			return fmt.Errorf("graph: merge: %w", err)
		}
	}
	if err := s.addQuads(append(recQuads, s.logQuads("merge", nodeIRI(loser), who, "into "+nodeIRI(survivor))...)); err != nil {
		return fmt.Errorf("graph: merge: %w", err)
	}
	s.merges = nil
	m, err = s.mergeMap(ctx)
	if err != nil {
		return err
	}
	return s.remapArticles(ctx, m, quad.IRI(nodeIRI(loser)))
}

// Unmerge removes the merge record of loser. Stored articles keep the
// merged statements until they are ingested again.
func (s *Store) Unmerge(ctx context.Context, kind, loser string, who Curator) (bool, error) {
	nodeIRI, err := nodeIRIFunc(kind)
	if err != nil {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old, err := s.labelled(ctx, quad.IRI(schema.CurationLabel(mergeID(kind, loser))))
	if err != nil || len(old) == 0 {
		return false, err
	}
	if err := s.remove(old); err != nil {
		return false, fmt.Errorf("graph: unmerge: %w", err)
	}
	s.merges = nil
	return true, s.addQuads(s.logQuads("unmerge", nodeIRI(loser), who, ""))
}

// AddStatement stores a statement made by hand. Its holder (and speaker)
// must be known actors and its target a known proposal or actor; its
// article, when given, a known article. It is marked manual and gets an ID
// of its own.
func (s *Store) AddStatement(ctx context.Context, st schema.Statement, who Curator) (schema.Statement, error) {
	if !st.Stance.Valid() {
		return st, fmt.Errorf("%w: unknown stance %q", ErrCuration, st.Stance)
	}
	st.Polarity = st.Stance.Polarity()
	if st.TargetKind == "" {
		st.TargetKind = schema.TargetProposal
	}
	if st.Confidence == 0 {
		st.Confidence = 1
	}
	if st.Confidence < 0 || st.Confidence > 1 {
		return st, fmt.Errorf("%w: confidence %v outside [0,1]", ErrCuration, st.Confidence)
	}
	if strings.TrimSpace(st.Evidence) == "" {
		return st, fmt.Errorf("%w: a manual statement needs its evidence (the sentence or source it rests on)", ErrCuration)
	}
	for _, a := range []string{st.Holder, st.Speaker} {
		if a != "" {
			if err := s.mustExist(ctx, "actor", a); err != nil {
				return st, err
			}
		}
	}
	if st.TargetKind != schema.TargetProposal && st.TargetKind != schema.TargetActor {
		return st, fmt.Errorf("%w: unknown target kind %q", ErrCuration, st.TargetKind)
	}
	if err := s.mustExist(ctx, st.TargetKind, st.Target); err != nil {
		return st, err
	}
	if st.Article != "" {
		if _, err := s.Article(ctx, st.Article); err != nil {
			return st, fmt.Errorf("%w: article %q: %v", ErrCuration, st.Article, err)
		}
	}
	st.Manual = true
	// Two hand-made statements with the same holder, stance and target are
	// still two statements: the ID takes in the evidence, speaker and time.
	nonce := strings.Join([]string{st.Article, st.Speaker, st.Evidence, time.Now().UTC().Format(time.RFC3339Nano)}, "\x00")
	st.ID = "m-" + schema.StatementID(nonce, st.Holder, st.Stance, st.Target, st.Start, st.End)
	label := quad.IRI(schema.CurationLabel(st.ID))
	var qs []quad.Quad
	encodeStatement(func(sub quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: sub, Predicate: quad.IRI(p), Object: o, Label: label})
	}, st)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.addQuads(append(qs, s.logQuads("add-statement", schema.StatementIRI(st.ID), who, "")...)); err != nil {
		return st, fmt.Errorf("graph: add statement: %w", err)
	}
	return st, nil
}

// Retract withdraws a statement: a manual one is removed, an extracted one
// is marked retracted so that no re-extraction brings it back.
func (s *Store) Retract(ctx context.Context, id string, who Curator) error {
	iri := quad.IRI(schema.StatementIRI(id))
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok, err := s.statement(ctx, string(iri)); err != nil {
		return err
	} else if !ok {
		return fmt.Errorf("graph: statement %q: %w", id, ErrNotFound)
	} else if st.Manual {
		old, err := s.labelled(ctx, quad.IRI(schema.CurationLabel(id)))
		if err != nil {
			return err
		}
		if err := s.remove(old); err != nil {
			return fmt.Errorf("graph: retract: %w", err)
		}
	} else {
		label := quad.IRI(schema.CurationLabel("retract-" + id))
		if err := s.addQuads([]quad.Quad{{Subject: iri, Predicate: quad.IRI(schema.PredRetracted), Object: quad.Bool(true), Label: label}}); err != nil {
			return fmt.Errorf("graph: retract: %w", err)
		}
	}
	return s.addQuads(s.logQuads("retract", string(iri), who, ""))
}

// CurationLog returns the recorded curation actions, oldest first.
func (s *Store) CurationLog(ctx context.Context) ([]LogEntry, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	qs, err := s.labelled(ctx, quad.IRI(schema.CurationLogLabel))
	if err != nil {
		return nil, fmt.Errorf("graph: curation log: %w", err)
	}
	byID := map[string]*LogEntry{}
	var order []*LogEntry
	for _, q := range qs {
		sub := iriOf(q.Subject)
		e := byID[sub]
		if e == nil {
			_, id, _ := schema.SplitIRI(sub)
			e = &LogEntry{ID: id}
			byID[sub] = e
			order = append(order, e)
		}
		switch iriOf(q.Predicate) {
		case schema.PredAction:
			e.Action = str(q.Object)
		case schema.PredCurator:
			e.By = str(q.Object)
		case schema.PredAt:
			e.At = timeOf(q.Object)
		case schema.PredObject:
			e.Object = iriOf(q.Object)
		case schema.PredNote:
			e.Note = str(q.Object)
		}
	}
	out := make([]LogEntry, 0, len(order))
	for _, e := range order {
		out = append(out, *e)
	}
	sortLog(out)
	return out, nil
}

func sortLog(es []LogEntry) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && (es[j].At.Before(es[j-1].At) || es[j].At.Equal(es[j-1].At) && es[j].ID < es[j-1].ID); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// logQuads records one action in the curation log.
func (s *Store) logQuads(action, object string, who Curator, detail string) []quad.Quad {
	now := s.logTime()
	sum := sha256.Sum256([]byte(action + "\x00" + object + "\x00" + now.Format(time.RFC3339Nano)))
	n := quad.IRI(schema.Base + "curation-entry/" + hex.EncodeToString(sum[:8]))
	label := quad.IRI(schema.CurationLogLabel)
	by := who.By
	if by == "" {
		by = "unknown"
	}
	note := strings.TrimSpace(strings.Join([]string{detail, who.Note}, " "))
	qs := []quad.Quad{
		{Subject: n, Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.TypeLogEntry), Label: label},
		{Subject: n, Predicate: quad.IRI(schema.PredAction), Object: quad.String(action), Label: label},
		{Subject: n, Predicate: quad.IRI(schema.PredCurator), Object: quad.String(by), Label: label},
		{Subject: n, Predicate: quad.IRI(schema.PredAt), Object: quad.String(now.Format(logTimeLayout)), Label: label},
		{Subject: n, Predicate: quad.IRI(schema.PredObject), Object: quad.IRI(object), Label: label},
	}
	if note != "" {
		qs = append(qs, quad.Quad{Subject: n, Predicate: quad.IRI(schema.PredNote), Object: quad.String(note), Label: label})
	}
	return qs
}

// addQuads writes curation quads in one transaction. Callers hold s.mu.
func (s *Store) addQuads(qs []quad.Quad) error {
	s.cache.invalidate(qs)
	s.views.invalidate(qs)
	tx := cgraph.NewTransactionN(len(qs))
	for _, q := range qs {
		tx.AddQuad(q)
	}
	return s.w.ApplyTransaction(tx)
}

func (s *Store) mustExist(ctx context.Context, kind, id string) error {
	var err error
	switch kind {
	case "actor":
		_, err = s.Actor(ctx, id)
	case "proposal":
		_, err = s.Proposal(ctx, id)
	default:
		return fmt.Errorf("%w: unknown kind %q (want actor or proposal)", ErrCuration, kind)
	}
	if errors.Is(err, ErrNotFound) {
		return fmt.Errorf("%w: %s %q: %v", ErrCuration, kind, id, err)
	}
	return err
}

func nodeIRIFunc(kind string) (func(string) string, error) {
	switch kind {
	case "actor":
		return schema.ActorIRI, nil
	case "proposal":
		return schema.ProposalIRI, nil
	}
	return nil, fmt.Errorf("%w: unknown kind %q (want actor or proposal)", ErrCuration, kind)
}

func mergeID(kind, loser string) string { return "merge-" + kind + "-" + loser }
func mergeIRI(kind, loser string) string {
	return schema.Base + "merge/" + kind + "/" + loser
}

// merges maps merged node IRIs to their survivors.
type merges struct {
	into map[string]string
}

// resolve follows merges to the final survivor of iri.
func (m *merges) resolve(iri string) string {
	for range 32 { // merges cannot loop (Merge refuses), but stay bounded
		next, ok := m.into[iri]
		if !ok {
			return iri
		}
		iri = next
	}
	return iri
}

// mergeMap loads (once, until the next merge) the merge records. Callers
// hold s.mu.
func (s *Store) mergeMap(ctx context.Context) (*merges, error) {
	s.mergeMu.Lock()
	defer s.mergeMu.Unlock()
	// Another process may merge in a shared PostgreSQL store: read the
	// records every time there (one small index read).
	if s.merges != nil && s.backend != BackendPostgres {
		return s.merges, nil
	}
	m := &merges{into: map[string]string{}}
	recs, err := s.subjects(ctx, schema.RDFType, quad.IRI(schema.TypeMerge))
	if err != nil {
		return nil, fmt.Errorf("graph: read merges: %w", err)
	}
	for _, rec := range recs {
		qs, err := s.quadsWith(ctx, quad.Subject, quad.IRI(rec))
		if err != nil {
			return nil, err
		}
		var from, to string
		for _, q := range qs {
			switch iriOf(q.Predicate) {
			case schema.PredMerged:
				from = iriOf(q.Object)
			case schema.PredMergedInto:
				to = iriOf(q.Object)
			}
		}
		if from != "" && to != "" {
			m.into[from] = to
		}
	}
	s.merges = m
	return m, nil
}

// mergeState is the Store's lazily loaded merge map, and the time of its
// last log entry.
type mergeState struct {
	mergeMu sync.Mutex
	merges  *merges
	lastLog time.Time
}

// logTimeLayout writes log times with their microseconds: Cayley keys
// time literals by the second, so two quad.Time values within one second
// would be stored as one node.
const logTimeLayout = "2006-01-02T15:04:05.000000Z07:00"

// logTime returns the time for a new log entry: now, at the microsecond
// precision every backend keeps, and after the previous entry so the log
// keeps its order. Callers hold s.mu.
func (s *Store) logTime() time.Time {
	t := time.Now().UTC().Truncate(time.Microsecond)
	if !t.After(s.lastLog) {
		t = s.lastLog.Add(time.Microsecond)
	}
	s.lastLog = t
	return t
}

// apply rewrites an article's quads for the merges: a merged node's IRI
// becomes its survivor's, its names become aliases, its kind is dropped
// (the survivor keeps its own). The same function serves articles written
// later and articles rewritten when a merge is made, so both agree.
func (m *merges) apply(qs []quad.Quad) []quad.Quad {
	if m == nil || len(m.into) == 0 {
		return qs
	}
	out := make([]quad.Quad, 0, len(qs))
	for _, q := range qs {
		subj, merged := m.mapValue(q.Subject)
		q.Subject = subj
		q.Object, _ = m.mapValue(q.Object)
		if merged {
			switch iriOf(q.Predicate) {
			case schema.PredName:
				q.Predicate = quad.IRI(schema.PredAlias)
			case schema.PredKind:
				continue
			}
		}
		out = append(out, q)
	}
	return dedup(out)
}

// mapValue maps a node IRI through the merges, including the affiliation
// nodes whose IRIs name a person and an organisation.
func (m *merges) mapValue(v quad.Value) (quad.Value, bool) {
	iri := iriOf(v)
	if iri == "" {
		return v, false
	}
	if to := m.resolve(iri); to != iri {
		return quad.IRI(to), true
	}
	if kind, id, ok := schema.SplitIRI(iri); ok && kind == "affiliation" {
		if person, org, ok := cutAffiliation(id); ok {
			p := m.resolve(schema.ActorIRI(person))
			o := m.resolve(schema.ActorIRI(org))
			_, pid, _ := schema.SplitIRI(p)
			_, oid, _ := schema.SplitIRI(o)
			if pid != person || oid != org {
				return quad.IRI(schema.AffiliationIRI(pid, oid)), false
			}
		}
	}
	return v, false
}

// remapArticles rewrites everything stored under a label that names node
// (articles, and manual statements under their own labels) so that it
// follows the merges. Merge records and the log keep the names they were
// written with. Callers hold s.mu.
func (s *Store) remapArticles(ctx context.Context, m *merges, node quad.IRI) error {
	var arts []string
	seen := map[string]bool{}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := s.quadsWith(ctx, d, node)
		if err != nil {
			return fmt.Errorf("graph: merge: %w", err)
		}
		for _, q := range qs {
			l := iriOf(q.Label)
			if l == "" || seen[l] || l == schema.CurationLogLabel || strings.HasPrefix(l, schema.CurationLabel("merge-")) {
				continue
			}
			seen[l] = true
			arts = append(arts, l)
		}
	}
	var removals []quad.Quad
	var work []pending
	for _, art := range arts {
		old, err := s.labelled(ctx, quad.IRI(art))
		if err != nil {
			return fmt.Errorf("graph: merge: %w", err)
		}
		removals = append(removals, old...)
		work = append(work, pending{old: old, next: m.apply(old)})
	}
	if len(work) == 0 {
		return nil
	}
	// Same two steps as an article write: whole articles or none.
	if err := s.remove(removals); err != nil {
		return fmt.Errorf("graph: merge: %w", err)
	}
	if err := s.add(work); err != nil {
		return fmt.Errorf("graph: merge: rewrite articles: %w", err)
	}
	return nil
}
