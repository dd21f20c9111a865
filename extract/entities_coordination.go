package extract

// In a sports story, a lone unknown word coordinated with a person's full
// name is a person too: "behind Raul, Ronaldo and Michael Owen", "saving
// from Bellamy, Chris Sutton and Juninho". Alone, such a word would be
// taken for an organisation, the type an unknown one-word name gets by
// default. Only names the text leaves untyped change: a word the
// gazetteer or a head word types ("Chelsea and John Terry") keeps its
// type, and so does a one-off common word ("Rice and ...": coreference
// decides). The coordination may run through a list, so the test repeats
// until nothing changes ("Raul, Ronaldo and Michael Owen": Ronaldo from
// Michael Owen, then Raul from Ronaldo). Outside sport the same shape
// lists bands, films and firms beside people ("Girls Aloud, Akon and ...",
// "Bill Condon for Kinsey and Michel Gondry"): the BBC diff found those
// mostly wrong, the sports ones right.
// Tests: entities_coordination_test.go.

// coordinatedPersons retypes lone untyped names listed beside people.
func (a *analysis) coordinatedPersons() {
	if !a.sportsStory() {
		return
	}
	byEnd, byStart := map[int]int{}, map[int]int{}
	for k := range a.ments {
		if m := &a.ments[k]; m.kind == MentionName && !m.hidden {
			byEnd[m.t1] = k
			byStart[m.t0] = k
		}
	}
	// person reports whether mention k, next to the word across the
	// token c, makes it a person: a full name across "and"/"or", or across
	// a comma only a word already found so, since a comma after a name
	// more often opens an apposition ("Rene Obermann, T-Mobile's chief").
	person := func(k int, ok bool, c string) bool {
		if !ok {
			return false
		}
		m := &a.ments[k]
		if c == "," {
			return m.coordinated
		}
		return m.typ == Person && (m.t1-m.t0 >= 2 && (m.firstName || m.honor != "") || m.coordinated)
	}
	for changed := true; changed; {
		changed = false
		for k := range a.ments {
			m := &a.ments[k]
			if m.kind != MentionName || m.hidden || m.t1-m.t0 != 1 || m.alone || m.canon != "" ||
				m.strong || m.typ != "" && m.typ != Organization || m.coordinated {
				continue
			}
			left, right := false, false
			if p := m.t0 - 1; p > a.sentTokens[m.sent].Start && coordinator(a.tokens[p].Text) {
				k2, ok := byEnd[p]
				left = person(k2, ok, a.tokens[p].Text)
			}
			if n := m.t1; n+1 < a.sentTokens[m.sent].End && coordinator(a.tokens[n].Text) {
				k2, ok := byStart[n+1]
				right = person(k2, ok, a.tokens[n].Text)
			}
			if left || right {
				m.typ, m.coordinated = Person, true
				changed = true
			}
		}
	}
}

// coordinator reports whether a token joins the items of a list.
func coordinator(t string) bool { return t == "," || t == "and" || t == "or" || t == "&" }
