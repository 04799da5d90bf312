package graph

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// Literal decoding. Backends return typed values (quad.Int, quad.Time...)
// but a SQL store may hand some back as typed strings, so each accessor
// accepts both.

func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return quad.ToString(v)
}

func intOf(v quad.Value) int64 {
	switch v := v.(type) {
	case quad.Int:
		return int64(v)
	case quad.Float:
		return int64(v)
	}
	n, _ := strconv.ParseInt(str(v), 10, 64)
	return n
}

func floatOf(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Float:
		return float64(v)
	case quad.Int:
		return float64(v)
	}
	f, _ := strconv.ParseFloat(str(v), 64)
	return f
}

func boolOf(v quad.Value) bool {
	if b, ok := v.(quad.Bool); ok {
		return bool(b)
	}
	b, _ := strconv.ParseBool(str(v))
	return b
}

func timeOf(v quad.Value) time.Time {
	if t, ok := v.(quad.Time); ok {
		return time.Time(t).UTC()
	}
	t, err := time.Parse(time.RFC3339Nano, str(v))
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// tally counts strings to pick the most frequent (ties: first seen).
type tally struct {
	order []string
	n     map[string]int
}

func (t *tally) add(s string) {
	if s == "" {
		return
	}
	if t.n == nil {
		t.n = make(map[string]int)
	}
	if t.n[s] == 0 {
		t.order = append(t.order, s)
	}
	t.n[s]++
}

func (t *tally) top() string {
	best := ""
	for _, s := range t.order {
		if t.n[s] > t.n[best] {
			best = s
		}
	}
	return best
}

// all returns the distinct strings, most frequent first.
func (t *tally) all() []string {
	out := slices.Clone(t.order)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(t.n[b], t.n[a]) })
	return out
}
