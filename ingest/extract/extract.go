package extract

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"

	"stancegraph/schema"
)

// Pipeline is the rule-based extractor. It is safe for concurrent use.
type Pipeline struct {
	minConf float64
	lem     func(string) string
	gaz     *gazetteer
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithMinConfidence drops statements whose confidence is below c.
func WithMinConfidence(c float64) Option { return func(p *Pipeline) { p.minConf = c } }

var (
	lemOnce sync.Once
	lemmer  *golem.Lemmatizer
)

// lemma returns the lemma of a lower-case word.
func lemma(w string) string {
	lemOnce.Do(func() {
		l, err := golem.New(en.New())
		if err == nil {
			lemmer = l
		}
	})
	if lemmer == nil {
		return w
	}
	if l, ok := lemmaFix[w]; ok {
		return l
	}
	return lemmer.LemmaLower(w)
}

// lemmaFix corrects the dictionary where news usage differs.
var lemmaFix = map[string]string{
	"backed": "back", "backs": "back", "backing": "back", "talks": "talk", "plans": "plan",
	"proposals": "proposal", "said": "say", "says": "say", "united": "united", "states": "states",
	"nations": "nations", "forces": "force", "left": "left", "us": "us", "u.s.": "u.s.",
	"news": "news", "media": "media", "data": "data", "police": "police", "sanctions": "sanction",
	"leaders": "leader", "led": "lead", "calls": "call", "called": "call", "calling": "call",
}

// New returns the rule-based pipeline.
func New(opts ...Option) *Pipeline {
	p := &Pipeline{minConf: 0.3, lem: lemma, gaz: loadGazetteer()}
	for _, o := range opts {
		o(p)
	}
	lemma("warm")
	return p
}

// Extract finds the actors, proposals and stance statements of a.
func (p *Pipeline) Extract(ctx context.Context, a schema.Article) (*schema.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := &schema.Extraction{Article: a, Actors: []schema.Actor{}, Proposals: []schema.Proposal{}, Statements: []schema.Statement{}}
	text := a.Text
	if !utf8.ValidString(text) {
		text = sanitize(text)
	}
	if strings.TrimSpace(text) == "" {
		return out, nil
	}
	an := newAnalysis(p, text)
	defer an.release()
	if err := an.run(ctx); err != nil {
		return nil, err
	}
	an.emit(out, a, p.minConf)
	return out, nil
}

// ErrNil is returned for a nil pipeline.
var ErrNil = errors.New("extract: nil pipeline")

// sanitize replaces each invalid byte by U+FFFD so that rune offsets agree
// with []rune(original).
func sanitize(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// sortStrings is a small helper for deterministic output.
func sortStrings(s []string) []string { sort.Strings(s); return s }

// WithActors adds actors to the built-in gazetteer, ahead of it, so that an
// analyst's list (an aliases file) is recognised in text and wins over a
// built-in entry with the same name. Each alias is matched like a name:
// capitalised, as whole words.
func WithActors(actors []schema.Actor) Option {
	return func(p *Pipeline) {
		if len(actors) == 0 {
			return
		}
		var b strings.Builder
		for _, a := range actors {
			clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "|", " ").Replace(s) }
			aliases := make([]string, 0, len(a.Aliases))
			for _, al := range a.Aliases {
				aliases = append(aliases, clean(al))
			}
			kind := a.Kind
			if kind == "" {
				kind = schema.Organisation
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t\n", kind, clean(a.Name), strings.Join(aliases, "|"))
		}
		p.gaz = parseGazetteer(b.String() + gazetteerTSV)
	}
}
