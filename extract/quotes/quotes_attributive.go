package quotes

import "github.com/newsgraph/newsgraph/extract/model"

// A name the text writes only as a modifier of a common noun ("the Jose
// M Cagigal Memorial meeting", "the Hartley Cup final") names a thing
// the noun is about, not someone who acts in the story: even when the
// recogniser typed it a person, "he said" or "said the athlete" does not
// refer back to it. Such a person is left out of the fallbacks that
// resolve a pronoun or a role noun to someone named earlier.

// modifierOnly reports whether every name mention of person e outside
// quotations stands between a determiner and a lower-case noun (the
// shape quoter.attributive reads). A person named once as a subject or
// object anywhere ("Hartley won the Hartley Cup final") counts as named.
func (q *quoter) modifierOnly(e int) bool {
	if q.modOnly == nil {
		q.modOnly = map[int]bool{}
	}
	if v, ok := q.modOnly[e]; ok {
		return v
	}
	only, seen := true, false
	for _, m := range q.doc.Mentions {
		if m.Entity != e || m.Kind != model.MentionName || q.inQuote(m.Start) {
			continue
		}
		seen = true
		if !q.attributive(m) {
			only = false
			break
		}
	}
	q.modOnly[e] = only && seen
	return only && seen
}
