package extract

import (
	"strings"
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
		{"initial at the end is no middle initial", "The harbour tax was backed by Group A. Tomas Okoro said so.", nil, []string{"Group A"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := run(t, tc.text)
			all := strings.Join(got, "\n") + "\n"
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing %q in\n%s", w, all)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(all, n) {
					t.Errorf("unexpected %q in\n%s", n, all)
				}
			}
		})
	}
}
