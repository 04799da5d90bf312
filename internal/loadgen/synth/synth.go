// Package synth generates a synthetic stance graph for benchmarks: many
// articles, each with a few statements by a fixed population of actors on
// a fixed set of proposals, with ~150-character evidence sentences. It is
// deterministic for a given Config.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"stancegraph/schema"
)

// Config sizes the graph. About 12 quads per statement plus ~30 per
// article: the defaults give ~1.1M quads.
type Config struct {
	Articles     int // default 7000
	PerArticle   int // statements per article, default 10
	Actors       int // default 300
	Proposals    int // default 200
	ActorsPerArt int // actors mentioned per article, default 5
	Seed         uint64
}

func (c *Config) defaults() {
	if c.Articles <= 0 {
		c.Articles = 7000
	}
	if c.PerArticle <= 0 {
		c.PerArticle = 10
	}
	if c.Actors <= 0 {
		c.Actors = 300
	}
	if c.Proposals <= 0 {
		c.Proposals = 200
	}
	if c.ActorsPerArt <= 0 {
		c.ActorsPerArt = 5
	}
}

// ActorID and ProposalID name the generated nodes.
func ActorID(i int) string    { return fmt.Sprintf("actor-%03d", i) }
func ProposalID(i int) string { return fmt.Sprintf("proposal-%03d", i) }

var (
	supports = []schema.Stance{schema.Supports, schema.Backs, schema.Accepts, schema.Welcomes, schema.Endorses}
	opposes  = []schema.Stance{schema.Opposes, schema.Rejects, schema.Condemns, schema.Criticises, schema.Vetoes}
	sources  = []string{"Wire One", "Wire Two", "Daily Three", "Four News", "Five Times"}
)

// Each calls fn with the extraction of each generated article in order;
// it stops at the first error.
func Each(c Config, fn func(*schema.Extraction) error) error {
	c.defaults()
	r := rand.New(rand.NewPCG(c.Seed, 42))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range c.Articles {
		pub := start.Add(time.Duration(i) * 2 * time.Hour)
		actors := make([]schema.Actor, 0, c.ActorsPerArt)
		seen := map[int]bool{}
		for len(actors) < c.ActorsPerArt {
			n := r.IntN(c.Actors)
			if seen[n] {
				continue
			}
			seen[n] = true
			actors = append(actors, schema.Actor{ID: ActorID(n), Name: fmt.Sprintf("Actor %03d", n), Kind: schema.ActorKinds()[n%5]})
		}
		p1, p2 := r.IntN(c.Proposals), r.IntN(c.Proposals)
		props := []schema.Proposal{{ID: ProposalID(p1), Name: fmt.Sprintf("plan %03d", p1)}}
		if p2 != p1 {
			props = append(props, schema.Proposal{ID: ProposalID(p2), Name: fmt.Sprintf("plan %03d", p2)})
		}
		var text strings.Builder
		var sts []schema.Statement
		for k := range c.PerArticle {
			a := actors[r.IntN(len(actors))]
			p := props[r.IntN(len(props))]
			var st schema.Stance
			if r.IntN(2) == 0 {
				st = supports[r.IntN(len(supports))]
			} else {
				st = opposes[r.IntN(len(opposes))]
			}
			sentence := fmt.Sprintf("%s %s the %s on day %d, officials said in a statement that ran to some length so the evidence is realistic (%d/%d).",
				a.Name, st, p.Name, i, k, i)
			begin := len([]rune(text.String()))
			text.WriteString(sentence)
			end := begin + len([]rune(sentence))
			text.WriteString(" ")
			sts = append(sts, schema.Statement{
				Holder: a.ID, Stance: st, Polarity: st.Polarity(), Target: p.ID, TargetKind: schema.TargetProposal,
				Evidence: sentence, Start: begin, End: end, Date: pub, Confidence: 0.5 + float64(r.IntN(50))/100,
			})
		}
		body := strings.TrimSpace(text.String())
		art := schema.Article{
			ID: schema.ArticleID(fmt.Sprintf("https://synth.example/%d", i), body), URL: fmt.Sprintf("https://synth.example/%d", i),
			Title: fmt.Sprintf("Synthetic article %d", i), Source: sources[i%len(sources)], Published: pub, Text: body, Hash: schema.ContentHash(body),
		}
		for k := range sts {
			sts[k].Article = art.ID
			sts[k].ID = schema.StatementID(art.ID, sts[k].Holder, sts[k].Stance, sts[k].Target, sts[k].Start, sts[k].End)
		}
		if err := fn(&schema.Extraction{Article: art, Actors: actors, Proposals: props, Statements: sts}); err != nil {
			return err
		}
	}
	return nil
}
