package pipeline

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// The suite's shape, as issue 14 asks for it: enough distinct texts, every
// construction with enough rows to report its recall, and a real share of
// texts that must give nothing.
const (
	minSuiteTexts        = 300
	minConstructionRows  = 8
	minNoneShareOfRows   = 0.25
	constructionsTSVPath = "testdata/constructions.tsv"
)

// requiredConstructions are the constructions issue 14 names; each must be
// in the suite so that recall can be reported for it.
var requiredConstructions = []string{
	"active", "passive", "participle", "infinitive", "relative", "coordination",
	"aspect", "stance-noun", "predicative", "light-verb", "procedural",
	"judgement", "reported-speech", "anaphora", "unknown-holder", "negation",
	"modality", "claim", "forecast", "hope", "question", "conditional",
	"negated-call", "event", "result-praise", "sport", "business",
}

func TestConstructionSuiteFormat(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(constructionsTSVPath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadSuite(f)
	if err != nil {
		t.Fatalf("%s: %v", constructionsTSVPath, err)
	}

	texts := map[string]bool{}
	rows := map[string]int{}
	none := 0
	for _, c := range cases {
		texts[c.Text] = true
		rows[c.Construction]++
		if c.None() {
			none++
		}
	}
	if len(texts) < minSuiteTexts {
		t.Errorf("%d distinct texts, want at least %d", len(texts), minSuiteTexts)
	}
	if share := float64(none) / float64(len(cases)); share < minNoneShareOfRows {
		t.Errorf("%d of %d rows (%.2f) expect nothing, want at least %.2f", none, len(cases), share, minNoneShareOfRows)
	}
	names := make([]string, 0, len(rows))
	for name := range rows {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if rows[name] < minConstructionRows {
			t.Errorf("construction %q has %d rows, want at least %d", name, rows[name], minConstructionRows)
		}
	}
	for _, name := range requiredConstructions {
		if rows[name] == 0 {
			t.Errorf("construction %q is missing", name)
		}
	}
	t.Logf("%d rows, %d distinct texts, %d expecting nothing, %d constructions", len(cases), len(texts), none, len(rows))
}
