package quotes

// A body's voice. When the previous sentence's quotation went to a body
// ("…," said a Fifa spokesman; "…," Acme spokesman Jo Bloggs told
// Reuters; or a person the recogniser typed as a body, "…," said Jo
// Bloggs, chief economist at Acme), the "he" or "she" of the next
// sentence's "…," he added is the one who spoke there: a spokesman's
// words go to the body (GOLD.md, Quotes), and a mistyped person is still
// that person. Without this step the pronoun, finding no person in the
// sentence before, fell back to a person quoted earlier or only spoken
// about.

// bodyVoiceBefore returns the body that spoke the quotation of the
// sentence before si in the same paragraph when the pronoun at pos is a
// personal one ("he", "she"), else -1.
func (q *quoter) bodyVoiceBefore(si, pos int, kind byte) int {
	if kind != 'p' || si <= 0 || !q.personalPronounAt(pos) {
		return -1
	}
	e, found := q.quoteSpk[si-1]
	if !found || !q.orgType(e) {
		return -1
	}
	return e
}
