package syntax

// Goldberg & Nivre's dynamic oracle for arc-hybrid: the cost of a
// transition is the number of gold arcs it makes unreachable. gold[i] is
// the gold head of token i (1..n, CoNLL-U numbering; 0 = root). The tree
// must be projective, which projectivise guarantees for training.

func (st *parseState) cost(a int, gold []int32) int {
	sp := len(st.stack)
	b := st.b
	n := int32(st.n)
	switch a {
	case actShift:
		// b0 leaves the buffer: its dependents on the stack and its head
		// anywhere on the stack below s0 are lost.
		c := 0
		for k := 0; k < sp; k++ {
			x := st.stack[k]
			if gold[x] == b && x != 0 {
				c++
			}
			if k < sp-1 && gold[b] == x {
				c++
			}
		}
		return c
	case actLeft, actRight:
		s0 := st.stack[sp-1]
		s1 := st.stack[sp-2]
		c := 0
		for d := b; d <= n; d++ { // s0's dependents still in the buffer
			if gold[d] == s0 {
				c++
			}
		}
		g := gold[s0]
		if a == actLeft {
			if g != b && (g == s1 || (g > b && g <= n)) {
				c++
			}
		} else if g != s1 && g >= b && g <= n {
			c++
		}
		return c
	}
	return 0
}

// projectivise lifts non-projective arcs until the tree is projective:
// the dependent of the shortest crossing arc is re-attached to its head's
// head, as in Nivre & Nilsson's pseudo-projective parsing without the
// label encoding (the lifted arcs are rare in English and not recovered).
// heads is CoNLL-U numbered, index 1..n, heads[0] unused; it is modified.
func projectivise(heads []int32) (lifted int) {
	n := int32(len(heads) - 1)
	for iter := 0; iter < int(n)*int(n); iter++ {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= n; d++ {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen || h == 0 {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return lifted
		}
		heads[best] = heads[heads[best]]
		lifted++
	}
	return lifted
}

// dominates reports whether h is an ancestor of k (or k itself).
func dominates(heads []int32, h, k int32) bool {
	for steps := 0; steps < len(heads); steps++ {
		if k == h {
			return true
		}
		if k == 0 {
			return false
		}
		k = heads[k]
	}
	return false
}
