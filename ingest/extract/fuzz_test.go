package extract

import (
	"context"
	"testing"
	"unicode/utf8"

	"stancegraph/schema"
)

// FuzzExtract: whatever the text, extraction does not panic, and every
// statement's offsets give back its evidence and its holder and target are
// among the extraction's actors and proposals.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The Freedom Party has rejected the new border tax.",
		"\u201cThe proposed toll on the bridge is unacceptable,\u201d Maria Lopez, a spokeswoman for the Green Party, said.",
		"Mr Okoro said he would not back the toll plan. He called for a ban on diesel cars.",
		"Estavia rejected a Velsian-backed proposal to deploy an international military force in the Nord Valley.",
		"The top bishop in France and Spain backed the abortion limit, despite opposition from Italy.",
		"\"We must reject it,\" she said. \"",
		"Labour's call for Y. The Greens' call to. 'quoted' ( £5bn ($8bn",
		"", ".", "\"", "Mr.", "U.S.-backed", "Sir", "said", "the government",
	} {
		f.Add(s)
	}
	p := New()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the readers repair encodings before extraction
		}
		x, err := p.Extract(context.Background(), schema.Article{ID: "f", Text: text})
		if err != nil {
			return
		}
		runes := []rune(text)
		known := map[string]bool{}
		for _, a := range x.Actors {
			known[a.ID] = true
		}
		for _, pr := range x.Proposals {
			known[pr.ID] = true
		}
		for _, s := range x.Statements {
			if s.Start < 0 || s.End > len(runes) || s.Start > s.End || string(runes[s.Start:s.End]) != s.Evidence {
				t.Fatalf("offsets %d-%d do not give the evidence %q", s.Start, s.End, s.Evidence)
			}
			if !known[s.Holder] || !known[s.Target] {
				t.Fatalf("statement %+v names an unknown holder or target", s)
			}
		}
	})
}
