package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range of the article text.
type span struct{ b, e int }

// abbrevs never end a sentence when followed by a capitalised word.
var abbrevs = set("mr mrs ms dr gen sen rep gov lt col capt sgt prof rev st jr sr inc ltd co corp no vs messrs maj brig adm cmdr supt insp det hon mt ft")

// months end a sentence only when not followed by a number ("Jan. 5").
var monthAbbrevs = set("jan feb mar apr jun jul aug sep sept oct nov dec")

// starters are words that, capitalised after an acronym ("...the U.S. The
// talks"), begin a new sentence.
var starters = set("the a an it he she they we i this that these those but and however in on at for after before meanwhile his her their its there when while if as yet so our officials")

// splitSentences returns the sentences of text as trimmed byte spans. A
// newline always ends a sentence (articles keep one paragraph a line); inside
// a line, '.', '!' or '?' (with closing quotes or brackets) followed by space
// and a capital, digit or opening quote ends one, unless the word before is
// an abbreviation, an initial, a month before a number, or an acronym such as
// "U.S." followed by a word that does not start sentences.
func splitSentences(text string) []span {
	var out []span
	start := 0
	emit := func(b, e int) {
		for b < e {
			r, n := utf8.DecodeRuneInString(text[b:])
			if !unicode.IsSpace(r) {
				break
			}
			b += n
		}
		for e > b {
			r, n := utf8.DecodeLastRuneInString(text[b:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > b {
			out = append(out, span{b, e})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// extend over repeated terminators and closing quotes/brackets
		j := i + 1
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == ')' || r == ']' || r == '\u201d' || r == '\u2019' {
				j += n
				continue
			}
			break
		}
		// need whitespace (not newline handled above) then a sentence opener
		k := j
		sawSpace := false
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
			sawSpace = true
		}
		if k >= len(text) || text[k] == '\n' {
			i = j - 1
			continue
		}
		if !sawSpace {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		opener := unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '\u201c' || next == '\u2018' || next == '('
		if !opener {
			continue
		}
		if c == '.' && !periodEnds(text, i, k) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(text))
	return out
}

// periodEnds decides whether the period at text[i] ends a sentence whose
// next word starts at text[k].
func periodEnds(text string, i, k int) bool {
	// the word before the period
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '\u201c' {
			break
		}
		w -= n
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	nextWord := text[k:]
	if e := strings.IndexAny(nextWord, " \t\n,;:"); e >= 0 {
		nextWord = nextWord[:e]
	}
	nextDigit := nextWord != "" && nextWord[0] >= '0' && nextWord[0] <= '9'
	low := strings.ToLower(word)
	if abbrevs[low] {
		return false
	}
	if monthAbbrevs[low] {
		return !nextDigit
	}
	// single initial: "John F. Kennedy"
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false
	}
	// acronym with inner dots: "U.S", "U.N"
	if strings.Contains(word, ".") && isAcronym(word) {
		nw := strings.ToLower(strings.Trim(nextWord, "\"\u201c\u2018("))
		return starters[nw]
	}
	return true
}

func isAcronym(w string) bool {
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
