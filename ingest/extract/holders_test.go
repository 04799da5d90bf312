package extract

import (
	"strings"
	"testing"
)

// TestHolders checks who holds a stance: pronouns, titles, unnamed
// speakers, "the government" and holders found through structure. Each
// want is "holder|speaker|stance|target-substring"; a want starting with
// "!" must not appear (holder and stance only); an empty list wants no
// statement at all.
func TestHolders(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// 1. pronouns and gender
		{"she skips a male person", "Mrs Okoro spoke on Monday. Mr Lindqvist met her. She rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Lindqvist|rejects"}},
		{"he skips a female person", "Mr Okoro spoke to Ms Lind on Monday. Later he rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Lind|rejects"}},
		{"gender from a first name", "Patricia Okoro met Mr Lindqvist. Later she rejected the fuel levy.",
			[]string{"Patricia Okoro||rejects|fuel levy"}},
		{"no compatible person", "Mr Okoro spoke on Monday. She rejected the fuel levy.", nil},
		{"unnamed person in between", "Mr Okoro spoke. The home secretary said the toll was late. He rejected the fuel levy.", nil},
		{"unnamed spokesman in between", "Mr Okoro spoke. A spokesman said the toll was late. He rejected the fuel levy.", nil},
		{"pronoun of an attribution", "Mr Okoro arrived. Everyone could see the minister's plan was bad, he said. He rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy"}},
		{"pronoun outside a quote", "Mr Okoro spoke. \"Mr Lindqvist is wrong,\" he said, and he rejected the fuel levy.",
			[]string{"Okoro||rejects|fuel levy", "!Lindqvist|rejects"}},
		{"apposition is the subject", "Mr Okoro arrived. The chief judge, Lord Maric, has spoken. He rejected the fuel levy.",
			[]string{"Maric||rejects|fuel levy"}},
		// 2. titles and unnamed speakers
		{"title before a name", "Home Secretary Jonas Weber rejected the fuel levy.", []string{"Jonas Weber||rejects|fuel levy"}},
		{"lower-case role after a party", "Freedom Party leader Jonas Weber rejected the fuel levy.",
			[]string{"Freedom Party|Jonas Weber|rejects|fuel levy"}},
		{"title run split from the name", "Shadow Home Secretary Jonas Weber spoke. He rejected the fuel levy.",
			[]string{"Jonas Weber||rejects|fuel levy"}},
		{"the title refers back", "Home Secretary Jonas Weber arrived. The home secretary rejected the fuel levy.",
			[]string{"Jonas Weber||rejects|fuel levy"}},
		{"another title does not", "Shadow Home Secretary Jonas Weber arrived. The home secretary rejected the fuel levy.", nil},
		{"organisation spokeswoman", "A Home Office spokeswoman rejected the fuel levy.", []string{"Home Office||rejects|fuel levy"}},
		{"spokeswoman for an organisation", "A spokeswoman for Greenpeace said trials were needed. She added: \"We reject the fuel levy.\"",
			[]string{"Greenpeace||rejects|fuel levy"}},
		{"named spokesman is a person", "Greenpeace spokesman Jonas Weber rejected the fuel levy.", []string{"Greenpeace|Jonas Weber|rejects|fuel levy"}},
		{"unnamed description holds nothing", "The prime minister rejected the fuel levy.", nil},
		{"it after said is the organisation", "The Freedom Party has said it strongly opposes the fuel levy.", []string{"Freedom Party||opposes|fuel levy"}},
		// 3. the government
		{"government of a country", "The government of Norway rejected the fuel levy.", []string{"Norway||rejects|fuel levy"}},
		{"country's government", "Norway's government rejected the fuel levy.", []string{"Norway||rejects|fuel levy"}},
		{"government from the previous sentence", "Norway held talks on Monday. The government rejected the fuel levy.",
			[]string{"Norway||rejects|fuel levy"}},
		{"bare government holds nothing", "The government rejected the fuel levy.", nil},
		{"two countries: no government", "Norway and Sweden held talks. The government rejected the fuel levy.", nil},
		{"a place is not the government's country", "Troops stayed in Norway. The government rejected the fuel levy.", nil},
		{"the party is the last party", "Labour met the Home Office on Monday. The party rejected the fuel levy.",
			[]string{"Labour||rejects|fuel levy", "!Home Office|rejects"}},
		{"the party with no party", "The Home Office spoke on Monday. The party rejected the fuel levy.", nil},
		{"officials alone hold nothing", "Officials rejected the fuel levy.", nil},
		{"qualified officials do", "Union officials rejected the fuel levy.", []string{"union officials||rejects|fuel levy"}},
		{"group with a compound", "The toll plan was criticised by environmental groups.", []string{"environmental groups||criticises|toll plan"}},
		// 4. structure
		{"place in an in-phrase", "In Norway and Sweden, the Freedom Party backed the fuel levy.",
			[]string{"Freedom Party||backs|fuel levy", "!Sweden|backs", "!Norway|backs"}},
		{"object before an infinitive", "The Freedom Party urged the Greens to back the fuel levy.",
			[]string{"Freedom Party||backs|fuel levy", "!Green Party|backs"}},
		{"visited X to lobby", "A delegation visited Mr Okoro to lobby for a fuel levy.", nil},
		{"plural possessive is a modifier", "The toll plan was approved by the unions' executives.", nil},
		{"plan as a verb", "The Greens plan to back the fuel levy.", []string{"Green Party||backs|fuel levy", "!Green Party|proposes"}},
		{"plans as a noun", "Green plans to cut the fuel levy are costly, Mr Okoro said.", []string{"Green Party||proposes|cut the fuel levy"}},
		{"time between subject and verb", "Mr Okoro last month backed the fuel levy.", []string{"Okoro||backs|fuel levy"}},
		// 5. audience is no speaker
		{"told an outlet", "Mr Okoro spoke. \"We reject the fuel levy,\" he told Radio Nord Live.", []string{"Okoro||rejects|fuel levy"}},
		{"outlet after according to", "The fuel levy is unfair, according to the BBC.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.text)
			if len(tt.want) == 0 && len(got) > 0 {
				t.Fatalf("want nothing, got %q", got)
			}
			for _, w := range tt.want {
				if strings.HasPrefix(w, "!") {
					parts := strings.SplitN(w[1:], "|", 2)
					for _, g := range got {
						gp := strings.SplitN(g, "|", 4)
						if gp[0] == parts[0] && gp[2] == parts[1] {
							t.Errorf("unwanted %q in %q", w, got)
						}
					}
					continue
				}
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

// TestGovernmentCountry: bare "the government" takes the country whose
// government the article named, or one acting just before; a country that
// only modifies a noun says nothing about whose government it is.
func TestGovernmentCountry(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"named government earlier", "The French government met the unions on Monday. Talks went on for hours. Later the government rejected the fuel levy.", []string{"France||rejects|fuel levy"}},
		{"country as a modifier", "Critics of the Iraq war spoke on Monday. The government rejected calls to publish the advice.", nil},
		{"country as a noun modifier in the same sentence", "After the Iraq war the government rejected the fuel levy.", nil},
		{"acting country before", "Britain has said it will talk. The government rejected the fuel levy.", []string{"United Kingdom||rejects|fuel levy"}},
		{"too far back", "Britain has said it will talk. Talks went on. Unions met. The government rejected the fuel levy.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := run(t, tc.text)
			all := strings.Join(got, "\n")
			if len(tc.want) == 0 && strings.Contains(all, "rejects") {
				t.Errorf("want no holder for the government, got\n%s", all)
			}
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing %q in\n%s", w, all)
				}
			}
		})
	}
}

func TestGovernmentTarget(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Greens criticised the government over the fuel levy.", ""},
		{"Norway's government met on Monday. Sweden criticised the government.", "Sweden||criticises|Norway"},
		// a party's "the government" is its own country's ruling party,
		// not the country (actors_test.go)
		{"Norway's government met on Monday. The Greens criticised the government.", ""},
	} {
		got, _ := run(t, tc.text)
		all := strings.Join(got, "\n")
		if tc.want == "" && strings.Contains(all, "criticises") || tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%q: got\n%s\nwant %q", tc.text, all, tc.want)
		}
	}
}
