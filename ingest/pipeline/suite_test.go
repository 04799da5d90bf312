package pipeline

import (
	"strings"
	"testing"

	"stancegraph/schema"
)

func TestReadSuiteParsesRows(t *testing.T) {
	in := suiteHeader + "\n" +
		"# a note on conventions\n" +
		"active\tThe Quarry Guild opposes the gravel tax.\tQuarry Guild\topposes\tgravel tax\n" +
		"\n" +
		"judgement\tThe mayor of Fenwick called the toll unfair.\tmayor of Fenwick\toppose\ttoll\n" +
		"claim\tThe Quarry Guild said prices will rise.\t-\tnone\t-\n"
	got, err := ReadSuite(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []SuiteCase{
		{Line: 3, Construction: "active", Text: "The Quarry Guild opposes the gravel tax.", Holder: "Quarry Guild", Stance: schema.Opposes, Polarity: schema.Oppose, Target: "gravel tax"},
		{Line: 5, Construction: "judgement", Text: "The mayor of Fenwick called the toll unfair.", Holder: "mayor of Fenwick", Polarity: schema.Oppose, Target: "toll"},
		{Line: 6, Construction: "claim", Text: "The Quarry Guild said prices will rise."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d cases, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("case %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	if got[0].None() || got[1].None() || !got[2].None() {
		t.Errorf("None() = %v %v %v, want false false true", got[0].None(), got[1].None(), got[2].None())
	}
}

func TestReadSuiteRejectsBadInput(t *testing.T) {
	const row = "active\tThe Quarry Guild opposes the gravel tax.\tQuarry Guild\topposes\tgravel tax\n"
	tests := []struct {
		name, in, wantErr string
	}{
		{"empty", "", "empty input"},
		{"wrong header", "construction\ttext\tholder\tstance\n" + row, "line 1: header"},
		{"four fields", suiteHeader + "\nactive\tA text.\tX\topposes\n", "line 2: 4 tab-separated fields"},
		{"six fields", suiteHeader + "\n" + strings.TrimSuffix(row, "\n") + "\textra\n", "line 2: 6 tab-separated fields"},
		{"unknown stance", suiteHeader + "\nactive\tA text.\tX\tloathes\tY\n", `line 2: unknown stance "loathes"`},
		{"alias is not canonical", suiteHeader + "\nactive\tA text.\tX\tback\tY\n", `unknown stance "back"`},
		{"none with holder", suiteHeader + "\nclaim\tA text.\tX\tnone\t-\n", "stance none needs holder and target"},
		{"statement without target", suiteHeader + "\nactive\tA text.\tX\tbacks\t-\n", "needs a holder and a target"},
		{"empty holder", suiteHeader + "\nactive\tA text.\t\tbacks\tY\n", "line 2: empty holder"},
		{"padded field", suiteHeader + "\nactive\tA text.\tX \tbacks\tY\n", "leading or trailing spaces"},
		{"bad construction name", suiteHeader + "\nActive Voice\tA text.\tX\tbacks\tY\n", "construction \"Active Voice\""},
		{"repeated row", suiteHeader + "\n" + row + row, "line 3: repeats line 2"},
		{"none after statement", suiteHeader + "\n" + row + "active\tThe Quarry Guild opposes the gravel tax.\t-\tnone\t-\n", "line 3: text expects nothing but line 2"},
		{"statement after none", suiteHeader + "\nclaim\tA text.\t-\tnone\t-\nactive\tA text.\tX\tbacks\tY\n", "line 3: text expects a statement but line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadSuite(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("ReadSuite accepted %q", tt.in)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantErr)
			}
		})
	}
}
