package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A description after an expert's quotation about the story's subject:
//
//	Mark Philippoussis is almost certain to miss the Open. … "Mark's
//	injury is slightly different," said the team doctor. The Australian
//	is still holding out hope that he can play. "…," he said.
//
// "The Australian" opens a sentence after the doctor spoke, and a
// description in news copy usually goes on about the one just quoted —
// but not when that one's quotation named the person the story opens
// with: a speaker does not name himself, so the quotation was about the
// lead person, and the description that follows is that person.

// quotedLead returns the person the lead sentence opens with when that
// person is not the latest speaker, fits gender g, and is named inside a
// quotation in one of the two sentences before si; else -1.
func (q *quoter) quotedLead(si int, g byte) int {
	lead := q.leadSubject()
	if lead < 0 || lead == q.lastSpk || !q.fitsSpeaker(lead, g) || q.genderOf(lead) != g {
		return -1
	}
	ss := q.doc.Sentences
	ms := q.doc.Mentions
	for s := max(si-2, 0); s < si; s++ {
		for j := q.mentionFrom(ss[s].Start); j >= 0 && j < len(ms) && ms[j].Start < ss[s].End; j++ {
			if ms[j].Entity == lead && ms[j].Kind == model.MentionName && q.inQuote(ms[j].Start) {
				return lead
			}
		}
	}
	return -1
}

// quoteOpeningSubject resolves the pronoun at pos that closes a quotation
// running over several sentences ("The Australian is still hopeful. "It's
// something I'll have to go by feel. I'll start treatment soon," he
// said."): the sentence before the pronoun's own is then part of the
// quotation, so the subjects that tell who speaks are those of the
// sentence before the one the quotation opens. -1 when the pronoun does
// not follow the quotation being attributed, or the quotation opens in
// the pronoun's own sentence or mid-sentence.
func (q *quoter) quoteOpeningSubject(si, pos int) int {
	if q.curHi <= q.curLo || pos < q.curHi || pos-q.curHi > 12 {
		return -1
	}
	qs := q.sentenceAt(q.curLo)
	if qs < 0 || qs >= si || q.curLo < q.doc.Sentences[qs].Start || strings.Trim(q.text[q.doc.Sentences[qs].Start:q.curLo], qLeadMarks) != "" {
		return -1
	}
	return q.pronounSubject(qs, pos, 0)
}
