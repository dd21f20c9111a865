package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A "he" or "she" inside a quotation is never the person speaking it: a
// speaker says "I" of himself ("'He has been terrific for us,' said
// Bruce" is a player, not Bruce). The pronoun resolver runs before
// quotations are attributed, and it can only keep a quotation's speaker
// out when the speaker is a name beside a speech verb in the pronoun's
// own paragraph; speakers given by "he said", by a role ("said the
// club's director"), by "saying:" or in another paragraph slip through,
// and the pronoun is then bound to the one person it cannot be.
//
// unbindQuotedSelf runs once the quotations are attributed and leaves
// such a pronoun unbound: which other person it means is not settled by
// the text around it often enough to guess, and an unbound pronoun only
// costs a fact, where a wrong one invents one ("'I heard that he has
// joined Sunderland,' he said" gave the speaker the move).
//
// Two cases keep their binding, since there the attribution rather than
// the pronoun is in doubt or the words are not the speaker's:
//   - the quotation names the same person: a speaker does not name
//     himself, so the quotation's bounds or its speaker are in doubt (a
//     closing mark lost, and the narrative after it, "Bond joined Rovers
//     in 2001 and at first he struggled", read as quoted);
//   - the pronoun stands in square brackets, the writer's own insertion
//     into the quoted words ("[when he made his debut]").
func (a *analysis) unbindQuotedSelf() {
	if len(a.doc.Quotes) == 0 {
		return
	}
	changed := false
	for _, q := range a.doc.Quotes {
		if q.Speaker < 0 || a.doc.Entities[q.Speaker].Type != Person || a.quoteNames(q, q.Speaker) {
			continue
		}
		for _, p := range q.Pieces {
			for i := range a.ments {
				m := &a.ments[i]
				if m.kind != MentionPronoun || m.entity != q.Speaker || m.Start < p.Start || m.End > p.End {
					continue
				}
				if !personPronouns[a.tokens[m.t0].Lower()] || a.inBrackets(p, m.Start) {
					continue
				}
				m.entity = -1
				changed = true
			}
		}
	}
	if changed {
		a.x.publishMentions(a)
	}
}

// personPronouns are the third-person pronouns the resolver binds to
// persons; "I", "we" and "you" are the speaker's own and never reach it.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true}

// quoteNames reports whether a name mention of entity e (not a pronoun or
// a description) lies inside one of q's pieces.
func (a *analysis) quoteNames(q Quote, e int) bool {
	for _, p := range q.Pieces {
		for i := range a.ments {
			m := &a.ments[i]
			if m.entity == e && !m.hidden && m.kind == MentionName && m.Start >= p.Start && m.End <= p.End {
				return true
			}
		}
	}
	return false
}

// inBrackets reports whether offset at, inside quoted piece p, follows a
// "[" that no "]" has closed: the writer's words, not the speaker's.
func (a *analysis) inBrackets(p textseg.Span, at int) bool {
	s := a.doc.Text[p.Start:at]
	return strings.LastIndex(s, "[") > strings.LastIndex(s, "]")
}
