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
		{"modifier does not swallow the object", "Norway rejected the EU-backed ceasefire plan for the valley on Monday.", []string{"Norway||rejects|ceasefire plan", "European Union||backs|ceasefire plan"}},
		{"coordinated subjects", "France and Germany rejected the fishing quota plan.", []string{"France||rejects|fishing quota plan", "Germany||rejects|fishing quota plan"}},
		{"coordinated list", "Spain, Italy and the Netherlands want the budget to be capped at 1%.", []string{"Spain||supports|budget to be capped", "Netherlands||supports|budget to be capped"}},
		{"relative clause", "The deal angered Canada, which opposes the fishing treaty.", []string{"Canada||opposes|fishing treaty"}},
		{"whose party", "Earlier Mr Okoro, whose party opposes the toll plan, spoke to reporters.", []string{"Okoro||opposes|toll plan"}},
		{"is opposed to", "The Freedom Party is strongly opposed to the border tax.", []string{"Freedom Party||opposes|border tax"}},
		{"in favour of", "The Greens are in favour of a ban on diesel cars.", []string{"Green Party||supports|ban on diesel cars"}},
		{"would not back refuses", "Mr Okoro said he would not back the toll plan.", []string{"Okoro||refuses|toll plan"}},
		{"called on X to VP", "Unison called on the government to fund a new hospital in the north.", []string{"Unison||calls-for|fund a new hospital"}},
		{"urged X to scrap opposes", "Greenpeace urged the council to scrap the incinerator scheme.", []string{"Greenpeace||opposes|incinerator scheme"}},
		{"vowed to scrap", "The Greens vowed to scrap the road tax.", []string{"Green Party||opposes|road tax"}},
		{"is to freeze", "Mr Okoro is to freeze fuel duty until the election.", []string{"Okoro||proposes|freeze fuel duty"}},
		{"general object", "Labour criticised the existing pension system.", []string{"Labour||criticises|existing pension system"}},
		{"actor object", "Mr Okoro accused the Greens of hypocrisy.", []string{"Okoro||criticises|Green Party"}},
		{"passive with two agents", "The road tax has been condemned by Greenpeace and the Greens.", []string{"Greenpeace||condemns|road tax", "Green Party||condemns|road tax"}},
		{"that change refers back", "The Greens called for a ban on diesel cars. Labour refused to back that change.", []string{"Labour||refuses|ban on diesel cars"}},
		{"quote continues after attribution", "\u201cWe will not accept this,\u201d Mr Okoro said. \u201cWe reject the toll plan.", []string{"Okoro||rejects|toll plan"}},
		{"subject after preposition", "Speaking on Radio Nord defended the toll plan.", nil},
		{"participle after of", "Letters went to members of Congress calling for a tax cut.", nil},
		{"yes or no vote", "The Greens will campaign for a \"no\" vote.", nil},
		{"proposal noun in a name", "The Serious Crime and Police Bill proposes extra powers.", nil},
		{"pronoun object", "The Greens backed it yesterday.", nil},
		{"non-target object", "The minister accepted responsibility for the failure.", nil},
		{"did not reject", "Germany did not reject the fishing quota plan.", nil},
		{"called X ADJ", "Greenpeace called the new road plan \"deeply irresponsible\".", []string{"Greenpeace||rejects|road plan"}},
		{"called X ADJ in a quote list", "Greenpeace called the motorway plans \"costly, ill thought-out and dangerous\".", []string{"Greenpeace||rejects|motorway plans"}},
		{"branded passive", "The road plan has been branded \"reckless\" by the Greens.", []string{"Green Party||rejects|road plan"}},
		{"reported copula", "Mr Okoro said the toll plan was dangerous.", []string{"Okoro||rejects|toll plan"}},
		{"reported copula negated", "Mr Okoro said the toll plan was not dangerous.", nil},
		{"it was wrong to", "Mr Okoro said it was wrong to close the rural schools.", []string{"Okoro||rejects|close the rural schools"}},
		{"reported copula actor", "Mr Okoro said Mr Lindqvist was \"naive\" about the plan.", []string{"Okoro||criticises|Lindqvist"}},
		{"want a policy", "The Greens want a ban on diesel cars.", []string{"Green Party||supports|ban on diesel cars"}},
		{"want done", "The Greens want the road tax to be scrapped.", []string{"Green Party||supports|road tax to be scrapped"}},
		{"want a wish", "Mr Okoro said: \"I want the town to succeed.\"", nil},
		{"subordinate subject", "Mr Okoro said: \"While reform is important, the cuts are worse.\"", nil},
		{"local country and demonym", "Velsia rejected the toll plan. Ivo Maric, the Velsian president, said the toll plan was unfair.", []string{"Velsia||rejects|toll plan", "Velsia|Ivo Maric|rejects|toll plan"}},
		{"no demonym no country", "Velsia rejected the toll plan.", nil},
		{"appears unwilling", "Norway appears unwilling to support the toll plan.", []string{"Norway||refuses|toll plan"}},
		{"government of the reporting country", "A Swedish spokesman said the government opposes the toll plan.", []string{"Sweden||opposes|toll plan"}},
		{"different kinds do not link", "Norway backed the ceasefire plan for the valley. Sweden opposes the valley peacekeeping mission.", []string{"Norway||backs|ceasefire plan", "Sweden||opposes|peacekeeping mission"}},
		{"part of a body", "Less than half the UK wants a ban on diesel cars, a survey suggests.", nil},
		{"routine action", "Mr Okoro will deliver his budget on Tuesday.", nil},
		{"proposal names its action", "Mr Okoro announced proposals to increase tuition fees.", []string{"Okoro||announces|increase tuition fees"}},
		{"comma before said is an apposition", "Ivo Maric, the long-serving spokesman, said it was vital to question Mr Okoro about the toll plan.", []string{"Ivo Maric||calls-for|question"}},
		{"quoted words inside a clausal target", "Mr Okoro urged the Greens to develop a \"sense of purpose\" in the north.", []string{"Okoro||calls-for|develop a \"sense of purpose\" in the north"}},
		{"phrasal verb is no action", "Mr Okoro said: \"We will end up with higher taxes.\"", nil},
		{"ability is no commitment", "Judges can reduce the tariff in some cases.", nil},
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

// expectLines checks the statements extracted from text (as run's
// "holder|speaker|stance|target" lines, each followed by a newline): every
// string of want appears in them and none of not.
func expectLines(t *testing.T, text string, want, not []string) {
	t.Helper()
	got, _ := run(t, text)
	all := strings.Join(got, "\n") + "\n"
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("%q: missing %q in\n%s", text, w, all)
		}
	}
	for _, n := range not {
		if strings.Contains(all, n) {
			t.Errorf("%q: unexpected %q in\n%s", text, n, all)
		}
	}
}

// expectOne checks that text gives a statement containing want, or no
// statement at all when want is "".
func expectOne(t *testing.T, text, want string) {
	t.Helper()
	got, _ := run(t, text)
	all := strings.Join(got, "\n")
	if want == "" && all != "" || want != "" && !strings.Contains(all, want) {
		t.Errorf("%q: got\n%s\nwant %q", text, all, want)
	}
}
