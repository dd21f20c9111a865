package syntax

// parseState is the arc-hybrid configuration of one sentence (or chunk).
// Tokens are numbered 1..n; 0 is the artificial root, which sits at the
// bottom of the stack; n+1 is a null token that stands for "no such
// position", so feature code never branches on bounds.
//
// Arc-hybrid: SHIFT pushes b0; LEFT makes s0 a dependent of b0 and pops
// it; RIGHT makes s0 a dependent of s1 and pops it. The buffer is always
// the contiguous span b..n. RIGHT onto the root is only allowed when the
// buffer is empty, so every tree has exactly one root word.
type parseState struct {
	n     int
	stack []int32
	b     int32

	head  []int32 // -1 until attached
	label []int32 // labeller class, -1 until attached

	// Children, kept as they are added: in arc-hybrid a word's left
	// children arrive right to left (LEFT pops them nearest first) and
	// its right children left to right, so the newest is the outermost.
	lc1, lc2, rc1, rc2 []int32 // null token when absent
	nl, nr             []int32
	lset, rset         []uint64 // bit per relation class (mod 64)

	word  []uint64 // hashed lower-cased form
	tag   []uint64 // hashed XPOS
	upos  []uint64 // hashed UPOS
	shape []uint64 // hashed suffix, for words the tagger knows little about
	lemma []uint64 // hashed lemma (the form when there is none)

	feats  []uint64
	lfeats []uint64
	arows  []uint64 // the action table's offsets, one per feature
	lrows  []uint64 // the labeller's table offsets, one per feature
	lsc    []int32
	// touch keeps the labeller's first sweep of loads from being
	// optimised away (see Parser.label).
	touch int8
}

const (
	atomRoot = 0x5bd1e995
	atomNull = 0x27d4eb2f
)

// load fills the state with tokens lo..hi-1 of s.
func (st *parseState) load(s *Sentence, lo, hi int) {
	n := hi - lo
	st.n = n
	m := n + 2
	st.head = parseFillInt32(st.head, m, -1)
	st.label = parseFillInt32(st.label, m, -1)
	null := int32(n + 1)
	st.lc1 = parseFillInt32(st.lc1, m, null)
	st.lc2 = parseFillInt32(st.lc2, m, null)
	st.rc1 = parseFillInt32(st.rc1, m, null)
	st.rc2 = parseFillInt32(st.rc2, m, null)
	st.nl = parseFillInt32(st.nl, m, 0)
	st.nr = parseFillInt32(st.nr, m, 0)
	st.lset = parseFillUint64(st.lset, m, 0)
	st.rset = parseFillUint64(st.rset, m, 0)
	st.word = parseFillUint64(st.word, m, 0)
	st.tag = parseFillUint64(st.tag, m, 0)
	st.upos = parseFillUint64(st.upos, m, 0)
	st.shape = parseFillUint64(st.shape, m, 0)
	st.lemma = parseFillUint64(st.lemma, m, 0)
	st.word[0], st.tag[0], st.upos[0], st.shape[0], st.lemma[0] = atomRoot, atomRoot, atomRoot, atomRoot, atomRoot
	st.word[n+1], st.tag[n+1], st.upos[n+1], st.shape[n+1], st.lemma[n+1] = atomNull, atomNull, atomNull, atomNull, atomNull
	for i := lo; i < hi; i++ {
		k := i - lo + 1
		w := s.Words[i]
		st.word[k] = parseHashLower(w)
		st.shape[k] = parseHashSuffix(w, 3)
		st.lemma[k] = st.word[k]
		if i < len(s.Lemmas) && s.Lemmas[i] != "" && s.Lemmas[i] != "_" {
			st.lemma[k] = parseHashLower(s.Lemmas[i])
		}
		if i < len(s.XPOS) {
			st.tag[k] = parseHash(s.XPOS[i])
		}
		if i < len(s.UPOS) {
			st.upos[k] = parseHash(s.UPOS[i])
		}
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
}

func (st *parseState) terminal() bool { return int(st.b) > st.n && len(st.stack) == 1 }

func (st *parseState) valid(a int) bool {
	switch a {
	case actShift:
		return int(st.b) <= st.n
	case actLeft:
		return len(st.stack) >= 2 && int(st.b) <= st.n
	case actRight:
		if len(st.stack) < 2 {
			return false
		}
		return len(st.stack) > 2 || int(st.b) > st.n
	}
	return false
}

// arc is the (head, dependent) an arc transition would add.
func (st *parseState) arc(a int) (h, d int32) {
	s0 := st.stack[len(st.stack)-1]
	if a == actLeft {
		return st.b, s0
	}
	return st.stack[len(st.stack)-2], s0
}

// apply performs transition a; lbl is the relation class for arcs.
func (st *parseState) apply(a int, lbl int32) {
	if a == actShift {
		st.stack = append(st.stack, st.b)
		st.b++
		return
	}
	h, d := st.arc(a)
	st.stack = st.stack[:len(st.stack)-1]
	st.head[d], st.label[d] = h, lbl
	bit := uint64(1) << (uint(lbl) & 63)
	if d < h {
		st.lc2[h], st.lc1[h] = st.lc1[h], d
		st.nl[h]++
		st.lset[h] |= bit
	} else {
		st.rc2[h], st.rc1[h] = st.rc1[h], d
		st.nr[h]++
		st.rset[h] |= bit
	}
}

func parseFillInt32(xs []int32, n int, v int32) []int32 {
	if cap(xs) < n {
		xs = make([]int32, n)
	}
	xs = xs[:n]
	for i := range xs {
		xs[i] = v
	}
	return xs
}

func parseFillUint64(xs []uint64, n int, v uint64) []uint64 {
	if cap(xs) < n {
		xs = make([]uint64, n)
	}
	xs = xs[:n]
	for i := range xs {
		xs[i] = v
	}
	return xs
}

// parseHash is FNV-1a.
func parseHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// parseHashLower is parseHash of the ASCII-lower-cased form: case is mostly
// carried by the tags, and folding it halves the sparse word features.
func parseHashLower(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// parseHashSuffix hashes the last k bytes, lower-cased, marked so it cannot
// equal a whole-word hash.
func parseHashSuffix(s string, k int) uint64 {
	if len(s) > k {
		s = s[len(s)-k:]
	}
	return parseHashLower(s) ^ 0x9e3779b97f4a7c15
}

// labelScores is the labeller's scratch row.
func (st *parseState) labelScores(n int) []int32 {
	if cap(st.lsc) < n {
		st.lsc = make([]int32, n)
	}
	return st.lsc[:n]
}
