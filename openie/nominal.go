package openie

// nominalTuples reads the relations a noun phrase states without a verb:
// an apposition "X, the chief executive," says X is the chief executive,
// and a possessive "Glazer's club" says Glazer has the club.
func (x *extractor) nominalTuples(p int) []Tuple {
	t := x.t
	if !nominal(t.upos(p)) || t.upos(p) == "PRON" {
		return nil
	}
	var out []Tuple
	for _, k := range t.kids[p] {
		switch {
		case t.rel[k] == "appos" && nominal(t.upos(k)) && t.upos(k) != "PRON":
			a1 := x.argSpan(p)
			a2 := x.argSpanAvoid(k, -1, false)
			tu := Tuple{Relation: "is", Key: "be", Predicate: p, Clause: Appos,
				Args: []Arg{{Text: t.text(a1), Span: a1, Head: p, Role: "subj"},
					{Text: t.text(a2), Span: a2, Head: k, Role: "appos"}}}
			tu.Confidence = x.confidence(clause{pred: p, subjHow: "own"}, tu)
			out = append(out, tu)
		case t.rel[k] == "nmod:poss" && (t.upos(k) == "PROPN" || t.upos(k) == "NOUN") && k < p:
			a1 := t.span(k, func(_, c int) bool { return t.base[c] == "case" || t.rel[c] == "acl:relcl" || t.rel[c] == "appos" })
			a2 := t.span(p, func(q, c int) bool {
				return c == k || (q == p && t.base[c] == "det") || t.rel[c] == "acl:relcl" || t.rel[c] == "appos" ||
					(q == p && (t.base[c] == "conj" || t.base[c] == "cc" || t.base[c] == "nmod" || t.base[c] == "acl"))
			})
			tu := Tuple{Relation: "has", Key: "have", Predicate: p, Clause: Poss,
				Args: []Arg{{Text: t.text(a1), Span: a1, Head: k, Role: "subj"},
					{Text: t.text(a2), Span: a2, Head: p, Role: "obj"}}}
			tu.Confidence = x.confidence(clause{pred: p, subjHow: "own"}, tu)
			out = append(out, tu)
		}
	}
	return out
}
