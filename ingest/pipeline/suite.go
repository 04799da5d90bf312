package pipeline

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"stancegraph/schema"
)

// SuiteCase is one expected outcome of the construction suite
// (testdata/constructions.tsv): either one statement a text must give, or,
// when None reports true, the promise that the text gives no statement.
type SuiteCase struct {
	Line         int    // 1-based line in the suite file, for messages
	Construction string // the construction the text exercises, e.g. "passive"
	Text         string
	Holder       string // "" for a none case
	// Stance is the fine stance expected, or "" when the row fixes only the
	// polarity ("support" or "oppose") or the case is none.
	Stance   schema.Stance
	Polarity schema.Polarity // 0 for a none case
	Target   string          // "" for a none case
}

// None reports whether the case says its text must give no statement.
func (c SuiteCase) None() bool { return c.Polarity == 0 }

// suiteHeader is the first line every suite file starts with.
const suiteHeader = "construction\ttext\tholder\tstance\ttarget"

// A construction name is lower-case words joined by hyphens, so a typo shows
// up as a construction of its own rather than silently merging with another.
var constructionName = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// ReadSuite parses a construction suite: a header line, then one
// tab-separated row per expected statement
//
//	construction  text  holder  stance  target
//
// where stance is a canonical schema stance, "support" or "oppose" when only
// the polarity is fixed, or "none" with holder and target "-" for a text that
// must give nothing. Blank lines and lines starting with "#" (notes on the
// conventions) are skipped. A text that must give nothing
// cannot also expect a statement, and no row may be repeated. Errors name the
// line.
func ReadSuite(r io.Reader) ([]SuiteCase, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		cases  []SuiteCase
		line   int
		seen   = map[string]int{} // whole row -> line
		noneAt = map[string]int{} // text -> line of its none row
		someAt = map[string]int{} // text -> line of its first statement row
	)
	for sc.Scan() {
		line++
		raw := sc.Text()
		if line == 1 {
			if strings.TrimPrefix(raw, "\ufeff") != suiteHeader {
				return nil, fmt.Errorf("suite line 1: header is %q, want %q", raw, suiteHeader)
			}
			continue
		}
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		c, err := parseSuiteRow(raw)
		if err != nil {
			return nil, fmt.Errorf("suite line %d: %w", line, err)
		}
		c.Line = line
		key := strings.Join([]string{c.Text, c.Holder, string(c.Stance), c.Polarity.String(), c.Target}, "\t")
		if prev, ok := seen[key]; ok {
			return nil, fmt.Errorf("suite line %d: repeats line %d", line, prev)
		}
		seen[key] = line
		if c.None() {
			if prev, ok := someAt[c.Text]; ok {
				return nil, fmt.Errorf("suite line %d: text expects nothing but line %d expects a statement from it", line, prev)
			}
			noneAt[c.Text] = line
		} else {
			if prev, ok := noneAt[c.Text]; ok {
				return nil, fmt.Errorf("suite line %d: text expects a statement but line %d expects nothing from it", line, prev)
			}
			if _, ok := someAt[c.Text]; !ok {
				someAt[c.Text] = line
			}
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("suite line %d: %w", line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("suite: empty input, want the header %q", suiteHeader)
	}
	return cases, nil
}

// parseSuiteRow parses one row after the header; the caller adds the line.
func parseSuiteRow(raw string) (SuiteCase, error) {
	f := strings.Split(raw, "\t")
	if len(f) != 5 {
		return SuiteCase{}, fmt.Errorf("%d tab-separated fields, want 5 (%s)", len(f), suiteHeader)
	}
	for i, name := range strings.Split(suiteHeader, "\t") {
		if strings.TrimSpace(f[i]) == "" {
			return SuiteCase{}, fmt.Errorf("empty %s", name)
		}
		if strings.TrimSpace(f[i]) != f[i] {
			return SuiteCase{}, fmt.Errorf("%s %q has leading or trailing spaces", name, f[i])
		}
	}
	c := SuiteCase{Construction: f[0], Text: f[1], Holder: f[2], Target: f[4]}
	if !constructionName.MatchString(c.Construction) {
		return SuiteCase{}, fmt.Errorf("construction %q is not lower-case words joined by hyphens", c.Construction)
	}
	switch st := f[3]; st {
	case "none":
		if c.Holder != "-" || c.Target != "-" {
			return SuiteCase{}, fmt.Errorf("stance none needs holder and target \"-\", got %q and %q", c.Holder, c.Target)
		}
		c.Holder, c.Target = "", ""
		return c, nil
	case "support":
		c.Polarity = schema.Support
	case "oppose":
		c.Polarity = schema.Oppose
	default:
		// Only the canonical spelling: an alias such as "back" would make
		// the file say two things for one stance.
		s := schema.Stance(st)
		if !s.Valid() {
			return SuiteCase{}, fmt.Errorf("unknown stance %q (want a schema stance, support, oppose or none)", st)
		}
		c.Stance, c.Polarity = s, s.Polarity()
	}
	if c.Holder == "-" || c.Target == "-" {
		return SuiteCase{}, fmt.Errorf("stance %s needs a holder and a target, not \"-\"", f[3])
	}
	return c, nil
}
