package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

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

// A capitalised common word used once is no name by itself (classify
// marks it alone: "A Concert of Hope", "Rice told reporters"), but listed
// among organisations it is one of them: "the new Europay, Mastercard and
// Visa cards", "both ATR and Bombardier aircraft", "Paramount, Universal
// and Warner Bros". The BBC diff showed the same shape inside longer
// names and titles, so every side the word is listed on must be a name
// (not another lone word: "Will and Grace", "Echo and the Bunnymen"), one
// of them an organisation some cue typed (the gazetteer, a head word, an
// acronym of three letters or more), whose word next
// to the list is no common word ("Liggett Group and Brown and
// Williamson", "BBC Research and Development", "Fact and Opinion
// Economics"), and across a comma only inside a list that goes on. The
// word itself is no article and touches no "&" ("Cable & Wireless").
// Tests: entities_coordination_test.go.

// coordinatedOrgs keeps lone common words listed among organisations as
// organisations.
func (a *analysis) coordinatedOrgs() {
	toks := a.tokens
	byEnd, byStart := map[int]int{}, map[int]int{}
	for k := range a.ments {
		if m := &a.ments[k]; (m.kind == MentionName || m.kind == MentionAcronym) && !m.hidden {
			byEnd[m.t1] = k
			byStart[m.t0] = k
		}
	}
	// named reports whether a name of a type other than person stands
	// in mention k; cued whether an organisation typed by a cue does,
	// its word at the list's side (edge) being no common word, and no
	// possessive after it ("Opera and Apple's Safari" lists browsers).
	named := func(k int, ok bool) bool {
		return ok && !a.ments[k].alone && a.ments[k].typ != Person
	}
	cued := func(k int, ok bool, edge int) bool {
		if !named(k, ok) {
			return false
		}
		m := &a.ments[k]
		// Two capitals are as often a model or a format ("GTV, GT and
		// Spider") as a body; three or more ("HMV, Virgin and
		// Woolworths") mostly a body.
		acronym := m.kind == MentionAcronym && len(m.surface) >= 3
		if m.typ != Organization || !m.strong && m.canon == "" && !acronym {
			return false
		}
		if m.t1 < len(toks) && isPossessive(toks[m.t1].Text) {
			return false
		}
		return !lexicon.IsCommonWord(toks[edge].Lower())
	}
	listWord := func(t string) bool { return t == "and" || t == "or" }
	var found []int
	for k := range a.ments {
		m := &a.ments[k]
		if m.kind != MentionName || !m.alone || m.hidden || m.t1-m.t0 != 1 || len(m.surface) < 3 || capArticle(m.surface) {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		p, n := m.t0-1, m.t1
		if p < lo || n >= hi || toks[p].Text == "&" || toks[n].Text == "&" || toks[p].Text == "The" || isCapWord(toks[n]) {
			continue
		}
		before := coordinator(toks[p].Text) && p > lo
		kl, okl := byEnd[p]
		kr, okr := byStart[n+1]
		after := listWord(toks[n].Text) || toks[n].Text == "," && okr
		if before && !named(kl, okl) || after && !named(kr, okr) {
			continue
		}
		left := before && cued(kl, okl, p-1) && (listWord(toks[p].Text) || after)
		right := after && listWord(toks[n].Text) && cued(kr, okr, n+1)
		if left || right {
			found = append(found, k)
		}
	}
	for _, k := range found {
		m := &a.ments[k]
		m.alone, m.typ, m.strong = false, Organization, true
	}
}
