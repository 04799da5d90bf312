package extract

import (
	"testing"
)

// TestRecall2Patterns covers idioms.go and the predicative adjectives:
// want lists "holder|speaker|stance|target-substring" lines that must
// appear; not lists substrings no line may contain.
func TestRecall2Patterns(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"critical of", "The Freedom Party is critical of the toll plan.", []string{"Freedom Party||criticises|toll plan"}, nil},
		{"critical of a person", "Mr Okoro has been highly critical of Mr Lindqvist.", []string{"Okoro||criticises|Lindqvist"}, nil},
		{"not critical of", "The Freedom Party is not critical of the toll plan.", nil, []string{"Freedom Party|"}},
		{"sceptical about a plan", "Mr Okoro was sceptical about the toll plan.", []string{"Okoro||opposes|toll plan"}, nil},
		{"sceptical about a claim", "Mr Okoro is sceptical about how much difference voting by farmers could make.", nil, []string{"Okoro|"}},
		{"sceptical about figures", "Mr Okoro is sceptical about the figures.", nil, []string{"Okoro|"}},
		{"supportive of", "Unison is supportive of the harbour bill.", []string{"Unison||supports|harbour bill"}, nil},
		{"hit out at past", "Mr Okoro hit out at Mr Lindqvist.", []string{"Okoro||criticises|Lindqvist"}, nil},
		{"hit as a noun", "The toll plan was a big hit at the polls.", nil, []string{"criticises"}},
		{"threw its weight behind", "The Freedom Party threw its weight behind the toll plan.", []string{"Freedom Party||backs|toll plan"}, nil},
		{"thrown full weight behind person", "The Freedom Party has thrown its full weight behind Mr Okoro.", []string{"Freedom Party||backs|Okoro"}, nil},
		{"gave its backing to", "Unison gave its backing to the toll plan.", []string{"Unison||backs|toll plan"}, nil},
		{"refused to give backing", "Unison refused to give its backing to the toll plan.", []string{"Unison||refuses|toll plan"}, []string{"backs"}},
		{"did not give backing", "Unison did not give its backing to the toll plan.", nil, []string{"Unison|"}},
		{"came out against", "The Freedom Party came out against the toll plan.", []string{"Freedom Party||opposes|toll plan"}, nil},
		{"came out in favour of", "Mr Okoro came out in favour of the toll plan.", []string{"Okoro||supports|toll plan"}, nil},
		{"poured scorn on", "Mr Okoro poured scorn on the toll plan.", []string{"Okoro||dismisses|toll plan"}, nil},
		{"distanced himself from a plan", "Mr Okoro distanced himself from the toll plan.", []string{"Okoro||rejects|toll plan"}, nil},
		{"distanced himself from remarks", "Mr Okoro distanced himself from the remarks.", nil, []string{"Okoro|"}},
		{"scare-quoted evaluation", "Mr Okoro said lifting the fishing ban would be \"irresponsible\".", []string{"Okoro||rejects|lifting the fishing ban"}, nil},
		{"scare-quoted judgement of no proposal", "Mr Okoro said the suspension was \"unjust and wrong\".", nil, []string{"rejects"}},
		{"scare-quoted adverb and adjective", "Mr Okoro said the toll plan was \"profoundly wrong\".", []string{"Okoro||rejects|toll plan"}, nil},
		{"scare-quoted evaluative noun", "Mr Okoro said the toll plan was a \"further abuse of power\".", []string{"Okoro||rejects|toll plan"}, nil},
		{"scare-quoted adjective before a noun", "Mr Okoro said the outcome of the toll talks was a \"sensible compromise\".", nil, []string{"Okoro|"}},
		{"scare-quoted speculation", "Mr Okoro said the toll plan could be \"dangerous\".", nil, []string{"Okoro|"}},
		{"scare-quoted negation", "Mr Okoro said the toll plan was not \"wrong\".", nil, []string{"Okoro|"}},
		{"put forward plans", "The Freedom Party has put forward plans to scrap the road tax.", []string{"Freedom Party||proposes|plans to scrap the road tax"}, nil},
		{"put forward a candidate", "The Freedom Party put forward a candidate in the by-election.", nil, []string{"Freedom Party|"}},
		{"put forward views", "Mr Okoro put forward his views on the weather.", nil, []string{"Okoro|"}},
		{"opponents of a plan including", "Opponents of the toll plan, including Unison and the Freedom Party, said it would hurt drivers.", []string{"Unison||opposes|toll plan", "Freedom Party||opposes|toll plan"}, nil},
		{"critics of a plan such as", "Critics of the toll plan, such as Mr Okoro, say it is unfair.", []string{"Okoro||opposes|toll plan"}, nil},
		{"party before a titled name", "Opponents of the harbour bill, including Labour Lord Okoro of Vell and the Greens, spoke.", []string{"|Okoro|opposes|harbour bill", "Green Party||opposes|harbour bill"}, nil},
		{"critics of a person", "Critics of Mr Okoro, including Unison, say he is weak.", nil, []string{"Unison|"}},
		{"critics without names", "Critics of the toll plan, including many drivers, say it is unfair.", nil, []string{"opposes"}},
		{"voiced concerns over a plan", "Unison voiced concerns over the toll plan.", []string{"Unison||opposes|toll plan"}, nil},
		{"expressed serious doubts about", "Unison has expressed serious doubts about the toll plan.", []string{"Unison||opposes|toll plan"}, nil},
		{"concern over a non-proposal", "Mr Okoro raised concerns about the safety of the reactor.", nil, []string{"Okoro|"}},
		{"likely to throw weight", "Unison is likely to throw its weight behind the toll plan.", nil, []string{"Unison|"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectLines(t, tc.text, tc.want, tc.not)
		})
	}
}
