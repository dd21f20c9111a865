package openie

import (
	"strings"
	"unicode"
)

// argSpan is the span of a nominal argument headed by h: its subtree
// without relative clauses, appositions, parentheticals and, when
// splitConj, its own coordinated conjuncts; avoid (a predicate, or -1) is
// cut off too, so a noun modified by the clause being extracted does not
// swallow that clause ("an armada [preparing to invade England]").
func (x *extractor) argSpan(h int) Span { return x.argSpanAvoid(h, -1, false) }

func (x *extractor) argSpanAvoid(h, avoid int, splitConj bool) Span {
	t := x.t
	return t.span(h, func(p, k int) bool {
		if p == h && clauseLevel[t.base[k]] {
			return true
		}
		switch t.rel[k] {
		case "acl:relcl", "appos", "parataxis", "dep", "list", "vocative", "discourse":
			return true
		case "conj", "cc":
			if splitConj && p == h {
				return true
			}
		}
		return avoid >= 0 && (k == avoid || t.dominates(k, avoid))
	})
}

// clauseLevel relations belong to a clause, never to a noun phrase: when
// an argument's head is itself a predicate ("the pioneer" in "his son was
// a pioneer who ..."), they are not part of the argument.
var clauseLevel = wordSet("nsubj csubj cop aux expl mark advcl ccomp parataxis")

// clauseSpan is a clausal argument's whole subtree, less its complementiser
// when the relation phrase took it ("indicated that").
func (x *extractor) clauseSpan(h int, dropMark bool) Span {
	t := x.t
	return t.span(h, func(p, k int) bool {
		return dropMark && p == h && t.base[k] == "mark" && k < h
	})
}

// caseSpan is the case marker of an oblique or nominal modifier: the
// preposition with any fixed words ("because of", "according to"), or -1.
func (x *extractor) caseOf(h int) int {
	t := x.t
	for _, k := range t.kids[h] {
		if t.base[k] == "case" && k < h && t.upos(k) != "PART" {
			return k
		}
	}
	return -1
}

// caseText is the preposition's words with their fixed companions.
func (x *extractor) caseText(cs int) string {
	t := x.t
	return t.text(t.span(cs, nil))
}

// conjuncts lists h and the nominal words coordinated with it.
func (x *extractor) conjuncts(h int) []int {
	t := x.t
	out := []int{h}
	if !nominal(t.upos(h)) {
		return out
	}
	for _, k := range t.kids[h] {
		if t.rel[k] == "conj" && nominal(t.upos(k)) {
			out = append(out, k)
		}
	}
	if x.opts.SplitNamesOnly {
		for _, k := range out {
			if t.upos(k) != "PROPN" {
				return out[:1]
			}
		}
	}
	return out
}

func nominal(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// slot is one argument position before coordination is split out.
type slot struct {
	head    int
	role    string
	prep    int  // case word moved into the relation, or -1
	clausal bool // a clause, not a noun phrase
	dropMk  bool // its complementiser is in the relation
}

func inInts(a []int, v int) bool {
	for _, x := range a {
		if x == v {
			return true
		}
	}
	return false
}

// tuples turns a clause into tuples, one per combination of coordinated
// subject and object.
func (x *extractor) tuples(c clause) []Tuple {
	t := x.t
	var objs, comps, obls []slot
	chain := []int{c.pred}
	if c.rest != c.pred {
		for v, steps := c.rest, 0; v != c.pred && v >= 0 && steps < t.n; v, steps = t.head[v], steps+1 {
			chain = append(chain, v)
		}
	}
	for _, v := range chain {
		for _, k := range t.kids[v] {
			switch {
			case v == c.rest && (t.base[k] == "obj" || t.base[k] == "iobj"):
				objs = append(objs, slot{head: k, role: t.base[k], prep: -1})
			case v == c.rest && t.base[k] == "ccomp":
				comps = append(comps, slot{head: k, role: "comp", prep: -1, clausal: true})
			case v == c.rest && t.base[k] == "xcomp" && !c.copular && !x.mergesXcomp(v, k):
				comps = append(comps, slot{head: k, role: "comp", prep: -1, clausal: t.upos(k) == "VERB"})
			case t.base[k] == "obl":
				obls = append(obls, slot{head: k, role: "obl", prep: -1})
			// an adverb after the verb ("recently") and an adverbial
			// clause with its conjunction ("until he switched to Merck")
			// are further arguments, as CaRB annotates them
			case t.base[k] == "advmod" && !negs[t.lemma(k)] && !inInts(c.verbGroup, k) && t.upos(k) == "ADV" && k > v:
				obls = append(obls, slot{head: k, role: "obl", prep: -1})
			case v == c.pred && t.base[k] == "advcl" && x.subordinated(k):
				obls = append(obls, slot{head: k, role: "obl", prep: -1, clausal: true})
			}
		}
	}
	objs, obls = x.relativeGap(c, objs, comps, obls)
	// "bought and sold shares": a coordinated verb without an object
	// shares the object that follows it
	if len(objs) == 0 && len(comps) == 0 && t.rel[c.rest] == "conj" && t.head[c.rest] >= 0 {
		if o := t.child(t.head[c.rest], "obj"); o > c.rest {
			objs = append(objs, slot{head: o, role: "obj", prep: -1})
		}
	}
	// A reporting verb used parenthetically ("..., he said.") states the
	// clause it comments on.
	if len(objs) == 0 && len(comps) == 0 && t.rel[c.pred] == "parataxis" && sayVerbs[t.lemma(c.pred)] && t.head[c.pred] >= 0 {
		comps = append(comps, slot{head: -2 - t.head[c.pred], role: "comp", prep: -1, clausal: true})
	}
	rel := append([]int(nil), c.verbGroup...)
	key := x.lemmas(c.keyWords)
	var lightNoun []int
	var second *slot
	adjective := -1
	typ := SV
	switch {
	case c.copular && t.upos(c.pred) == "ADJ" && x.adjObl(c.pred, obls) >= 0:
		// "is subject to X", "would be responsible for X": the adjective
		// and its preposition join the copula, X is the argument.
		i := x.adjObl(c.pred, obls)
		second = &obls[i]
		second.prep = x.caseOf(second.head)
		adjective = c.pred
		typ = SVC
	case c.copular:
		cs := x.caseOf(c.pred)
		s := slot{head: c.pred, role: "comp", prep: cs}
		if cs >= 0 {
			typ = SVA
		} else {
			typ = SVC
		}
		second = &s
	case len(objs) > 0:
		second = &objs[0]
		typ = SVO
		if len(objs) > 1 {
			typ = SVOO
			// the direct object is the second argument; "gave him a book"
			for i := range objs {
				if objs[i].role == "obj" {
					second = &objs[i]
				}
			}
		} else if len(comps) > 0 {
			typ = SVOC
		} else if len(obls) > 0 {
			typ = SVOA
		}
		if x.opts.LightVerbNouns && typ == SVO {
			if m, cs := x.lightNoun(second.head); m >= 0 {
				lightNoun = []int{second.head, m, cs}
				s := slot{head: m, role: "obj", prep: cs}
				second = &s
			}
		}
	case len(comps) > 0:
		second = &comps[0]
		typ = SVC
		if second.clausal {
			typ = SVO
			if second.head >= 0 {
				if mk := t.child(second.head, "mark"); mk >= 0 && mk < second.head && t.lemma(mk) != "to" {
					second.dropMk = true
				}
			}
		}
	default:
		// the first oblique after the verb gives the relation its preposition
		for i := range obls {
			if obls[i].head > c.pred {
				second = &obls[i]
				break
			}
		}
		if second != nil {
			typ = SVA
			if cs := x.caseOf(second.head); cs >= 0 {
				second.prep = cs
			}
		}
	}
	relText := x.words(rel)
	// "the organ built by Schnitger", "an armada preparing to invade": a
	// participle modifying a noun is a passive or progressive whose copula
	// the text leaves out
	if c.subjHow == "acl" && (t.xpos(c.pred) == "VBN" || t.xpos(c.pred) == "VBG") && len(c.verbGroup) > 0 && c.verbGroup[0] == c.pred {
		relText = x.be(c.subj) + " " + relText
		c.passive = t.xpos(c.pred) == "VBN"
	}
	if lightNoun != nil {
		sp := x.lightNounSpan(lightNoun[0], lightNoun[1])
		relText += " " + t.text(sp)
		key += "_" + t.lemma(lightNoun[0])
		for i := sp.Start; i < sp.End; i++ {
			rel = append(rel, i)
		}
	}
	if adjective >= 0 {
		relText += " " + t.word(adjective)
		key += "_" + t.lemma(adjective)
		rel = append(rel, adjective)
	}
	if second != nil && second.dropMk {
		mk := t.child(second.head, "mark")
		relText += " " + t.word(mk)
		rel = append(rel, mk)
	}
	if second != nil && second.prep >= 0 {
		relText += " " + x.caseText(second.prep)
		key += "_" + strings.ReplaceAll(strings.ToLower(x.caseText(second.prep)), " ", "_")
		sp := t.span(second.prep, nil)
		for i := sp.Start; i < sp.End; i++ {
			rel = append(rel, i)
		}
	}

	// arguments after the second, in sentence order
	var extra []slot
	for _, group := range [][]slot{objs, comps, obls} {
		for _, s := range group {
			if second != nil && (s.head == second.head || (lightNoun != nil && s.head == lightNoun[0])) {
				continue
			}
			extra = append(extra, s)
		}
	}
	sortSlots(extra)

	subjs := x.conjuncts(c.subj)
	var seconds []int
	if second != nil && !second.clausal && second.head >= 0 {
		seconds = x.conjuncts(second.head)
	}
	// A bare passive ("their performance was well received") reads as a
	// copula and its participle, the way CaRB's annotators split it.
	var participle *Arg
	if second == nil && len(extra) == 0 && c.passive && c.rest == c.pred {
		if i := x.firstBe(rel); i >= 0 && i+1 < len(rel) {
			sp := Span{rel[i+1], rel[len(rel)-1] + 1}
			if sp.Len() == len(rel)-i-1 {
				participle = &Arg{Text: t.text(sp), Span: sp, Head: c.pred, Role: "comp"}
				relText = x.words(rel[:i+1])
				rel = rel[:i+1]
				typ = SVC
			}
		}
	}
	var out []Tuple
	for _, s := range subjs {
		subjArg := x.nounArg(s, c.pred, len(subjs) > 1, "subj")
		if participle != nil {
			out = append(out, x.finish(c, typ, relText, key, rel, []Arg{subjArg, *participle}, extra))
		} else if second == nil {
			out = append(out, x.finish(c, typ, relText, key, rel, []Arg{subjArg}, extra))
		} else if second.clausal || second.head < 0 || (c.copular && second.head == c.pred) {
			out = append(out, x.finish(c, typ, relText, key, rel, []Arg{subjArg, x.secondArg(c, *second)}, extra))
		} else {
			for _, o := range seconds {
				a := x.nounArg(o, c.pred, len(seconds) > 1, second.role)
				if second.prep >= 0 && o == second.head {
					a.Span = x.t.span(o, x.skipForArg(o, c.pred, len(seconds) > 1, second.prep))
					a.Text = t.text(a.Span)
					a.Prep = x.caseText(second.prep)
				} else if second.prep >= 0 {
					a.Prep = x.caseText(second.prep)
				}
				out = append(out, x.finish(c, typ, relText, key, rel, []Arg{subjArg, a}, extra))
				if len(out) >= maxSplits {
					break
				}
			}
		}
		if len(out) >= maxSplits {
			break
		}
	}
	return out
}

// subordinated reports whether the adverbial clause headed by k opens with
// its own subordinator, so it reads as a whole argument of the verb: a
// conjunction ("because", "until" as mark) or a wh-adverb ("when",
// "where", "whenever" as the clause's own advmod, tagged WRB). A bare
// participle clause ("..., leading to X") has neither and stays out.
func (x *extractor) subordinated(k int) bool {
	t := x.t
	if m := t.child(k, "mark"); m >= 0 {
		return !concessive[t.lemma(m)]
	}
	for _, w := range t.kids[k] {
		if w < k && t.base[w] == "advmod" && t.xpos(w) == "WRB" && w == t.span(k, nil).Start {
			return true
		}
	}
	return false
}

// concessive subordinators open a clause that contrasts with the main one
// rather than saying when, why or how its event happened ("although",
// "while", "even though"): such a clause is a statement of its own, not an
// argument of the main verb.
var concessive = wordSet("although though while whereas whilst despite")

// adjObl is the index in obls of the first prepositional oblique after
// adjective a, or -1.
func (x *extractor) adjObl(a int, obls []slot) int {
	for i, s := range obls {
		if s.head > a && x.t.head[s.head] == a && !s.clausal && x.caseOf(s.head) >= 0 {
			return i
		}
	}
	return -1
}

// firstBe is the position in rel of the passive auxiliary "be" form.
func (x *extractor) firstBe(rel []int) int {
	for i, k := range rel {
		if x.t.rel[k] == "aux:pass" {
			return i
		}
	}
	return -1
}

// skipForArg is argSpanAvoid's rule plus dropping the case word cs.
func (x *extractor) skipForArg(h, avoid int, splitConj bool, cs int) func(p, k int) bool {
	t := x.t
	return func(p, k int) bool {
		if k == cs || (p == h && clauseLevel[t.base[k]]) {
			return true
		}
		switch t.rel[k] {
		case "acl:relcl", "appos", "parataxis", "dep", "list", "vocative", "discourse":
			return true
		case "conj", "cc":
			if splitConj && p == h {
				return true
			}
		}
		return avoid >= 0 && (k == avoid || t.dominates(k, avoid))
	}
}

// nounArg renders a nominal argument; a noun that entered the clause as
// the antecedent of a relative pronoun loses its own preposition ("cells
// [of] radical Palestinians that look to ...").
func (x *extractor) nounArg(h, pred int, split bool, role string) Arg {
	t := x.t
	cs := -1
	if t.base[h] == "nmod" || t.base[h] == "obl" {
		cs = x.caseOf(h)
	}
	sp := t.span(h, x.skipForArg(h, pred, split, cs))
	return Arg{Text: t.text(sp), Span: sp, Head: h, Role: role}
}

// relativeGap fills the gap a relative clause leaves with its antecedent:
// a relative pronoun object or oblique ("the process, which Sharon had
// opposed") stands for the noun the clause modifies, and a clause with a
// subject but no object ("the weapon the United States could deploy")
// takes the noun as its object.
func (x *extractor) relativeGap(c clause, objs, comps, obls []slot) ([]slot, []slot) {
	t := x.t
	v := c.rest
	if t.rel[c.pred] != "acl:relcl" || t.head[c.pred] < 0 {
		return objs, obls
	}
	ante := t.head[c.pred]
	replaced := false
	for i := range objs {
		if x.isRelPron(objs[i].head) {
			objs[i].head = ante
			replaced = true
		}
	}
	for i := range obls {
		if x.isRelPron(obls[i].head) {
			obls[i].head = ante
			obls[i].prep = -1
			replaced = true
		}
	}
	if !replaced && c.subjHow == "own" && len(objs) == 0 && len(comps) == 0 && !c.passive &&
		t.upos(v) == "VERB" && t.child(c.pred, "mark", "advmod") < 0 && nominal(t.upos(ante)) {
		objs = append(objs, slot{head: ante, role: "obj", prep: -1})
	}
	return objs, obls
}

// secondArg renders a clausal or predicative second argument.
func (x *extractor) secondArg(c clause, s slot) Arg {
	t := x.t
	if s.head < -1 { // the clause a parenthetical reporting verb comments on
		h := -2 - s.head
		sp := t.span(h, func(p, k int) bool { return k == c.pred })
		return Arg{Text: t.text(sp), Span: sp, Head: h, Role: "comp"}
	}
	if c.copular && s.head == c.pred {
		sp := t.span(c.pred, func(p, k int) bool {
			if p != c.pred {
				return t.rel[k] == "acl:relcl"
			}
			switch t.base[k] {
			case "nsubj", "csubj", "cop", "aux", "mark", "advcl", "obl", "parataxis", "ccomp",
				"conj", "cc", "punct", "discourse", "expl", "vocative", "dep", "list", "appos":
				return true
			case "advmod":
				return k < c.pred
			case "acl":
				return t.rel[k] == "acl:relcl"
			}
			return k == s.prep
		})
		return Arg{Text: t.text(sp), Span: sp, Head: c.pred, Role: "comp", Prep: x.prepText(s.prep)}
	}
	sp := x.clauseSpan(s.head, s.dropMk)
	if !s.clausal {
		sp = x.argSpanAvoid(s.head, c.pred, false)
	}
	return Arg{Text: t.text(sp), Span: sp, Head: s.head, Role: s.role}
}

func (x *extractor) prepText(cs int) string {
	if cs < 0 {
		return ""
	}
	return x.caseText(cs)
}

// lightNoun finds, for an object noun o, the prepositional modifier that
// makes "verb + o + preposition" one relation: "bought a stake in X",
// "made an offer on X". It returns the modifier's head and its case word.
func (x *extractor) lightNoun(o int) (int, int) {
	t := x.t
	if t.upos(o) != "NOUN" {
		return -1, -1
	}
	for _, k := range t.kids[o] {
		if t.base[k] == "det" && !strings.EqualFold(t.word(k), "a") && !strings.EqualFold(t.word(k), "an") {
			return -1, -1
		}
	}
	for _, k := range t.kids[o] {
		if t.base[k] != "nmod" || k < o || t.rel[k] == "nmod:poss" {
			continue
		}
		cs := x.caseOf(k)
		if cs < 0 || t.lemma(cs) == "of" {
			return -1, -1
		}
		if sp := x.lightNounSpan(o, k); sp.Len() > 5 {
			return -1, -1
		}
		// only when the modifier names something ("a stake in Manchester
		// United"), the case a graph needs; "an offer on the minimum
		// wage" keeps its object whole
		if t.upos(k) != "PROPN" {
			return -1, -1
		}
		return k, cs
	}
	return -1, -1
}

// lightNounSpan is the object phrase up to the modifier m.
func (x *extractor) lightNounSpan(o, m int) Span {
	t := x.t
	return t.span(o, func(p, k int) bool { return k == m || t.rel[k] == "acl:relcl" })
}

func sortSlots(a []slot) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].head < a[j-1].head; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// finish assembles one tuple and scores it.
func (x *extractor) finish(c clause, typ ClauseType, relText, key string, rel []int, args []Arg, extra []slot) Tuple {
	t := x.t
	for _, s := range extra {
		if s.head < -1 { // a parenthetical's encoded clause, when an oblique came second
			args = append(args, x.secondArg(c, s))
			continue
		}
		var sp Span
		if s.clausal {
			sp = x.clauseSpan(s.head, false)
		} else {
			sp = x.argSpanAvoid(s.head, c.pred, false)
		}
		args = append(args, Arg{Text: t.text(sp), Span: sp, Head: s.head, Role: s.role})
	}
	tu := Tuple{
		Relation:    relText,
		Key:         cleanKey(key),
		Predicate:   c.pred,
		RelTokens:   rel,
		Args:        args,
		Clause:      typ,
		Negated:     c.negated,
		Modality:    c.modality,
		Passive:     c.passive,
		Attribution: x.attrib[c.pred],
		SubjectFrom: c.subjHow,
	}
	tu.Confidence = x.confidence(c, tu)
	return tu
}

// cleanKey keeps a relation key to lower-case letters, digits and single
// underscores, so it can end an IRI unescaped: "can't_stand" ->
// "can_t_stand", "be_in" stays.
func cleanKey(k string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(k) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	if b.Len() == 0 {
		return "rel"
	}
	return b.String()
}

func (x *extractor) words(idx []int) string {
	ws := make([]string, len(idx))
	for i, k := range idx {
		ws[i] = x.t.word(k)
	}
	return strings.Join(ws, " ")
}

func (x *extractor) lemmas(idx []int) string {
	ws := make([]string, 0, len(idx))
	for _, k := range idx {
		if k >= 0 {
			ws = append(ws, x.t.lemma(k))
		}
	}
	for _, k := range idx {
		if k < 0 {
			continue
		}
		for _, p := range x.t.kids[k] {
			if x.t.rel[p] == "compound:prt" {
				ws = append(ws, x.t.lemma(p))
			}
		}
	}
	return strings.Join(ws, "_")
}
