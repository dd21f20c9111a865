package openie

import (
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// tree is a sentence's dependency tree with each word's children, built
// once per sentence so every lookup below is a slice index.
type tree struct {
	s    *syntax.Sentence
	n    int
	head []int    // index of the head word, -1 for the root
	rel  []string // full relation, "nsubj:pass"
	base []string // relation without subtype, "nsubj"
	kids [][]int  // children in sentence order

	mark  []bool // scratch for subtree walks
	stack []int
}

// newTree checks that s carries a parse and builds its tree, or returns
// nil for a sentence without heads or relations. Heads out of range are
// treated as roots, so a damaged parse degrades instead of panicking.
func newTree(s *syntax.Sentence) *tree {
	n := s.Len()
	if n == 0 || len(s.Head) != n || len(s.Deprel) != n {
		return nil
	}
	t := &tree{s: s, n: n, head: make([]int, n), rel: s.Deprel, base: make([]string, n),
		kids: make([][]int, n), mark: make([]bool, n)}
	for i := 0; i < n; i++ {
		h := s.Head[i] - 1
		if h < -1 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		b, _, _ := strings.Cut(s.Deprel[i], ":")
		t.base[i] = b
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// headOr is i's head, or i itself at the root (so it can index slices).
func (t *tree) headOr(i int) int {
	if t.head[i] < 0 {
		return i
	}
	return t.head[i]
}

func (t *tree) word(i int) string { return t.s.Words[i] }

func (t *tree) lemma(i int) string {
	if i < len(t.s.Lemmas) && t.s.Lemmas[i] != "" && t.s.Lemmas[i] != "_" {
		l := strings.ToLower(t.s.Lemmas[i])
		// an analyser that leaves an irregular participle as it is
		// ("beaten") would give "beaten_by" beside "beat"
		if irr, ok := irregular[l]; ok && irr != l && l == strings.ToLower(t.s.Words[i]) && strings.HasPrefix(t.xpos(i), "VB") {
			return irr
		}
		return l
	}
	return lemmaOf(t.s.Words[i], t.xpos(i))
}

func (t *tree) upos(i int) string {
	if i < len(t.s.UPOS) {
		return t.s.UPOS[i]
	}
	return ""
}

func (t *tree) xpos(i int) string {
	if i < len(t.s.XPOS) {
		return t.s.XPOS[i]
	}
	return ""
}

// child returns the first child of i whose relation is rel (full
// relation, or base relation when rel has no subtype), or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel[k] == r || (!strings.Contains(r, ":") && t.base[k] == r) {
				return k
			}
		}
	}
	return -1
}

// isPunct reports a punctuation token.
func (t *tree) isPunct(i int) bool { return t.base[i] == "punct" || t.upos(i) == "PUNCT" }

// span is the contiguous run of tokens around head that belong to head's
// subtree, with the children for which skip returns true cut off along
// with their subtrees, and punctuation trimmed from both ends. Cutting a
// subtree from the middle of the phrase ends the span there, so the text
// is always a contiguous piece of the sentence.
func (t *tree) span(head int, skip func(parent, child int) bool) Span {
	for i := range t.mark {
		t.mark[i] = false
	}
	t.mark[head] = true
	t.stack = append(t.stack[:0], head)
	for len(t.stack) > 0 {
		p := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		if p != head && t.isPunct(p) {
			// punctuation has no dependents in a sound parse; a damaged
			// one that hangs a phrase on a comma must not glue it on
			continue
		}
		for _, k := range t.kids[p] {
			if t.mark[k] || (skip != nil && skip(p, k)) {
				continue
			}
			t.mark[k] = true
			t.stack = append(t.stack, k)
		}
	}
	lo, hi := head, head+1
	for lo > 0 && t.mark[lo-1] {
		lo--
	}
	for hi < t.n && t.mark[hi] {
		hi++
	}
	lo, hi = t.balance(head, lo, hi)
	for lo < head && (t.isPunct(lo) || t.base[lo] == "cc") {
		lo++
	}
	for hi-1 > head && t.isPunct(hi-1) {
		hi--
	}
	return Span{lo, hi}
}

// balance cuts a span at a bracket it opens but does not close (after the
// head) or closes but did not open (before it), so an argument never reads
// "Standard & Poor 's ( S&P".
func (t *tree) balance(head, lo, hi int) (int, int) {
	depth := 0
	for i := lo; i < hi; i++ {
		switch t.s.Words[i] {
		case "(", "[", "-LRB-", "-LSB-":
			depth++
		case ")", "]", "-RRB-", "-RSB-":
			if depth == 0 && i < head {
				lo = i + 1
			} else if depth > 0 {
				depth--
			}
		}
	}
	if depth == 0 {
		return lo, hi
	}
	// find the first unclosed opener after the head and end before it
	open := []int{}
	for i := lo; i < hi; i++ {
		switch t.s.Words[i] {
		case "(", "[", "-LRB-", "-LSB-":
			open = append(open, i)
		case ")", "]", "-RRB-", "-RSB-":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	for _, o := range open {
		if o > head {
			return lo, o
		}
		if o < head {
			lo = o + 1
		}
	}
	return lo, hi
}

// text joins the words of sp with single spaces.
func (t *tree) text(sp Span) string {
	if sp.Len() <= 0 {
		return ""
	}
	return strings.Join(t.s.Words[sp.Start:sp.End], " ")
}

// dominates reports whether a is an ancestor of d (bounded by the
// sentence length, so a cyclic head array cannot loop forever).
func (t *tree) dominates(a, d int) bool {
	for steps := 0; d >= 0 && steps <= t.n; steps++ {
		if d == a {
			return true
		}
		d = t.head[d]
	}
	return false
}
