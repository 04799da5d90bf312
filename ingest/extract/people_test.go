package extract

import (
	"testing"
)

// TestPeopleStances covers stances towards persons and groups (people.go).
// want lists "holder|speaker|stance|target-substring" lines that must
// appear; not lists substrings no line may contain.
func TestPeopleStances(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"title inside a capitalised run", "Estavia Governor Anna Lindqvist criticised the harbour tax.", []string{"Anna Lindqvist||criticises|harbour tax"}, nil},
		{"abbreviated title with a dot", "Missouri Rep. Tom Okoro spoke first. Later Mr. Okoro criticised the harbour tax.", []string{"Tom Okoro||criticises|harbour tax"}, nil},
		{"sheriff is a title", "Harbour County Sheriff Tom Okoro endorsed three-term Governor Anna Lindqvist for the nomination.", []string{"Tom Okoro||endorses|Anna Lindqvist"}, nil},
		{"other first name is no head person", "Bill Okoro said the talks were over. Mr Lindqvist endorsed former governor Hilda Okoro in the primary.", nil, []string{"|Bill Okoro"}},
		{"chided a person", "Mr Okoro publicly chided Governor Lindqvist on Friday for the delay.", []string{"Okoro||criticises|Lindqvist"}, nil},
		{"thanked a group", "Governor Lindqvist thanked the Freedom Party for its help.", []string{"Lindqvist||praises|Freedom Party"}, nil},
		{"lashed out at", "Mr Okoro lashed out at the Freedom Party over the harbour tax.", []string{"Okoro||criticises|Freedom Party"}, nil},
		{"hammered out is no blame", "Mr Okoro and the Freedom Party hammered out a deal on the harbour tax.", nil, []string{"criticises"}},
		{"thanks to is no praise", "Mr Okoro won the vote, thanks to the Freedom Party.", nil, []string{"praises"}},
		{"a mock trial is no blame", "The Freedom Party staged a mock trial of Governor Lindqvist.", nil, []string{"criticises"}},
		{"passive with a person subject", "Governor Lindqvist was criticised by the Freedom Party for the delay.", []string{"Freedom Party||criticises|Lindqvist"}, nil},
		{"negated passive with a person subject", "Governor Lindqvist was not criticised by the Freedom Party.", nil, []string{"criticises"}},
		{"called a person a liar", "Governor Anna Lindqvist spoke. Mr Okoro called Governor Lindqvist a liar on Monday.", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"called a person an adjective", "Governor Anna Lindqvist spoke. Mr Okoro called Lindqvist \"unhinged\".", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"described a person as", "Governor Anna Lindqvist spoke. Mr Okoro described Governor Lindqvist as dishonest.", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"did not call a person a liar", "Governor Anna Lindqvist spoke. Mr Okoro did not call Governor Lindqvist a liar.", nil, []string{"criticises"}},
		{"quoted person is a disgrace", "Governor Anna Lindqvist spoke. \"Governor Lindqvist is a disgrace,\" Mr Okoro said.", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"reported person is a hero", "Governor Anna Lindqvist spoke. Mr Okoro said that Lindqvist was a hero.", []string{"Okoro||praises|Anna Lindqvist"}, nil},
		{"person's comments were offensive", "Governor Anna Lindqvist spoke. \"As I said, Anna Lindqvist's comments were offensive and wrong,\" said Mr Okoro.", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"person is not a liar", "Governor Anna Lindqvist spoke. \"Governor Lindqvist is not a liar,\" Mr Okoro said.", nil, []string{"criticises"}},
		{"questioned evaluation", "Governor Anna Lindqvist spoke. \"Is Governor Lindqvist a liar?\" Mr Okoro asked.", nil, []string{"criticises"}},
		{"capable of is no praise", "Governor Anna Lindqvist spoke. Mr Okoro said Estavia was capable of becoming a stable state.", nil, []string{"praises"}},
		{"statement saying", "Governor Anna Lindqvist spoke. Mr Okoro released a statement on Tuesday saying: \"Anna Lindqvist's comments were offensive.\"", []string{"Okoro||criticises|Anna Lindqvist"}, nil},
		{"comma saying", "Mr Okoro criticised the measures, saying: \"I am opposed to the harbour tax.\"", []string{"Okoro||opposes|harbour tax"}, nil},
		{"saying after a genitive is no speaker", "Mr Okoro's aide left the room, saying: \"I am opposed to the harbour tax.\"", nil, []string{"Okoro||opposes"}},
		{"person's campaign is an organisation", "Governor Anna Lindqvist spoke. Lindqvist campaign spokeswoman Mary Berg said: \"We oppose the harbour tax.\"", []string{"Lindqvist campaign|Mary Berg|opposes|harbour tax"}, nil},
		{"campaign trail is no organisation", "Governor Anna Lindqvist spoke. On the Lindqvist campaign trail, Mary Berg criticised the harbour tax.", nil, []string{"Lindqvist campaign"}},
		{"was back is no verb", "Tom Okoro said so. Okoro was back lobbying on the harbour tax.", nil, []string{"backs"}},
		{"drop out of is no action", "Tom Okoro said he would drop out of the race for the party leadership.", nil, []string{"opposes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectLines(t, tc.text, tc.want, tc.not)
		})
	}
}
