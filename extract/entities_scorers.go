package extract

// scorerNames types as a person a lone name no rule typed that stands
// where a match report names the scorer of a side's goal: after
// "through", "via", "thanks to" or "courtesy of" in a clause whose verb
// tells of the side's score ("Sable Batie took the lead in the 35th
// minute through Kemadjou", "Santos equalised thanks to Xaba"). Left
// untyped such a name falls to Organization, and the side's scorer
// (relations_scorers.go, which reads the same words) is lost. A club
// does not score through a club, but a typed name (a town, a known
// club) keeps its type: "went through to the final via Leeds" names
// the side's route. Every other untyped mention of the name follows.
func (a *analysis) scorerNames() {
	if !a.sportsStory() {
		return
	}
	var names []string
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.t1-m.t0 != 1 || m.typ != "" || m.alone || m.canon != "" {
			continue
		}
		if a.scorerSlot(m.t0, a.sentTokens[m.sent].Start) {
			names = append(names, m.surface)
		}
	}
	for _, n := range names {
		for i := range a.ments {
			if m := &a.ments[i]; m.kind == MentionName && m.typ == "" && m.surface == n {
				m.typ = Person
			}
		}
	}
}

// scorerSlot reports whether the name at token t follows a scorer's
// preposition after a side-score verb in the same clause, with no own
// goal, and no other "through" or "to" of a route, between.
func (a *analysis) scorerSlot(t, lo int) bool {
	k := t - 1
	if k < lo {
		return false
	}
	switch w := a.tokens[k].Lower(); {
	case throughWords[w]:
	case k-1 >= lo && (w == "to" && a.tokens[k-1].Lower() == "thanks" || w == "of" && a.tokens[k-1].Lower() == "courtesy"):
		k--
	default:
		return false
	}
	for v := k - 1; v >= lo; v-- {
		w := a.tokens[v].Lower()
		if clauseBreaks[w] || w == "own" || throughWords[w] || w == "to" {
			return false // "went through to the final via Leeds": a route, no score
		}
		if sideScoreVerbs[w] {
			return v+1 < k
		}
	}
	return false
}
