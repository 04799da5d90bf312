package extract

import (
	"strings"
	"testing"
)

// TestTargets checks how target phrases are cut, cleaned, keyed and named.
// Each case gives "holder|speaker|stance|target name" lines that must be
// produced exactly (want) and target-name substrings that must not appear
// (not); a case with neither wants no statement at all.
func TestTargets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		not        []string
	}{
		// boundaries
		{"second determiner ends the phrase", "Mr Okoro said the Greens backed the harbour bill the Assembly drafted.", []string{"Green Party||backs|harbour bill"}, []string{"Assembly drafted"}},
		{"trailing time phrase", "The Freedom Party rejected the toll plan last week.", []string{"Freedom Party||rejects|toll plan"}, []string{"last"}},
		{"weekday after the head", "The Greens welcomed the fishing deal on Tuesday.", []string{"Green Party||welcomes|fishing deal"}, []string{"Tuesday"}},
		{"weekday as a modifier stays", "The Greens opposed the Sunday trading law.", []string{"Green Party||opposes|Sunday trading law"}, nil},
		{"year after a preposition", "The Greens backed the pension reform in 2005.", []string{"Green Party||backs|pension reform"}, []string{"2005"}},
		{"time phrase inside a complement", "Labour backed plans to cut unemployment within the next five years.", []string{"Labour||backs|plans to cut unemployment"}, []string{"five", "years"}},
		{"circumstance: in the Commons", "The Greens opposed the housing bill in the Commons.", []string{"Green Party||opposes|housing bill"}, []string{"Commons"}},
		{"circumstance: at the conference", "Mr Okoro said the Greens welcomed the pay offer at the conference.", []string{"Green Party||welcomes|pay offer"}, []string{"conference"}},
		{"circumstance: on a radio programme", "The Greens criticised the fuel levy on Radio Nord's Morning programme.", []string{"Green Party||criticises|fuel levy"}, []string{"programme"}},
		{"place is content", "The Greens backed a ban on smoking in public places.", []string{"Green Party||backs|ban on smoking in public places"}, nil},
		{"a weekly amount stays whole", "Labour backed plans to give pupils two hours of sport a week.", []string{"Labour||backs|plans to give pupils two hours of sport"}, []string{"sport a"}},
		{"amount in a clause", "Mr Okoro urged the council to fund a £5bn ($8bn) plan to build homes.", []string{"Okoro||calls-for|fund a £5bn ($8bn) plan to build homes"}, nil},
		{"gerund keeps its object", "Sweden opposed ending the fishing ban.", []string{"Sweden||opposes|ending the fishing ban"}, nil},
		// clean-up
		{"quotation closes after the target", "Mr Okoro backed the plans for \"toll zones\" in the city.", []string{"Okoro||backs|plans for \"toll zones\""}, nil},
		{"cut through a quotation", "Mr Okoro criticised attacks on \"their good name and honour\" by rivals.", nil, []string{"attacks"}},
		{"leading conjunction trimmed", "Mr Okoro said the Greens welcomed the rise and the new rota.", nil, []string{"and the"}},
		// single words
		{"quantifier alone", "The Greens want more.", nil, nil},
		{"participle alone", "Mr Okoro called for increased.", nil, nil},
		{"unknown name alone", "The Greens backed Zarvello.", nil, nil},
		{"vague head alone", "Mr Okoro attacked the decision.", nil, nil},
		{"vague head with its content", "Mr Okoro attacked the decision to close the rural schools.", []string{"Okoro||criticises|decision to close the rural schools"}, nil},
		{"vague head with an agent", "Mr Okoro attacked the decision by the court that the dam was legal.", []string{"Okoro||criticises|decision by the court that the dam was legal"}, nil},
		{"record alone", "Mr Okoro defended his record.", nil, nil},
		{"vague head refers back", "Labour unveiled a ban on diesel cars. The Greens welcomed the decision.", []string{"Green Party||welcomes|ban on diesel cars"}, nil},
		// people are no proposals
		{"person with a title", "Labour praised the chancellor for his handling of the budget.", nil, []string{"chancellor"}},
		{"title before a name gives the actor", "Labour criticised Home Secretary Ivo Maric last year.", []string{"Labour||criticises|Ivo Maric"}, []string{"last"}},
		{"plural possessive bill", "The French government refused to back Lord Okoro's Water Supply Bill.", []string{"France||refuses|Lord Okoro's Water Supply Bill"}, nil},
		{"s-possessive bill", "The French government refused to back Mr Jones' Water Supply Bill.", []string{"France||refuses|Mr Jones' Water Supply Bill"}, nil},
		{"a titled name is an actor", "Mr Okoro backed Lord Fenwick for the job.", []string{"Okoro||backs|Fenwick"}, nil},
		{"manner is no target", "Mr Okoro criticised the way the council operates.", nil, nil},
		{"pronoun-led clause", "Mr Okoro insisted that he would not be rushed.", nil, nil},
		{"year-led clause", "Mr Okoro said 2005 must be the year of change.", nil, nil},
		{"everyone is no target", "The Greens supported everyone in the queue.", nil, nil},
		{"claim is no proposal", "Mr Okoro insisted that the council had made great progress on housing.", nil, nil},
		{"directive clause stays", "Mr Okoro insisted that the council should build more homes.", []string{"Okoro||insists-on|council should build more homes"}, nil},
		{"people with a relative clause", "Mr Okoro said young voters who are registered were welcome.", nil, nil},
		{"negated object", "The Greens backed no part of the deal.", nil, nil},
		{"pronoun after the head", "Mr Okoro said France rejected the proposals on fishing it had seen.", []string{"France|Okoro|rejects|proposals on fishing"}, []string{" it"}},
		{"number with thousands", "Labour backed plans to cut 100,000 civil service jobs.", []string{"Labour||backs|plans to cut 100,000 civil service jobs"}, nil},
		{"verb cut from its object", "Mr Okoro welcomed moves to tackle the.", nil, []string{"tackle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := run(t, tt.text)
			if len(tt.want) == 0 && len(tt.not) == 0 && len(got) > 0 {
				t.Fatalf("want nothing, got %q", got)
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.Contains(strings.SplitN(g, "|", 4)[3], n) {
						t.Errorf("target %q contains %q", g, n)
					}
				}
			}
		})
	}
}

// TestTargetKeys checks that a proposal's key leaves out its proposer and
// quantifiers, so that the same proposal gets one ID however it is named.
func TestTargetKeys(t *testing.T) {
	groups := [][]string{
		{"Labour's plan for ID cards was attacked by the Greens.", "The plan for ID cards was attacked by the Greens.", "The Labour plan for ID cards was attacked by the Greens."},
		{"The Greens rejected Tory plans to cut immigration.", "The Greens rejected plans to cut immigration."},
		{"The Greens rejected the UK policy on fishing quotas.", "The Greens rejected the policy on fishing quotas."},
		{"The Greens opposed more initiatives on fishing quotas.", "The Greens opposed initiatives on fishing quotas."},
	}
	for _, g := range groups {
		ids := map[string]bool{}
		for _, text := range g {
			_, x := run(t, text)
			for _, s := range x.Statements {
				if s.Holder == "green-party" {
					ids[s.Target] = true
				}
			}
		}
		if len(ids) != 1 {
			t.Errorf("%q: want one key, got %v", g, ids)
		}
	}
}

// TestTargetLinksInSeedStyle: the proposal phrases of one article that name
// one force link to one proposal.
func TestTargetLinksInSeedStyle(t *testing.T) {
	text := "Estavia rejected a Velsian-backed proposal to deploy an international military force in the Nord Valley. " +
		"Officials said the proposed international force would need a mandate. " +
		"Okoro, a spokesman for the Freedom Party, said the party also opposes an international security force."
	_, x := run(t, text)
	ids := map[string]bool{}
	for _, s := range x.Statements {
		if s.TargetKind == "proposal" {
			ids[s.Target] = true
		}
	}
	if len(ids) != 1 {
		t.Fatalf("want one proposal, got %v (%+v)", ids, x.Statements)
	}
}

func TestTargetName(t *testing.T) {
	for in, want := range map[string]string{
		"\u201cmaternity pay plan\u201d": "maternity pay plan",
		"plans for \"toll zones\"":       "plans for \"toll zones\"",
		"toll plan, ":                    "toll plan",
		"\"toll plan":                    "toll plan",
	} {
		if got := targetName(in); got != want {
			t.Errorf("targetName(%q) = %q, want %q", in, got, want)
		}
	}
}
