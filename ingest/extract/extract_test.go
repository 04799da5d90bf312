package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"stancegraph/schema"
)

// run extracts from text and returns "holder speaker stance target" lines.
func run(t *testing.T, text string) ([]string, *schema.Extraction) {
	t.Helper()
	x, err := New().Extract(context.Background(), schema.Article{ID: "t", Text: text, Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range x.Actors {
		names[a.ID] = a.Name
	}
	for _, p := range x.Proposals {
		names[p.ID] = p.Name
	}
	var out []string
	for _, s := range x.Statements {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", names[s.Holder], names[s.Speaker], s.Stance, names[s.Target]))
	}
	return out, x
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // substrings "holder|speaker|stance|target-substring"; empty: no statement
	}{
		{"svo", "The Freedom Party has rejected the new border tax.", []string{"Freedom Party||rejects|border tax"}},
		{"svo with adverb and aux", "Germany will strongly support the climate agreement.", []string{"Germany||supports|climate agreement"}},
		{"passive", "The pension reform was rejected by the Senate on Tuesday.", []string{"Senate||rejects|pension reform"}},
		{"negation drops", "France did not reject the trade deal.", nil},
		{"not yet agreed drops", "The union has not yet agreed to the pay offer.", nil},
		{"refused to back flips", "Italy refused to back the fishing quota plan.", []string{"Italy||refuses|fishing quota plan"}},
		{"particle", "The Greens called for a ban on diesel cars.", []string{"Green Party||calls-for|ban on diesel cars"}},
		{"modifier", "Spain criticised a French-backed plan for a new canal.", []string{"France||backs|canal", "Spain||criticises|canal"}},
		{"reported speech", "Jonas Weber, a senior official of the Harbour Workers Union, said the union welcomed the dock agreement.", []string{"Harbour Workers Union|Jonas Weber|welcomes|dock agreement"}},
		{"coreference he", "Mr Lindqvist spoke on Monday. He rejected the fuel levy.", []string{"Lindqvist||rejects|fuel levy"}},
		{"the movement", "Hezbollah issued a statement. The movement rejected the truce proposal.", []string{"Hezbollah||rejects|truce"}},
		{"clausal target", "Canada agreed for a retired judge to lead the inquiry into the fire.", []string{"Canada||agrees|retired judge to lead the inquiry"}},
		{"that clause", "Mediators insisted that the new treaty be signed in Geneva.", []string{"mediators||insists-on|treaty be signed in Geneva"}},
		{"hedged", "Japan may back the whaling moratorium.", []string{"Japan||backs|whaling moratorium"}},
		{"evaluative quote", "\u201cThe proposed toll on the bridge is unacceptable,\u201d Maria Lopez, a spokeswoman for the Green Party, said.", []string{"Green Party|Maria Lopez|rejects|toll on the bridge"}},
		{"nominal", "Canada's rejection of the fishing treaty surprised observers.", []string{"Canada||rejects|fishing treaty"}},
		{"country official", "A U.S. official said Washington opposes the sanctions bill.", []string{"United States||opposes|sanctions bill"}},
		{"no stance verb", "The committee met to discuss the budget.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.text)
			if len(tt.want) == 0 && len(got) > 0 {
				t.Fatalf("want nothing, got %q", got)
			}
			for _, w := range tt.want {
				parts := strings.SplitN(w, "|", 4)
				ok := false
				for _, g := range got {
					gp := strings.SplitN(g, "|", 4)
					if gp[0] == parts[0] && gp[1] == parts[1] && gp[2] == parts[2] && strings.Contains(gp[3], parts[3]) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("missing %q in %q", w, got)
				}
			}
		})
	}
}

func TestHedgedFlag(t *testing.T) {
	_, x := run(t, "Japan may back the whaling moratorium.")
	if len(x.Statements) != 1 || !x.Statements[0].Hedged || x.Statements[0].Confidence >= 0.9 {
		t.Fatalf("want one hedged low-confidence statement, got %+v", x.Statements)
	}
}

func TestOffsetsAreRuneExact(t *testing.T) {
	text := "Caf\u00e9 owners met. \u201cIt is fine,\u201d said Zo\u00eb.\nThe Freedom Party has rejected the new border tax. Italy refused to back the fishing quota plan."
	_, x := run(t, text)
	if len(x.Statements) < 2 {
		t.Fatalf("want 2 statements, got %d", len(x.Statements))
	}
	runes := []rune(text)
	for _, s := range x.Statements {
		if s.Start < 0 || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Evidence {
			t.Errorf("offsets %d-%d give %q, want %q", s.Start, s.End, string(runes[s.Start:s.End]), s.Evidence)
		}
		if s.Article != "t" || s.Date.IsZero() || s.Confidence <= 0 || s.Confidence > 1 || s.ID == "" {
			t.Errorf("incomplete statement %+v", s)
		}
	}
}

func TestReferencesResolve(t *testing.T) {
	_, x := run(t, "Jonas Weber, a senior official of the Harbour Workers Union, said the union welcomed the dock agreement. Spain criticised a French-backed plan for a new canal.")
	ids := map[string]bool{}
	for _, a := range x.Actors {
		ids[a.ID] = true
	}
	for _, p := range x.Proposals {
		ids[p.ID] = true
	}
	for _, s := range x.Statements {
		if !ids[s.Holder] || !ids[s.Target] || s.Speaker != "" && !ids[s.Speaker] {
			t.Errorf("dangling reference in %+v", s)
		}
	}
}

func TestSentenceSplitting(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"It was agreed by the U.S. Officials said so.", 2},
		{"The vote was on Jan. 5. It passed.", 2},
		{"Mr. Smith met Gen. Jones. They talked.", 2},
		{"He works for the U.S. Army in Texas.", 1},
		{"John F. Kennedy spoke. \u201cYes.\u201d Then he left.", 3},
		{"One line\nAnother line", 2},
	}
	for _, tt := range tests {
		got := splitSentences(tt.text)
		if len(got) != tt.want {
			var parts []string
			for _, s := range got {
				parts = append(parts, tt.text[s.b:s.e])
			}
			t.Errorf("%q: got %d sentences %q, want %d", tt.text, len(got), parts, tt.want)
		}
	}
}

func TestCompoundSplit(t *testing.T) {
	toks := tokenize("a U.S.-backed plan and a Hamas-led force", span{0, 40}, lemma, nil)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	if strings.Join(got, " ") != "a U.S. -backed plan and a Hamas -led force" {
		t.Fatalf("tokens %q", got)
	}
}

func TestBadInput(t *testing.T) {
	for _, text := range []string{"", "   \n\n", "\xff\xfe broken \xc3 text. France rejected the \xffplan.", strings.Repeat("\u201c", 100), "...", "A.B.C.D.", "'s n't - -backed"} {
		_, x := run(t, text)
		runes := []rune(text)
		for _, s := range x.Statements {
			if string(runes[s.Start:s.End]) != s.Evidence {
				t.Errorf("%q: offsets do not give evidence %q", text, s.Evidence)
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Extract(ctx, schema.Article{Text: "France rejected the plan."}); err == nil {
		t.Error("cancelled context gave no error")
	}
}

func TestDeterministic(t *testing.T) {
	text := strings.Repeat("Germany will strongly support the climate agreement. The Freedom Party has rejected the new border tax. ", 20)
	a, _ := run(t, text)
	for i := 0; i < 5; i++ {
		b, _ := run(t, text)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatal("output differs between runs")
		}
	}
}
