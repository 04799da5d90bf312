package extract_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"stancegraph/ingest"
	"stancegraph/ingest/extract"
	"stancegraph/schema"
)

// The evaluation sets live outside the repository (real articles may not be
// copied into it): $STANCEGRAPH_EVAL, or ../shared/eval beside the checkout.
// Each set is DIR/SET/articles/*.txt with DIR/SET/gold.jsonl; score.py there
// is the reference scorer, which scripts/eval.sh runs on the CLI's output.
// This test reads the articles the way the CLI does (ingest.Read), scores
// with the scorer's matching rules, logs the figures and checks the floors.

func evalDir(t *testing.T) string {
	dir := os.Getenv("STANCEGRAPH_EVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval")
	}
	if _, err := os.Stat(filepath.Join(dir, "dev", "gold.jsonl")); err != nil {
		t.Skip("no evaluation data at " + dir + " (set STANCEGRAPH_EVAL)")
	}
	return dir
}

type goldItem struct {
	Article  string   `json:"article"`
	Holder   []string `json:"holder"`
	Stance   string   `json:"stance"`
	Target   []string `json:"target"`
	Optional bool     `json:"optional"`
}

type predItem struct {
	article, holder, speaker, target string
	polarity                         int
	st                               schema.Statement
}

func loadGold(t *testing.T, path string) []goldItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var g struct {
			goldItem
			RawHolder json.RawMessage `json:"holder"`
			RawTarget json.RawMessage `json:"target"`
		}
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		g.goldItem.Holder = stringList(g.RawHolder)
		g.goldItem.Target = stringList(g.RawTarget)
		out = append(out, g.goldItem)
	}
	return out
}

func stringList(raw json.RawMessage) []string {
	var l []string
	if json.Unmarshal(raw, &l) == nil {
		return l
	}
	var s string
	_ = json.Unmarshal(raw, &s)
	return []string{s}
}

// extractSet runs the pipeline over a set's articles as the CLI reads them.
func extractSet(t *testing.T, dir string) []predItem {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	p := extract.New()
	var out []predItem
	err := ingest.Read(context.Background(), files, ingest.ReadOptions{}, func(it ingest.Item) error {
		if it.Err != nil {
			t.Errorf("read: %v", it.Err)
			return nil
		}
		x, err := p.Extract(context.Background(), it.Article)
		if err != nil {
			t.Errorf("%s: %v", it.Origin, err)
			return nil
		}
		names := map[string]string{}
		for _, a := range x.Actors {
			names[a.ID] = a.Name
		}
		for _, pr := range x.Proposals {
			names[pr.ID] = pr.Name
		}
		runes := []rune(it.Article.Text)
		id := strings.TrimSuffix(filepath.Base(it.Origin), filepath.Ext(it.Origin))
		for _, s := range x.Statements {
			if s.Start < 0 || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Evidence {
				t.Errorf("%s: offsets %d-%d do not give the evidence %q", id, s.Start, s.End, s.Evidence)
			}
			out = append(out, predItem{article: id, holder: names[s.Holder], speaker: names[s.Speaker],
				target: names[s.Target], polarity: int(s.Polarity), st: s})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The scorer's matching rules (score.py).
var (
	scoreStop = map[string]bool{}
	reWord    = regexp.MustCompile(`[a-z0-9]+`)
	rePoss    = regexp.MustCompile(`['\x{2018}\x{2019}]s\b`)
)

func init() {
	for _, w := range strings.Fields(`a an the of to in on for by with from at as and or its it their
his her this that these those any such be been being is are was were will would into over under about
against between through without within among proposal proposals plan plans idea ideas proposed so-called`) {
		scoreStop[w] = true
	}
}

func scoreTokens(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("u.s.", "us", "u.n.", "un", "u.k.", "uk").Replace(s)
	s = rePoss.ReplaceAllString(s, "")
	return reWord.FindAllString(s, -1)
}

func sameName(a, b string) bool {
	ta, tb := scoreTokens(a), scoreTokens(b)
	if len(ta) > 0 && ta[0] == "the" {
		ta = ta[1:]
	}
	if len(tb) > 0 && tb[0] == "the" {
		tb = tb[1:]
	}
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if strings.Join(long[i:i+len(short)], " ") == strings.Join(short, " ") {
			return true
		}
	}
	return false
}

func contentSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range scoreTokens(s) {
		if !scoreStop[w] {
			out[w] = true
		}
	}
	return out
}

func sameTarget(p, g string) bool {
	a, b := contentSet(p), contentSet(g)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return shared >= 1 && shared*2 >= min(len(a), len(b))
}

func matches(p predItem, g goldItem) bool {
	pol := 1
	if g.Stance == "oppose" {
		pol = -1
	}
	if p.polarity != pol {
		return false
	}
	named := false
	for _, n := range []string{p.holder, p.speaker} {
		for _, h := range g.Holder {
			if n != "" && sameName(n, h) {
				named = true
			}
		}
	}
	if !named {
		return false
	}
	for _, tg := range g.Target {
		if sameTarget(p.target, tg) {
			return true
		}
	}
	return false
}

// score returns true positives, counted predictions, found and required
// gold items, and the required items missed.
func score(gold []goldItem, pred []predItem) (tp, np, found, req int, missed []goldItem) {
	arts := map[string]bool{}
	for _, g := range gold {
		arts[g.Article] = true
	}
	for _, p := range pred {
		if !arts[p.article] {
			continue
		}
		hit, allOpt := false, true
		for _, g := range gold {
			if g.Article == p.article && matches(p, g) {
				hit = true
				allOpt = allOpt && g.Optional
			}
		}
		if hit && allOpt {
			continue
		}
		np++
		if hit {
			tp++
		}
	}
	for _, g := range gold {
		if g.Optional {
			continue
		}
		req++
		ok := false
		for _, p := range pred {
			if p.article == g.Article && matches(p, g) {
				ok = true
				break
			}
		}
		if ok {
			found++
		} else {
			missed = append(missed, g)
		}
	}
	return
}

func TestEval(t *testing.T) {
	dir := evalDir(t)
	floors := map[string]struct{ p, r float64 }{
		"dev":     {0.9, 1},
		"bbc-dev": {0.9, 0.2},
	}
	for _, set := range []string{"dev", "bbc-dev", "basil-dev"} {
		goldPath := filepath.Join(dir, set, "gold.jsonl")
		if _, err := os.Stat(goldPath); err != nil {
			continue
		}
		t.Run(set, func(t *testing.T) {
			gold := loadGold(t, goldPath)
			pred := extractSet(t, filepath.Join(dir, set))
			if out := os.Getenv("STANCEGRAPH_EVAL_OUT"); out != "" {
				writePred(t, filepath.Join(out, set+".jsonl"), pred)
			}
			tp, np, found, req, missed := score(gold, pred)
			p, r := ratio(tp, np), ratio(found, req)
			t.Logf("%s: precision %.3f (%d/%d) recall %.3f (%d/%d)", set, p, tp, np, r, found, req)
			f, ok := floors[set]
			if !ok {
				return
			}
			if p < f.p {
				t.Errorf("precision %.3f below %.2f", p, f.p)
			}
			if r < f.r {
				t.Errorf("recall %.3f below %.2f", r, f.r)
				for _, g := range missed {
					t.Logf("missed: %s %s %s", g.Holder[0], g.Stance, g.Target[0])
				}
			}
		})
	}
}

// writePred writes predictions in the CLI's jsonl fields that score.py
// reads, for `score.py GOLD FILE --verbose` (STANCEGRAPH_EVAL_OUT=DIR).
func writePred(t *testing.T, path string, pred []predItem) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, p := range pred {
		_ = enc.Encode(map[string]any{"file": p.article + ".txt", "holder": p.holder, "speaker": p.speaker,
			"stance": string(p.st.Stance), "polarity": p.polarity, "target": p.target, "evidence": p.st.Evidence,
			"confidence": p.st.Confidence, "hedged": p.st.Hedged})
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestSeedArticle checks the fine stances of the seed article's required
// statements, read as the CLI reads it.
func TestSeedArticle(t *testing.T) {
	dir := evalDir(t)
	pred := extractSet(t, filepath.Join(dir, "dev"))
	if len(pred) == 0 {
		t.Fatal("no statements from the seed article")
	}
	want := []struct{ holder, stance, target string }{
		{"Hamas", "rejects", "international military force"},
		{"United States", "backs", "international military force"},
		{"United States", "proposes", "resolution"},
		{"mediators", "insists-on", "Security Council resolution"},
		{"Hamas", "demands", "Palestinian-led force"},
		{"Hamas", "agrees", "minister affiliated with the Palestinian Authority"},
	}
	for _, w := range want {
		ok := false
		for _, p := range pred {
			if p.holder == w.holder && string(p.st.Stance) == w.stance && strings.Contains(p.target, w.target) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("seed: missing %v", w)
		}
	}
}
