package syntax

import (
	"sync"

	"github.com/newsgraph/newsgraph/internal/hugetable"
)

// The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gómez-
// Rodríguez and Satta 2011) scored by averaged perceptrons over hashed
// Zhang & Nivre-style features, trained with Goldberg & Nivre's dynamic
// oracle. Arc-hybrid rather than arc-eager because its oracle cost is a
// plain count of lost gold arcs per transition (no reduce/unshift special
// cases), and because each word is attached exactly once, by the transition
// that pops it, which keeps the labeller's decision point simple.
//
// A transition is chosen in two steps: an unlabelled classifier picks
// SHIFT, LEFT or RIGHT, then, for an arc, a labeller picks the relation
// from features of the head, the dependent and their context. Scoring the
// ~50 relations only once per word, instead of 100 labelled transitions at
// every step, is what keeps tagging plus parsing above 100k words/s.

// MaxSentenceLen is the longest token span parsed as one unit. Longer
// sentences (a list, a table flattened to text) are parsed in chunks of
// this length whose roots hang from the first chunk's root as parataxis,
// so time and memory stay linear in the input.
const MaxSentenceLen = 200

// Transition kinds.
const (
	actShift = iota
	actLeft  // s0 becomes a dependent of b0
	actRight // s0 becomes a dependent of s1
	numActions
)

// actCols is the width of an action-table row in training: three actions
// padded to four so rows align.
const actCols = 4

// actRow is the width of a row of the action table the parser reads: the
// three actions packed, without the padding column. The parser waits
// mostly on this table's random rows; a quarter smaller, more of it stays
// in the cache (parsing EWT and GUM dev took about 12% less CPU in an
// in-process A/B, same parses), and a packed row straddles two cache
// lines only 2 times in 64.
const actRow = numActions

// Parser is a trained dependency parser. It is safe for concurrent use:
// all per-sentence state lives in pooled scratch space.
type Parser struct {
	labels []string // relation names; index is the labeller's class

	actMask uint64 // action table has actMask+1 rows of actRow
	act     []int8 // quantised averaged weights, packed rows (see actRow)
	labMask uint64
	lab     []int8             // labMask+1 rows of 2*len(labels): left arcs, then right
	cands   map[uint64][]uint8 // arcKey → relations seen in training

	pool sync.Pool
}

// Labels is the relation inventory, in the labeller's class order.
func (p *Parser) Labels() []string { return p.labels }

// Parse fills s.Head and s.Deprel from s.Words and s.XPOS (and s.Lemmas
// when present). Sentences longer than MaxSentenceLen are parsed in chunks.
func (p *Parser) Parse(s *Sentence) {
	n := s.Len()
	s.Head = parseResizeInts(s.Head, n)
	s.Deprel = parseResizeStrings(s.Deprel, n)
	if n == 0 {
		return
	}
	st, _ := p.pool.Get().(*parseState)
	if st == nil {
		st = &parseState{}
	}
	defer p.pool.Put(st)
	firstRoot := -1
	for lo := 0; lo < n; lo += MaxSentenceLen {
		hi := min(lo+MaxSentenceLen, n)
		st.load(s, lo, hi)
		p.run(st)
		for i := 1; i <= st.n; i++ {
			h := int(st.head[i]) // chunk numbering; made absolute below
			lbl := p.labels[st.label[i]]
			switch {
			case h != 0:
				h += lo
			case firstRoot < 0:
				firstRoot = lo + i
			default:
				h, lbl = firstRoot, "parataxis"
			}
			s.Head[lo+i-1] = h
			s.Deprel[lo+i-1] = lbl
		}
	}
}

// run parses the loaded state greedily with the quantised weights.
func (p *Parser) run(st *parseState) {
	var scores [numActions]int32
	lscores := st.labelScores(len(p.labels))
	for !st.terminal() {
		best, nvalid := -1, 0
		for a := range numActions {
			if st.valid(a) {
				best = a
				nvalid++
			}
		}
		// With one transition possible (only the root on the stack, or
		// the buffer empty) there is nothing to score.
		if nvalid > 1 {
			// Row offsets and a first load of each row, then the sums,
			// as in label.
			rows := st.arows[:0]
			var touch int8
			for _, f := range st.actionFeatures() {
				r := (f & p.actMask) * actRow
				touch |= p.act[r]
				rows = append(rows, r)
			}
			st.arows, st.touch = rows, touch
			var s0, s1, s2 int32
			for _, r := range rows {
				row := p.act[r : r+actRow]
				s0 += int32(row[0])
				s1 += int32(row[1])
				s2 += int32(row[2])
			}
			scores = [numActions]int32{s0, s1, s2}
			best = -1
			for a := range numActions {
				if st.valid(a) && (best < 0 || scores[a] > scores[best]) {
					best = a
				}
			}
		}
		lbl := int32(0)
		if best != actShift {
			h, d := st.arc(best)
			lbl = p.label(st, h, d, best == actRight, lscores)
		}
		st.apply(best, lbl)
	}
}

// label picks the relation of the arc h → d. Only relations seen in
// training for the arc's direction and the two words' universal tags are
// scored (a determiner before its noun has two candidates, not 51), which
// is most of the labeller's speed; an unseen pair scores them all.
//
// The rows are read in two sweeps. The first computes each feature's row
// and loads the first and last byte the scoring needs: the table is larger
// than the cache, and these loads, depending on nothing but the features,
// are all in flight at once. The second sums the weights from rows now in
// the cache. Summing straight away kept only a few rows in flight, since
// each feature's loop of additions filled the processor's window before
// the next row was asked for. Integer sums do not depend on order, so the
// scores are the same.
func (p *Parser) label(st *parseState, h, d int32, right bool, sc []int32) int32 {
	cands, ok := p.cands[st.arcKey(h, d, right)]
	if ok && len(cands) == 1 {
		return int32(cands[0])
	}
	nl := len(p.labels)
	off := uint64(0)
	if right {
		off = uint64(nl)
	}
	stride := uint64(2 * nl)
	lo, hi := uint64(0), uint64(nl-1) // span of the row that is read
	if ok {
		lo, hi = uint64(cands[0]), uint64(cands[0])
		for _, k := range cands[1:] {
			lo, hi = min(lo, uint64(k)), max(hi, uint64(k))
		}
	}
	feats := st.labelFeatures(h, d)
	rows := st.lrows[:0]
	var touch int8
	for _, f := range feats {
		r := (f&p.labMask)*stride + off
		touch |= p.lab[r+lo] | p.lab[r+hi]
		rows = append(rows, r)
	}
	st.lrows, st.touch = rows, touch
	if ok {
		best, bestScore := -1, int32(0)
		for _, k := range cands {
			var s int32
			for _, r := range rows {
				s += int32(p.lab[r+uint64(k)])
			}
			if best < 0 || s > bestScore {
				best, bestScore = int(k), s
			}
		}
		return int32(best)
	}
	clear(sc)
	for _, r := range rows {
		for k, w := range p.lab[r:][:nl] {
			sc[k] += int32(w)
		}
	}
	best := 0
	for k := 1; k < nl; k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return int32(best)
}

// packActions drops the padding column of an action table of actCols-wide
// rows, giving the parser's actRow-wide rows.
func packActions(padded []int8) []int8 {
	rows := len(padded) / actCols
	packed := hugetable.Make[int8](rows * actRow)
	for r := range rows {
		copy(packed[r*actRow:(r+1)*actRow], padded[r*actCols:])
	}
	return packed
}

func parseResizeInts(xs []int, n int) []int {
	if cap(xs) >= n {
		return xs[:n]
	}
	return make([]int, n)
}

func parseResizeStrings(xs []string, n int) []string {
	if cap(xs) >= n {
		return xs[:n]
	}
	return make([]string, n)
}
