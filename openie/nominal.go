package openie

// nominalTuples reads the relations a noun phrase states without a verb:
// an apposition "X, the chief executive," says X is the chief executive,
// a possessive "Glazer's club" says Glazer has the club, and a place
// modifier "the Helmut Newton Foundation in Berlin" says the foundation is
// in Berlin. The verb takes the tense of the clause around the phrase, as
// CaRB's annotators wrote it ("was", "had" in a past-tense sentence).
func (x *extractor) nominalTuples(p int) []Tuple {
	t := x.t
	if !nominal(t.upos(p)) || t.upos(p) == "PRON" {
		return nil
	}
	var out []Tuple
	add := func(tu Tuple) {
		tu.SubjectFrom = "own"
		tu.Confidence = x.confidence(clause{pred: p, subjHow: "own"}, tu)
		out = append(out, tu)
	}
	for _, k := range t.kids[p] {
		switch {
		case t.rel[k] == "appos" && nominal(t.upos(k)) && t.upos(k) != "PRON":
			a1 := t.span(p, x.skipForArg(p, -1, false, x.caseOf(p)))
			a2 := x.argSpanAvoid(k, -1, false)
			add(Tuple{Relation: x.bePresent(p), Key: "be", Predicate: p, Clause: Appos,
				Args: []Arg{{Text: t.text(a1), Span: a1, Head: p, Role: "subj"},
					{Text: t.text(a2), Span: a2, Head: k, Role: "appos"}}})
		case t.rel[k] == "nmod:poss" && (t.upos(k) == "PROPN" || t.upos(k) == "NOUN") && k < p:
			a1 := t.span(k, func(_, c int) bool { return t.base[c] == "case" || t.rel[c] == "acl:relcl" || t.rel[c] == "appos" })
			a2 := t.span(p, func(q, c int) bool {
				return c == k || (q == p && t.base[c] == "det") || t.rel[c] == "acl:relcl" || t.rel[c] == "appos" ||
					(q == p && (t.base[c] == "conj" || t.base[c] == "cc" || t.base[c] == "nmod" || t.base[c] == "acl")) ||
					(q == p && clauseLevel[t.base[c]])
			})
			add(Tuple{Relation: x.have(k), Key: "have", Predicate: p, Clause: Poss,
				Args: []Arg{{Text: t.text(a1), Span: a1, Head: k, Role: "subj"},
					{Text: t.text(a2), Span: a2, Head: p, Role: "obj"}}})
		case t.rel[k] == "nmod" && k > p && t.upos(k) == "PROPN":
			cs := x.caseOf(k)
			if cs < 0 || t.lemma(cs) != "in" {
				continue
			}
			a1 := t.span(p, x.skipForArg(p, k, false, x.caseOf(p)))
			a2 := t.span(k, x.skipForArg(k, -1, false, cs))
			add(Tuple{Relation: x.be(p) + " in", Key: "be_in", Predicate: p, Clause: Place, RelTokens: []int{cs},
				Args: []Arg{{Text: t.text(a1), Span: a1, Head: p, Role: "subj"},
					{Text: t.text(a2), Span: a2, Head: k, Role: "obl", Prep: "in"}}})
		}
	}
	return out
}

// be is the copula agreeing with noun p in number and with its clause in
// tense.
func (x *extractor) be(p int) string {
	plural := x.t.xpos(p) == "NNS" || x.t.xpos(p) == "NNPS"
	switch past := x.pastClause(p); {
	case past && plural:
		return "were"
	case past:
		return "was"
	case plural:
		return "are"
	}
	return "is"
}

// have is "has", "have" or "had" for the possessor p.
func (x *extractor) have(p int) string {
	if x.pastClause(p) {
		return "had"
	}
	if x.t.xpos(p) == "NNS" || x.t.xpos(p) == "NNPS" {
		return "have"
	}
	return "has"
}

// pastClause reports whether the nearest verb or copula above word i is in
// the past tense ("sold", "had sold", "was").
func (x *extractor) pastClause(i int) bool {
	t := x.t
	for steps := 0; i >= 0 && steps <= t.n; steps++ {
		if cop := t.child(i, "cop"); cop >= 0 {
			return t.xpos(cop) == "VBD"
		}
		if t.upos(i) == "VERB" {
			if t.xpos(i) == "VBD" {
				return true
			}
			for _, k := range t.kids[i] {
				if t.base[k] == "aux" && t.xpos(k) == "VBD" {
					return true
				}
			}
			return false
		}
		i = t.head[i]
	}
	return false
}

// bePresent is "is" or "are": an apposition names what a thing is,
// whatever the tense of the sentence around it.
func (x *extractor) bePresent(p int) string {
	if x.t.xpos(p) == "NNS" || x.t.xpos(p) == "NNPS" {
		return "are"
	}
	return "is"
}
