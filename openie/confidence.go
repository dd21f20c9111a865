package openie

// The confidence is a linear score fitted by least squares to the
// precision each tuple reached against CaRB dev's gold tuples, with the
// trained parser (see the package report for the measurement): a base by
// clause type, then corrections for how the subject was found, the flags
// and the arguments' shape. Verbal clauses with an object or adverbial are
// the most reliable; readings of noun phrases (possessive "has") least.
var clauseBase = map[ClauseType]float64{
	SVA: 0.78, SVO: 0.74, SVOC: 0.73, SVOA: 0.69, SVC: 0.65, SVOO: 0.46,
	SV: 0.29, Place: 0.44, Appos: 0.36, Poss: 0.21,
}

// subjectPenalty is what an inherited subject costs: each inheritance is
// another chance for the parse to be wrong.
var subjectPenalty = map[string]float64{
	"conj": 0.08, "xcomp": 0.10, "relcl": 0.16, "acl": 0.23, "advcl": 0.23,
}

// confidence scores a tuple in [0.02, 0.98].
func (x *extractor) confidence(c clause, tu Tuple) float64 {
	t := x.t
	conf := clauseBase[tu.Clause] - subjectPenalty[c.subjHow]
	if tu.Passive {
		conf += 0.05
	}
	if tu.Modality != "" {
		conf -= 0.04
	}
	if tu.Attribution != "" {
		conf -= 0.14
	}
	if len(tu.Args) >= 3 {
		conf -= 0.04
	}
	if len(tu.Args) >= 4 {
		conf -= 0.04
	}
	if len(tu.Args) > 0 {
		subj := tu.Args[0]
		switch n := subj.Span.Len(); {
		case n > 6:
			conf -= 0.09
		case n == 1:
			conf -= 0.02
		}
		if subj.Head >= 0 && subj.Head < t.n {
			switch t.upos(subj.Head) {
			case "PROPN":
				conf += 0.11
			case "PRON":
				conf += 0.02
			}
		}
	}
	rest := 0
	for _, a := range tu.Args[min(1, len(tu.Args)):] {
		rest += a.Span.Len()
	}
	switch {
	case rest > 20:
		conf -= 0.15
	case rest > 12:
		conf -= 0.09
	case rest <= 2:
		conf -= 0.07
	}
	if conf < 0.02 {
		conf = 0.02
	}
	if conf > 0.98 {
		conf = 0.98
	}
	return conf
}
