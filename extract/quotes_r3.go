package extract

import "strings"

// Round-3 attribution rules: constructions of wire and politics copy that
// the first rules missed. Each is a fallback tried only where the older
// rules found no speaker, so it cannot change an attribution they made.

// qNamed reports whether m names its entity outright (a name or an
// acronym: "LNM", "EADS"), as opposed to a role phrase or a pronoun.
func qNamed(m Mention) bool {
	return m.Kind == MentionName || m.Kind == MentionAcronym
}

// sameSentence reports whether offsets a and b fall in one sentence.
func (q *quoter) sameSentence(a, b int) bool {
	sa := q.sentenceAt(a)
	return sa >= 0 && sa == q.sentenceAt(b)
}

// accordingTo resolves the source after "according to" at ts[i]: a name
// or role (objectAfter), else the body a statement or spokesman speaks for
// ("according to a statement from Acme", "according to an Acme spokesman").
func (q *quoter) accordingTo(ts []qtok, i int) (int, int) {
	if e, pos := q.objectAfter(ts, i); e >= 0 {
		return e, pos
	}
	if i >= len(ts) {
		return -1, 0
	}
	hi := min(len(ts), i+8)
	for j := i; j < hi; j++ {
		if ts[j].kind == qkPunct && q.text[ts[j].s:ts[j].e] != "&" {
			hi = j
			break
		}
	}
	return q.spokesOrg(ts[i:hi])
}

// appositionName returns the person when the apposition ts[lo+1:hi]
// (between its commas, dashes or brackets) is nothing but that person's
// name, perhaps after capitalised title words ("Labour MP Jo Bloggs").
func (q *quoter) appositionName(ts []qtok, lo, hi int) (int, int) {
	if hi-lo < 2 || lo == 0 {
		return -1, 0
	}
	j := lo + 1
	for n := 0; j < hi && n < 3; n++ {
		mi := q.mentionAt(ts[j].s)
		if mi >= 0 {
			m := q.doc.Mentions[mi]
			if qNamed(m) && q.isPerson(m.Entity) {
				// the name must fill the rest of the apposition
				if ts[hi-1].e <= m.End {
					return m.Entity, m.Start
				}
				return -1, 0
			}
			if m.Kind == MentionPronoun {
				return -1, 0
			}
			// a party or body as a title word: "Labour MP …"
			for j < hi && ts[j].s < m.End {
				j++
			}
			continue
		}
		if !q.capitalAt(ts[j]) {
			return -1, 0
		}
		j++
	}
	return -1, 0
}

// roleThenName resolves "said the committee chairman, MP Jo Bloggs" (a
// role phrase, a comma, then the name): the person named after the comma.
func (q *quoter) roleThenName(ts []qtok, i int) (int, int) {
	if i >= len(ts) || ts[i].kind != qkWord {
		return -1, 0
	}
	switch q.text[ts[i].s:ts[i].e] {
	case "the", "its", "their", "his", "her", "a", "an", "our":
	default:
		return -1, 0
	}
	for j := i + 1; j < len(ts) && j < i+7; j++ {
		t := ts[j]
		if t.kind == qkPunct && q.text[t.s:t.e] == "," {
			w := strings.ToLower(q.text[ts[j-1].s:ts[j-1].e])
			if ts[j-1].kind != qkWord || !qPersonRoles[w] && !qSpokesWords[w] {
				return -1, 0
			}
			return q.appositionName(ts, j, min(len(ts), j+6))
		}
		if t.kind == qkPoss {
			continue
		}
		if t.kind != qkWord {
			return -1, 0
		}
		if mi := q.mentionAt(t.s); mi >= 0 && q.isPerson(q.doc.Mentions[mi].Entity) && q.doc.Mentions[mi].Kind != MentionRole {
			return -1, 0 // "said the minister Jo Bloggs": objectAfter's case
		}
		if w := q.text[t.s:t.e]; qPreps[w] || qVerbish(w) {
			return -1, 0
		}
	}
	return -1, 0
}

// insertedSaid resolves an attribution inserted into the reported clause
// between commas, "The comments, said Jo Bloggs of Acme, were …": ts[v] is
// the verb, right after a comma, and the speaker after it is a person.
func (q *quoter) insertedSaid(ts []qtok, v int) qattr {
	if v < 2 || v+1 >= len(ts) || q.text[ts[v-1].s:ts[v-1].e] != "," || q.text[ts[v].s:ts[v].e] != "said" {
		return noAttr
	}
	// a closing comma must follow the speaker phrase
	closed := false
	for j := v + 2; j < len(ts) && j < v+14; j++ {
		if q.text[ts[j].s:ts[j].e] == "," {
			closed = true
			break
		}
	}
	if !closed {
		return noAttr
	}
	e, pos := q.objectAfter(ts, v+1)
	if !q.isPerson(e) {
		return noAttr
	}
	return qattr{ent: e, rule: "said-inserted", pos: pos}
}
