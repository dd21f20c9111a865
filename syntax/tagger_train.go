package syntax

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/hugetable"
)

// Training thresholds. A word joins the tag dictionary when it is seen
// tagDictMinCount times with one class at least tagDictMinShare of the time; a
// joint class is kept when seen tagClassMinCount times (rarer XPOS|UPOS pairs,
// mostly annotation noise, fold into their XPOS's commonest pair); averaged
// weights below tagPruneBelow in magnitude are dropped (a tenth of the
// weights, no change on EWT dev; pruning at 1.0 would drop 70% for -0.1
// XPOS).
const (
	tagDictMinCount  = 20
	tagDictMinShare  = 0.995
	tagClassMinCount = 3
	tagPruneBelow    = 0.5
	tagLexMinCount   = 3
	tagLexMinShare   = 0.05
)

// tagEntry is one (feature, class) weight with the bookkeeping of lazy
// averaging: total is the sum of the weight over all steps up to stamp.
type tagEntry struct {
	total float64
	w     float32
	stamp int32
	cls   uint8
}

// tagPerceptron is the training-time model: sparse per-feature entry lists
// keyed by feature hash.
type tagPerceptron struct {
	ids     map[uint64]int32
	keys    []uint64
	entries [][]tagEntry
	now     int32
}

func (p *tagPerceptron) score(feats []uint64, scores []float32) {
	for k := range scores {
		scores[k] = 0
	}
	for _, f := range feats {
		id, ok := p.ids[f]
		if !ok {
			continue
		}
		for _, e := range p.entries[id] {
			scores[e.cls] += e.w
		}
	}
}

func (p *tagPerceptron) update(feats []uint64, cls uint8, delta float32) {
	for _, f := range feats {
		id, ok := p.ids[f]
		if !ok {
			id = int32(len(p.keys))
			p.ids[f] = id
			p.keys = append(p.keys, f)
			p.entries = append(p.entries, nil)
		}
		es := p.entries[id]
		j := slices.IndexFunc(es, func(e tagEntry) bool { return e.cls == cls })
		if j < 0 {
			es = append(es, tagEntry{cls: cls, stamp: p.now})
			j = len(es) - 1
			p.entries[id] = es
		}
		e := &es[j]
		e.total += float64(p.now-e.stamp) * float64(e.w)
		e.stamp = p.now
		e.w += delta
	}
}

// tagFolds is the number of jackknife folds that give the second pass
// first-pass tags of the kind it will see when tagging: tags from a model
// that did not train on the sentence.
const tagFolds = 4

// TrainTagger trains a tagger on sentences with gold XPOS and UPOS.
func TrainTagger(sents []*Sentence, opt TaggerOptions) *Tagger {
	start := time.Now()
	if opt.Iterations <= 0 {
		opt.Iterations = 10
	}
	labels, gold := tagClasses(sents)
	t := &Tagger{}
	for _, l := range labels {
		t.xpos = append(t.xpos, l.xpos)
		t.upos = append(t.upos, l.upos)
	}
	sc := &tagScratch{}
	t.buildDict(sents, gold, sc)
	t.buildLex(sents, sc)

	t.first = t.trainPass(sents, gold, nil, opt, "pass 1")
	if !opt.SinglePass {
		right := make([][]uint8, len(sents))
		for f := 0; f < tagFolds; f++ {
			var in, out []int
			for i := range sents {
				if i%tagFolds == f {
					out = append(out, i)
				} else {
					in = append(in, i)
				}
			}
			fw := t.trainPass(pick(sents, in), pick(gold, in), nil, TaggerOptions{Iterations: opt.Iterations, Seed: opt.Seed + int64(f) + 1}, "")
			sc := &tagScratch{scores: make([]int32, len(t.xpos))}
			for _, i := range out {
				sc.prepare(t, sents[i].Words)
				classes := make([]uint8, len(sents[i].Words))
				t.pass(sc, &fw, classes, nil)
				right[i] = classes
			}
			if opt.Progress != nil {
				fmt.Fprintf(opt.Progress, "tagger: jackknife fold %d/%d done, %s\n", f+1, tagFolds, time.Since(start).Round(time.Millisecond))
			}
		}
		t.second = t.trainPass(sents, gold, right, opt, "pass 2")
	}
	if opt.Progress != nil {
		fmt.Fprintf(opt.Progress, "tagger: %d classes, %d dictionary words, %d+%d features, %d+%d weights after pruning; trained in %s\n",
			len(t.xpos), t.dictLen(), len(t.first.keys), len(t.second.keys), t.first.numWeights(), t.second.numWeights(),
			time.Since(start).Round(time.Millisecond))
	}
	return t
}

func pick[T any](xs []T, idx []int) []T {
	out := make([]T, len(idx))
	for k, i := range idx {
		out[k] = xs[i]
	}
	return out
}

func (w *tagWeights) numWeights() int {
	if len(w.data) == 0 {
		return 0
	}
	return len(w.data) - len(w.keys) - 1
}

// trainPass trains one pass's averaged perceptron; right holds each
// sentence's first-pass classes for a second pass, nil for the first.
// name labels progress lines; "" keeps quiet.
func (t *Tagger) trainPass(sents []*Sentence, gold, right [][]uint8, opt TaggerOptions, name string) tagWeights {
	copies := 1
	if name != "" {
		copies = tagEnsemble
	}
	var ps []*tagPerceptron
	for c := 0; c < copies; c++ {
		o := opt
		o.Seed = opt.Seed + int64(c)*1000
		ps = append(ps, t.trainPerceptron(sents, gold, right, o, name))
	}
	var w tagWeights
	w.setWeights(ps)
	return w
}

// tagEnsemble is how many perceptrons, trained on differently shuffled
// orders, each final pass averages.
const tagEnsemble = 2

func (t *Tagger) trainPerceptron(sents []*Sentence, gold, right [][]uint8, opt TaggerOptions, name string) *tagPerceptron {
	start := time.Now()
	sc := &tagScratch{}
	scores := make([]float32, len(t.xpos))
	p := &tagPerceptron{ids: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var seen, correct int
		for _, si := range order {
			s := sents[si]
			g := gold[si]
			var r []uint8
			if right != nil {
				r = right[si]
			}
			sc.prepare(t, s.Words)
			classes := sc.classes(len(s.Words))
			for i := range s.Words {
				if c, ok := t.lookupDict(sc.toks[i+tagPadL].form); ok {
					classes[i] = c
					continue
				}
				feats := sc.features(i, classes, r)
				p.score(feats, scores)
				guess := tagArgmax(scores)
				p.now++
				if guess != g[i] {
					p.update(feats, g[i], 1)
					p.update(feats, guess, -1)
				} else {
					correct++
				}
				seen++
				// Later tokens see the predicted tag, as they will when tagging.
				classes[i] = guess
			}
		}
		if opt.Progress != nil && name != "" {
			fmt.Fprintf(opt.Progress, "tagger %s iteration %d/%d: %.2f%% of non-dictionary tokens right, %d features, %s\n",
				name, it+1, opt.Iterations, 100*float64(correct)/float64(max(seen, 1)), len(p.keys), time.Since(start).Round(time.Millisecond))
		}
	}
	return p
}

type tagLabel struct{ xpos, upos string }

// tagClasses picks the XPOS|UPOS classes and maps every training token to
// one. Classes are sorted by name so the numbering is deterministic.
func tagClasses(sents []*Sentence) ([]tagLabel, [][]uint8) {
	count := map[tagLabel]int{}
	for _, s := range sents {
		for i := range s.Words {
			count[tagLabel{s.XPOS[i], s.UPOS[i]}]++
		}
	}
	// The commonest pair of each XPOS absorbs its rare pairs.
	best := map[string]tagLabel{}
	for l, c := range count {
		b, ok := best[l.xpos]
		if !ok || c > count[b] || c == count[b] && l.upos < b.upos {
			best[l.xpos] = l
		}
	}
	var labels []tagLabel
	for l, c := range count {
		if c >= tagClassMinCount || best[l.xpos] == l {
			labels = append(labels, l)
		}
	}
	sort.Slice(labels, func(i, j int) bool {
		if labels[i].xpos != labels[j].xpos {
			return labels[i].xpos < labels[j].xpos
		}
		return labels[i].upos < labels[j].upos
	})
	if len(labels) > 250 {
		labels = labels[:250] // classes are bytes; UD English has about 90 pairs
	}
	index := map[tagLabel]uint8{}
	for i, l := range labels {
		index[l] = uint8(i)
	}
	gold := make([][]uint8, len(sents))
	for si, s := range sents {
		g := make([]uint8, len(s.Words))
		for i := range s.Words {
			l := tagLabel{s.XPOS[i], s.UPOS[i]}
			c, ok := index[l]
			if !ok {
				c = index[best[l.xpos]]
			}
			g[i] = c
		}
		gold[si] = g
	}
	return labels, gold
}

// buildDict fills the tag dictionary with frequent unambiguous forms.
func (t *Tagger) buildDict(sents []*Sentence, gold [][]uint8, sc *tagScratch) {
	type stat struct {
		total  int
		counts map[uint8]int
	}
	stats := map[uint64]*stat{}
	for si, s := range sents {
		sc.prepare(t, s.Words)
		for i := range s.Words {
			h := sc.toks[i+tagPadL].form
			st := stats[h]
			if st == nil {
				st = &stat{counts: map[uint8]int{}}
				stats[h] = st
			}
			st.total++
			st.counts[gold[si][i]]++
		}
	}
	var keys []uint64
	var cls []uint8
	for h, st := range stats {
		if st.total < tagDictMinCount {
			continue
		}
		for c, n := range st.counts {
			if float64(n) >= tagDictMinShare*float64(st.total) {
				keys = append(keys, tagDictKey(h))
				cls = append(cls, c)
			}
		}
	}
	t.setDict(keys, cls)
}

// buildLex fills the ambiguity-class lexicon: lowered forms seen at least
// tagLexMinCount times, each with the Penn tags that make up at least
// tagLexMinShare of its uses. Rarer words stay out so that training sees
// unlisted words as often as tagging will.
func (t *Tagger) buildLex(sents []*Sentence, sc *tagScratch) {
	counts := map[uint64]map[string]int{}
	for _, s := range sents {
		sc.prepare(t, s.Words)
		for i := range s.Words {
			h := sc.toks[i+tagPadL].lower
			m := counts[h]
			if m == nil {
				m = map[string]int{}
				counts[h] = m
			}
			m[s.XPOS[i]]++
		}
	}
	ambID := map[string]uint32{}
	var keys []uint64
	var ambs []uint32
	for h, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < tagLexMinCount {
			continue
		}
		var tags []string
		for tag, n := range m {
			if float64(n) >= tagLexMinShare*float64(total) {
				tags = append(tags, tag)
			}
		}
		sort.Strings(tags)
		name := strings.Join(tags, " ")
		id, ok := ambID[name]
		if !ok {
			id = uint32(len(ambID))
			ambID[name] = id
		}
		keys = append(keys, tagDictKey(h))
		ambs = append(ambs, id)
	}
	// Number the classes by name so the model does not depend on map order.
	names := make([]string, 0, len(ambID))
	for name := range ambID {
		names = append(names, name)
	}
	sort.Strings(names)
	renum := make([]uint32, len(names))
	for i, name := range names {
		renum[ambID[name]] = uint32(i)
	}
	for k := range ambs {
		ambs[k] = renum[ambs[k]]
	}
	t.setLex(names, keys, ambs)
}

func (t *Tagger) setLex(names []string, keys []uint64, ambs []uint32) {
	t.ambs = names
	size := tagTableSize(len(keys))
	t.lex = make([]tagLexSlot, size)
	t.lexMask = uint64(size - 1)
	for k, key := range keys {
		i := key & t.lexMask
		for t.lex[i].key != 0 {
			i = (i + 1) & t.lexMask
		}
		t.lex[i] = tagLexSlot{key: key, amb: ambs[k]}
	}
}

func (t *Tagger) setDict(keys []uint64, cls []uint8) {
	size := tagTableSize(len(keys))
	t.dict = make([]tagDictSlot, size)
	t.dictMask = uint64(size - 1)
	for k, key := range keys {
		i := key & t.dictMask
		for t.dict[i].key != 0 {
			i = (i + 1) & t.dictMask
		}
		t.dict[i] = tagDictSlot{key: key, cls: cls[k]}
	}
}

func (t *Tagger) dictLen() int {
	n := 0
	for _, d := range t.dict {
		if d.key != 0 {
			n++
		}
	}
	return n
}

// setWeights averages the tagPerceptron's weights, prunes the small ones and
// lays the rest out in the tagging tables, features in key order so the
// same training gives byte-identical models.
func averaged(ps []*tagPerceptron) (keys []uint64, cls [][]uint8, w [][]float32) {
	sum := map[uint64]map[uint8]float64{}
	for _, p := range ps {
		for id, key := range p.keys {
			m := sum[key]
			if m == nil {
				m = map[uint8]float64{}
				sum[key] = m
			}
			for _, e := range p.entries[id] {
				total := e.total + float64(p.now-e.stamp)*float64(e.w)
				m[e.cls] += total / float64(max(p.now, 1)) / float64(len(ps))
			}
		}
	}
	all := make([]uint64, 0, len(sum))
	for k := range sum {
		all = append(all, k)
	}
	slices.Sort(all)
	for _, key := range all {
		m := sum[key]
		var cs []uint8
		for c, avg := range m {
			if math.Abs(avg) >= tagPruneBelow {
				cs = append(cs, c)
			}
		}
		if len(cs) == 0 {
			continue
		}
		slices.Sort(cs)
		ws := make([]float32, len(cs))
		for j, c := range cs {
			ws[j] = float32(m[c])
		}
		keys = append(keys, key)
		cls = append(cls, cs)
		w = append(w, ws)
	}
	return keys, cls, w
}

func (t *tagWeights) setWeights(ps []*tagPerceptron) {
	keys, cls, w := averaged(ps)
	var maxAbs float64
	for _, ws := range w {
		for _, x := range ws {
			maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
		}
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	q := make([][]int16, len(w))
	for k, ws := range w {
		q[k] = make([]int16, len(ws))
		for j, x := range ws {
			q[k][j] = int16(math.Round(float64(x) / scale))
		}
	}
	t.setFeatures(keys, cls, q, scale)
}

// setFeatures builds the feature table from features in key order with
// their classes and quantised weights.
func (t *tagWeights) setFeatures(keys []uint64, cls [][]uint8, q [][]int16, scale float64) {
	ends := make([]int, len(keys))
	var flatCls []uint8
	var flatQ []int16
	for k := range keys {
		flatCls = append(flatCls, cls[k]...)
		flatQ = append(flatQ, q[k]...)
		ends[k] = len(flatCls)
	}
	t.setFlatFeatures(keys, ends, flatCls, flatQ, scale)
}

// setFlatFeatures is setFeatures with every feature's entries in one
// slice: feature k's are cls[ends[k-1]:ends[k]] and q's the same.
func (t *tagWeights) setFlatFeatures(keys []uint64, ends []int, cls []uint8, q []int16, scale float64) {
	t.layout(len(keys), len(cls), scale)
	start := 0
	for k, key := range keys {
		t.open(key, ends[k]-start)
		for j := start; j < ends[k]; j++ {
			t.data = append(t.data, uint32(int32(q[j])<<8)|uint32(cls[j]))
		}
		start = ends[k]
	}
	t.fillSlots()
}

// layout allocates empty tables for nf features with ne entries in all;
// open and appends to data then fill them, features in key order, and
// fillSlots indexes them.
func (t *tagWeights) layout(nf, ne int, scale float64) {
	size := tagTableSize(nf)
	// Both tables are read at random: on huge pages (see hugetable) a
	// lookup less often waits for an address translation.
	t.slots = hugetable.Make[uint64](size)
	t.mask = uint64(size - 1)
	t.keys = make([]uint64, 0, nf)
	t.offs = make([]uint32, 0, nf)
	t.scale = scale
	// Offset 0 is never used, so a slot is never 0 unless empty.
	t.data = hugetable.Make[uint32](1 + nf + ne)[:1]
}

// open starts the next feature, key, with n entries: its count is written
// here, and its entries are appended to data next. fillSlots points the
// slot table at it once all features are open.
func (t *tagWeights) open(key uint64, n int) {
	t.keys = append(t.keys, key)
	t.offs = append(t.offs, uint32(len(t.data)))
	t.data = append(t.data, uint32(n))
}

// tagSlotRegion is the span of slots (in bits: 2,048 slots, 16 KiB)
// that fillSlots fills at a time.
const tagSlotRegion = 11

// fillSlots enters every open feature in the slot table, by linear
// probing from the slot its key's low bits name. The features come in
// key order, which is random order of slots, so they are entered region
// by region of the table instead (hugetable.FillOrder): the tagger's
// first sentence no longer waits on a cache miss per feature (a tenth of
// a second for the embedded model), and look-ups give the same entries.
func (t *tagWeights) fillSlots() {
	home := func(k int) uint64 { return t.keys[k] }
	for _, k := range hugetable.FillOrder(len(t.keys), home, t.mask, tagSlotRegion) {
		key := t.keys[k]
		i := key & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = key>>(tagKeyBits-32)<<32 | uint64(t.offs[k])
	}
}

// tagTableSize is the power of two at least twice n, so probes stay short.
func tagTableSize(n int) int {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return size
}
