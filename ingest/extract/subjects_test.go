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
