package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence, with its byte
// offsets in the article text.
type token struct {
	text string // as written
	low  string // lower case
	lem  string // lemma (lower case)
	b, e int
	cap  bool // starts with an upper-case letter
	word bool // letters or digits
	// mod is set on the modifier half of a split compound: "U.S.-backed"
	// gives "U.S." and a token "-backed" with mod "backed".
	mod     string
	quote   int8 // +1 opening quote mark, -1 closing, 0 none
	inQuote bool // inside a quotation
}

// compoundMods are the participles split off "X-backed" style compounds.
var compoundMods = set("backed led based occupied sponsored brokered drafted proposed supported funded run controlled allied aligned linked affiliated endorsed installed imposed born owned made style")

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits text[s.b:s.e] into tokens.
func tokenize(text string, s span, lem func(string) string, buf []token) []token {
	return tokenizeLow(text, "", s, lem, buf)
}

// tokenizeLow is tokenize with low, when not empty, being lowerASCII(text):
// the lower case of an ASCII word is then a slice of it, not a new string.
func tokenizeLow(text, low string, s span, lem func(string) string, buf []token) []token {
	toks := buf[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, (s.e-s.b)/5+4)
	}
	i := s.b
	for i < s.e {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			t := token{text: text[i : i+n], low: text[i : i+n], b: i, e: i + n}
			t.lem = t.low
			switch r {
			case '\u201c':
				t.quote = 1
			case '\u201d':
				t.quote = -1
			case '"':
				t.quote = 2 // decided below
			}
			toks = append(toks, t)
			i += n
			continue
		}
		j := i + n
		for j < s.e {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '\u2019' || r2 == '.' || r2 == '&' {
				if j+n2 < s.e {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) {
						if r2 == '.' && !acronymSoFar(text[i:j]) {
							break
						}
						j += n2
						continue
					}
				}
				// trailing dot of an acronym: "U.S."
				if r2 == '.' && strings.Contains(text[i:j], ".") && acronymSoFar(text[i:j]) {
					j += n2
					if j+1 < s.e && text[j] == '-' {
						if r4, _ := utf8.DecodeRuneInString(text[j+1:]); isWordRune(r4) {
							j++
							continue
						}
					}
				}
			}
			break
		}
		toks = appendWord(toks, text, low, i, j)
		i = j
	}
	// a straight double quote opens after a space and before a word
	// ("said \"We"), closes after a word or punctuation and before a
	// space ("industry.\" The"); otherwise they alternate within the
	// sentence
	open := false
	for k := range toks {
		if toks[k].quote == 2 {
			switch straightQuote(text, toks[k].b) {
			case 1:
				toks[k].quote, open = 1, true
			case -1:
				toks[k].quote, open = -1, false
			default:
				if open {
					toks[k].quote = -1
				} else {
					toks[k].quote = 1
				}
				open = !open
			}
		}
	}
	for k := range toks {
		if toks[k].word {
			toks[k].lem = lem(toks[k].low)
		}
	}
	return toks
}

// lowerASCII returns s with its ASCII letters lower-cased and every other
// byte kept, so that byte offsets into s are offsets into the result and,
// for an ASCII span, the result's slice is strings.ToLower of s's.
func lowerASCII(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func acronymSoFar(w string) bool {
	// letters separated by single dots: "U", "U.S", "U.S.A"
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// appendWord adds text[i:j], splitting off possessive 's, n't and
// compound modifiers ("Hamas-led").
func appendWord(toks []token, text, low string, i, j int) []token {
	w := text[i:j]
	// possessive
	for _, suf := range []string{"'s", "\u2019s"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			toks = appendWord(toks, text, low, i, j-len(suf))
			return append(toks, mkTok(text, low, j-len(suf), j, ""))
		}
	}
	for _, suf := range []string{"n't", "n\u2019t"} {
		if len(w) > len(suf)+1 && hasNotSuffix(w, suf) {
			toks = append(toks, mkTok(text, low, i, j-len(suf), ""))
			t := mkTok(text, low, j-len(suf), j, "")
			t.low, t.lem = "not", "not"
			return append(toks, t)
		}
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 {
		suf := strings.ToLower(w[h+1:])
		if compoundMods[suf] {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				toks = append(toks, mkTok(text, low, i, i+h, ""))
				return append(toks, mkTok(text, low, i+h, j, suf))
			}
		}
	}
	return append(toks, mkTok(text, low, i, j, ""))
}

// hasNotSuffix reports whether strings.ToLower(w) ends with suf, "n't" or
// "n\u2019t", without lower-casing w: only 'N' and 'T' lower to 'n' and 't'.
func hasNotSuffix(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	tail := w[len(w)-len(suf):]
	return (tail[0] == 'n' || tail[0] == 'N') && tail[1:len(tail)-1] == suf[1:len(suf)-1] &&
		(tail[len(tail)-1] == 't' || tail[len(tail)-1] == 'T')
}

func mkTok(text, low string, b, e int, mod string) token {
	w := text[b:e]
	t := token{text: w, b: b, e: e, mod: mod, word: true}
	if low != "" && isASCII(w) {
		t.low = low[b:e]
	} else {
		t.low = strings.ToLower(w)
		if strings.ContainsRune(t.low, '\u2019') {
			t.low = strings.ReplaceAll(t.low, "\u2019", "'")
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	if mod != "" || t.low == "'s" {
		t.word = t.low == "'s" || mod != ""
	}
	t.lem = t.low
	return t
}

// straightQuote tells from its neighbours whether the straight quote at
// text[b] opens (1) or closes (-1) a quotation, or 0 when they do not say.
func straightQuote(text string, b int) int8 {
	before, after := ' ', ' '
	if b > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:b])
	}
	if b+1 < len(text) {
		after, _ = utf8.DecodeRuneInString(text[b+1:])
	}
	spaceBefore := unicode.IsSpace(before) || before == '(' || before == '['
	spaceAfter := unicode.IsSpace(after) || after == ')' || after == ']'
	switch {
	case spaceBefore && !spaceAfter && after != ',' && after != '.':
		return 1
	case !spaceBefore && spaceAfter:
		return -1
	}
	return 0
}
