package extract

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
