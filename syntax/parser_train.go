package syntax

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"time"
)

// ParserOptions control training.
type ParserOptions struct {
	Iterations int     // passes over the data (default 12)
	Seed       uint64  // shuffling and exploration; same seed, same model
	Explore    float64 // after the first pass, probability of following a wrong prediction (default 0.9)
	ActBits    int     // log2 rows of the action table (default 20)
	LabBits    int     // log2 rows of the label table (default 17)
	Dev        []*Sentence
	Log        io.Writer // progress lines; nil for none
}

// parserTrainer holds float weights and the sums for averaging: the
// averaged weight is w - u/c, where u accumulates c·delta (Daumé's trick),
// so an update costs the same as in the plain perceptron.
type parserTrainer struct {
	opt     ParserOptions
	labels  []string
	nl      int
	actMask uint64
	act     []float32
	actU    []float32
	labMask uint64
	lab     []float32
	labU    []float32
	c       float32
	cands   map[uint64][]uint8
	lsc     []float32
}

// TrainParser trains a parser on sentences with gold heads, relations and
// (ideally predicted) tags. Sentences with a broken tree or longer than
// MaxSentenceLen are skipped; non-projective trees are projectivised.
func TrainParser(sents []*Sentence, opt ParserOptions) (*Parser, error) {
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	if opt.ActBits == 0 {
		opt.ActBits = 20
	}
	if opt.LabBits == 0 {
		opt.LabBits = 17
	}
	type item struct {
		s      *Sentence
		heads  []int32
		labels []int32
	}
	freq := map[string]int{}
	for _, s := range sents {
		for _, d := range s.Deprel {
			freq[d]++
		}
	}
	labels := make([]string, 0, len(freq))
	for l := range freq {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if freq[labels[i]] != freq[labels[j]] {
			return freq[labels[i]] > freq[labels[j]]
		}
		return labels[i] < labels[j]
	})
	if len(labels) == 0 {
		return nil, fmt.Errorf("train parser: no relations in %d sentences", len(sents))
	}
	index := map[string]int32{}
	for i, l := range labels {
		index[l] = int32(i)
	}
	var items []item
	lifted, skipped := 0, 0
	for _, s := range sents {
		n := s.Len()
		if n == 0 || n > MaxSentenceLen || len(s.Head) != n || len(s.Deprel) != n {
			skipped++
			continue
		}
		heads := make([]int32, n+2)
		lbls := make([]int32, n+2)
		heads[0], heads[n+1] = -1, -1
		roots, ok := 0, true
		for i, h := range s.Head {
			if h < 0 || h > n || h == i+1 {
				ok = false
			}
			if h == 0 {
				roots++
			}
			heads[i+1] = int32(h)
			lbls[i+1] = index[s.Deprel[i]]
		}
		if !ok || roots != 1 || !parseIsTree(heads[:n+1]) {
			skipped++
			continue
		}
		lifted += projectivise(heads[:n+1])
		items = append(items, item{s, heads, lbls})
	}
	tr := &parserTrainer{opt: opt, labels: labels, nl: len(labels)}
	tr.actMask = 1<<opt.ActBits - 1
	tr.act = make([]float32, (tr.actMask+1)*actCols)
	tr.actU = make([]float32, len(tr.act))
	tr.labMask = 1<<opt.LabBits - 1
	tr.lab = make([]float32, (tr.labMask+1)*uint64(2*tr.nl))
	tr.labU = make([]float32, len(tr.lab))
	tr.c = 1
	tr.lsc = make([]float32, tr.nl)
	tr.cands = map[uint64][]uint8{}
	st := &parseState{}
	for _, x := range items {
		// The arcs the oracle builds: projectivised heads, training tags.
		st.load(x.s, 0, x.s.Len())
		for d := int32(1); d <= int32(x.s.Len()); d++ {
			h := x.heads[d]
			k := st.arcKey(h, d, h < d)
			if l := uint8(x.labels[d]); !slices.Contains(tr.cands[k], l) {
				tr.cands[k] = append(tr.cands[k], l)
			}
		}
	}
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "parser: %d sentences (%d skipped, %d arcs lifted), %d relations\n",
			len(items), skipped, lifted, len(labels))
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x70617273))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	var p *Parser
	for it := 0; it < opt.Iterations; it++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var steps, wrong, arcs, labWrong int
		for _, k := range order {
			x := items[k]
			st.load(x.s, 0, x.s.Len())
			s, w, a, lw := tr.sentence(st, x.heads, x.labels, it > 0, rng)
			steps, wrong, arcs, labWrong = steps+s, wrong+w, arcs+a, labWrong+lw
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser: pass %d: %.1f%% transitions wrong, %.1f%% labels wrong (%.1fs)",
				it+1, 100*float64(wrong)/float64(max(steps, 1)), 100*float64(labWrong)/float64(max(arcs, 1)),
				time.Since(start).Seconds())
			if len(opt.Dev) > 0 && (it == opt.Iterations-1 || it%3 == 2) {
				p = tr.parser()
				sc := EvaluateParser(p, opt.Dev)
				fmt.Fprintf(opt.Log, "; dev UAS %.2f LAS %.2f", sc.UAS(), sc.LAS())
			}
			fmt.Fprintln(opt.Log)
		}
	}
	if p == nil {
		p = tr.parser()
	}
	return p, nil
}

// parseIsTree reports whether every token reaches the root without a cycle.
func parseIsTree(heads []int32) bool {
	n := len(heads) - 1
	for i := 1; i <= n; i++ {
		k, steps := int32(i), 0
		for k != 0 {
			k = heads[k]
			if steps++; steps > n {
				return false
			}
		}
	}
	return true
}

// sentence runs one training pass over a sentence, returning counts of
// transitions, wrong predictions, arcs labelled and labels wrong.
func (tr *parserTrainer) sentence(st *parseState, gold, glabels []int32, explore bool, rng *rand.Rand) (steps, wrong, arcs, labWrong int) {
	var scores [actCols]float32
	var costs [numActions]int
	for !st.terminal() {
		feats := st.actionFeatures()
		scores = [actCols]float32{}
		for _, f := range feats {
			row := tr.act[(f&tr.actMask)*actCols:]
			scores[0] += row[0]
			scores[1] += row[1]
			scores[2] += row[2]
		}
		pred, good := -1, -1
		for a := range numActions {
			if !st.valid(a) {
				continue
			}
			costs[a] = st.cost(a, gold)
			if pred < 0 || scores[a] > scores[pred] {
				pred = a
			}
			if costs[a] == 0 && (good < 0 || scores[a] > scores[good]) {
				good = a
			}
		}
		steps++
		next := pred
		if good >= 0 && costs[pred] > 0 {
			wrong++
			for _, f := range feats {
				r := (f & tr.actMask) * actCols
				tr.act[r+uint64(good)]++
				tr.actU[r+uint64(good)] += tr.c
				tr.act[r+uint64(pred)]--
				tr.actU[r+uint64(pred)] -= tr.c
			}
			if !explore || rng.Float64() >= tr.opt.Explore {
				next = good
			}
		}
		lbl := int32(0)
		if next != actShift {
			h, d := st.arc(next)
			lbl = tr.label(st, h, d, next == actRight)
			if gold[d] == h {
				arcs++
				if gl := glabels[d]; gl != lbl {
					labWrong++
					tr.updateLabel(st, h, d, next == actRight, gl, lbl)
					lbl = gl
				}
			}
		}
		st.apply(next, lbl)
		tr.c++
	}
	return
}

// label is Parser.label with the training weights.
func (tr *parserTrainer) label(st *parseState, h, d int32, right bool) int32 {
	cands, ok := tr.cands[st.arcKey(h, d, right)]
	if ok && len(cands) == 1 {
		return int32(cands[0])
	}
	off := uint64(0)
	if right {
		off = uint64(tr.nl)
	}
	stride := uint64(2 * tr.nl)
	sc := tr.lsc
	clear(sc)
	for _, f := range st.labelFeatures(h, d) {
		row := tr.lab[(f&tr.labMask)*stride+off:][:tr.nl]
		for k, w := range row {
			sc[k] += w
		}
	}
	best := -1
	for k := range sc {
		if (!ok || slices.Contains(cands, uint8(k))) && (best < 0 || sc[k] > sc[best]) {
			best = k
		}
	}
	return int32(best)
}

// updateLabel moves the labeller's weights for arc h → d towards gold and
// away from pred.
func (tr *parserTrainer) updateLabel(st *parseState, h, d int32, right bool, gold, pred int32) {
	off := uint64(0)
	if right {
		off = uint64(tr.nl)
	}
	stride := uint64(2 * tr.nl)
	for _, f := range st.labelFeatures(h, d) {
		r := (f&tr.labMask)*stride + off
		tr.lab[r+uint64(gold)]++
		tr.labU[r+uint64(gold)] += tr.c
		tr.lab[r+uint64(pred)]--
		tr.labU[r+uint64(pred)] -= tr.c
	}
}

// parser averages and quantises the weights into a runtime Parser.
func (tr *parserTrainer) parser() *Parser {
	return &Parser{
		labels:  tr.labels,
		actMask: tr.actMask,
		act:     packActions(parseQuantise(tr.act, tr.actU, tr.c)),
		labMask: tr.labMask,
		lab:     parseQuantise(tr.lab, tr.labU, tr.c),
		cands:   tr.cands,
	}
}

// parseQuantise averages w (w - u/c) and maps it to int8 with one scale
// per table. Only the argmax of sums is used, so the scale is irrelevant;
// measured on EWT dev, 8 bits over the full range parse as well as 16
// (clipping outliers costs 1-5 points), and halve the tables' memory
// traffic, which is what bounds the parser's speed.
func parseQuantise(w, u []float32, c float32) []int8 {
	avg := make([]float32, len(w))
	var maxAbs float64
	for i := range w {
		a := w[i] - u[i]/c
		avg[i] = a
		maxAbs = max(maxAbs, math.Abs(float64(a)))
	}
	q := make([]int8, len(w))
	if maxAbs == 0 {
		return q
	}
	scale := 127 / maxAbs
	for i, a := range avg {
		q[i] = int8(max(-127, min(127, math.Round(float64(a)*scale))))
	}
	return q
}
