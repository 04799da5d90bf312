package analysis

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"stancegraph/graph"
	"stancegraph/schema"
)

// WriteNQuads writes the store's quads as N-Quads, each with its label
// (the IRI of the article it came from): the whole store, or with
// article set only that article's quads. It streams from the quad
// store's iterator and returns the number of quads written; an unknown
// article is graph.ErrNotFound (before anything is written).
//
// The store's read lock is held while it runs (Cayley's iterators need a
// stable store), so a dump of a large store delays writers until it ends.
func WriteNQuads(ctx context.Context, s *graph.Store, w io.Writer, article string) (int, error) {
	nw := nquads.NewWriter(w)
	n := 0
	err := s.Read(func(qs cgraph.QuadStore) error {
		shape := qs.QuadsAllIterator()
		if article != "" {
			ref, err := qs.ValueOf(quad.IRI(schema.ArticleIRI(article)))
			if err != nil {
				return err
			}
			if ref == nil {
				return fmt.Errorf("analysis: article %q: %w", article, graph.ErrNotFound)
			}
			shape = qs.QuadIterator(quad.Label, ref)
		}
		it := shape.Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			if err := nw.WriteQuad(q); err != nil {
				return err
			}
			n++
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return n, err
	}
	if n == 0 && article != "" {
		return 0, fmt.Errorf("analysis: article %q: %w", article, graph.ErrNotFound)
	}
	return n, nw.Close()
}

// jsonLDContext maps the statement fields to stancegraph's vocabulary.
var jsonLDContext = map[string]any{
	"@vocab":     schema.Vocab,
	"xsd":        "http://www.w3.org/2001/XMLSchema#",
	"Statement":  schema.TypeStatement,
	"holder":     map[string]string{"@type": "@id"},
	"speaker":    map[string]string{"@type": "@id"},
	"target":     map[string]string{"@type": "@id"},
	"article":    map[string]string{"@type": "@id"},
	"reportedBy": map[string]string{"@type": "@id"},
	"date":       map[string]string{"@type": "xsd:dateTime"},
	"start":      map[string]string{"@type": "xsd:integer"},
	"end":        map[string]string{"@type": "xsd:integer"},
	"polarity":   map[string]string{"@type": "xsd:integer"},
	"confidence": map[string]string{"@type": "xsd:double"},
	"hedged":     map[string]string{"@type": "xsd:boolean"},
	"negated":    map[string]string{"@type": "xsd:boolean"},
	"manual":     map[string]string{"@type": "xsd:boolean"},
}

// ldStatement is one statement as a JSON-LD node.
type ldStatement struct {
	ID         string  `json:"@id"`
	Type       string  `json:"@type"`
	Holder     string  `json:"holder"`
	Speaker    string  `json:"speaker,omitempty"`
	Stance     string  `json:"stance"`
	Polarity   int     `json:"polarity"`
	Target     string  `json:"target"`
	Article    string  `json:"article"`
	Evidence   string  `json:"evidence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Date       string  `json:"date,omitempty"`
	Confidence float64 `json:"confidence"`
	Hedged     bool    `json:"hedged,omitempty"`
	Negated    bool    `json:"negated,omitempty"`
	ReportedBy string  `json:"reportedBy,omitempty"`
	Manual     bool    `json:"manual,omitempty"`
}

// WriteJSONLD writes the statements f selects as one JSON-LD document
// ({"@context": ..., "@graph": [...]}) in stancegraph's vocabulary, the
// same IRIs the store uses, so it expands to the statement triples of the
// N-Quads dump. It streams: statements are read in batches and written as
// they come. It returns the number of statements written.
func WriteJSONLD(ctx context.Context, s *graph.Store, w io.Writer, f Filter) (int, error) {
	if err := f.Validate(); err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(w)
	ctxJSON, err := json.Marshal(jsonLDContext)
	if err != nil {
		return 0, err
	}
	bw.WriteString(`{"@context":`)
	bw.Write(ctxJSON)
	bw.WriteString(",\n\"@graph\": [")
	kinds := map[schema.ActorKind]bool{}
	for _, k := range f.Kinds {
		kinds[k] = true
	}
	actorSet, propSet := setOf(f.Actors), setOf(f.Proposals)
	d := &dataset{actors: map[string]schema.Actor{}, proposals: map[string]schema.Proposal{}}
	n := 0
	err = s.ScanStatements(ctx, f.graphFilter(), 0, func(batch []schema.Statement) error {
		for _, st := range batch {
			if actorSet != nil && !actorSet[st.Holder] || propSet != nil && !propSet[st.Target] {
				continue
			}
			if len(kinds) > 0 {
				a, err := d.actor(ctx, s, st.Holder)
				if err != nil {
					return err
				}
				if !kinds[a.Kind] {
					continue
				}
			}
			b, err := json.Marshal(ldOf(st))
			if err != nil {
				return err
			}
			if n > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n  ")
			if _, err := bw.Write(b); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	bw.WriteString("\n]}\n")
	return n, bw.Flush()
}

func ldOf(st schema.Statement) ldStatement {
	l := ldStatement{
		ID: schema.StatementIRI(st.ID), Type: "Statement",
		Holder: schema.ActorIRI(st.Holder), Stance: string(st.Stance), Polarity: int(st.Polarity),
		Target: schema.TargetIRI(st.TargetKind, st.Target), Article: schema.ArticleIRI(st.Article),
		Evidence: st.Evidence, Start: st.Start, End: st.End, Confidence: st.Confidence,
		Hedged: st.Hedged, Negated: st.Negated, Manual: st.Manual,
	}
	if st.Speaker != "" {
		l.Speaker = schema.ActorIRI(st.Speaker)
	}
	if st.ReportedBy != "" {
		l.ReportedBy = schema.ActorIRI(st.ReportedBy)
	}
	if !st.Date.IsZero() {
		l.Date = st.Date.UTC().Format(time.RFC3339)
	}
	return l
}
