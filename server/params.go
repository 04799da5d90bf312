package server

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"stancegraph/graph"
	"stancegraph/schema"
)

const (
	defaultLimit = 50
	maxLimit     = 1000
)

// badParam is a parameter error: a 400 naming the parameter.
type badParam struct{ name, msg string }

func (e *badParam) Error() string { return fmt.Sprintf("parameter %q: %s", e.name, e.msg) }

// params reads query parameters, remembering the first error.
type params struct {
	c   *gin.Context
	err error
}

func (p *params) set(name, msg string) {
	if p.err == nil {
		p.err = &badParam{name, msg}
	}
}

func (p *params) str(name string) string { return strings.TrimSpace(p.c.Query(name)) }

func (p *params) int(name string, def, min, max int) int {
	v := p.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.set(name, fmt.Sprintf("want an integer from %d to %d, got %q", min, max, v))
		return def
	}
	return n
}

func (p *params) float(name string, min, max float64) float64 {
	v := p.str(name)
	if v == "" {
		return 0
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < min || f > max {
		p.set(name, fmt.Sprintf("want a number from %v to %v, got %q", min, max, v))
	}
	return f
}

// date accepts YYYY-MM-DD or RFC 3339. endOfDay makes a bare "until" date
// include that whole day.
func (p *params) date(name string, endOfDay bool) time.Time {
	v := p.str(name)
	if v == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.UTC()
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		p.set(name, fmt.Sprintf("want a date as YYYY-MM-DD or RFC 3339, got %q", v))
		return time.Time{}
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t
}

func (p *params) polarity(name string) schema.Polarity {
	v := p.str(name)
	if v == "" {
		return 0
	}
	pol, err := schema.ParsePolarity(v)
	if err != nil {
		p.set(name, "want support or oppose")
	}
	return pol
}

func (p *params) stance(name string) schema.Stance {
	v := p.str(name)
	if v == "" {
		return ""
	}
	st, err := schema.ParseStance(v)
	if err != nil {
		p.set(name, fmt.Sprintf("unknown stance %q", v))
	}
	return st
}

func (p *params) kind(name string) schema.ActorKind {
	v := p.str(name)
	if v == "" {
		return ""
	}
	k, err := schema.ParseActorKind(v)
	if err != nil {
		p.set(name, fmt.Sprintf("unknown actor kind %q (want person, organisation, country, group or media)", v))
	}
	return k
}

func (p *params) page() (limit, offset int) {
	return p.int("limit", defaultLimit, 1, maxLimit), p.int("offset", 0, 0, 1<<30)
}

// filter reads the statement filter parameters shared by list endpoints.
func (p *params) filter() graph.Filter {
	f := graph.Filter{
		Holder:        p.str("holder"),
		Speaker:       p.str("speaker"),
		Target:        p.str("target"),
		Article:       p.str("article"),
		Source:        p.str("source"),
		Polarity:      p.polarity("polarity"),
		Stance:        p.stance("stance"),
		Since:         p.date("since", false),
		Until:         p.date("until", true),
		MinConfidence: p.float("min_confidence", 0, 1),
	}
	f.Limit, f.Offset = p.page()
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		p.set("until", "is before since")
	}
	return f
}

// evidence reads how many statements to show per group (0 = all).
func (p *params) evidence(def int) int { return p.int("evidence", def, 0, maxLimit) }

// articleFilter reads the article list parameters.
func (p *params) articleFilter() graph.ArticleFilter {
	f := graph.ArticleFilter{Source: p.str("source"), Since: p.date("since", false), Until: p.date("until", true)}
	f.Limit, f.Offset = p.page()
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		p.set("until", "is before since")
	}
	return f
}
