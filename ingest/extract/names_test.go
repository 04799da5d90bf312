package extract

import (
	"testing"
)

// TestNames covers actor and name discovery: middle initials, affiliations
// from appositions, surnames used with speech verbs, group holders and
// "it" referring to an organisation. want lists "holder|speaker|stance|
// target-substring" lines that must appear; not lists substrings no line
// may contain.
func TestNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"middle initial stays in the name", "Tomas K. Okoro said he opposed the harbour tax.", []string{"Tomas Okoro||opposes|harbour tax"}, []string{"Tomas K|"}},
		{"middle initial then surname", "David K. Okoro spoke on Monday. Mr. Okoro said he opposed the harbour tax.", []string{"David Okoro||opposes|harbour tax"}, nil},
		{"apposition role of organisation", "Tomas Okoro, director of the Harbour Workers Union, said he opposed the harbour tax.", []string{"Harbour Workers Union|Tomas Okoro|opposes|harbour tax"}, nil},
		{"apposition makes a person", "Tomas Okoro, chief executive of the Harbour Workers Union, rejected the harbour tax.", []string{"Harbour Workers Union|Tomas Okoro|rejects|harbour tax"}, nil},
		{"apposition general secretary of", "Anna Berg, general secretary of the Estavia Teachers Union, rejected the harbour tax.", []string{"Estavia Teachers Union|Anna Berg|rejects|harbour tax"}, nil},
		{"apposition from an organisation", "Anna Berg, from the Freedom Party, rejected the harbour tax.", []string{"Freedom Party|Anna Berg|rejects|harbour tax"}, nil},
		{"apposition from a described organisation", "Anna Berg, from campaign group Harbour Watch Committee, rejected the harbour tax.", []string{"Harbour Watch Committee|Anna Berg|rejects|harbour tax"}, nil},
		{"apposition for a party", "Anna Berg, for the Freedom Party, rejected the harbour tax.", []string{"Freedom Party|Anna Berg|rejects|harbour tax"}, nil},
		{"apposition who chairs", "Anna Berg, who chairs the Harbour Select Committee, rejected the harbour tax.", []string{"Harbour Select Committee|Anna Berg|rejects|harbour tax"}, nil},
		{"from a place is no affiliation", "Anna Berg, from France, rejected the harbour tax.", []string{"Anna Berg||rejects|harbour tax"}, []string{"France|"}},
		{"head of an inquiry is no membership", "Anna Berg, head of the Freedom Party inquiry, rejected the harbour tax.", []string{"Anna Berg||rejects|harbour tax"}, []string{"Freedom Party|"}},
		{"name suffix is left out", "David K. Okoro Jr. spoke on Monday. Okoro said he opposed the harbour tax.", []string{"David Okoro||opposes|harbour tax"}, []string{"Jr"}},
		{"spoken surname makes the full name a person", "The vote was called by Republican Tomas Okoro on Monday. Okoro said he opposed the harbour tax.", []string{"Tomas Okoro||opposes|harbour tax"}, nil},
		{"said surname makes the full name a person", "Party spokesman Brel Okoro left early. \"We oppose the harbour tax,\" said Okoro.", []string{"Brel Okoro||opposes|harbour tax"}, nil},
		{"spoken surname does not extend a longer name", "Judge Anna Maria Okoro spoke. Okoro said she opposed the harbour tax.", []string{"Anna Maria Okoro||opposes|harbour tax"}, []string{"|Maria Okoro|", "\nMaria Okoro|"}},
		{"top noun said is no surname", "The vote was called by the House Democrat on Monday. The top Democrat said he opposed the harbour tax.", nil, []string{"House Democrat|"}},
		{"sentence-initial word is no first name", "Yesterday Okoro left. Okoro said he opposed the harbour tax.", nil, []string{"Yesterday Okoro"}},
		{"acronym said is no surname", "The union joined Estavia HTU on Monday. HTU said it opposed the harbour tax.", nil, []string{"Estavia HTU||"}},
		{"sentence-initial compound group", "Human rights groups condemned the harbour tax.", []string{"human rights groups||condemns|harbour tax"}, nil},
		{"mid-sentence compound group", "On Monday, human rights groups condemned the harbour tax.", []string{"human rights groups||condemns|harbour tax"}, nil},
		{"bare analysts hold nothing", "Analysts condemned the harbour tax.", nil, []string{"analysts|"}},
		{"acronym and full name are one actor", "The Harbour Workers Union (HWU) said it opposed the harbour tax. The HWU also said it rejected the border levy.", []string{"Harbour Workers Union||opposes|harbour tax"}, []string{"HWU|"}},
		{"initial at the end is no middle initial", "The harbour tax was backed by Group A. Tomas Okoro said so.", nil, []string{"Group A"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectLines(t, tc.text, tc.want, tc.not)
		})
	}
}
