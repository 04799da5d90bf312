package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are tried in order by ParseDate, after normalisation (ordinal
// suffixes, "Sept." and "a.m." spellings, zone abbreviations as offsets).
// A layout without a zone parses as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04Z0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	// RSS (RFC 822/1123) and its variants.
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 2006",
	"Mon 2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04",
	"2 Jan 06 15:04 -0700",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"Mon Jan 2 15:04:05 -0700 2006",
	// News prose.
	"2 Jan 2006",
	"2 January 2006",
	"2 January 2006 15:04",
	"2 January 2006 15:04 -0700",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"Mon 2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Monday, January 2, 2006",
	"Monday January 2, 2006",
	"Mon, January 2, 2006",
	"Mon, Jan 2, 2006",
	"Mon Jan 2, 2006",
	"January 2, 2006 15:04",
	"January 2, 2006 15:04 -0700",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04 PM -0700",
	"January 2, 2006 3:04PM",
	"January 2, 2006 3:04PM -0700",
	"January 2, 2006 3 PM",
	"January 2, 2006 3 PM -0700",
	"Jan 2, 2006 15:04",
	"Jan 2, 2006 15:04 -0700",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 3:04 PM -0700",
	"Jan 2, 2006 3:04PM",
	"Jan 2, 2006 3:04PM -0700",
	"Monday, January 2, 2006 3:04 PM",
	"Monday, January 2, 2006 3:04 PM -0700",
	"Monday, January 2, 2006 15:04",
	"3:04 PM January 2, 2006",
	"3:04 PM -0700 January 2, 2006",
	"3:04 PM, January 2, 2006",
	"15:04 2 January 2006",
	"15:04 -0700 2 January 2006",
	"15:04, 2 January 2006",
	"2 January 2006, 15:04",
	"2 Jan 2006, 15:04",
}

var (
	reOrdinal  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
	reSpaces   = regexp.MustCompile(`\s+`)
	reMonthDot = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.`)
	reAMPM     = regexp.MustCompile(`(?i)\b([ap])\.?m\.?(\s|,|$)`)
	reZoneAbbr = regexp.MustCompile(`\s\(?([A-Z]{1,5})\)?$`)
	reNumeric  = regexp.MustCompile(`^(\d{1,4})([/.\-])(\d{1,2})([/.\-])(\d{2,4})(?:[ ,T]+(\d{1,2}:\d{2}(?::\d{2})?))?$`)
	reDigits   = regexp.MustCompile(`^\d+$`)
	reMonthTZ  = regexp.MustCompile(`([+-]\d{2}):?(\d{2})$`)
)

// zoneOffsets are the zone abbreviations news sites use, as offsets; Go's
// parser would otherwise give an unknown abbreviation a zero offset.
var zoneOffsets = map[string]string{
	"UTC": "+0000", "GMT": "+0000", "Z": "+0000", "UT": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"ET": "-0500", "PT": "-0800",
	"BST": "+0100", "CET": "+0100", "CEST": "+0200", "EET": "+0200", "EEST": "+0300",
	"WET": "+0000", "WEST": "+0100", "MSK": "+0300", "JST": "+0900", "KST": "+0900",
	"HKT": "+0800", "SGT": "+0800", "AEST": "+1000", "AEDT": "+1100",
}

// ParseDate reads a date as news sources write it: RFC 3339 and ISO 8601
// ("2026-03-14", "2026-03-14T09:30:00+01:00"), RFC 1123/822 as in RSS
// ("Sat, 14 Mar 2026 09:30:00 GMT"), prose ("March 14, 2026", "14 March
// 2026", "Mar. 14, 2026", "Saturday, March 14th, 2026 at 9:30 a.m. EST"),
// numeric dates when unambiguous ("14/03/2026" is day first since 14 > 12;
// "03/04/2026" is rejected; "14.03.2026" is day first), and Unix times (10
// or 13 digits). A date without a zone is UTC. It reports false for
// anything else, and for years outside 1800-2200.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return saneDate(t)
	}
	if reDigits.MatchString(s) {
		return parseDigits(s)
	}
	s = normDate(s)
	if t, ok := parseNumericDate(s); ok {
		return saneDate(t)
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return saneDate(t)
		}
	}
	return time.Time{}, false
}

func saneDate(t time.Time) (time.Time, bool) {
	if y := t.Year(); y < 1800 || y > 2200 {
		return time.Time{}, false
	}
	return t, true
}

func parseDigits(s string) (time.Time, bool) {
	switch len(s) {
	case 8: // 20260314
		if t, err := time.Parse("20060102", s); err == nil {
			return saneDate(t)
		}
	case 10, 13:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, false
		}
		if len(s) == 13 {
			return saneDate(time.UnixMilli(n).UTC())
		}
		return saneDate(time.Unix(n, 0).UTC())
	}
	return time.Time{}, false
}

// normDate rewrites spellings time.Parse does not know.
func normDate(s string) string {
	s = reSpaces.ReplaceAllString(s, " ")
	s = strings.TrimSuffix(s, ".")
	s = reOrdinal.ReplaceAllString(s, "$1")
	s = reMonthDot.ReplaceAllStringFunc(s, func(m string) string { return m[:3] })
	s = strings.ReplaceAll(s, "Sept ", "Sep ")
	s = strings.ReplaceAll(s, " at ", " ")
	s = strings.ReplaceAll(s, " @ ", " ")
	s = strings.ReplaceAll(s, "Updated ", "")
	s = reAMPM.ReplaceAllStringFunc(s, func(m string) string {
		sub := reAMPM.FindStringSubmatch(m)
		return strings.ToUpper(sub[1]) + "M" + sub[2]
	})
	if m := reZoneAbbr.FindStringSubmatchIndex(s); m != nil {
		abbr := s[m[2]:m[3]]
		if off, ok := zoneOffsets[abbr]; ok {
			s = s[:m[0]] + " " + off
		}
	}
	s = strings.Replace(s, " GMT+", " +", 1)
	s = strings.Replace(s, " UTC+", " +", 1)
	s = strings.Replace(s, " GMT-", " -", 1)
	s = strings.Replace(s, " UTC-", " -", 1)
	// "+01:00" at the end of a prose date -> "+0100".
	if !strings.Contains(s, "T") && reMonthTZ.MatchString(s) && strings.Contains(s, " ") {
		s = reMonthTZ.ReplaceAllString(s, "$1$2")
	}
	return strings.TrimSpace(s)
}

// parseNumericDate reads d/m/y, m/d/y and y/m/d with / . or - when it is
// not ambiguous.
func parseNumericDate(s string) (time.Time, bool) {
	m := reNumeric.FindStringSubmatch(s)
	if m == nil || m[2] != m[4] {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	c, _ := strconv.Atoi(m[5])
	var y, mo, d int
	switch {
	case len(m[1]) == 4: // y/m/d
		y, mo, d = a, b, c
		if len(m[5]) > 2 {
			return time.Time{}, false
		}
	case len(m[5]) == 4 || len(m[5]) == 2:
		y = c
		if len(m[5]) == 2 {
			y += 2000
			if y > time.Now().Year()+1 {
				y -= 100
			}
		}
		switch {
		case m[2] == ".": // European dotted dates are day first
			d, mo = a, b
		case a > 12 && b <= 12:
			d, mo = a, b
		case b > 12 && a <= 12:
			mo, d = a, b
		case a == b:
			d, mo = a, b
		default:
			return time.Time{}, false // 03/04/2026: March 4 or 3 April?
		}
	default:
		return time.Time{}, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	hh, mm, ss := 0, 0, 0
	if m[6] != "" {
		parts := strings.Split(m[6], ":")
		hh, _ = strconv.Atoi(parts[0])
		mm, _ = strconv.Atoi(parts[1])
		if len(parts) > 2 {
			ss, _ = strconv.Atoi(parts[2])
		}
		if hh > 23 || mm > 59 || ss > 60 {
			return time.Time{}, false
		}
	}
	t := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, time.UTC)
	if t.Day() != d { // 31/02
		return time.Time{}, false
	}
	return t, true
}
