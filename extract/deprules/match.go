package deprules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// Mention is an entity mention located in the sentence's tokens.
type Mention struct {
	First, Last int      // inclusive token range
	Types       []string // the entity types the mention may take, its own first
}

// Fact is one relation between two mentions of a sentence.
type Fact struct {
	Subject, Object int // indexes into the mentions given to Match
	Predicate       string
	Rule            string // "dep:" + the rule's name
	Confidence      float64
	Trigger         int // token index of the trigger word
}

// Worth reports whether a sentence, given as lower-case words and its
// mentions, holds a form of a trigger, outside the mentions, of some rule
// whose argument types the mentions can fill: only such sentences need a
// parse.
func (g *Registry) Worth(lower []string, ms []Mention) bool {
	if len(ms) < 2 {
		return false
	}
	inside := func(i int) bool {
		for _, m := range ms {
			if i >= m.First && i <= m.Last {
				return true
			}
		}
		return false
	}
	for _, ri := range g.byClass[AnyClass+"v"] {
		if g.rules[ri].fillable(ms) {
			return true // any verb triggers it: the mention types decide
		}
	}
	for i, w := range lower {
		if !g.forms[w] {
			if !strings.Contains(w, "-") || !g.forms[strings.ReplaceAll(w, "-", "")] {
				continue
			}
			w = strings.ReplaceAll(w, "-", "")
		}
		if inside(i) {
			continue
		}
		for _, pos := range []byte{'v', 'n'} {
			head, ok := g.triggers.formLemma[pos][w]
			if !ok {
				continue
			}
			for _, tr := range g.triggers.byHead[head] {
				if tr.pos != pos {
					continue
				}
				for _, ri := range g.byClass[tr.class+string(pos)] {
					if g.rules[ri].fillable(ms) {
						return true
					}
				}
			}
		}
	}
	return false
}

// fillable reports whether two different mentions can take the rule's
// subject and object types.
func (r *Rule) fillable(ms []Mention) bool {
	for a := range ms {
		if !typesFit(ms[a].Types, r.SubjectTypes) {
			continue
		}
		for b := range ms {
			want := r.ObjectTypes
			if len(r.Object) == 0 || r.Symmetric && len(want) == 0 {
				want = r.SubjectTypes
			}
			if a != b && typesFit(ms[b].Types, want) {
				return true
			}
		}
	}
	return false
}

func typesFit(have, want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}

// Match runs the rules over a parsed sentence (Lemmas, UPOS, XPOS, Head
// and Deprel filled) and returns the facts between its mentions.
func (g *Registry) Match(s *syntax.Sentence, ms []Mention) []Fact {
	n := s.Len()
	if len(ms) < 2 || len(s.Head) != n || len(s.Deprel) != n || len(s.UPOS) != n {
		return nil
	}
	t := newTree(s, ms)
	var out []Fact
	for i := 0; i < n; i++ {
		if t.ment[i] >= 0 {
			continue // a word of a name ("the Host Nation Cup") triggers nothing
		}
		var pos byte
		switch s.UPOS[i] {
		case "VERB":
			pos = 'v'
		case "NOUN":
			pos = 'n'
		case "ADJ", "PROPN":
			// The tagger takes some role nouns for adjectives ("the chief
			// executive of Unilever"), and a title capitalised as
			// encyclopaedias write it for a proper noun ("served as Mayor
			// of Calgary"); only a noun trigger's form is read so, and a
			// word inside a name was passed over above. A lower-case
			// proper noun is the tagger's slip on a plain word: alone
			// ("served as premier of") it is read, but after a name it
			// compounds with ("a Scottish Cup win over") it ends that
			// name's phrase and stays out.
			if _, ok := g.triggers.formLemma['n'][strings.ToLower(s.Words[i])]; !ok {
				continue
			}
			if s.UPOS[i] == "PROPN" && !capitalised(s.Words[i]) && t.child(i, "compound") >= 0 {
				continue
			}
			pos = 'n'
		default:
			continue
		}
		for _, class := range g.classesAt(t, i, pos) {
			for _, ri := range g.byClass[class+string(pos)] {
				out = t.apply(g.rules[ri], i, out)
			}
		}
		if pos == 'v' {
			for _, ri := range g.byClass[AnyClass+"v"] {
				if r := g.rules[ri]; !r.Except[t.lemma[i]] {
					out = t.apply(r, i, out)
				}
			}
		}
	}
	return out
}

// classesAt returns the trigger classes of word i taken as part of
// speech pos. The lemma comes from the trigger table's own forms first,
// so a lemmatiser's slip on a trigger word ("left" as an adjective's
// lemma) does not lose it.
func (g *Registry) classesAt(t *tree, i int, pos byte) []string {
	w := strings.ToLower(t.s.Words[i])
	lemma, ok := g.triggers.formLemma[pos][w]
	if !ok && strings.Contains(w, "-") {
		// PropBank writes "cohost", news "co-hosted".
		lemma, ok = g.triggers.formLemma[pos][strings.ReplaceAll(w, "-", "")]
	}
	if !ok {
		lemma = t.lemma[i]
	}
	var out []string
	for _, tr := range g.triggers.byHead[lemma] {
		if tr.pos != pos || (tr.particle != "" && !t.hasParticle(i, tr.particle)) {
			continue
		}
		dup := false
		for _, c := range out {
			dup = dup || c == tr.class
		}
		if !dup {
			out = append(out, tr.class)
		}
	}
	return out
}

// tree is a parsed sentence with its children lists and mention map.
type tree struct {
	s     *syntax.Sentence
	ms    []Mention
	kids  [][]int
	ment  []int // per token: index into ms, or -1
	lemma []string
	// noAppos and asModifier are set while one slot is resolved.
	noAppos, asModifier bool
	// cases memoises caseWords by word (casesDone marks the words asked):
	// the rules ask the same words' case lemmas once per path step and
	// rule, and the tree does not change once built. Both are nil until
	// the first question.
	cases     [][]string
	casesDone []bool
}

func newTree(s *syntax.Sentence, ms []Mention) *tree {
	n := s.Len()
	// The tree repairs some parser slips in its own copy of the relations;
	// the parse itself is shared with other readers (the open relations).
	own := *s
	own.Deprel = append([]string(nil), s.Deprel...)
	s = &own
	t := &tree{s: s, ms: ms, kids: make([][]int, n), ment: make([]int, n), lemma: make([]string, n)}
	t.fillKids()
	for i := 0; i < n; i++ {
		t.ment[i] = -1
		l := ""
		if i < len(s.Lemmas) {
			l = s.Lemmas[i]
		}
		if l == "" || l == "_" {
			l = guessLemma(s.Words[i], knownLemma)
		}
		t.lemma[i] = strings.ToLower(l)
	}
	for k, m := range ms {
		for i := max(m.First, 0); i <= m.Last && i < n; i++ {
			if t.ment[i] < 0 {
				t.ment[i] = k
			}
		}
	}
	t.repairObjectRelatives()
	return t
}

// fillKids lists every word's dependents in text order, all in one
// backing array (one allocation per sentence instead of one per head);
// each list is capped at its own length, so an append copies it.
func (t *tree) fillKids() {
	s, n := t.s, len(t.kids)
	count := make([]int, n+1)
	for i := 0; i < n; i++ {
		if h := s.Head[i] - 1; h >= 0 && h < n {
			count[h+1]++
		}
	}
	for h := 1; h <= n; h++ {
		count[h] += count[h-1] // count[h]: where head h's list starts
	}
	all := make([]int, count[n])
	next := append([]int(nil), count[:n]...)
	for i := 0; i < n; i++ {
		if h := s.Head[i] - 1; h >= 0 && h < n {
			all[next[h]] = i
			next[h]++
		}
	}
	for h := 0; h < n; h++ {
		if count[h] < count[h+1] {
			t.kids[h] = all[count[h]:count[h+1]:count[h+1]]
		}
	}
}

// repairObjectRelatives mends the parser's usual slip on an object
// relative clause ("Opec, which Qatar quit in 2019, ..."; "The Ryder Cup,
// which Wales hosted, ..."): the pronoun and the clause's real subject are
// both hung from the verb as subjects, and the antecedent often too, as a
// passive subject. A relative pronoun followed by a named subject of the
// same verb is the verb's object; the antecedent just before ", which" is
// no dependent of the clause.
func (t *tree) repairObjectRelatives() {
	for p, l := range t.lemma {
		if l != "which" && l != "whom" && l != "that" {
			continue
		}
		if r := t.rel(p); r != "nsubj" && r != "obj" && r != "nsubj:pass" && !(r == "obl" && t.child(p, "case") < 0) {
			continue // "to which" is an oblique; a bare "whom" hung as one is not
		}
		v := t.head(p)
		if v < 0 || t.s.UPOS[v] != "VERB" {
			continue
		}
		subj := -1
		for _, c := range t.kids[v] {
			if c > p && t.s.Deprel[c] == "nsubj" && t.ment[c] >= 0 {
				subj = c
				break
			}
		}
		if subj < 0 {
			continue
		}
		t.s.Deprel[p] = "obj"
		for _, c := range t.kids[v] {
			if c < p && (t.s.Deprel[c] == "nsubj:pass" || t.s.Deprel[c] == "nsubj") && p >= 2 && t.s.Words[p-1] == "," && t.ment[p-2] >= 0 && t.ment[c] == t.ment[p-2] {
				t.s.Deprel[c] = "dep"
			}
		}
	}
}

func (t *tree) head(i int) int {
	if i < 0 {
		return -1
	}
	return t.s.Head[i] - 1
}

func (t *tree) rel(i int) string {
	if i < 0 {
		return ""
	}
	return t.s.Deprel[i]
}

func (t *tree) child(i int, rel string) int {
	for _, c := range t.kids[i] {
		if t.s.Deprel[c] == rel {
			return c
		}
	}
	return -1
}

func (t *tree) hasChildLemma(i int, rel, lemma string) bool {
	for _, c := range t.kids[i] {
		if t.s.Deprel[c] == rel && t.lemma[c] == lemma {
			return true
		}
	}
	return false
}

// hasParticle reports the particle of a phrasal verb: "pulled out"
// (compound:prt or advmod) or "pulled out of Iraq" parsed with "out"
// as a case word of the oblique.
func (t *tree) hasParticle(i int, p string) bool {
	for _, c := range t.kids[i] {
		switch t.s.Deprel[c] {
		case "compound:prt", "advmod":
			if t.lemma[c] == p {
				return true
			}
		case "obl", "obj":
			for _, w := range t.caseWords(c) {
				if w == p {
					return true
				}
			}
		}
	}
	return false
}

// caseWords returns the lemmas of word i's case and mark dependents and of
// the words fixed to them ("out of", "on behalf of").
// The list is shared between callers: read it, never append to it.
func (t *tree) caseWords(i int) []string {
	if t.casesDone == nil {
		t.cases = make([][]string, len(t.kids))
		t.casesDone = make([]bool, len(t.kids))
	}
	if i < 0 || i >= len(t.kids) {
		return t.caseWordsOf(i, nil, true)
	}
	if !t.casesDone[i] {
		t.cases[i] = t.caseWordsOf(i, nil, true)
		t.casesDone[i] = true
	}
	return t.cases[i]
}

func (t *tree) caseWordsOf(i int, out []string, deep bool) []string {
	for _, c := range t.kids[i] {
		switch t.s.Deprel[c] {
		case "case", "mark":
			out = append(out, t.lemma[c])
			for _, f := range t.kids[c] {
				if t.s.Deprel[f] == "fixed" {
					out = append(out, t.lemma[f])
				}
			}
		case "compound", "flat", "nmod:desc", "det", "amod":
			// "with Mr Chirac" parsed with "with" under "Mr".
			if deep && c < i {
				out = t.caseWordsOf(c, out, false)
			}
		}
	}
	return out
}

// passive reports a verb in the passive voice: a passive subject or
// auxiliary, or a past participle modifying a noun ("the summit hosted by
// X").
func (t *tree) passive(i int) bool {
	for _, c := range t.kids[i] {
		if r := t.s.Deprel[c]; r == "nsubj:pass" || r == "aux:pass" {
			return true
		}
	}
	return t.rel(i) == "acl" && t.s.XPOS[i] == "VBN"
}

// lightVerbs carry a nominal trigger: "held talks with", "paid a visit
// to", "played host to", "made a trip to", "took part in".
var lightVerbs = words(`have hold pay make take play conduct begin start open
	resume continue complete undertake announce end wrap`)

// follow walks a path from word i and returns the words it reaches.
func (t *tree) follow(i int, p Path) []int {
	cur := []int{i}
	for k, st := range p {
		var next []int
		for _, w := range cur {
			if st.Up {
				if h := t.head(w); t.rel(w) == st.Rel && h >= 0 && (len(st.Lemma) == 0 || anyIn([]string{t.lemma[h]}, st.Lemma)) &&
					(len(st.Case) == 0 || anyIn(t.caseWords(w), st.Case)) {
					next = append(next, h)
				}
				continue
			}
			next = t.down(w, st, next)
			if k == 0 && len(next) == 0 && st.Rel == "obj" && t.s.UPOS[w] == "VERB" && t.child(w, "obl") < 0 {
				// A shared object: "Ireland hosted and won the contest"
				// hangs the object from the last verb only.
				for _, c := range t.kids[w] {
					if c > w && t.s.Deprel[c] == "conj" && t.s.UPOS[c] == "VERB" && t.coordinated(w, c) && t.child(c, "nsubj") < 0 {
						next = t.down(c, st, next)
					}
				}
			}
			if k == 0 && len(next) == 0 && st.Rel == "obl" && len(st.Case) > 0 {
				// A prepositional phrase the parser hung from the verb's
				// object or other oblique ("served with the air force
				// during the war", "performed in the Contest by X").
				nm := st
				nm.Rel = "nmod"
				for _, c := range t.kids[w] {
					if r := t.s.Deprel[c]; r == "obl" || r == "obj" {
						next = t.down(c, nm, next)
					}
				}
			}
			if k == 0 && len(next) == 0 && t.s.UPOS[w] == "NOUN" {
				// A nominal trigger's dependents often hang from its light
				// verb: "paid a visit to Paris", "held talks with X".
				if h := t.head(w); h >= 0 && (t.rel(w) == "obj" || t.rel(w) == "nsubj:pass") && lightVerbs[t.lemma[h]] {
					lv := st
					if rel, ok := strings.CutPrefix(st.Rel, "nmod"); ok {
						lv.Rel = "obl" + rel
					}
					next = t.down(h, lv, next)
				}
			}
		}
		cur = next
		if len(cur) == 0 {
			return nil
		}
	}
	return cur
}

func (t *tree) down(w int, st Step, out []int) []int {
	// A noun mistagged as an adjective takes its prepositional phrases as
	// obliques, as adjectives do.
	adjNoun := st.Rel == "nmod" && t.s.UPOS[w] == "ADJ"
	for _, c := range t.kids[w] {
		if t.s.Deprel[c] != st.Rel && !(st.Rel == "obj" && t.s.Deprel[c] == "obl:unmarked" && t.timeSlip(c) >= 0) && !(adjNoun && t.s.Deprel[c] == "obl") {
			continue
		}
		if len(st.Case) > 0 && !anyIn(t.caseWords(c), st.Case) {
			continue
		}
		if len(st.Lemma) > 0 && !anyIn([]string{t.lemma[c]}, st.Lemma) {
			continue
		}
		out = append(out, c)
	}
	return out
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		for _, w := range want {
			if h == w {
				return true
			}
		}
	}
	return false
}

// subject returns the grammatical subject of word i's clause: its own
// subject, or the one it inherits through control ("plans to leave"),
// coordination ("met X and visited Y"), a relative clause ("the state
// that joined"), a participle ("countries joining the EU", "the summit
// hosted by X"), a non-finite adjunct ("after visiting Paris, X ..."), a
// light verb ("held talks") or an apposition ("X, a member of Y").
func (t *tree) subject(i int, depth int) []int {
	if i < 0 || depth > 5 {
		return nil
	}
	var out []int
	for _, c := range t.kids[i] {
		if r := t.s.Deprel[c]; r == "nsubj" || r == "nsubj:pass" || r == "nsubj:outer" {
			if relPronouns[t.lemma[c]] && len(t.mentionsOf(c, nil)) > 0 {
				// A relative pronoun makes this a relative clause whatever
				// else the parser hung from it as a subject.
				return []int{c}
			}
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		return out
	}
	h := t.head(i)
	if h < 0 {
		return nil
	}
	switch t.rel(i) {
	case "acl:relcl", "acl":
		return []int{t.nominalHolder(h)}
	case "xcomp":
		if o := t.child(h, "obj"); o >= 0 {
			return []int{o} // object control: "persuaded X to join"
		}
		return t.subject(h, depth+1)
	case "parataxis":
		if t.longSubject(h, i) {
			return t.subject(h, depth+1)
		}
	case "conj":
		if !t.coordinated(h, i) {
			if t.longSubject(h, i) {
				return t.subject(h, depth+1)
			}
			return nil // a conj link with no conjunction is mostly a slip
		}
		if t.s.UPOS[h] == "VERB" || t.s.UPOS[h] == "NOUN" && t.s.UPOS[i] == "NOUN" {
			return t.subject(h, depth+1)
		}
	case "advcl":
		// A participle or an infinitive of purpose takes its clause's
		// subject; a finite adjunct whose subject the parser missed ("after
		// the Dane's agent travelled to Spain") does not.
		marked := t.child(i, "mark") >= 0
		if t.s.XPOS[i] == "VBG" || !marked && t.s.XPOS[i] == "VBN" || t.s.XPOS[i] == "VB" && t.hasChildLemma(i, "mark", "to") {
			return t.subject(h, depth+1)
		}
	case "obj", "nsubj:pass":
		if t.s.UPOS[i] == "NOUN" && lightVerbs[t.lemma[h]] {
			return t.subject(h, depth+1)
		}
		if t.rel(i) == "obj" && t.s.UPOS[i] == "NOUN" && (t.lemma[h] == "remain" || t.lemma[h] == "stay") {
			// "chose to remain a member of Y": a predicate noun the
			// parser took for an object.
			return t.subject(h, depth+1)
		}
	case "appos", "list":
		// "X, the president of Y": a role noun in apposition, or hung
		// from the name as a list item by the parser's slip.
		if t.s.UPOS[i] == "NOUN" || t.s.UPOS[i] == "ADJ" && t.ment[h] >= 0 {
			return []int{h}
		}
	case "obl":
		// "During a trip to Japan, X met ...": the traveller is the
		// clause's subject.
		if t.s.UPOS[i] == "NOUN" && anyIn(t.caseWords(i), frameCases) {
			return t.subject(h, depth+1)
		}
	case "nmod":
		// The same phrase hung from the verb's object: "met the emperor
		// during a trip to Japan".
		if r := t.rel(h); t.s.UPOS[i] == "NOUN" && (r == "obj" || r == "obl") && anyIn(t.caseWords(i), []string{"during", "on", "while"}) {
			return t.subject(t.head(h), depth+1)
		}
	}
	return nil
}

// nominalHolder returns, for a common noun that names no one and that a
// relative clause or participle modifies, the name it describes: the
// subject of a predicate noun ("X was a politician who served as mayor
// of Y") or the name it stands in apposition to ("X, a striker who plays
// for Y"). Any other word is returned as it is.
func (t *tree) nominalHolder(g int) int {
	if t.ment[g] >= 0 || t.s.UPOS[g] != "NOUN" {
		return g
	}
	if t.child(g, "cop") >= 0 {
		if s := t.child(g, "nsubj"); s >= 0 && t.ment[s] >= 0 {
			return s
		}
		return g
	}
	if h := t.head(g); t.rel(g) == "appos" && h >= 0 && t.ment[h] >= 0 {
		return h
	}
	return g
}

// longSubject reports the parser's slip on a subject made long by an
// apposition with a clause in it ("X, the envoy who has spent the year
// shuttling between factions and was held at a checkpoint, visited
// Tripoli"): the clause's last verb becomes the root, and the main verb,
// after a comma, hangs from it as a conjunct or parataxis. The main verb
// takes the root's subject when that subject is a name with an
// apposition or a relative clause.
func (t *tree) longSubject(h, i int) bool {
	if t.s.UPOS[i] != "VERB" || i == 0 || t.s.Words[i-1] != "," {
		return false
	}
	for _, s := range t.kids[h] {
		if r := t.s.Deprel[s]; (r == "nsubj" || r == "nsubj:pass") && s < i && t.ment[s] >= 0 && (t.child(s, "appos") >= 0 || t.child(s, "acl:relcl") >= 0) {
			return true
		}
	}
	return false
}

// frameCases introduce an event noun that frames its clause.
var frameCases = []string{"during", "on", "after", "throughout", "while", "in"}

// relPronouns stand for the noun their relative clause modifies.
var relPronouns = words(`who whom which that`)

// mentionsOf returns the mentions a word stands for: its own, or the
// head noun's for a relative pronoun, plus those of the words coordinated
// with it or in apposition to it ("X and Y", "his counterpart, X").
func (t *tree) mentionsOf(w int, out []int) []int {
	if relPronouns[t.lemma[w]] && t.rel(w) != "det" {
		// The clause may hang from its noun as a relative clause or, in
		// a parser's slip, as an apposition or adjunct; failing both, the
		// pronoun stands for the name just before it ("The party, which
		// quit ...").
		if h := t.head(w); h >= 0 && t.head(h) < 0 {
			if p := w - 1; p > 0 && (t.s.Words[p] == "," || t.s.Words[p] == "-" || t.s.Words[p] == "–") && t.ment[p-1] >= 0 {
				if m := t.unmodified(t.ment[p-1]); m >= 0 {
					out = appendNew(out, m)
				}
			}
			return out
		}
		if h := t.head(w); h >= 0 && t.head(h) >= 0 {
			switch g := t.head(h); t.s.UPOS[g] {
			case "NOUN", "PROPN":
				// After a coordination the clause is the last conjunct's
				// ("A, B and C, who is now a member"): take the conjunct
				// nearest before the pronoun, alone.
				near := g
				for _, c := range t.kids[g] {
					if t.s.Deprel[c] == "conj" && c < w && c > near {
						near = c
					}
				}
				if near != g {
					if m := t.ment[near]; m >= 0 {
						if m = t.unmodified(m); m >= 0 {
							out = appendNew(out, m)
						}
					}
					return out
				}
				w = t.nominalHolder(g)
			case "VERB":
				// A relative after a preposition ("World War II, during
				// which he served") stands for the name just before the
				// preposition when the parser hung its clause from a verb.
				if c, p := w-1, w-2; p >= 0 && t.rel(w) == "obl" && t.head(c) == w && t.rel(c) == "case" {
					if p > 0 && t.s.Words[p] == "," {
						p--
					}
					if t.ment[p] >= 0 {
						if m := t.unmodified(t.ment[p]); m >= 0 {
							return appendNew(out, m)
						}
					}
				}
				// The clause hangs from a verb: it is the verb's subject's
				// only when that subject is the name just before the
				// pronoun ("Mr Bush, who is visiting Brussels, praised
				// Nato"), not a name elsewhere ("met the head of the WTO,
				// who joined ...").
				p := w - 1
				if p > 0 && (t.s.Words[p] == "," || t.s.Words[p] == "-") {
					p--
				}
				for _, s := range t.subject(g, 0) {
					if s != w && s != h && p >= 0 && t.ment[p] >= 0 && t.ment[s] == t.ment[p] {
						out = t.collect(s, out, 0)
					}
				}
				return out
			}
		}
	}
	return t.collect(w, out, 0)
}

func (t *tree) collect(w int, out []int, depth int) []int {
	if w < 0 || depth > 8 {
		return out
	}
	if n := t.timeSlip(w); n >= 0 {
		w = n
	}
	if m := t.ment[w]; m >= 0 {
		if m = t.unmodified(m); m >= 0 {
			out = appendNew(out, m)
		}
	}
	for _, c := range t.kids[w] {
		switch t.s.Deprel[c] {
		case "conj":
			if t.coordinated(w, c) {
				out = t.collect(c, out, depth+1)
			}
		case "appos":
			if !t.noAppos {
				out = t.collect(c, out, depth+1)
			}
		}
	}
	return out
}

// timeWords head the time phrases a parser glues a name to ("joined
// Chelsea last summer" parsed as the compound "Chelsea summer").
var timeWords = words(`year years summer winter spring autumn week weeks month
	months season night day days weekend time monday tuesday wednesday
	thursday friday saturday sunday january february march april may june
	july august september october november december`)

// timeSlip returns the name token glued as a compound to time word w, or
// -1 when w is no such slip.
func (t *tree) timeSlip(w int) int {
	if t.ment[w] >= 0 || !timeWords[t.lemma[w]] {
		return -1
	}
	for _, c := range t.kids[w] {
		if t.s.Deprel[c] == "compound" && t.ment[c] >= 0 && c < w {
			return c
		}
	}
	return -1
}

// coordinated reports whether conjunct c of w belongs to a coordination
// with a conjunction ("A, B and C": the last conjunct holds "and"); a
// conj link without one is mostly a parser's slip over an apposition
// ("Stuart, a former England Under-21 international, ...").
func (t *tree) coordinated(w, c int) bool {
	for _, d := range t.kids[w] {
		if d >= c && t.s.Deprel[d] == "conj" && t.conjunctionIn(d, 0) {
			return true
		}
	}
	return false
}

// conjunctionIn reports a conjunction on conjunct d or, when the parser
// chained the list ("A, B and C" with C hung from B), on a later conjunct
// hung from it.
func (t *tree) conjunctionIn(d, depth int) bool {
	if depth > 8 {
		return false
	}
	for _, e := range t.kids[d] {
		switch t.s.Deprel[e] {
		case "cc":
			return true
		case "conj":
			if e > d && t.conjunctionIn(e, depth+1) {
				return true
			}
		}
	}
	return false
}

// unmodified returns mention m, or -1 when the name only modifies a
// common noun after it ("EU leaders", "the Channel 4 show", "England
// defender"): the parser's slips put such names in argument places. A
// role phrase ending in a person ("LSE chief executive Clara Furse",
// "Chelsea boss Jose Mourinho") gives the person.
func (t *tree) unmodified(m int) int {
	if t.asModifier {
		return m
	}
	return t.modifies(m, 0)
}

func (t *tree) modifies(m, depth int) int {
	n := t.s.Len()
	k := t.ms[m].Last + 1
	if k+1 < n && depth == 0 && (t.lemma[k] == "and" || t.lemma[k] == "or") && t.ment[k+1] >= 0 {
		// "Arsenal and England defender Cole": coordinated modifiers.
		if r := t.modifies(t.ment[k+1], 1); r != t.ment[k+1] {
			return r
		}
		return m
	}
	if k >= n || t.ment[k] >= 0 {
		return m
	}
	for j := k; j < n && j <= k+3; j++ {
		if p := t.ment[j]; p >= 0 {
			if t.fits(p, []string{"Person"}) {
				return p // "Real Madrid sporting director Emilio Butragueno"
			}
			break
		}
		if !t.titleWord(j) {
			break // a verb, a preposition, punctuation or a name ends the phrase
		}
	}
	if t.commonNoun(k) {
		return -1
	}
	return m // "joined NATO last year": an adjective alone modifies no name
}

// titleWord reports a word that can stand in a role phrase between a
// name and a person: "chief executive", "sporting director", "President".
func (t *tree) titleWord(i int) bool {
	w := t.s.Words[i]
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		// A capitalised title stands there as well ("NATO
		// Secretary-General Jaap de Hoop Scheffer", "Ukrainian President
		// Viktor Yushchenko", "Labour MP X"): the person is the argument,
		// not the body or the country before the title.
		l := strings.ToLower(w)
		return lexicon.RoleHeads[l] || lexicon.RoleModifiers[l]
	}
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch t.s.UPOS[i] {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	return t.s.XPOS[i] == "VBG"
}

// commonNoun reports a noun written in lower case: the tagger takes some
// for names in a run of capitals ("England defender Cole").
func (t *tree) commonNoun(i int) bool {
	w := t.s.Words[i]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	u := t.s.UPOS[i]
	return u == "NOUN" || u == "PROPN"
}

func appendNew(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// args resolves a slot: the first alternative that reaches a mention of
// the slot's types. "@subject" is the grammatical subject, inherited where
// the clause has none of its own.
//
// A reading whose names all have the wrong type gives way to the next
// alternative only when it is no core argument of the trigger (see
// coreReading): a passive subject read as the event ("X was beaten by Y
// in the final of Z": X is the loser, not the contest) or an oblique of
// place ("attended the summit in Lisbon") is one reading of the slot
// among others, but the verb's own object or active subject of the wrong
// type says the rule does not apply ("left Athens as the star of Team
// GB" left a city, not the team), and its names are returned for emit to
// refuse. A rule file marks with "?" a core reading that may be of
// either kind (Step.Yield).
func (t *tree) args(trig int, alts []Path, types []string) (ms []int, reached bool) {
	for _, p := range alts {
		var ws []int
		if last := len(p) - 1; p[last].Rel == "@subject" {
			// "^obl[as]/@subject": the subject of the word a path reaches
			// ("X served as mayor": the subject of "served").
			from := []int{trig}
			if last > 0 {
				from = t.follow(trig, p[:last])
			}
			for _, w := range from {
				ws = append(ws, t.subject(w, 0)...)
			}
		} else {
			ws = t.follow(trig, p)
		}
		reached = reached || len(ws) > 0
		// A name reached as a compound is read as one ("Turkey's EU
		// membership"); elsewhere a name modifying a noun is no argument.
		last := p[len(p)-1].Rel
		t.asModifier = last == "compound" || last == "amod"
		var out []int
		for _, w := range ws {
			out = t.mentionsOf(w, out)
		}
		t.asModifier = false
		if len(out) == 0 {
			continue
		}
		if len(types) == 0 || !p[0].Yield && t.coreReading(trig, p) {
			return out, reached
		}
		for _, m := range out {
			if t.fits(m, types) {
				return out, reached // emit drops the wrong-typed ones
			}
		}
	}
	return nil, reached
}

// coreRels are the relations by which a word is a core argument of its
// head: a name so reached is what the trigger says it is about, whatever
// its type.
var coreRels = words(`obj iobj nsubj csubj nmod:poss`)

// coreReading reports whether path p, taken from trigger trig, reads a
// core argument of the trigger itself: a single step down a core relation,
// or the grammatical subject of an active verb. A passive subject is no
// core reading: it stands for the event or for a side ("the Cup was won
// by X", "X was beaten by Y"), and the type tells which.
func (t *tree) coreReading(trig int, p Path) bool {
	if len(p) != 1 || p[0].Up {
		return false
	}
	if p[0].Rel == "@subject" {
		return !t.passive(trig)
	}
	return coreRels[p[0].Rel]
}

func (t *tree) fits(m int, types []string) bool {
	return typesFit(t.ms[m].Types, types)
}

// apply runs one rule on trigger word i.
func (t *tree) apply(r *Rule, i int, out []Fact) []Fact {
	if r.POS == 'v' && t.passive(i) != r.passive {
		return out
	}
	if len(r.Light) > 0 && !(t.rel(i) == "obj" && t.head(i) >= 0 && r.Light[t.lemma[t.head(i)]]) {
		return out
	}
	if len(r.Requires) > 0 {
		found := false
		for _, p := range r.Requires {
			found = found || len(t.follow(i, p)) > 0
		}
		if !found {
			return out
		}
	}
	for _, p := range r.BlockedBy {
		for _, w := range t.follow(i, p) {
			if len(t.mentionsOf(w, nil)) == 0 {
				return out
			}
		}
	}
	m := t.mood(i)
	if h := t.head(i); len(r.Light) > 0 && m == moodHedge && h >= 0 && r.Light[t.lemma[h]] {
		// A noun the rule names a light verb for takes the verb's tense
		// ("won the Republican nomination"): the hedge that an object of
		// an opinion verb gets ("praised his visit") is not meant for it.
		if mv := t.mood(h); mv < moodHedge {
			m = mv
		}
	}
	pred, ok := r.predicateFor(m)
	if !ok {
		return out
	}
	subj, _ := t.args(i, r.Subject, r.SubjectTypes)
	if len(subj) == 0 {
		return out
	}
	var obj []int
	reached := false
	if len(r.Object) > 0 {
		obj, reached = t.args(i, r.Object, r.ObjectTypes)
	}
	emit := func(a, b int) {
		if a == b || !t.fits(a, r.SubjectTypes) || !t.fits(b, r.ObjectTypes) {
			return
		}
		ma, mb := t.ms[a], t.ms[b]
		if ma.First <= mb.Last && mb.First <= ma.Last {
			return
		}
		p := pred
		if t.nextEdition(mb.First) {
			// "a medal at next week's European Indoors": the event is to
			// come whatever the verb's tense.
			if p = r.Future; p == "" {
				return
			}
		}
		out = append(out, Fact{Subject: a, Object: b, Predicate: p, Rule: r.FactRule(), Confidence: r.Confidence, Trigger: i})
		if also := r.Also[p]; also != "" {
			out = append(out, Fact{Subject: a, Object: b, Predicate: also, Rule: r.FactRule(), Confidence: r.Confidence - 0.05, Trigger: i})
		}
	}
	if len(obj) == 0 && r.Symmetric {
		if reached {
			return out // "X and Y held talks with the market": they did not meet each other
		}
		// Only coordinated names pair up: a list in apposition ("consumers
		// - China, India and Japan") is one side, not parties to each other.
		t.noAppos = true
		subj, _ = t.args(i, r.Subject, r.SubjectTypes)
		t.noAppos = false
		for x := 0; x < len(subj); x++ {
			for y := x + 1; y < len(subj); y++ {
				emit(subj[x], subj[y])
			}
		}
		return out
	}
	for _, a := range subj {
		for _, b := range obj {
			emit(a, b)
		}
	}
	return out
}

func words(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// nextEdition reports a mention introduced by "next", "next week's",
// "next year's" or "the coming": an edition of an event still to come.
func (t *tree) nextEdition(first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		switch strings.ToLower(t.s.Words[k]) {
		case "next", "coming", "upcoming", "forthcoming":
			return true
		case ",", ".", ";", "at", "in", "of", "for", "to":
			return false
		}
	}
	return false
}

// capitalised reports whether word starts with an upper-case letter.
func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}
