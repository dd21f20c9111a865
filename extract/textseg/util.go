package textseg

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Clean folds whitespace runs (including line breaks inside a span) to
// single spaces and trims the ends.
func Clean(s string) string {
	need := false
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if sp && (prevSpace || c != ' ') {
			need = true
			break
		}
		if c >= utf8.RuneSelf && strings.HasPrefix(s[i:], "\u00a0") {
			need = true
			break
		}
		prevSpace = sp
	}
	if !need && !strings.HasSuffix(s, " ") {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// UnescapeName decodes HTML character references left in a name
// ("Jos&#233;" -> "José"); news text copied from the web keeps them.
func UnescapeName(s string) string {
	if strings.IndexByte(s, '&') < 0 || strings.IndexByte(s, ';') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// Lower returns s in lower case without allocating when it already is.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// Slug makes the readable part of an entity key: lower case, letters and
// digits kept, everything else folded to single hyphens.
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// Contains reports whether list holds s.
func Contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// YearWord reports a four-digit year from 1900 to 2099.
func YearWord(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}
