package extract

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"stancegraph/schema"
)

// syntheticCorpus builds n articles of generated news prose.
func syntheticCorpus(n int) []string {
	r := rand.New(rand.NewSource(1))
	actors := []string{"France", "the United States", "Hamas", "Labour", "the European Union", "Mr Keller", "the Harbour Workers Union", "Russia", "the Liberal Democrats", "Jonas Weber"}
	verbs := []string{"rejected", "has backed", "will support", "did not oppose", "condemned", "called for", "refused to back", "welcomed", "may accept", "criticised"}
	targets := []string{"the new border tax", "a U.S.-backed proposal to deploy an international force in the region", "the pension reform bill", "plans for a four-day week", "the ceasefire agreement", "the draft resolution", "sanctions on steel imports", "the fuel levy"}
	fillers := []string{"Officials met in the capital on Tuesday to discuss the matter.", "\u201cThis is a difficult moment for everyone,\u201d he said.", "The talks are expected to continue next week, according to diplomats.", "Analysts said the outcome remained uncertain after months of negotiation.", "Prices rose by 3.5% in the year to Jan. 5, the statistics office said."}
	var out []string
	for a := 0; a < n; a++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Story %d\n\n", a)
		for p := 0; p < 12; p++ {
			for s := 0; s < 4; s++ {
				if r.Intn(2) == 0 {
					fmt.Fprintf(&b, "%s %s %s. ", actors[r.Intn(len(actors))], verbs[r.Intn(len(verbs))], targets[r.Intn(len(targets))])
				} else {
					b.WriteString(fillers[r.Intn(len(fillers))] + " ")
				}
			}
			b.WriteString("\n")
		}
		out = append(out, b.String())
	}
	return out
}

func BenchmarkExtract(b *testing.B) {
	docs := syntheticCorpus(200)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	p := New()
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			if _, err := p.Extract(ctx, schema.Article{ID: fmt.Sprint(j), Text: d}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
