package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Role nouns named once with the body. Wire copy introduces a firm or
// body with its kind as a bare title in the lead ("Irish airline SkyGreen
// cancelled …", "the regulator Ofcom said") and a later paragraph quotes
// it by that kind alone ("…," the airline said in a statement). When the
// pronoun-like look-back of resolvePronoun finds no body there (the lead
// opens with a dateline, or the quotation is paragraphs later), the body
// the text itself called by that noun is the speaker.

// qRoleNamedSpan bounds the look-back for a body named with its kind.
const qRoleNamedSpan = 3000

// roleNamedOrg returns the nearest organisation named before pos, outside
// quotations, right after the role noun w ("airline SkyGreen"), or -1.
func (q *quoter) roleNamedOrg(w string, pos int) int {
	ms := q.doc.Mentions
	for j := q.mentionFrom(pos) - 1; j >= 0 && ms[j].Start >= pos-qRoleNamedSpan; j-- {
		m := ms[j]
		if !qNamed(m) || q.doc.Entities[m.Entity].Type != model.Organization || q.inQuote(m.Start) {
			continue
		}
		lo := max(m.Start-40, 0)
		if pw, _ := q.prevWord(lo, m.Start); strings.ToLower(pw) == w {
			return m.Entity
		}
	}
	return -1
}
