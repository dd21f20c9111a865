package extract

// A session noun after an indefinite article brings in an event of its
// own, which "the conference" after it means, not the event named
// before:
//
//	Mr Singh is attending the G7 meeting. At a conference on enterprise
//	hosted by Mr Brown, he said ... "...," he told the conference.
//
// "the conference" is the one on enterprise, which has no name; bound to
// the G7 meeting it would make the speaker take part in the wrong event.
// resolveEventDescriptions keeps the same guard for the nouns of
// contests and ceremonies ("indefinite event since", coref_events.go).

// indefiniteEventSince reports whether "a", "an" or "another" opens,
// between the latest mention of event e before description m and m, a
// noun phrase whose head is m's own noun ("a conference on enterprise").
func (a *analysis) indefiniteEventSince(e int, m *mention) bool {
	if m.roleHead == "" {
		return false
	}
	last := -1
	for i := range a.ments {
		o := &a.ments[i]
		if o.t0 >= m.t0 {
			break
		}
		if o.entity == e && !o.hidden {
			last = o.t1
		}
	}
	if last < 0 {
		return false
	}
	for t := last; t < m.t0; t++ {
		switch a.tokens[t].Lower() {
		case "a", "an", "another":
		default:
			continue
		}
		for k := t + 1; k < m.t0 && k <= t+4; k++ {
			if a.tokens[k].Lower() == m.roleHead && !isCapWord(a.tokens[k]) {
				return true
			}
			if eventIntroStops[a.tokens[k].Lower()] || a.tokens[k].Text == "," {
				break
			}
		}
	}
	return false
}
