package textseg

import (
	"strings"
	"unicode"
)

// FirstField returns the first word of s as strings.Fields splits it
// (runs of Unicode white space separate words), or "" when s holds none.
// It reads only as far as that word: the rules ask for the word after a
// mention with the rest of the document as s, which strings.Fields would
// split whole to give back one word.
func FirstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}
