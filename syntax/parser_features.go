package syntax

// Feature templates after Zhang & Nivre (2011), adapted to arc-hybrid,
// where the arcs in play are (b0 → s0) and (s1 → s0): so besides their
// s0/b0 pairs, s1/s0 pairs and the right children of s1 matter. Each
// feature is a 64-bit hash of a template number and its atoms; the weight
// tables are indexed by the hash's low bits. No strings, maps or
// allocations: atoms are hashed once per token in load.

const parseK = 0x9e3779b97f4a7c15

func pf1(t, a uint64) uint64 { return parseMix((t+1)*parseK ^ a) }
func pf2(t, a, b uint64) uint64 {
	return parseMix(((t+1)*parseK^a)*0xbf58476d1ce4e5b9 ^ b)
}
func pf3(t, a, b, c uint64) uint64 {
	return parseMix((((t+1)*parseK^a)*0xbf58476d1ce4e5b9^b)*0x94d049bb133111eb ^ c)
}

func parseMix(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xd6e8feb86659fd93
	h ^= h >> 32
	return h
}

// parseDist folds a token distance into a few classes.
func parseDist(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func parseSmall(v int32) uint64 {
	if v > 6 {
		v = 6
	}
	return uint64(v)
}

// actionFeatures fills st.feats for the current configuration.
func (st *parseState) actionFeatures() []uint64 {
	null := int32(st.n + 1)
	sp := len(st.stack)
	s0, s1, s2 := null, null, null
	if sp >= 1 {
		s0 = st.stack[sp-1]
	}
	if sp >= 2 {
		s1 = st.stack[sp-2]
	}
	if sp >= 3 {
		s2 = st.stack[sp-3]
	}
	b0, b1, b2 := null, null, null
	if int(st.b) <= st.n {
		b0 = st.b
	}
	if int(st.b)+1 <= st.n {
		b1 = st.b + 1
	}
	if int(st.b)+2 <= st.n {
		b2 = st.b + 2
	}
	w, p, u, lm := st.word, st.tag, st.upos, st.lemma
	lab := func(i int32) uint64 { return uint64(st.label[i] + 2) }
	s0l1, s0l2, s0r1, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	s1l1, s1r1, s1r2 := st.lc1[s1], st.rc1[s1], st.rc2[s1]
	b0l1, b0l2 := st.lc1[b0], st.lc2[b0]

	var d01, d10 uint64 = 0, 0 // s0-b0, s1-s0 distances; 0 = undefined
	if s0 != null && b0 != null && s0 != 0 {
		d01 = parseDist(b0 - s0)
	}
	if s1 != null && s0 != null && s1 != 0 {
		d10 = parseDist(s0 - s1)
	}
	s0wp := pf2(0, w[s0], p[s0])
	s1wp := pf2(0, w[s1], p[s1])
	b0wp := pf2(0, w[b0], p[b0])
	b1wp := pf2(0, w[b1], p[b1])

	fs := st.feats[:0]
	fs = append(fs,
		// single tokens
		pf1(1, w[s0]), pf1(2, p[s0]), pf1(3, s0wp),
		pf1(4, w[s1]), pf1(5, p[s1]), pf1(6, s1wp),
		pf1(7, w[b0]), pf1(8, p[b0]), pf1(9, b0wp),
		pf1(10, w[b1]), pf1(11, p[b1]), pf1(12, b1wp),
		pf1(13, w[b2]), pf1(14, p[b2]),
		pf1(15, w[s2]), pf1(16, p[s2]),
		pf1(17, st.shape[s0]), pf1(18, st.shape[b0]), pf1(19, st.shape[s1]),
		pf1(20, st.upos[s0]), pf1(21, st.upos[b0]), pf1(22, st.upos[s1]),
		// s0/b0 pairs
		pf2(23, s0wp, b0wp), pf2(24, s0wp, w[b0]), pf2(25, w[s0], b0wp),
		pf2(26, s0wp, p[b0]), pf2(27, p[s0], b0wp), pf2(28, w[s0], w[b0]),
		pf2(29, p[s0], p[b0]), pf2(30, p[b0], p[b1]),
		// s1/s0 pairs
		pf2(31, s1wp, s0wp), pf2(32, s1wp, w[s0]), pf2(33, w[s1], s0wp),
		pf2(34, s1wp, p[s0]), pf2(35, p[s1], s0wp), pf2(36, w[s1], w[s0]),
		pf2(37, p[s1], p[s0]), pf2(38, p[s1], p[b0]), pf2(39, w[s1], w[b0]),
		pf2(40, b0wp, p[b1]), pf2(41, w[b0], w[b1]),
		// triples of tags
		pf3(42, p[b0], p[b1], p[b2]), pf3(43, p[s0], p[b0], p[b1]),
		pf3(44, p[s1], p[s0], p[b0]), pf3(45, p[s2], p[s1], p[s0]),
		pf3(46, p[s0], p[s0l1], p[b0]), pf3(47, p[s0], p[s0r1], p[b0]),
		pf3(48, p[s0], p[b0], p[b0l1]), pf3(49, p[s1], p[s1r1], p[s0]),
		pf3(50, p[s1], p[s0], p[s0l1]), pf3(51, p[s1], p[s0], p[s0r1]),
		pf3(52, p[s1], p[s1l1], p[s0]), pf3(53, w[s1], p[s0], p[b0]),
		pf3(54, p[s1], w[s0], p[b0]), pf3(55, p[s1], p[s0], w[b0]),
		// distance
		pf2(56, w[s0], d01), pf2(57, p[s0], d01), pf2(58, w[b0], d01),
		pf2(59, p[b0], d01), pf3(60, w[s0], w[b0], d01), pf3(61, p[s0], p[b0], d01),
		pf2(62, w[s1], d10), pf2(63, w[s0], d10), pf3(64, p[s1], p[s0], d10),
		pf3(65, w[s1], w[s0], d10),
		// valency
		pf2(66, w[s0], parseSmall(st.nr[s0])), pf2(67, p[s0], parseSmall(st.nr[s0])),
		pf2(68, w[s0], parseSmall(st.nl[s0])), pf2(69, p[s0], parseSmall(st.nl[s0])),
		pf2(70, w[b0], parseSmall(st.nl[b0])), pf2(71, p[b0], parseSmall(st.nl[b0])),
		pf2(72, w[s1], parseSmall(st.nr[s1])), pf2(73, p[s1], parseSmall(st.nr[s1])),
		pf2(74, w[s1], parseSmall(st.nl[s1])), pf2(75, p[s1], parseSmall(st.nl[s1])),
		// children
		pf1(76, w[s0l1]), pf1(77, p[s0l1]), pf1(78, lab(s0l1)),
		pf1(79, w[s0r1]), pf1(80, p[s0r1]), pf1(81, lab(s0r1)),
		pf1(82, w[b0l1]), pf1(83, p[b0l1]), pf1(84, lab(b0l1)),
		pf1(85, w[s1r1]), pf1(86, p[s1r1]), pf1(87, lab(s1r1)),
		pf1(88, p[s1l1]), pf1(89, lab(s1l1)),
		pf1(90, p[s0l2]), pf1(91, lab(s0l2)), pf1(92, p[s0r2]), pf1(93, lab(s0r2)),
		pf1(94, p[b0l2]), pf1(95, lab(b0l2)), pf1(96, p[s1r2]), pf1(97, lab(s1r2)),
		pf3(98, p[s0], p[s0l1], p[s0l2]), pf3(99, p[s0], p[s0r1], p[s0r2]),
		pf3(100, p[b0], p[b0l1], p[b0l2]), pf3(101, p[s1], p[s1r1], p[s1r2]),
		pf2(102, s0wp, lab(s0l1)), pf2(103, s0wp, lab(s0r1)), pf2(104, b0wp, lab(b0l1)),
		pf2(105, s1wp, lab(s1r1)),
		// label sets
		pf2(106, w[s0], st.rset[s0]), pf2(107, p[s0], st.rset[s0]),
		pf2(108, w[s0], st.lset[s0]), pf2(109, p[s0], st.lset[s0]),
		pf2(110, w[b0], st.lset[b0]), pf2(111, p[b0], st.lset[b0]),
		pf2(112, p[s1], st.rset[s1]), pf2(113, w[s1], st.rset[s1]),
		pf3(114, p[s1], st.lset[s1], st.rset[s1]),
		// universal tags: coarser, so a fine-tag error (VBD for VBN, NNP
		// for NN) leaves these features intact
		pf2(116, u[s0], u[b0]), pf2(117, u[s1], u[s0]), pf3(118, u[s0], u[b0], u[b1]),
		pf3(119, u[s1], u[s0], u[b0]), pf2(120, w[s0], u[b0]), pf2(121, u[s0], w[b0]),
		pf2(122, w[s1], u[s0]), pf2(123, u[s1], w[s0]), pf3(124, u[s0], u[s0l1], u[b0]),
		pf3(125, u[s1], u[s1r1], u[s0]), pf3(126, u[s0], u[b0], d01), pf3(127, u[s1], u[s0], d10),
		pf3(128, u[s2], u[s1], u[s0]), pf3(129, u[b0], u[b1], u[b2]), pf3(130, u[s0], u[b0], u[b0l1]),
		pf3(131, w[s0], w[b0], u[b1]), pf3(132, w[s1], w[s0], u[b0]),
		// lemmas: one weight for all forms of a verb or noun
		pf1(133, lm[s0]), pf1(134, lm[b0]), pf1(135, lm[s1]),
		pf2(136, lm[s0], lm[b0]), pf2(137, lm[s1], lm[s0]),
		pf2(138, lm[s0], u[b0]), pf2(139, u[s0], lm[b0]), pf2(140, lm[s1], u[s0]), pf2(141, u[s1], lm[s0]),
		// bias
		pf1(115, 1),
	)
	st.feats = fs
	return fs
}

// labelFeatures describes a proposed arc h → d for the labeller. Every
// feature carries the arc's direction implicitly: the labeller scores left
// and right arcs in separate halves of its rows.
func (st *parseState) labelFeatures(h, d int32) []uint64 {
	null := int32(st.n + 1)
	w, p, u, lm := st.word, st.tag, st.upos, st.lemma
	lab := func(i int32) uint64 { return uint64(st.label[i] + 2) }
	var dist uint64
	if h != 0 {
		if h > d {
			dist = parseDist(h - d)
		} else {
			dist = parseDist(d - h)
		}
	}
	prev := func(i int32) int32 {
		if i <= 1 {
			return null
		}
		return i - 1
	}
	next := func(i int32) int32 {
		if i == 0 || int(i) >= st.n {
			return null
		}
		return i + 1
	}
	hwp := pf2(0, w[h], p[h])
	dwp := pf2(0, w[d], p[d])
	dl1, dr1, hl1, hr1 := st.lc1[d], st.rc1[d], st.lc1[h], st.rc1[h]
	b0 := null
	if int(st.b) <= st.n {
		b0 = st.b
	}
	if b0 == h {
		b0 = null
		if int(st.b)+1 <= st.n {
			b0 = st.b + 1
		}
	}
	fs := st.lfeats[:0]
	fs = append(fs,
		pf1(1, w[h]), pf1(2, p[h]), pf1(3, hwp),
		pf1(4, w[d]), pf1(5, p[d]), pf1(6, dwp),
		pf2(7, hwp, dwp), pf2(8, w[h], p[d]), pf2(9, p[h], w[d]), pf2(10, p[h], p[d]),
		pf2(11, w[h], w[d]), pf3(12, p[h], p[d], dist), pf2(13, w[d], dist),
		pf1(14, st.shape[d]), pf2(15, st.upos[h], st.upos[d]),
		pf3(16, p[h], p[d], p[prev(d)]), pf3(17, p[h], p[d], p[next(d)]),
		pf3(18, p[h], p[d], p[prev(h)]), pf3(19, p[h], p[d], p[next(h)]),
		pf2(20, p[d], st.lset[d]), pf2(21, p[d], st.rset[d]),
		pf2(22, p[h], st.lset[h]), pf2(23, p[h], st.rset[h]),
		pf3(24, p[d], p[dl1], lab(dl1)), pf3(25, p[d], p[dr1], lab(dr1)),
		pf2(26, w[dl1], p[d]), pf2(27, w[dr1], p[d]),
		pf3(28, p[h], p[hl1], lab(hl1)), pf3(29, p[h], p[hr1], lab(hr1)),
		pf3(30, p[h], p[d], p[b0]), pf2(31, w[b0], p[d]),
		pf2(32, w[prev(d)], p[d]), pf2(33, w[next(d)], p[d]),
		pf3(34, w[h], p[d], dist), pf2(35, hwp, w[d]), pf2(36, w[h], dwp),
		pf3(37, p[d], lab(dl1), lab(st.lc2[d])), pf1(38, 1),
		pf1(39, lm[h]), pf1(40, lm[d]), pf2(41, lm[h], lm[d]), pf2(42, lm[h], u[d]), pf2(43, u[h], lm[d]),
		pf3(44, u[h], u[d], dist), pf3(45, lm[h], u[d], w[dl1]), pf3(46, u[h], lm[d], w[dl1]),
	)
	st.lfeats = fs
	return fs
}

// arcKey identifies an arc's direction and the universal tags of its two
// words, the key of the labeller's candidate relations.
func (st *parseState) arcKey(h, d int32, right bool) uint64 {
	dir := uint64(0)
	if right {
		dir = 1
	}
	return pf3(200, dir, st.upos[h], st.upos[d])
}
