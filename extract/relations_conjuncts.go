package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// Coordination is one construction for every predicate (issue 10): a
// fact told of "X and Y" holds of each. The dependency rules read the
// conjuncts of their arguments (deprules' collect), but most surface rules
// read one name on each side of a trigger and give the fact to the name
// next to it only ("selling well in Los Angeles and New York", "Goal-
// kickers Hodgson and Barkley missed"). Rather than teach every rule the
// list, this pass runs after the rules and gives each conjunct of an
// argument the fact its coordinated neighbour got, recorded under the
// rule's name plus "+conj" so that --explain shows the spread.
//
// It is strict, since a list is as often a slip as a coordination:
//   - the names are joined only by commas, "and" or "&" (a determiner or
//     an honorific may open a name), with an "and" closing the list: "A,
//     B" alone is mostly an apposition ("Leeds, Yorkshire"), "or" is no
//     statement of either, and any other word breaks it ("beat X and drew
//     with Y", "X and then Y", "X but not Y", "X rather than Y");
//   - the parse hangs each name from the first as a conj, so that two
//     names side by side across clauses do not count;
//   - every name in the list has the same entity type (places with
//     places, persons with persons);
//   - no name in the list is a possessive ("X and Y's coach", "X, Y's
//     capital"), and the list does not follow "between" ("a border
//     between X and Y") or a word of denial or doubt ("neither", "not",
//     "whether");
//   - the sentence does not pair two lists name by name ("A and B of X
//     and Y respectively", or both ends of the fact listed);
//   - the first name has no role noun of its own before it ("winger X
//     and Y": X is the winger);
//   - a person's membership does not spread: players named together may
//     play for either side ("X and Y both went close");
//   - the list's last name modifies no noun after it ("Ronaldo and
//     England captain Beckham": England is no argument);
//   - the fact's other end is not one name's dependent ("Blair and
//     Kennedy of the Liberal Democrats": Kennedy's party is not Blair's;
//     "Newcastle prop X and Y": X is the prop;
//     a dependent after the list hung from its first name is the
//     parse's way to share it), nor a name in the list, nor named
//     after the name that got the fact ("the games in France": France's
//     games only).
//
// Only the predicates a list shares spread; a leader is one person per
// post ("the president and prime minister of X" names two posts) and
// where a place lies is read of the place, not of a list of containers.
// Tests: relations_conjuncts_test.go and the "+conj" entries of
// testdata/rules.

// conjSpread says, per predicate, which ends of a fact spread to their
// conjuncts: subject, object.
var conjSpread = map[string][2]bool{
	MetWith:        {true, true},
	LocatedIn:      {true, false},
	Hosted:         {true, true},
	WillHost:       {true, true},
	ParticipatedIn: {true, true},
	MemberOf:       {true, true},
	Joined:         {true, true},
	Left:           {true, true},
	PlansToLeave:   {true, true},
	Visited:        {true, true},
}

// conjSuffix marks a fact given to a conjunct: the rule's name plus it.
const conjSuffix = "+conj"

// conjSpan is one name of a sentence: its tokens (an honorific included),
// its parse head and its entity.
type conjSpan struct {
	first, last, head, ent int
}

// conjunctFacts gives the conjuncts of each fact's arguments the fact.
func (r *relState) conjunctFacts() {
	a := r.a
	bySent := map[int][]int{}
	var sents []int
	for k, f := range a.doc.Facts {
		if _, ok := conjSpread[f.Predicate]; !ok || f.Sentence < 0 || f.Sentence >= len(a.sentTokens) {
			continue
		}
		if len(bySent[f.Sentence]) == 0 {
			sents = append(sents, f.Sentence)
		}
		bySent[f.Sentence] = append(bySent[f.Sentence], k)
	}
	sort.Ints(sents)
	for _, i := range sents {
		sp := a.sentTokens[i]
		toks := a.tokens[sp.Start:sp.End]
		lists := conjLists(toks, r.conjSpans(toks, a.mentionsIn(i)))
		if len(lists) == 0 || a.sentenceHasWord(i, lexicon.RespectiveWords) {
			continue // "respectively" pairs the names of two lists one by one
		}
		s := a.parsed(i)
		if s == nil || s.Len() != len(toks) {
			continue
		}
		var kept [][]conjSpan
		for _, l := range lists {
			if l = conjParsed(s, l); l != nil && r.conjSameKind(l) {
				kept = append(kept, l)
			}
		}
		for _, k := range bySent[i] {
			f := a.doc.Facts[k]
			sides := conjSpread[f.Predicate]
			if conjListed(lists, f.Subject) && conjListed(lists, f.Object) {
				continue // two lists paired name by name: "A and B of X and Y respectively"
			}
			for _, l := range kept {
				if sides[0] {
					r.spreadConjuncts(s, l, f, true)
				}
				if sides[1] {
					r.spreadConjuncts(s, l, f, false)
				}
			}
		}
	}
}

// conjListed reports entity e among the names of lists.
func conjListed(lists [][]conjSpan, e int) bool {
	for _, l := range lists {
		for _, c := range l {
			if c.ent == e {
				return true
			}
		}
	}
	return false
}

// spreadConjuncts gives the other names of list l the fact f when f's
// subject (subj) or object is one of them.
func (r *relState) spreadConjuncts(s *syntax.Sentence, l []conjSpan, f Fact, subj bool) {
	end, other := f.Object, f.Subject
	if subj {
		end, other = f.Subject, f.Object
	}
	in := false
	for _, m := range l {
		in = in || m.ent == end
		if m.ent == other {
			return
		}
	}
	if !in || r.conjOtherUnder(s, l, other, f.Sentence) || r.namedAfter(other, end) {
		return
	}
	if subj && f.Predicate == MemberOf && r.typeOf(end) == Person {
		// Players named together may play for either side ("X and Y
		// both went close"); a side's players are read from its sheet.
		return
	}
	for _, m := range l {
		if m.ent == end {
			continue
		}
		if subj {
			r.add(m.ent, f.Predicate, other, f.Sentence, f.Rule+conjSuffix, f.Confidence-0.05)
		} else {
			r.add(other, f.Predicate, m.ent, f.Sentence, f.Rule+conjSuffix, f.Confidence-0.05)
		}
	}
}

// conjOtherUnder reports a mention of entity e in sentence sent whose
// head hangs below a name of list l as that name's own dependent.
func (r *relState) conjOtherUnder(s *syntax.Sentence, l []conjSpan, e, sent int) bool {
	sp := r.a.sentTokens[sent]
	toks := r.a.tokens[sp.Start:sp.End]
	for _, m := range r.a.mentionsIn(sent) {
		if m.Entity != e {
			continue
		}
		first, last := relTokRange(toks, m.Start, m.End)
		if first < 0 {
			continue
		}
		if last < l[0].first && conjPremodifier(s, last+1, l[0].first) {
			return true
		}
		h := spanHead(s, first, last)
		for k, n := s.Head[h]-1, 0; k >= 0 && n < s.Len(); k, n = s.Head[k]-1, n+1 {
			for j, c := range l {
				// A dependent after the list that hangs from its first
				// name is shared by all (the parse's convention: "Tabriz
				// and Shiraz in Iran"); any other is one name's.
				if k == c.head && (j > 0 || first <= l[len(l)-1].last) {
					return true
				}
			}
		}
	}
	return false
}

// conjPremodifier reports that the words [from, to) between a name and
// the list after it make the name a modifier of the first name alone: a
// singular role noun ("Newcastle prop X and Y": X is the prop), a
// possessive or nothing. A plural noun names the whole list ("Chelsea
// strikers X and Y", "World Cup winners X, Y and Z").
func conjPremodifier(s *syntax.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		switch {
		case s.XPOS[k] == "NNS" || s.XPOS[k] == "NNPS":
			return false
		case s.UPOS[k] != "NOUN" && s.UPOS[k] != "PROPN" && s.UPOS[k] != "ADJ" && s.XPOS[k] != "POS":
			return false
		}
	}
	return true
}

// conjSpans locates the sentence's names in its tokens, in order; of two
// overlapping names the longer stays ("the Belarusian leader" over the
// demonym in it).
func (r *relState) conjSpans(toks []textseg.Token, ms []Mention) []conjSpan {
	var out []conjSpan
	for _, m := range ms {
		if m.Entity < 0 || m.Entity >= len(r.a.doc.Entities) {
			continue
		}
		first, last := relTokRange(toks, m.Start, m.End)
		if first < 0 {
			continue
		}
		out = append(out, conjSpan{first: honorificStart(toks, first), last: last, head: -1, ent: m.Entity})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].first != out[j].first {
			return out[i].first < out[j].first
		}
		return out[i].last > out[j].last
	})
	kept := out[:0]
	for _, c := range out {
		if n := len(kept); n > 0 && c.first <= kept[n-1].last {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// conjLists returns the lists of names the tokens join: runs of names
// with only commas before a closing "and" between them. A name may open
// with "the".
func conjLists(toks []textseg.Token, spans []conjSpan) [][]conjSpan {
	var out [][]conjSpan
	for i := 0; i < len(spans); {
		j := i
		closed := false
		for j+1 < len(spans) && !closed {
			gap, ok := conjGap(toks, spans[j].last+1, spans[j+1].first)
			if !ok {
				break
			}
			closed = gap
			j++
		}
		if closed && conjOpenOK(toks, spans[i].first) && !conjTitled(toks, spans[i].first) && conjPossessiveFree(toks, spans[i:j+1]) {
			out = append(out, spans[i:j+1])
		}
		if j == i || closed {
			j++ // a closed list's last name opens no other
		}
		i = j
	}
	return out
}

// conjGap reads the tokens [from, to) between two names: ok when they
// are a comma, "and", "&" or a comma and "and" (each may be followed by
// "the" or an honorific); and reports the "and" that closes a list.
func conjGap(toks []textseg.Token, from, to int) (and, ok bool) {
	if from >= to {
		return false, false
	}
	w := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		w = append(w, toks[k].Lower())
	}
	if n := len(w); n > 1 && (w[n-1] == "the" || isHonorific(w[n-1])) {
		w = w[:n-1] // "and the Foo Fighters", "and Mr Barkley"
	}
	switch {
	case len(w) == 1 && w[0] == ",":
		return false, true
	case len(w) == 1 && (w[0] == "and" || w[0] == "&"):
		return true, true
	case len(w) == 2 && w[0] == "," && w[1] == "and":
		return true, true
	}
	return false, false
}

// conjOpenOK reports that the word before a list's first name (past a
// "the" or "both") lets the list state its members one by one.
func conjOpenOK(toks []textseg.Token, first int) bool {
	k := first - 1
	for k >= 0 && (toks[k].Lower() == "the" || toks[k].Lower() == "both") {
		k--
	}
	return k < 0 || !lexicon.ConjunctionBreakers[toks[k].Lower()]
}

// conjTitled reports a singular role noun right before a list's first
// name: "winger X and Y" makes X alone the winger, and whatever the rule
// read of him through the title ("Newcastle prop X and Y": X's club) is
// his alone; "wingers X and Y" names both.
func conjTitled(toks []textseg.Token, first int) bool {
	if first == 0 {
		return false
	}
	w := toks[first-1].Lower()
	return lexicon.RoleHeads[w] || lexicon.WeakRoles[w] || lexicon.TeamPositionRoles[w] || lexicon.PositionRoles[w]
}

// conjPossessiveFree reports that no name in the list takes a
// possessive "'s" ("X and Y's coach": the coach is one person).
func conjPossessiveFree(toks []textseg.Token, l []conjSpan) bool {
	for _, c := range l {
		if k := c.last + 1; k < len(toks) {
			switch toks[k].Text {
			case "'s", "’s", "'", "’", "s":
				return false
			}
		}
	}
	return true
}

// conjParsed returns list l with each name's parse head when the parse
// hangs every name from the first through conj links, or nil.
func conjParsed(s *syntax.Sentence, l []conjSpan) []conjSpan {
	out := make([]conjSpan, len(l))
	root := -1
	for k, c := range l {
		c.head = spanHead(s, c.first, c.last)
		h := c.head
		for n := 0; n < 8 && s.Deprel[h] == "conj" && s.Head[h] > 0; n++ {
			h = s.Head[h] - 1
		}
		if k == 0 {
			root = h
		} else if h != root || c.head == root {
			return nil
		}
		out[k] = c
	}
	if out[0].head != root {
		return nil
	}
	if k := l[len(l)-1].last + 1; k < s.Len() && (s.UPOS[k] == "NOUN" || s.UPOS[k] == "PROPN") {
		return nil // the last name modifies a noun: "X and England captain Y"
	}
	return out
}

// namedAfter reports that entity e's name holds the name of entity p:
// an event the text names by its place ("their games in France") is
// that place's alone.
func (r *relState) namedAfter(e, p int) bool {
	en, pn := strings.ToLower(r.a.doc.Entities[e].Name), strings.ToLower(r.a.doc.Entities[p].Name)
	return pn != "" && strings.Contains(en, pn)
}

// spanHead returns the token of [first, last] whose head lies outside it.
func spanHead(s *syntax.Sentence, first, last int) int {
	for k := last; k >= first; k-- {
		if h := s.Head[k] - 1; h < first || h > last {
			return k
		}
	}
	return last
}

// conjSameKind reports that every name of the list is an entity of one
// type.
func (r *relState) conjSameKind(l []conjSpan) bool {
	t := r.typeOf(l[0].ent)
	for _, c := range l[1:] {
		if r.typeOf(c.ent) != t || c.ent == l[0].ent {
			return false
		}
	}
	return t != ""
}

// isHonorific reports a word of lexicon.Honorifics.
func isHonorific(w string) bool {
	_, ok := lexicon.Honorifics[w]
	return ok
}
