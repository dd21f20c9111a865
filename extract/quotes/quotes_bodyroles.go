package quotes

import "github.com/newsgraph/newsgraph/extract/model"

// A role at a named body ("the Factory Records founder", "the United
// boss", "the Acme chief") that no person was introduced with stands for
// a person the text ties to that body, not for whoever was named last:
//
//	Tony Wilson ran a record label. He had a cameo in a film in which he
//	was played by Steve Coogan. "…," said the Factory Records founder.
//
// is not Steve Coogan. The pronoun-like look-back (resolvePronoun) still
// proposes the speaker, and it is kept when the text has named that
// person anywhere other than as a preposition's object: a story's
// subject is often tied to the body only by what the reader knows ("the
// Old Trafford boss" for Sir Alex Ferguson, "the Black Sabbath singer"
// for Ozzy Osbourne). A person only ever named in passing ("played by
// Steve Coogan", "interviewed by Carl Moss") is kept only when the text
// names them in a sentence that names the body too. Otherwise the one
// person the text so ties to the body speaks, and with none, or two or
// more, nobody does.

// qBodyRoleSpan bounds the look-back for a person named with the body.
const qBodyRoleSpan = 3000

// bodyRoleHolder returns the speaker of a role description at body
// (an entity, or -1 for a role with no body), given e, the person the
// pronoun-like look-back found for it, and pos, where the description
// starts.
func (q *quoter) bodyRoleHolder(body, e, pos int) int {
	if body < 0 || e < 0 || !q.namedInPassingOnly(e, pos) {
		return e
	}
	tied := q.personsNamedWith(body, pos)
	if tied[e] {
		return e
	}
	if len(tied) != 1 {
		return -1
	}
	for p := range tied {
		return p
	}
	return -1
}

// personsNamedWith returns the persons named by name, outside quotations
// and before pos, in a sentence that also names body outside quotations.
func (q *quoter) personsNamedWith(body, pos int) map[int]bool {
	ms := q.doc.Mentions
	bodySents := map[int]bool{}
	var persons []model.Mention
	for j := q.mentionFrom(pos) - 1; j >= 0 && ms[j].Start >= pos-qBodyRoleSpan; j-- {
		m := ms[j]
		if q.inQuote(m.Start) {
			continue
		}
		switch {
		case m.Entity == body:
			bodySents[q.sentenceAt(m.Start)] = true
		case m.Kind == model.MentionName && q.isPerson(m.Entity):
			persons = append(persons, m)
		}
	}
	tied := map[int]bool{}
	for _, m := range persons {
		if bodySents[q.sentenceAt(m.Start)] {
			tied[m.Entity] = true
		}
	}
	return tied
}

// namedInPassingOnly reports whether every name mention of person e
// before pos, outside quotations, is a preposition's object ("played by
// Steve Coogan", "a meeting with the comedian Carl Moss"), the title
// words and article before the name skipped, and there is at least one.
func (q *quoter) namedInPassingOnly(e, pos int) bool {
	ms := q.doc.Mentions
	seen := false
	for j := q.mentionFrom(pos) - 1; j >= 0; j-- {
		m := ms[j]
		if m.Entity != e || m.Kind != model.MentionName || q.inQuote(m.Start) {
			continue
		}
		lo := 0
		if si := q.sentenceAt(m.Start); si >= 0 {
			lo = q.doc.Sentences[si].Start
		}
		w, s := q.prevWord(lo, q.listStart(lo, m.Start))
		for n := 0; n < 4 && w != "" && (qTitleWord(w) || qRoleNoun(w) || qPersonRoles[w]); n++ {
			w, s = q.prevWord(lo, s)
		}
		if w == "the" || w == "a" {
			w, _ = q.prevWord(lo, s)
		}
		if !qPreps[w] {
			return false
		}
		seen = true
	}
	return seen
}
