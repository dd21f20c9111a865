package openie

// Base confidence by clause type: the mean precision of tuples of that
// shape against CaRB dev's gold tuples, measured with the trained parser. Verbal clauses with a nominal object are the
// most reliable; bare intransitives and the readings of noun phrases
// (possessive "has") least.
var clauseBase = map[ClauseType]float64{
	SVA: 0.68, SVO: 0.63, SVC: 0.60, SVOA: 0.59, SVOC: 0.56, SVOO: 0.42,
	SV: 0.12, Appos: 0.34, Poss: 0.20, Place: 0.30,
}

// confidence scores a tuple in [0.05, 0.95]: the clause type's base, less
// for an inherited subject (each step of inheritance is a chance for the
// parse to be wrong), for long arguments and for many arguments.
func (x *extractor) confidence(c clause, tu Tuple) float64 {
	t := x.t
	conf := clauseBase[tu.Clause]
	switch c.subjHow {
	case "conj", "relcl":
		conf -= 0.05
	case "xcomp", "acl":
		conf -= 0.10
	case "advcl":
		conf -= 0.20
	}
	for i, a := range tu.Args {
		if a.Span.Len() > 12 {
			conf -= 0.08
		}
		if a.Span.Len() == 0 {
			conf -= 0.3
		}
		if i == 0 && a.Head >= 0 && a.Head < t.n && t.upos(a.Head) == "PRON" {
			conf -= 0.03
		}
	}
	if len(tu.Args) > 3 {
		conf -= 0.05 * float64(len(tu.Args)-3)
	}
	if tu.Attribution != "" {
		conf -= 0.03
	}
	if conf < 0.05 {
		conf = 0.05
	}
	if conf > 0.95 {
		conf = 0.95
	}
	return conf
}
