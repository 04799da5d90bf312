package extract

import (
	"strings"
	"testing"
)

// TestVagueTargets: a vague head alone ("the claim", "new guidelines")
// names nothing an analyst can use; with a content modifier or a
// complement it does.
func TestVagueTargets(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" means no statement
	}{
		{"claim alone", "The Freedom Party dismissed the claim.", ""},
		{"new guidelines", "The Greens welcomed new guidelines.", ""},
		{"his latest report", "Labour criticised his latest report.", ""},
		{"measures alone", "The Freedom Party rejected the measures.", ""},
		{"content modifier", "Labour attacked the anti-terror measures.", "Labour||criticises|anti-terror measures"},
		{"complement", "The Greens rejected the restrictions on fishing.", "Green Party||rejects|restrictions on fishing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
}

// TestVagueHeadTakesItsClause: a vague head followed by the that-clause
// saying what it is becomes a target with that clause.
func TestVagueHeadTakesItsClause(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Mr Okoro dismissed claims that the toll plan would cost jobs.", "Okoro||dismisses|claims that the toll plan would cost jobs"},
		{"Mr Okoro dismissed the claims.", ""},
	} {
		expectOne(t, tc.text, tc.want)
	}
}

// TestMoveAfterAnEnding: "the move" after "is to end X" is the ending,
// so condemning the move is no condemnation of X.
func TestMoveAfterAnEnding(t *testing.T) {
	got, _ := run(t, "The WTO is to end the textile quota deal. Oxfam condemned the move.")
	all := strings.Join(got, "\n")
	if strings.Contains(all, "Oxfam||condemns|textile quota deal") {
		t.Errorf("the move was read as the deal it ends:\n%s", all)
	}
	got, _ = run(t, "Labour unveiled a ban on diesel cars. The Greens welcomed the move.")
	if all := strings.Join(got, "\n"); !strings.Contains(all, "Green Party||welcomes|ban on diesel cars") {
		t.Errorf("the move no longer refers back to a proposal:\n%s", all)
	}
}

// TestHeadComplements: a head keeps the complement that says what it is.
func TestHeadComplements(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Greens called for a commitment to policies that help working people.", "Green Party||calls-for|commitment to policies"},
		{"Mr Okoro criticised the Estavian government's \"failure\" to control the floods.", "Okoro||criticises|Estavian government's \"failure\" to control the floods"},
		{"The Senate rejected a plea that the judge need not be a lawyer.", "rejects|plea that the judge need not be a lawyer"},
		{"Mr Okoro called the episode a \"disaster\".", ""},
		{"The Greens called for a commitment.", ""},
	} {
		expectOne(t, tc.text, tc.want)
	}
}

// TestEvaluatedSubjectLinks: "the ceasefire plan was unfair" is the plan
// named before in the article, not a proposal of its own.
func TestEvaluatedSubjectLinks(t *testing.T) {
	_, x := run(t, "Norway rejected the ceasefire plan for the Nord Valley. Mr Okoro, the Danish envoy, said the ceasefire plan was unfair.")
	targets := map[string]bool{}
	for _, s := range x.Statements {
		targets[s.Target] = true
	}
	if len(x.Statements) < 2 || len(targets) != 1 {
		t.Errorf("want two statements on one proposal, got %+v", x.Statements)
	}
}

// TestNumbersAndImportance: a percentage stays in its target; "it is
// important to VP" calls for VP.
func TestNumbersAndImportance(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Spain and Italy want the EU budget to be capped at 1% of national income.", "Spain||supports|EU budget to be capped at 1% of national income"},
		{"The Greens backed a cut of 1.5% in the fuel levy.", "Green Party||backs|cut of 1.5% in the fuel levy"},
		{"\"It is important to alert users to the new scam,\" Mr Okoro added.", "Okoro||calls-for|alert users to the new scam"},
	} {
		got, _ := run(t, tc.text)
		if all := strings.Join(got, "\n"); !strings.Contains(all, tc.want) {
			t.Errorf("%q: got\n%s\nwant %q", tc.text, all, tc.want)
		}
	}
}

// TestTargetStopsAtNewClause: "and I would ..." starts a clause of its own.
func TestTargetStopsAtNewClause(t *testing.T) {
	got, _ := run(t, "\"In the past I voted for a restriction to 22 weeks and I would be prepared to go down to 20,\" Mr Okoro said.")
	all := strings.Join(got, "\n")
	if !strings.Contains(all, "Okoro||supports|restriction to 22 weeks") || strings.Contains(all, "prepared") {
		t.Errorf("got\n%s\nwant the target to end before 'and I'", all)
	}
}

// TestAsidesAndCompoundPlurals: a participle aside is no copula subject;
// a plural noun before a participle is part of the phrase.
func TestAsidesAndCompoundPlurals(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"The Greens said the harbour plan, published in December 2003, was \"fundamentally flawed\".", "", "published"},
		// the posters are no proposal: nothing, but never "campaign" alone
		{"Mr Okoro distanced himself from recent Labour campaign posters featuring Mr Lindqvist.", "", "campaign\n"},
	} {
		got, _ := run(t, tc.text)
		all := strings.Join(got, "\n") + "\n"
		if tc.not != "" && strings.Contains(all, tc.not) || tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%q: got\n%s\nwant %q, not %q", tc.text, all, tc.want, tc.not)
		}
	}
}
