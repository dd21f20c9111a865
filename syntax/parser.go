package syntax

import (
	"sync"
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

// actCols is the width of an action-table row: three actions padded to
// four so rows align.
const actCols = 4

// Parser is a trained dependency parser. It is safe for concurrent use:
// all per-sentence state lives in pooled scratch space.
type Parser struct {
	labels []string // relation names; index is the labeller's class

	actMask uint64  // action table has actMask+1 rows of actCols
	act     []int16 // quantised averaged weights
	labMask uint64
	lab     []int16 // labMask+1 rows of 2*len(labels): left arcs, then right

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
	var scores [actCols]int32
	nl := len(p.labels)
	lscores := st.labelScores(nl)
	for !st.terminal() {
		feats := st.actionFeatures()
		scores = [actCols]int32{}
		for _, f := range feats {
			row := p.act[(f&p.actMask)*actCols:]
			scores[0] += int32(row[0])
			scores[1] += int32(row[1])
			scores[2] += int32(row[2])
		}
		best, bestScore := -1, int32(0)
		for a := range numActions {
			if st.valid(a) && (best < 0 || scores[a] > bestScore) {
				best, bestScore = a, scores[a]
			}
		}
		lbl := int32(0)
		if best != actShift {
			h, d := st.arc(best)
			lf := st.labelFeatures(h, d)
			off := 0
			if best == actRight {
				off = nl
			}
			clear(lscores)
			stride := uint64(2 * nl)
			for _, f := range lf {
				row := p.lab[(f&p.labMask)*stride+uint64(off):]
				row = row[:nl]
				for k, w := range row {
					lscores[k] += int32(w)
				}
			}
			bl := 0
			for k := 1; k < nl; k++ {
				if lscores[k] > lscores[bl] {
					bl = k
				}
			}
			lbl = int32(bl)
		}
		st.apply(best, lbl)
	}
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
