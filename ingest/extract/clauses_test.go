package extract

import (
	"strings"
	"testing"
)

// TestClauses checks clause-level precision rules: claims, hopes,
// predictions, embedded questions, speculative and relative copulas and
// obligations are not stances; directive clauses and plain clauses are.
func TestClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "holder|speaker|stance|target-substring"; empty: no statement
	}{
		// 1. that-clauses: only directive ones are positions
		{"insisted that claim", "Mr Okoro insisted that voters faced higher taxes under the toll plan.", nil},
		{"agreed that claim", "The Freedom Party agreed that the economy had improved since the last budget.", nil},
		{"insisted that would claim", "Mr Okoro insisted that he would not be rushed into a decision on the toll plan.", nil},
		{"insisted that subjunctive be", "Mediators insisted that the new treaty be signed in Geneva.", []string{"mediators||insists-on|treaty be signed in Geneva"}},
		{"demanded that should", "The Greens demanded that the council should scrap the incinerator scheme.", []string{"Green Party||demands|council should scrap the incinerator scheme"}},
		{"agreed that must", "Norway and Sweden agreed that the fishing quota must be cut next year.", []string{"Norway||agrees|fishing quota must be cut"}},
		{"insisted that needs to", "Mr Okoro insisted that the port needs to be dredged before the summer.", []string{"Okoro||insists-on|port needs to be dredged"}},
		{"demanded that bare verb", "The Greens demanded that Mr Lindqvist resign over the toll plan.", []string{"Green Party||demands|Lindqvist resign"}},
		{"demanded that plural present", "The Greens demanded that ministers face the committee next week.", nil},
		{"insisted that must not", "Mr Okoro insisted that the treaty must not be signed in Geneva.", nil},
		{"urged that subjunctive", "Greenpeace urged that the incinerator scheme be abandoned at once.", []string{"Greenpeace||calls-for|incinerator scheme be abandoned"}},
		{"welcomed that clause", "The Greens welcomed that the government dropped the toll plan.", nil},
		{"accepted that clause with a name", "The Greens accepted that Labour dropped the toll plan.", nil},
		{"that NP is still an object", "The Greens criticised that decision to close the school.", []string{"Green Party||criticises|decision to close the school"}},
		{"urged that claim", "Greenpeace urged that the incinerator scheme was a danger to children.", nil},
		{"argued that claim", "Mr Okoro argued that voters faced higher taxes under the toll plan.", nil},
		{"argued that should", "Mr Okoro argued that the toll plan should be scrapped before the election.", []string{"Okoro||calls-for|toll plan should be scrapped"}},
		{"argued bare claim", "Mr Okoro argued the toll plan had failed.", nil},
		{"insisted bare subjunctive", "Mediators insisted the new treaty be signed in Geneva.", []string{"mediators||insists-on|treaty be signed in Geneva"}},
		{"agreed and said had to", "Mr Okoro agreed and said the figures had to be checked again.", nil},
		{"argued that later modal", "Mr Okoro argued that Mr Lindqvist was committed to the toll plan and said the tax had to go.", nil},
		{"insisted that must be NP", "Mr Okoro insisted that next year must be the year of the toll plan.", nil},

		// 2. hopes and predictions
		{"likely to back", "Labour is likely to back the pension reform bill.", nil},
		{"unlikely to back", "Labour is unlikely to back the pension reform bill.", nil},
		{"set to back", "The Freedom Party is set to back the border tax.", nil},
		{"due to approve", "The Senate is due to approve the pension reform bill on Monday.", nil},
		{"poised to reject", "The Senate is poised to reject the pension reform bill.", nil},
		{"hope to agree", "Ministers hope to agree a deal on the fishing quota plan.", nil},
		{"hoping to back", "The Greens are hoping to back the border tax.", nil},
		{"hoped the X would back", "Mr Okoro hoped the Senate would back the pension reform bill.", nil},
		{"said he hoped that X would back", "Mr Okoro said he hoped that the Senate would back the pension reform bill.", nil},
		{"expects X to reject", "Mr Okoro expects the Senate to reject the pension reform bill.", nil},
		{"unclear whether", "It is unclear whether Labour will support the pension reform bill.", nil},
		{"asked if", "Reporters asked Mr Okoro if the Greens would oppose the border tax.", nil},
		{"if we reject", "\u201cIf we reject this treaty, Estavia will be isolated,\u201d said Mr Okoro.", nil},
		{"if clause after main clause", "Labour will back the pension reform bill if it is amended.", []string{"Labour||backs|pension reform bill"}},
		{"if clause before main clause", "If the pension reform bill is amended, Labour will back the border tax.", []string{"Labour||backs|border tax"}},
		{"fears X will scrap", "Mr Okoro fears the Greens will scrap the road tax.", nil},
		{"hoped the Lords would back", "He hoped the Lords would back the bill.", nil},
		{"ministers hope to agree a deal", "Ministers hope to agree a deal on the fishing quota.", nil},
		{"confident the X will", "Ministers are confident the Senate will back the pension reform bill.", nil},
		{"likely that", "It is likely that the Senate will back the pension reform bill.", nil},
		{"denied that X opposed", "Mr Okoro denied that Labour opposed the toll plan.", nil},
		{"reports suggest", "Reports suggest Labour will back the toll plan.", nil},
		{"analysts believe", "Analysts believe the Senate will reject the pension reform bill.", nil},
		{"warned that X would scrap", "Mr Okoro warned that the Greens would scrap the border tax.", nil},
		{"X would scrap, Y warned", "The Greens would scrap the border tax, Mr Okoro warned.", nil},
		{"claimed X would back", "Mr Okoro claimed the Senate would back the pension reform bill.", nil},
		{"said own country would back", "Ivo Maric, the Velsian president, said Velsia would back the toll plan.", []string{"Velsia|Ivo Maric|backs|toll plan"}},
		{"we believe we must", "\u201cI believe we must reject the pension reform bill,\u201d Mr Okoro said.", []string{"Okoro||rejects|pension reform bill"}},
		{"once X approves", "Once the Senate approves the pension reform bill, it will become law.", nil},
		{"until X approves", "The law will not change until the Senate approves the pension reform bill.", nil},
		{"when X approves", "When the Senate approves the pension reform bill, it will become law.", nil},
		{"when X approved is a fact", "When the Senate approved the pension reform bill, Labour rejected the border tax.", []string{"Senate||approves|pension reform bill", "Labour||rejects|border tax"}},
		{"said must be NP", "Mr Okoro said next year must be the year of the toll plan.", nil},
		{"said must be done", "Mr Okoro said the toll plan must be scrapped.", []string{"Okoro||demands|toll plan must be scrapped"}},
		{"said must clause with verb before must", "Mr Okoro says the old rules run out soon so must be replaced.", nil},

		// 3. copula evaluations
		{"could be ADJ", "Mr Okoro said the toll plan could be damaging.", nil},
		{"might well be ADJ", "Mr Okoro said the toll plan might well be dangerous.", nil},
		{"would be ADJ hedged", "Mr Okoro said the toll plan would be dangerous.", []string{"Okoro||rejects|toll plan"}},
		{"potentially ADJ", "Mr Okoro said the toll plan was potentially dangerous.", nil},
		{"copula first in the sentence", "Is unacceptable, Mr Okoro said.", nil},
		{"participle aside is no copula subject", "Critics say the Greens, hoping to back the toll plan, are naive.", nil},
		{"set to call for", "Mr Okoro is set to call for a ban on diesel cars.", nil},
		{"likely to describe as", "Mr Okoro is likely to describe the toll plan as \"unacceptable\".", nil},
		{"relative clause copula", "Mr Okoro said a toll plan which is unacceptable to some had been dropped.", nil},
		{"that relative copula", "Mr Okoro said the toll plan that was unacceptable had been dropped.", nil},
		{"person subject", "Mr Okoro said the minister was wrong about the toll plan.", nil},
		{"people subject", "Mr Okoro said: \"Young people who vote are vital to our democracy.\"", nil},
		{"wrong to suggest", "Mr Okoro said it was wrong to suggest that the toll plan would close schools.", nil},
		{"wrong to assume", "\u201cIt is simply wrong to assume the toll plan will pass,\u201d Mr Okoro said.", nil},
		{"damaging to NP for", "Mr Okoro said it would be damaging to the courts for a judge to lead the inquiry.", nil},
		{"wrong to close still", "Mr Okoro said it was wrong to close the rural schools.", []string{"Okoro||rejects|close the rural schools"}},

		// 4. other clause-level rules
		{"may have to accept", "If it wins, Norway may have to accept the fishing quota plan.", nil},
		{"would have to be approved by", "Any toll plan would have to be approved by the Senate.", nil},
		{"must accept", "Norway must accept the fishing quota plan, Mr Okoro said.", nil},
		{"should reject", "Mr Okoro said the Senate should reject the pension reform bill.", nil},
		{"we must reject", "\u201cWe must reject the pension reform bill,\u201d said Mr Okoro.", []string{"Okoro||rejects|pension reform bill"}},
		{"he had to oppose", "Mr Okoro said he had to oppose the border tax.", []string{"Okoro||opposes|border tax"}},
		{"urged X to back: X is no holder", "The Greens urged ministers to back the border tax.", []string{"Green Party||backs|border tax"}},
		{"called on Mr X to reject: X is no holder", "The Greens called on Mr Lindqvist to reject the border tax.", []string{"Green Party||rejects|border tax"}},
		{"purpose infinitive object", "The unions visited Mr Lindqvist to lobby for a new hospital.", nil},
		{"urged X, apposition, to VP", "Mr Okoro urged Greenpeace, the campaign group, to close its office in the port.", []string{"Okoro||calls-for|close its office"}},
		{"able to reject", "Norway would still be able to reject the fishing quota plan.", nil},
		{"wanted no part", "The Freedom Party wanted no part of the border tax.", nil},
		{"bare quantifier object", "\"The Greens would abolish many, merge others and reform the rest.\"", nil},
		{"leading conjunction in a copula subject", "Mr Okoro said taxes had risen, and the toll plan was unfair.", []string{"Okoro||rejects|toll plan"}},
		{"infinitive cut at a determiner", "Mr Okoro said it was crucial to tackle the \"roots of crime, of poverty, of despair and of the hopelessness that breeds it in our towns\".", nil},
		{"plural subject with a bare verb", "France and Sweden want the fishing quota plan to be scrapped.", []string{"France||supports|fishing quota plan to be scrapped", "Sweden||supports|fishing quota plan to be scrapped"}},
		{"plural subject with a noun-like verb", "The France and Sweden support package was cut.", nil},
		{"want X to be as ADJ as", "\"We want Mr Lindqvist to be as open as possible,\" Mr Okoro said.", nil},
		{"question inversion", "The ballot asks: \"Should Norway approve the fishing treaty?\"", nil},
		{"question inversion with auxiliary", "\"Will the Greens back the border tax?\" Mr Okoro asked.", nil},
		{"let X reject", "Mr Okoro would never let the Senate reject the pension reform bill.", nil},
		{"reflexive object", "Norway defended itself against the charge.", nil},
		{"it is essential that", "Mr Okoro said: \"I believe it is essential that Norway keeps the fishing quota.\"", []string{"Okoro||calls-for|Norway keeps the fishing quota"}},
		{"it is wrong that judges a fact", "Mr Okoro said it was wrong that the toll plan had been delayed.", nil},
		{"there should be NP", "Mr Okoro said there should be a public inquiry into the fire.", []string{"Okoro||demands|public inquiry into the fire"}},
		{"there should be no NP", "Mr Okoro said there should be no inquiry into the fire.", nil},
		{"said should is advice", "Mr Okoro said the prince should make a personal apology.", nil},
		{"must have known", "Mr Okoro said the minister must have known about the toll plan.", nil},
		{"insisted that must have", "Mr Okoro insisted that the council must have approved the toll plan.", nil},
		{"coordinated verb phrase", "Labour has unveiled its own scheme for migrants, but has rejected the border tax.", []string{"Labour||rejects|border tax"}},
		{"coordinated verb phrase after speech", "Mr Okoro said the Greens had met and rejected the border tax.", nil},
		{"coordinated verb phrase is not read over a relative clause", "Labour, which has long doubted the plan, met and rejected the border tax.", nil},
		{"subject inside a prepositional phrase", "\"Small levies on only the very richest Americans would fund a new hospital in the north,\" said Mr Okoro.", nil},
		{"plural possessive object", "Mr Okoro rejected the Greens' call for a ban on diesel cars.", []string{"Okoro||rejects|ban on diesel cars"}},
		{"branded it ADJ", "Mr Okoro branded it \"tasteless\" and offensive.", nil},
		{"want NP and NP to VP", "Mr Okoro wants all schools and most colleges to have new libraries.", nil},
		{"want NP to be done still", "The Greens want the road tax to be scrapped.", []string{"Green Party||supports|road tax to be scrapped"}},
	}
	// whole lines that must not appear
	bad := map[string][]string{
		"plural possessive object":                 {"Okoro||rejects|Green Party"},
		"called on Mr X to reject: X is no holder": {"Lindqvist||rejects|border tax"},
		"urged X to back: X is no holder":          {"ministers||backs|border tax"},
		"leading conjunction in a copula subject":  {"Okoro||rejects|and the toll plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.text)
			if len(tt.want) == 0 && len(got) > 0 {
				t.Fatalf("want nothing, got %q", got)
			}
			for _, b := range bad[tt.name] {
				for _, g := range got {
					if g == b {
						t.Errorf("unwanted %q", g)
					}
				}
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

// "is expected to" stays a hedged statement (design: predictions by the
// reporter are hedged, not dropped); "likely", "set", "due" drop.
func TestExpectedToIsHedged(t *testing.T) {
	for _, text := range []string{"Labour is expected to back the pension reform bill.", "The pension reform bill is expected to be approved by the Senate."} {
		_, x := run(t, text)
		if len(x.Statements) != 1 || !x.Statements[0].Hedged {
			t.Errorf("%q: want one hedged statement, got %+v", text, x.Statements)
		}
	}
}
