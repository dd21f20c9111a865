package quotes

import (
	"unicode"
	"unicode/utf8"
)

// A title owned by a body's common noun. "Empire magazine's reviews editor
// Dan Jolin said": the possessive closes "Empire magazine", a body and the
// noun for what it is, and the role and the person follow; the person is
// the speaker. Before, the noun phrase read after the body's name stopped
// at the possessive and gave the quotation to the body.

// commonNounBefore reports whether ts[j-1] is a lower-case word, so that
// the possessive at ts[j] closes a common noun ("magazine's",
// "group's") rather than a name.
func (q *quoter) commonNounBefore(ts []qtok, j int) bool {
	if j == 0 || ts[j-1].kind != qkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(q.text[ts[j-1].s:ts[j-1].e])
	return unicode.IsLower(r)
}
