package schema

import (
	"strings"
	"testing"
)

func TestParseStance(t *testing.T) {
	tests := []struct {
		in      string
		want    Stance
		pol     Polarity
		wantErr bool
	}{
		{"rejects", Rejects, Oppose, false},
		{"reject", Rejects, Oppose, false},
		{"Backs", Backs, Support, false},
		{"calls for", CallsFor, Support, false},
		{"criticizes", Criticises, Oppose, false},
		{"agreed-maybe", "", 0, true},
		{"", "", 0, true},
		{"likes", "", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseStance(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseStance(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			continue
		}
		if got != tt.want || got.Polarity() != tt.pol {
			t.Errorf("ParseStance(%q) = %q (%d), want %q (%d)", tt.in, got, got.Polarity(), tt.want, tt.pol)
		}
	}
}

func TestEveryStanceHasAPolarity(t *testing.T) {
	sup, opp := 0, 0
	for _, s := range Stances() {
		switch s.Polarity() {
		case Support:
			sup++
		case Oppose:
			opp++
		default:
			t.Errorf("stance %q has no polarity", s)
		}
		if back, ok := StanceFromPredicate(StancePredicate(s)); !ok || back != s {
			t.Errorf("predicate round trip of %q gave %q, %v", s, back, ok)
		}
	}
	if sup == 0 || opp == 0 {
		t.Fatalf("want both sides, got %d support and %d oppose", sup, opp)
	}
}

func TestStanceUnmarshalRejectsUnknown(t *testing.T) {
	var s Stance
	if err := s.UnmarshalText([]byte("adores")); err == nil {
		t.Fatalf("UnmarshalText(adores) = %q, want error", s)
	}
	if err := s.UnmarshalText([]byte("vetoes")); err != nil || s != Vetoes {
		t.Fatalf("UnmarshalText(vetoes) = %q, %v", s, err)
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"United States":             "united-states",
		"U.S.":                      "us",
		"Hamas":                     "hamas",
		"Côte d'Ivoire":             "cote-d-ivoire",
		"  UN Security Council  ":   "un-security-council",
		"Gaza Strip Administration": "gaza-strip-administration",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Slug("حماس"); !strings.HasPrefix(got, "x-") || got != Slug("حماس") {
		t.Errorf("Slug of non-Latin name = %q, want a stable x- hash", got)
	}
	if got := Slug(strings.Repeat("word ", 100)); len(got) > maxSlug+1 {
		t.Errorf("Slug of a long name has length %d", len(got))
	}
}

func TestIDsAreContentDerived(t *testing.T) {
	a := ArticleID("", "Hamas rejected  the plan.\n")
	if a != ArticleID("", "Hamas rejected the plan.") {
		t.Error("whitespace changed the article ID")
	}
	if a == ArticleID("", "Hamas accepted the plan.") {
		t.Error("different texts share an article ID")
	}
	if ArticleID("https://example.org/x/", "a") != ArticleID("https://EXAMPLE.org/x", "b") {
		t.Error("URL identity should not depend on text or a trailing slash")
	}
	s1 := StatementID(a, "hamas", Rejects, "plan", 0, 10)
	if s1 != StatementID(a, "hamas", Rejects, "plan", 0, 10) || s1 == StatementID(a, "hamas", Backs, "plan", 0, 10) {
		t.Error("statement IDs are not a function of their content")
	}
}

func TestSplitIRI(t *testing.T) {
	kind, id, ok := SplitIRI(ActorIRI("hamas"))
	if !ok || kind != "actor" || id != "hamas" {
		t.Fatalf("SplitIRI = %q %q %v", kind, id, ok)
	}
	if _, _, ok := SplitIRI("http://other.org/actor/x"); ok {
		t.Fatal("foreign IRI split")
	}
}
