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
			got, _ := run(t, tc.text)
			all := strings.Join(got, "\n")
			if tc.want == "" && all != "" || tc.want != "" && !strings.Contains(all, tc.want) {
				t.Errorf("got\n%s\nwant %q", all, tc.want)
			}
		})
	}
}
