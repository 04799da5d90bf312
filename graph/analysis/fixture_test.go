package analysis

import (
	"context"
	"testing"
	"time"

	"stancegraph/graph"
	"stancegraph/graph/graphtest"
	"stancegraph/schema"
)

// The fixture: three invented countries and a party take positions on a
// border truce, a water pact and a grain deal in three articles.
//
//	A1 2026-01-05 Test Wire:    Norland rejects the truce (twice), Vesta backs it (voiced by Ana Ruiz),
//	                            Ostmark supports it; Vesta opposes the water pact, Norland supports it
//	A2 2026-01-20 Harbour Post: Norland accepts the truce (a shift); Ostmark opposes the water pact;
//	                            the Lumen Party backs the grain deal (low confidence); Vesta criticises Norland
//	A3 2026-02-10 Test Wire:    Vesta and Ostmark support the grain deal, Norland opposes it
var (
	norland = schema.Actor{ID: "norland", Name: "Norland", Kind: schema.Country}
	vesta   = schema.Actor{ID: "vesta", Name: "Vesta", Kind: schema.Country}
	ostmark = schema.Actor{ID: "ostmark", Name: "Ostmark", Kind: schema.Country}
	anaRuiz = schema.Actor{ID: "ana-ruiz", Name: "Ana Ruiz", Kind: schema.Person, Affiliations: []schema.Affiliation{{Org: "vesta", Role: "envoy"}}}
	lumen   = schema.Actor{ID: "lumen-party", Name: "Lumen Party", Kind: schema.Group}

	truce = schema.Proposal{ID: "border-truce", Name: "border truce"}
	water = schema.Proposal{ID: "water-pact", Name: "water pact"}
	grain = schema.Proposal{ID: "grain-deal", Name: "grain deal"}
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// say builds a statement of an article; offsets only need to differ.
type say struct {
	holder, speaker string
	stance          schema.Stance
	target          string
	conf            float64
	actorTarget     bool
}

func article(id, date, source string, actors []schema.Actor, props []schema.Proposal, says ...say) *schema.Extraction {
	a := schema.Article{ID: id, Title: id, Source: source, Published: day(date)}
	x := &schema.Extraction{Article: a, Actors: actors, Proposals: props}
	for i, s := range says {
		kind := schema.TargetProposal
		if s.actorTarget {
			kind = schema.TargetActor
		}
		start, end := i*100, i*100+50
		x.Statements = append(x.Statements, schema.Statement{
			ID:     schema.StatementID(id, s.holder, s.stance, s.target, start, end),
			Holder: s.holder, Speaker: s.speaker, Stance: s.stance, Polarity: s.stance.Polarity(),
			Target: s.target, TargetKind: kind, Article: id,
			Evidence: s.holder + " " + string(s.stance) + " " + s.target + ".", Start: start, End: end,
			Date: a.Published, Confidence: s.conf,
		})
	}
	return x
}

func fixture() []*schema.Extraction {
	return []*schema.Extraction{
		article("a1", "2026-01-05", "Test Wire", []schema.Actor{norland, vesta, ostmark, anaRuiz}, []schema.Proposal{truce, water},
			say{holder: "norland", stance: schema.Rejects, target: "border-truce", conf: 0.9},
			say{holder: "norland", stance: schema.Rejects, target: "border-truce", conf: 0.7},
			say{holder: "vesta", speaker: "ana-ruiz", stance: schema.Backs, target: "border-truce", conf: 0.8},
			say{holder: "ostmark", stance: schema.Supports, target: "border-truce", conf: 0.9},
			say{holder: "vesta", stance: schema.Opposes, target: "water-pact", conf: 0.8},
			say{holder: "norland", stance: schema.Supports, target: "water-pact", conf: 0.9},
		),
		article("a2", "2026-01-20", "Harbour Post", []schema.Actor{norland, vesta, ostmark, lumen}, []schema.Proposal{truce, water, grain},
			say{holder: "norland", stance: schema.Accepts, target: "border-truce", conf: 0.9},
			say{holder: "ostmark", stance: schema.Opposes, target: "water-pact", conf: 0.6},
			say{holder: "lumen-party", stance: schema.Backs, target: "grain-deal", conf: 0.5},
			say{holder: "vesta", stance: schema.Criticises, target: "norland", conf: 0.9, actorTarget: true},
		),
		article("a3", "2026-02-10", "Test Wire", []schema.Actor{norland, vesta, ostmark}, []schema.Proposal{grain},
			say{holder: "vesta", stance: schema.Supports, target: "grain-deal", conf: 0.9},
			say{holder: "ostmark", stance: schema.Supports, target: "grain-deal", conf: 0.8},
			say{holder: "norland", stance: schema.Opposes, target: "grain-deal", conf: 0.9},
		),
	}
}

func write(t *testing.T, s *graph.Store, xs []*schema.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := s.WriteArticle(context.Background(), x); err != nil {
			t.Fatal(err)
		}
	}
}

// eachStore runs fn against the fixture in a store of every backend, and
// for the embedded ones also with the read index off (reads walk the
// store, as on PostgreSQL).
func eachStore(t *testing.T, fn func(t *testing.T, s *graph.Store)) {
	graphtest.Each(t, func(t *testing.T, s *graph.Store) {
		write(t, s, fixture())
		t.Run("index", func(t *testing.T) { fn(t, s) })
		s.UseReadIndex(false)
		t.Run("walk", func(t *testing.T) { fn(t, s) })
		s.UseReadIndex(true)
	})
}
