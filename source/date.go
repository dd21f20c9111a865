package source

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// dateLayouts are the forms dates take in meta tags, JSON-LD and feeds,
// tried before the permissive parser.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"20060102",
}

// ParseDate reads a publication date as sites write it. A date without a
// zone is taken as UTC. The zero time and false when it is no date.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, plausible(t)
		}
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil {
		return time.Time{}, false
	}
	return t, plausible(t)
}

// plausible rejects dates no news article has: before the web, or so far
// ahead that they are typos.
func plausible(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2200 }

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// datelineRE matches a wire dateline at the start of a paragraph: a place
// in capitals, the day and month in either order, an optional year, an
// optional agency in brackets, then a dash:
//
//	MINSK, 6 October (BelTA) –
//	TALLINN, March 4 (Newsgraph) -
//	WASHINGTON, Oct. 6, 2025 (Reuters) —
var datelineRE = regexp.MustCompile(`^\s*[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,30})?,\s+(?:(\d{1,2})\s+` + monthRE + `|` + monthRE + `\s+(\d{1,2}))(?:,?\s+(\d{4}))?\s*(?:\([^)]{1,40}\))?\s*[-–—]`)

// Dateline finds a wire dateline in the first paragraphs of text and
// returns its date. A dateline without a year takes the latest year in
// which the date is not after ref (the ingest time): wires leave the year
// out because the story is today's.
func Dateline(text string, ref time.Time) (time.Time, bool) {
	paras := 0
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if paras++; paras > 4 {
			break
		}
		m := datelineRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		dayS, monS := m[1], m[2]
		if dayS == "" {
			monS, dayS = m[3], m[4]
		}
		day, _ := strconv.Atoi(dayS)
		mon := months[strings.ToLower(strings.TrimSuffix(monS, "."))]
		if mon == 0 || day < 1 || day > 31 {
			continue
		}
		if m[5] != "" {
			y, _ := strconv.Atoi(m[5])
			t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
			if t.Day() == day && plausible(t) {
				return t, true
			}
			continue
		}
		ref = ref.UTC()
		t := time.Date(ref.Year(), mon, day, 0, 0, 0, 0, time.UTC)
		if t.After(ref) {
			t = time.Date(ref.Year()-1, mon, day, 0, 0, 0, 0, time.UTC)
		}
		if t.Day() == day {
			return t, true
		}
	}
	return time.Time{}, false
}
