package extract

import (
	"strings"
	"testing"
)

// TestPlaceListIsNoSubject: the last place of a coordinated list inside a
// prepositional phrase is not the subject of the verb after it.
func TestPlaceListIsNoSubject(t *testing.T) {
	tests := []struct{ text, not, want string }{
		{"The top bishop in France and Spain backed the abortion limit.", "Spain|", ""},
		{"In France and Spain, the Greens backed the abortion limit.", "Spain|", "Green Party||backs|abortion limit"},
		{"France and Spain backed the abortion limit.", "", "Spain||backs|abortion limit"},
	}
	for _, tc := range tests {
		got, _ := run(t, tc.text)
		all := strings.Join(got, "\n")
		if tc.not != "" && strings.Contains(all, tc.not) || tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%q: got\n%s\nwant %q, not %q", tc.text, all, tc.want, tc.not)
		}
	}
}

// TestSecondHandAndCutTargets: hearsay is hedged, bare "ministers" holds
// nothing, a target cut between a verb and its object is dropped.
func TestSecondHandAndCutTargets(t *testing.T) {
	tests := []struct {
		name, text, want string // "" means no statement
		hedged           bool
	}{
		{"believed to", "The Freedom Party is believed to favour the fishing quota plan.", "Freedom Party||supports|fishing quota plan", true},
		{"said to", "Germany is said to back the fishing quota plan.", "Germany||backs|fishing quota plan", true},
		{"plain", "Germany backs the fishing quota plan.", "Germany||backs|fishing quota plan", false},
		{"bare ministers", "Ministers backed the fishing quota plan.", "", false},
		{"cut inside a clause", "The Greens rejected the idea Mr Lindqvist posed a threat to the party.", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, x := run(t, tc.text)
			all := strings.Join(got, "\n")
			if tc.want == "" {
				if all != "" {
					t.Errorf("got\n%s\nwant nothing", all)
				}
				return
			}
			if !strings.Contains(all, tc.want) {
				t.Fatalf("got\n%s\nwant %q", all, tc.want)
			}
			for _, s := range x.Statements {
				if s.Hedged != tc.hedged {
					t.Errorf("hedged = %v, want %v", s.Hedged, tc.hedged)
				}
			}
		})
	}
}

// TestNotPositions: tips, conditional possibilities, schedules and past
// importance are no positions; their near neighbours are.
func TestNotPositions(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"tip to win", "Mr Okoro also backed the Freedom Party to win the election.", ""},
		{"backing to lead", "Mr Okoro backed the UN to lead the mission.", "Okoro||"},
		{"conditional possibility", "If the court agrees, Mr Okoro could reject the toll plan.", ""},
		{"conditional commitment kept", "Mr Okoro will accept the toll plan if the fee is cut.", "Okoro||accepts|toll plan"},
		{"plain schedule", "Mr Okoro will provide the music at the gala.", ""},
		{"pledge kept", "Mr Okoro vowed to provide free school meals.", "Okoro||proposes|provide free school meals"},
		{"past importance", "Mr Okoro admitted the victory against Estavia was vital.", ""},
		{"reported importance of a proposal", "Mr Okoro said the pension reform was essential.", "Okoro||"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
}

// TestForecastReports: what the writer predicts someone will say is no
// position; a speech trailed in the future tense without such an adverb
// is ("Mr X will tell the conference that ...").
func TestForecastReports(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"undoubtedly claim", "Mr Okoro will undoubtedly claim the toll plan is wrong.", ""},
		{"claims now", "Mr Okoro claimed the toll plan is wrong.", "Okoro||rejects|toll plan"},
		{"complement of a vague head", "\"In the past I voted for a restriction to 22 weeks,\" Mr Okoro said.", "Okoro||supports|restriction to 22 weeks"},
		{"vague head alone", "\"In the past I voted for a restriction,\" Mr Okoro said.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectOne(t, tc.text, tc.want)
		})
	}
}

// TestNotYetAndPower: "yet to" is not (yet); "can veto" is a power.
func TestNotYetAndPower(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Freedom Party has yet to back the toll plan.", ""},
		{"The Freedom Party is yet to unveil its plans for childcare.", ""},
		{"Germany can veto the fishing quota plan.", ""},
		{"Germany will veto the fishing quota plan.", "Germany||vetoes|fishing quota plan"},
		{"\"We can accept the fishing quota plan,\" Mr Okoro said.", "Okoro||accepts|fishing quota plan"},
	} {
		expectOne(t, tc.text, tc.want)
	}
}

// TestGovernedListAndPointers: the last of coordinated names under
// "whether" is governed too; a target pointing at "such" things is no
// target.
func TestGovernedListAndPointers(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"It is not known whether Mr Okoro and Mr Lindqvist would support the toll plan.", ""},
		{"France and Germany rejected the toll plan.", "Germany||rejects|toll plan"},
		{"It is not known whether France and Germany rejected the toll plan.", ""},
		{"Mr Okoro opposed the Freedom Party working with such groups.", ""},
		{"Mr Okoro opposed green taxes such as the fuel levy.", "Okoro||opposes|green taxes"},
	} {
		expectOne(t, tc.text, tc.want)
	}
}
