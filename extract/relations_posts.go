package extract

// Relation constructions around posts and decisions.

// fromPossPost reads "his Treasury position", "her Fiat board seat"
// after "resigned from" / "stepped down from": a possessive determiner,
// an organisation name, then a post noun. The organisation is what the
// person leaves.
func (s *relSent) fromPossPost(k int) (int, bool) {
	if !s.is(k, relPossDet) || s.word(k, "the") {
		return -1, false
	}
	m := s.mentionAt(k + 1)
	if m == nil || m.first != k+1 || m.kind != MentionName || s.r.typeOf(m.entity) != Organization {
		return -1, false
	}
	e := m.last + 1
	if s.word(e, "board") || s.word(e, "cabinet") {
		e++
	}
	if !s.is(e, relPost) && !s.word(e, "seat") && !s.word(e, "post") {
		return -1, false
	}
	return m.entity, true
}

// deciderBefore finds "X's decision to ..." before token j: the person
// who decided is the one doing what the phrase after it says ("Brown's
// decision to announce the date while on a trip to China"). Only a
// person, only "decision", which reports a choice already made.
func (s *relSent) deciderBefore(j int) []int {
	for k := 0; k+3 < j; k++ {
		m := s.mentionAt(k)
		if m == nil || m.first != k || m.kind != MentionName || s.r.typeOf(m.entity) != Person {
			continue
		}
		if (s.word(m.last+1, "'s") || s.word(m.last+1, "'")) && s.word(m.last+2, "decision") && s.word(m.last+3, "to") {
			return []int{m.entity}
		}
		k = m.last
	}
	return nil
}
