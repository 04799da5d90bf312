package extract

import (
	"strings"
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
		{"sheriff is a title", "Harbour County Sheriff Tom Okoro endorsed three-term Governor Anna Lindqvist for the nomination.", []string{"Tom Okoro||endorses|Anna Lindqvist"}, nil},
		{"other first name is no head person", "Bill Okoro said the talks were over. Mr Lindqvist endorsed former governor Hilda Okoro in the primary.", nil, []string{"|Bill Okoro"}},
		{"was back is no verb", "Tom Okoro said so. Okoro was back lobbying on the harbour tax.", nil, []string{"backs"}},
		{"drop out of is no action", "Tom Okoro said he would drop out of the race for the party leadership.", nil, []string{"opposes"}},
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
