package openie

import (
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// MaxWords bounds the sentences Extract reads: longer ones (run-on text,
// tables, a file without sentence breaks) yield no tuples, which keeps the
// work per sentence bounded and the whole run linear in the input.
const MaxWords = 300

// maxSplits caps the tuples one predicate yields from coordinated
// arguments, so "A, B, C and D met E, F and G" cannot multiply out.
const maxSplits = 8

// Extract returns the open relation tuples of one parsed sentence: one per
// predicate and combination of coordinated arguments, plus "is" tuples for
// appositions and "has" tuples for possessives. A sentence without a parse
// (no Head or Deprel) or longer than MaxWords yields nil.
func Extract(s *syntax.Sentence) []Tuple { return ExtractWith(s, DefaultOptions) }

// Options choose between readings where CaRB's annotations and a graph's
// needs can differ.
type Options struct {
	// LightVerbNouns reads "bought a stake in X" as the relation "bought a
	// stake in" with X as object (a verb whose indefinite object noun
	// carries a prepositional modifier naming something), so X can be
	// linked to an entity.
	// Off, the stake is the object and "in X" stays inside it.
	LightVerbNouns bool
	// SplitNamesOnly splits coordinated arguments into separate tuples only
	// when every conjunct is a name ("Sony and Toshiba sued Apple" gives
	// two tuples, "rocket attacks and raids" stays whole).
	SplitNamesOnly bool
}

// DefaultOptions are what Extract uses.
var DefaultOptions = Options{LightVerbNouns: true, SplitNamesOnly: true}

// ExtractWith is Extract with explicit options.
func ExtractWith(s *syntax.Sentence, opts Options) []Tuple {
	if s == nil || s.Len() > MaxWords {
		return nil
	}
	t := newTree(s)
	if t == nil {
		return nil
	}
	x := &extractor{t: t, opts: opts, attrib: make(map[int]string)}
	x.findAttributions()
	var out []Tuple
	for p := 0; p < t.n; p++ {
		if c, ok := x.clause(p); ok {
			out = append(out, x.tuples(c)...)
		}
		out = append(out, x.nominalTuples(p)...)
	}
	return out
}

type extractor struct {
	t      *tree
	opts   Options
	attrib map[int]string // predicate -> speaker text, for reported clauses
}

// clause is one predicate with the pieces its tuples are made of.
type clause struct {
	pred      int
	subj      int    // head of the subject, -1 when none was found
	subjHow   string // "own", or how it was inherited: "conj", "xcomp", "relcl", "acl", "advcl"
	verbGroup []int  // relation words: auxiliaries, negation, inner adverbs, copula, verb, particles
	rest      int    // the verb whose dependents give the arguments (differs from pred after an xcomp merge)
	negated   bool
	modality  string
	passive   bool
	copular   bool
	keyWords  []int // words whose lemmas make the Key
}

var (
	modals  = wordSet("can could may might must shall should will would ought 'd 'll wo ca")
	negs    = wordSet("not n't never no")
	relPron = wordSet("who whom which that whose")
	// sayVerbs introduce reported speech or belief: the clause they govern
	// is attributed to their subject.
	sayVerbs = wordSet(`say tell add claim state announce report insist argue warn believe
		think suggest explain deny admit note confirm reveal allege predict estimate
		acknowledge assert contend maintain write declare stress indicate`)
)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isPredicate reports whether p heads a clause: a verb that is not used as
// a modifier, or any word carrying a copula.
func (x *extractor) isPredicate(p int) (copular, ok bool) {
	t := x.t
	if t.child(p, "cop") >= 0 {
		return true, true
	}
	if t.upos(p) != "VERB" {
		return false, false
	}
	switch t.base[p] {
	case "amod", "compound", "aux", "cop", "case", "mark", "det", "fixed", "flat", "goeswith", "reparandum", "discourse":
		return false, false
	}
	return false, true
}

// clause assembles the predicate headed by p, or reports false when p is
// not a predicate, has no subject, or is an infinitive merged into the
// relation of the verb that controls it ("agreed to buy").
func (x *extractor) clause(p int) (clause, bool) {
	t := x.t
	copular, ok := x.isPredicate(p)
	if !ok {
		return clause{}, false
	}
	if !copular && t.rel[p] == "xcomp" && x.mergesXcomp(t.head[p], p) {
		return clause{}, false
	}
	c := clause{pred: p, rest: p, copular: copular}
	c.subj, c.subjHow = x.subject(p, 0)
	if c.subj < 0 {
		return clause{}, false
	}
	c.verbGroup = x.verbGroup(p, &c)
	c.keyWords = []int{p}
	if copular {
		c.keyWords = []int{t.child(p, "cop")}
	}
	// "agreed to buy", "wants to try to sell": the infinitive's words join
	// the relation and its dependents become the arguments.
	for steps := 0; steps < 4; steps++ {
		xc := t.child(c.rest, "xcomp")
		if xc < 0 || !x.mergesXcomp(c.rest, xc) {
			break
		}
		if c.copular {
			// "may be able to shut out": the adjective joins the relation
			c.verbGroup = append(c.verbGroup, c.rest)
			c.keyWords = append(c.keyWords, c.rest)
			c.copular = false
		}
		if m := t.child(xc, "mark"); m >= 0 && m < xc {
			c.verbGroup = append(c.verbGroup, m)
		}
		c.verbGroup = append(c.verbGroup, x.verbGroup(xc, &c)...)
		c.keyWords = append(c.keyWords, xc)
		c.rest = xc
	}
	return c, true
}

// mergesXcomp reports whether the verbal complement xc of v joins v's
// relation: v has no object of its own, so the complement's arguments are
// v's ("agreed to buy X" rather than "agreed | to buy X").
func (x *extractor) mergesXcomp(v, xc int) bool {
	t := x.t
	if v < 0 || t.upos(xc) != "VERB" || t.child(xc, "cop") >= 0 {
		return false
	}
	if t.child(v, "cop") >= 0 {
		// "is able to", "were unable to", "is likely to"
		return t.upos(v) == "ADJ" && t.child(xc, "mark") >= 0 && t.child(v, "obj", "iobj", "ccomp", "nsubj:outer") < 0
	}
	if _, ok := x.isPredicate(v); !ok {
		return false
	}
	return t.child(v, "obj", "iobj", "ccomp") < 0
}

// subject finds the subject of p: its own, or the one it inherits from a
// coordinated verb, a controlling verb, or the noun a relative or
// participial clause modifies. A relative pronoun stands for its
// antecedent. depth guards the recursion on damaged parses.
func (x *extractor) subject(p, depth int) (int, string) {
	t := x.t
	if depth > 8 || p < 0 {
		return -1, ""
	}
	if s := t.child(p, "nsubj", "csubj"); s >= 0 {
		if x.isRelPron(s) {
			// "who"/"which" stands for the noun its clause modifies; when
			// the parse did not attach the clause to a noun, there is no
			// antecedent to name and no useful tuple.
			if h := t.head[p]; h >= 0 && nominal(t.upos(h)) && t.upos(h) != "PRON" {
				return h, "relcl"
			}
			if a := x.strandedAntecedent(s); a >= 0 {
				return a, "relcl"
			}
			return -1, ""
		}
		if t.xpos(s) == "EX" {
			return -1, ""
		}
		return s, "own"
	}
	h := t.head[p]
	if h < 0 {
		return -1, ""
	}
	switch t.rel[p] {
	case "conj":
		if _, ok := x.isPredicate(h); ok {
			s, _ := x.subject(h, depth+1)
			return s, "conj"
		}
	case "xcomp":
		// "persuaded him to resign", "inspired Hunter to dub": a verb with
		// an object hands it to the infinitive ("promised him to" is rare)
		if o := t.child(h, "obj"); o >= 0 && t.lemma(h) != "promise" {
			return o, "xcomp"
		}
		s, _ := x.subject(h, depth+1)
		return s, "xcomp"
	case "acl:relcl":
		return h, "relcl"
	case "acl":
		if t.upos(h) == "NOUN" || t.upos(h) == "PROPN" {
			return h, "acl"
		}
	case "advcl":
		if m := t.child(p, "mark"); m < 0 || t.lemma(m) != "if" {
			s, _ := x.subject(h, depth+1)
			return s, "advcl"
		}
	}
	return -1, ""
}

// strandedAntecedent finds the antecedent of a relative "who" whose clause
// the parse hung on a verb instead of a noun ("... in honour of William
// Jones, who wrote the act" with "wrote" as a parataxis of the main verb).
// "who" always stands for a person named right before it, so the noun
// phrase ending just before it (past a comma) is the antecedent; "which"
// can stand for a whole clause and is left alone. It returns the head of
// that noun phrase, or -1.
func (x *extractor) strandedAntecedent(rp int) int {
	t := x.t
	if !personRelPron[strings.ToLower(t.word(rp))] {
		return -1
	}
	i := rp - 1
	if i >= 0 && t.word(i) == "," {
		i--
	}
	if i < 0 || (t.upos(i) != "NOUN" && t.upos(i) != "PROPN") {
		return -1
	}
	// climb from the last word of a name or compound to its head
	for steps := 0; steps < 4 && t.head[i] >= 0 && nameParts[t.base[i]]; steps++ {
		i = t.head[i]
	}
	// "Patty Schnyder from Switzerland, who": a name followed by the place
	// or body it belongs to is the person the clause describes; a common
	// noun ("the parents of Stefan, who") and a name in company ("the
	// Oscars, alongside Julie Walters, who") are left to the modifier
	if h := t.head[i]; t.base[i] == "nmod" && h >= 0 && h < i && t.upos(h) == "PROPN" {
		if cs := x.caseOf(i); cs >= 0 && affiliationPreps[t.lemma(cs)] {
			i = h
		}
	}
	return i
}

// personRelPron are the relative pronouns that only ever stand for a
// person, never for a clause.
var personRelPron = wordSet("who whom")

// affiliationPreps link a person's name to the place or body they come
// from or work for ("Doug Williams of BT", "Ortiz from Chile").
var affiliationPreps = wordSet("of from at")

// nameParts tie the words of one name or compound to its head.
var nameParts = wordSet("flat compound fixed")

// isRelPron reports a relative pronoun ("who", "which", "that" as a
// wh-determiner or pronoun).
func (x *extractor) isRelPron(i int) bool {
	t := x.t
	w := strings.ToLower(t.word(i))
	if !relPron[w] {
		return false
	}
	return w != "that" || t.xpos(i) == "WDT" || t.rel[t.headOr(i)] == "acl:relcl"
}

// verbGroup collects the relation words of predicate p in sentence order:
// auxiliaries, negation and adverbs between them and the verb, the copula,
// the verb itself and its particles; it records negation, modality and
// voice on c.
func (x *extractor) verbGroup(p int, c *clause) []int {
	t := x.t
	first := p
	for _, k := range t.kids[p] {
		if k < p && (t.base[k] == "aux" || t.base[k] == "cop") && k < first {
			first = k
		}
	}
	var g []int
	for _, k := range t.kids[p] {
		switch {
		case t.base[k] == "aux" && k < p:
			g = append(g, k)
			if modals[t.lemma(k)] || modals[strings.ToLower(t.word(k))] {
				c.modality = strings.ToLower(t.word(k))
			}
			if t.rel[k] == "aux:pass" {
				c.passive = true
			}
		case t.base[k] == "cop":
			g = append(g, k)
		case t.base[k] == "advmod" && negs[t.lemma(k)]:
			c.negated = true
			if k < p {
				g = append(g, k)
			}
		case t.base[k] == "advmod" && k > first && k < p && len(t.kids[k]) == 0:
			g = append(g, k) // "has also drafted", "is first mentioned"
		case t.rel[k] == "compound:prt":
			g = append(g, k)
		}
	}
	if t.child(p, "nsubj:pass", "csubj:pass") >= 0 {
		c.passive = true
	}
	if t.child(p, "cop") < 0 {
		g = append(g, p)
	}
	sortInts(g)
	return g
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// findAttributions marks the predicates of reported clauses with their
// speaker: the complement clause of a saying verb ("X said (that) ...")
// and the main clause a parenthetical "..., X said." comments on.
func (x *extractor) findAttributions() {
	t := x.t
	for v := 0; v < t.n; v++ {
		if t.upos(v) != "VERB" || !sayVerbs[t.lemma(v)] {
			continue
		}
		s := t.child(v, "nsubj")
		if s < 0 {
			continue
		}
		speaker := t.text(x.argSpan(s))
		var content int = -1
		if cc := t.child(v, "ccomp"); cc >= 0 {
			content = cc
		} else if t.rel[v] == "parataxis" && t.head[v] >= 0 {
			content = t.head[v]
		}
		if content < 0 {
			continue
		}
		x.attrib[content] = speaker
		for _, k := range t.kids[content] {
			if t.rel[k] == "conj" {
				x.attrib[k] = speaker
			}
		}
	}
}
