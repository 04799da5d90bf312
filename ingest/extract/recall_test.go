package extract

import (
	"testing"
)

// TestRecallPatterns covers the patterns of recall.go. want lists
// "holder|speaker|stance|target-substring" lines that must appear; not
// lists substrings no line may contain.
func TestRecallPatterns(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"accused titled person", "Dr Okoro accused Mr Lindqvist of hypocrisy.", []string{"Okoro||criticises|Lindqvist"}, nil},
		{"accused first name and surname", "Mr Lindqvist spoke first. Later Dr Okoro accused Anders Lindqvist of hypocrisy.", []string{"Okoro||criticises|Lindqvist"}, nil},
		{"other first name is another person", "Bill Okoro said the talks were over. Mr Lindqvist endorsed Hilda Okoro in the primary.", nil, []string{"|Bill Okoro"}},
		{"bare genitive is part of the object", "The French government refused to back Lord Dubs' crown bill.", []string{"France||refuses|Lord Dubs' crown bill"}, []string{"|Dubs\n"}},
		{"genitive call for", "Labour's call for a quota on migrants was rejected.", []string{"Labour||calls-for|quota on migrants"}, nil},
		{"bare genitive call for", "The Greens' call for a quota on migrants was rejected.", []string{"Green Party||calls-for|quota on migrants"}, nil},
		{"genitive call to VP", "The Greens' call to scrap the toll on the bridge won wide support.", []string{"Green Party||calls-for|scrap the toll on the bridge"}, nil},
		{"vague side holds nothing", "He rejected opponents' calls for a quota on migrants.", nil, []string{"opponents|"}},
		{"joined calls for", "Anna Berg, from the Harbour Workers Union, joined calls for a ban on night flights.", []string{"Harbour Workers Union|Anna Berg|calls-for|ban on night flights"}, nil},
		{"added its voice to calls for", "The Freedom Party added its voice to calls for a public inquiry into the fire.", []string{"Freedom Party||calls-for|public inquiry into the fire"}, nil},
		{"did not join calls", "The Freedom Party did not join calls for a public inquiry into the fire.", nil, []string{"calls-for"}},
		{"name before a stance verb is a person", "For the Greens, Anna Berg called the new toll \"hugely unambitious\".", []string{"Anna Berg||rejects|new toll"}, nil},
		{"name before an apposition and a stance verb", "Anna Berg, from the Harbour Workers Union, criticised the existing pension system.", []string{"Harbour Workers Union|Anna Berg|criticises|existing pension system"}, nil},
		{"capitalised adverb is no first name", "Earlier Anna Berg said no. Earlier Anna Berg criticised the pension reform.", nil, []string{"Earlier"}},
		{"currency and aside stay in the clause", "Mr Okoro called on rich nations to fund a \u00a35bn ($9bn) plan to fight malaria.", []string{"Okoro||calls-for|fund a \u00a35bn ($9bn) plan to fight malaria"}, nil},
		{"said there should be", "Anna Berg, from the Harbour Workers Union, said there should be a national strike.", []string{"Harbour Workers Union|Anna Berg|calls-for|national strike"}, nil},
		{"said Y should be scrapped", "Mr Okoro said the road tax should be scrapped.", []string{"Okoro||opposes|road tax"}, nil},
		{"said Y should be introduced", "Mr Okoro said a fuel levy should be introduced.", []string{"Okoro||supports|fuel levy"}, nil},
		{"said Y should be passive", "Mr Okoro said the harbour bill should be put on hold until the election.", []string{"Okoro||demands|harbour bill should be put on hold"}, nil},
		{"said Y should allow", "The Greens believe the council should allow night buses in the centre.", []string{"Green Party||demands|council should allow night buses"}, nil},
		{"should not is no call", "Mr Okoro said the road tax should not be scrapped.", nil, []string{"Okoro|"}},
		{"should have is hindsight", "Mr Okoro said the council should have acted sooner on the toll.", nil, []string{"Okoro|"}},
		{"should as advice is no policy", "Mr Okoro said the minister should know better than that.", nil, []string{"Okoro|"}},
		{"faces opposition from", "The toll plan now faces stiff opposition from the Greens.", []string{"Green Party||opposes|toll plan"}, nil},
		{"has broad support from", "The harbour bill has broad support from Unison and the Greens.", []string{"Unison||supports|harbour bill", "Green Party||supports|harbour bill"}, nil},
		{"despite opposition from", "Mr Okoro has defended plans to end the fishing ban, despite opposition from France and Spain.", []string{"France||opposes|plans to end the fishing ban", "Spain||opposes|plans to end the fishing ban"}, nil},
		{"does not face opposition", "The toll plan does not face opposition from the Greens.", nil, []string{"Green Party|"}},
		{"opposition from a non-proposal", "The minister faces opposition from the Greens.", nil, []string{"Green Party|"}},
		{"call to a non-policy verb", "Labour's call to explain the delay went unanswered.", nil, []string{"Labour||calls-for"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectLines(t, tc.text, tc.want, tc.not)
		})
	}
}
