package syntax

import (
	"io"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tagger is a greedy left-to-right averaged-tagPerceptron part-of-speech
// tagger. Each class is a joint XPOS|UPOS label ("IN|SCONJ", "VBZ|AUX"), so
// one decision gives both tag sets and the UPOS distinctions that the Penn
// tag leaves open (IN as ADP or SCONJ, VB* as VERB or AUX, DT as DET or
// PRON) are learned from context rather than looked up.
//
// The weights are sparse: every feature keeps only the classes it ever
// voted for, so scoring a word costs the features' few entries rather than
// a full row of classes. Features are 64-bit hashes looked up in an
// open-addressing table; Tag builds no strings and takes its scratch space
// from a pool, so one Tagger serves any number of goroutines.
type Tagger struct {
	xpos []string // class -> XPOS
	upos []string // class -> UPOS
	// first tags left to right seeing only the words and its own tags so
	// far; second, if trained, tags again seeing also first's tags of the
	// next two words, which a greedy left-to-right pass cannot know.
	first, second tagWeights
	// dict maps the exact form of frequent words that (almost) always take
	// one class straight to it, skipping the perceptron: it is faster and
	// no less accurate for "the", ",", "of".
	dict     []tagDictSlot
	dictMask uint64
	// lex maps a lowered form seen often enough in training to its
	// ambiguity class, the set of Penn tags it took ("NN VB"). As a feature
	// of the next words it gives a greedy tagger some sight of the tags to
	// its right; for the word itself it generalises across words with the
	// same choices.
	lex     []tagLexSlot
	lexMask uint64
	ambs    []string // ambiguity class names, for serialising
	pool    sync.Pool
}

// tagWeights is one pass's perceptron weights.
type tagWeights struct {
	// slots is the open-addressing feature table: each slot holds the
	// high 32 bits of a feature key (the low bits chose the slot) and the
	// offset of its entries in data; 0 is empty. At 8 bytes a slot the
	// table stays small enough for the cache to matter.
	slots []uint64
	mask  uint64
	// data holds, at a feature's offset, its entry count and then its
	// entries, each a 16-bit quantised weight shifted left 8 bits over an
	// 8-bit class, so one load gives both and scores add as integers.
	data []uint32
	// keys and offs list the features in key order, for WriteTo.
	keys  []uint64
	offs  []uint32
	scale float64 // weight = quantised value × scale
}

type tagLexSlot struct {
	key uint64 // 0 = empty
	amb uint32 // index into Tagger.ambs
}

type tagDictSlot struct {
	key uint64 // 0 = empty
	cls uint8
}

// TaggerOptions controls training.
type TaggerOptions struct {
	Iterations int       // passes over the training sentences (default 10)
	Seed       int64     // shuffle seed; the same seed gives the same model
	Progress   io.Writer // if set, one line per iteration
	// SinglePass trains only the left-to-right pass, about three times
	// faster (no jackknife folds, no second pass) and about 0.15 points
	// less accurate; for quick models such as a parser's jackknife folds.
	SinglePass bool
}

// Tag fills s.XPOS and s.UPOS from s.Words, replacing any tags s had.
func (t *Tagger) Tag(s *Sentence) {
	n := len(s.Words)
	s.XPOS = make([]string, n)
	s.UPOS = make([]string, n)
	if n == 0 {
		return
	}
	sc := t.scratch()
	defer t.pool.Put(sc)
	sc.prepare(t, s.Words)
	classes := sc.classes(n)
	t.pass(sc, &t.first, classes, nil)
	if len(t.second.keys) > 0 {
		right := sc.rightClasses(classes)
		t.pass(sc, &t.second, classes, right)
	}
	for i, c := range classes {
		s.XPOS[i] = t.xpos[c]
		s.UPOS[i] = t.upos[c]
	}
}

// tagSureMargin is how far (in weight units) the first pass's best class
// must lead its runner-up for the second pass to leave the word alone.
// The second pass changes almost only close calls, so skipping the clear
// ones keeps all of its gain at a fraction of its cost: on EWT dev, at 12,
// the first pass is sure of 95% of the words (dictionary words included)
// and accuracy is the same as running the second pass on every word.
const tagSureMargin = 12.0

// pass tags the prepared sentence greedily left to right with w, writing
// classes; right, if not nil, holds an earlier pass's classes, and words
// that pass was sure of keep its class. A first pass (right nil) records
// in sc.sure which words it was sure of: dictionary words and clear wins.
func (t *Tagger) pass(sc *tagScratch, w *tagWeights, classes, right []uint8) {
	scores := sc.scores
	first := right == nil
	if first {
		sc.sure = sc.sure[:0]
	}
	sureQ := int32(tagSureMargin / w.scale)
	for i := range classes {
		if !first && sc.sure[i] {
			continue
		}
		c, ok := t.lookupDict(sc.toks[i+tagPadL].form)
		sure := ok
		if !ok {
			for k := range scores {
				scores[k] = 0
			}
			sc.touch = w.score(sc.features(i, classes, right), sc.offs[:0], scores)
			var margin int32
			c, margin = tagBest(scores)
			sure = margin >= sureQ
		}
		classes[i] = c
		if first {
			sc.sure = append(sc.sure, sure)
		}
	}
}

// tagBest returns the first highest-scoring class and its lead over the
// next best.
func tagBest(scores []int32) (uint8, int32) {
	best, second := 0, -1
	for k := 1; k < len(scores); k++ {
		switch {
		case scores[k] > scores[best]:
			best, second = k, best
		case second < 0 || scores[k] > scores[second]:
			second = k
		}
	}
	if second < 0 {
		return uint8(best), 1 << 30
	}
	return uint8(best), scores[best] - scores[second]
}

func (t *Tagger) scratch() *tagScratch {
	if sc, ok := t.pool.Get().(*tagScratch); ok {
		return sc
	}
	return &tagScratch{scores: make([]int32, len(t.xpos)), offs: make([]uint32, 0, 64)}
}

// score adds the weights of feats to scores in three sweeps: the first
// only finds each feature's offset, so that its loads, independent of each
// other, can be in flight together (the table is larger than the cache and
// the lookups are what tagging waits on); the second loads the head of
// each feature's entries, again all in flight at once; the third sums the
// entries, now in the cache. Summing right after the offsets let only a
// few features' entries be asked for at a time, the loop of additions
// filling the processor's window. Unknown features add nothing. The result
// only keeps the second sweep's loads from being optimised away.
func (t *tagWeights) score(feats []uint64, offs []uint32, scores []int32) (touch uint32) {
	for _, h := range feats {
		tag := h >> (tagKeyBits - 32)
		i := h & t.mask
		for {
			sl := t.slots[i]
			if sl == 0 {
				break
			}
			if sl>>32 == tag {
				offs = append(offs, uint32(sl))
				break
			}
			i = (i + 1) & t.mask
		}
	}
	for _, off := range offs {
		touch |= t.data[off]
	}
	for _, off := range offs {
		n := t.data[off]
		for _, e := range t.data[off+1 : off+1+n] {
			scores[uint8(e)] += int32(e) >> 8
		}
	}
	return touch
}

// lookupLex returns the ambiguity class of a lowered form's hash, offset by
// one so that 0 stays "no feature"; words outside the lexicon get 1.
func (t *Tagger) lookupLex(lower uint64) uint64 {
	if len(t.lex) == 0 {
		return 1
	}
	h := tagDictKey(lower)
	i := h & t.lexMask
	for {
		sl := &t.lex[i]
		if sl.key == h {
			return uint64(sl.amb) + 2
		}
		if sl.key == 0 {
			return 1
		}
		i = (i + 1) & t.lexMask
	}
}

func (t *Tagger) lookupDict(form uint64) (uint8, bool) {
	if len(t.dict) == 0 {
		return 0, false
	}
	h := tagDictKey(form)
	i := h & t.dictMask
	for {
		sl := &t.dict[i]
		if sl.key == h {
			return sl.cls, true
		}
		if sl.key == 0 {
			return 0, false
		}
		i = (i + 1) & t.dictMask
	}
}

// tagDictKey is the tag dictionary's key for a form hash; never 0.
func tagDictKey(form uint64) uint64 {
	return tagMix(form) | 1
}

// tagArgmax returns the first highest-scoring class, so ties break the same
// way in training and tagging.
func tagArgmax[T int32 | float32](scores []T) uint8 {
	best := 0
	for k := 1; k < len(scores); k++ {
		if scores[k] > scores[best] {
			best = k
		}
	}
	return uint8(best)
}

// Feature templates. Each feature hash mixes its template number with the
// hashes of its parts, so equal strings in different templates differ.
const (
	tfBias = iota + 1
	tfForm
	tfLower
	tfSuf1
	tfSuf2
	tfSuf3
	tfSuf4
	tfPre1
	tfPre2
	tfPre3
	tfShape
	tfPrevWord
	tfPrev2Word
	tfNextWord
	tfNext2Word
	tfPrevSuf3
	tfNextSuf3
	tfPrevShape
	tfNextShape
	tfPrevWordWord
	tfWordNextWord
	tfPrevTag
	tfPrev2Tag
	tfPrevTagPrev2Tag
	tfPrevTagWord
	tfPrevTagSuf3
	tfNextWordNext2Word
	tfPrevTagNextWord
	tfFlags
	tfAmb
	tfPrevAmb
	tfNextAmb
	tfNext2Amb
	tfAmbNextAmb
	tfPrevTagAmb
	tfPrevTagNextAmb
	tfWordNextAmb
	tfSentCase
	tfPrevWordSuf3
	tfSuf3NextWord
	tfSuf5
	tfPre4
	tfFirstTag
	tfFirstNextTag
	tfFirstNext2Tag
	tfFirstNextTags
	tfPrevTagFirstNextTag
	tfWordFirstNextTag
	tfFirstTagNextTag
	tfFirstTagWord
	tfCount
)

// tagPadL and tagPadR are the padding tokens on each side of a sentence, so the
// ±2 context features need no bounds checks.
const (
	tagPadL = 2
	tagPadR = 2
)

// tagTok holds one token's word-level hashes, computed once per call.
type tagTok struct {
	form, lower, shape uint64
	suf                [5]uint64 // suffixes of length 1..5 of the lowered form, 0 if shorter
	pre                [4]uint64
	flags              uint64
	amb                uint64 // ambiguity class + 1; 1 for words not in the lexicon
}

// tagScratch is one call's working memory, reused through the pool.
type tagScratch struct {
	toks   []tagTok
	runes  []rune
	feats  []uint64
	cls    []uint8
	right  []uint8
	sure   []bool
	scores []int32
	offs   []uint32
	touch  uint32 // see tagWeights.score
	// sentCase is the current sentence's capitalisation class.
	sentCase uint64
}

// rightClasses copies a first pass's classes for the second pass to read.
func (sc *tagScratch) rightClasses(classes []uint8) []uint8 {
	sc.right = append(sc.right[:0], classes...)
	return sc.right
}

func (sc *tagScratch) classes(n int) []uint8 {
	if cap(sc.cls) < n {
		sc.cls = make([]uint8, n)
	}
	return sc.cls[:n]
}

// Hash constants: padding words and tags before the sentence start and
// after its end.
var (
	tagPadStart = [2]tagTok{tagPadTok(1), tagPadTok(2)}
	tagPadEnd   = [2]tagTok{tagPadTok(3), tagPadTok(4)}
)

func tagPadTok(k uint64) tagTok {
	h := tagMix(0xabad1dea + k)
	return tagTok{form: h, lower: h, shape: h, suf: [5]uint64{h, h, h, h, h}, pre: [4]uint64{h, h, h, h}, flags: h, amb: h}
}

// prepare computes every token's word-level hashes.
func (sc *tagScratch) prepare(t *Tagger, words []string) {
	n := len(words)
	need := n + tagPadL + tagPadR
	if cap(sc.toks) < need {
		sc.toks = make([]tagTok, need)
	}
	sc.toks = sc.toks[:need]
	sc.toks[0], sc.toks[1] = tagPadStart[1], tagPadStart[0]
	sc.toks[need-2], sc.toks[need-1] = tagPadEnd[0], tagPadEnd[1]
	for i, w := range words {
		tf := &sc.toks[i+tagPadL]
		sc.wordFeat(tf, w, i == 0)
		tf.amb = t.lookupLex(tf.lower)
	}
	sc.sentCase = sentenceCase(sc.toks[tagPadL : tagPadL+n])
}

// sentenceCase classes a sentence's capitalisation, so that a capital
// letter can mean a name in ordinary prose but not in a headline or a
// shouted line, and a lowercase word may still be a name in a sentence
// typed without capitals: 1 ordinary, 2 headline (most words capitalised),
// 3 no capitals at all, 4 all capitals.
func sentenceCase(toks []tagTok) uint64 {
	var words, capped, lowerOnly, caps int
	for i := range toks {
		f := toks[i].flags
		if f&128 == 0 {
			continue
		}
		words++
		if f&64 != 0 {
			capped++
		} else if f&4 == 0 {
			lowerOnly++
		}
		if f&2 != 0 {
			caps++
		}
	}
	switch {
	case words >= 3 && caps*10 >= words*8:
		return 4
	case words >= 3 && capped*10 >= words*7:
		return 2
	case words >= 4 && lowerOnly == words:
		return 3
	}
	return 1
}

// wordFeat fills tf from word. Letters are lowered and digits folded to
// '0' for the word, prefix and suffix hashes, so "1999" and "2024" share
// features; the exact form keeps case.
func (sc *tagScratch) wordFeat(tf *tagTok, word string, first bool) {
	sc.runes = sc.runes[:0]
	form := uint64(tagFNVOffset)
	var shape uint64 = tagFNVOffset
	var lastClass rune = -1
	var upper, lower, digit, hyphen, other int
	for _, r := range word {
		form = (form ^ uint64(r)) * tagFNVPrime
		var class rune
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			class = 'x'
			lower++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			class = 'X'
			upper++
			r += 'a' - 'A'
		case '0' <= r && r <= '9':
			class = 'd'
			digit++
			r = '0'
		case r == '-':
			class = '-'
			hyphen++
		case r >= utf8.RuneSelf && unicode.IsUpper(r):
			class = 'X'
			upper++
			r = unicode.ToLower(r)
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			class = 'x'
			lower++
		default:
			class = r
			other++
		}
		// Shape collapses runs: "Xxxx" and "Xx" share "Xx", "1,000" is "d,d".
		if class != lastClass {
			shape = (shape ^ uint64(class)) * tagFNVPrime
			lastClass = class
		}
		sc.runes = append(sc.runes, r)
	}
	tf.form = form
	tf.shape = shape
	rs := sc.runes
	h := uint64(tagFNVOffset)
	for k, r := range rs {
		h = (h ^ uint64(r)) * tagFNVPrime
		if k < len(tf.pre) {
			tf.pre[k] = h
		}
	}
	tf.lower = h
	for k := len(rs); k < len(tf.pre); k++ {
		tf.pre[k] = 0
	}
	h = tagFNVOffset ^ 0x5f
	for k := range tf.suf {
		if k < len(rs) {
			h = (h ^ uint64(rs[len(rs)-1-k])) * tagFNVPrime
			tf.suf[k] = h
		} else {
			tf.suf[k] = 0
		}
	}
	var flags uint64
	if first {
		flags |= 1
	}
	if upper > 0 && lower == 0 && digit == 0 {
		flags |= 2 // all caps
	}
	if upper > 0 && !first {
		flags |= 4 // capitalised inside the sentence
	}
	if digit > 0 {
		flags |= 8
	}
	if hyphen > 0 {
		flags |= 16
	}
	if other > 0 && upper+lower+digit == 0 {
		flags |= 32 // punctuation or symbols only
	}
	if upper+lower > 0 {
		flags |= 128 // has letters
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			flags |= 64 // capitalised
		}
	}
	tf.flags = flags
}

// features returns the feature hashes of token i, given the classes of the
// tokens before it and, for a second pass, a first pass's classes of all
// tokens. The slice is scratch, valid until the next call.
func (sc *tagScratch) features(i int, classes, right []uint8) []uint64 {
	p := i + tagPadL
	t := sc.toks
	w, prev, prev2, next, next2 := &t[p], &t[p-1], &t[p-2], &t[p+1], &t[p+2]
	var t1, t2 uint64 = 0xfe, 0xfd // start-of-sentence "classes"
	if i >= 1 {
		t1 = uint64(classes[i-1])
	}
	if i >= 2 {
		t2 = uint64(classes[i-2])
	}
	f := sc.feats[:0]
	add := func(tmpl, a uint64) {
		if a != 0 {
			f = append(f, tagFeat(tmpl, a))
		}
	}
	add(tfBias, 1)
	add(tfForm, w.form)
	add(tfLower, w.lower)
	add(tfSuf1, w.suf[0])
	add(tfSuf2, w.suf[1])
	add(tfSuf3, w.suf[2])
	add(tfSuf4, w.suf[3])
	add(tfPre1, w.pre[0])
	add(tfPre2, w.pre[1])
	add(tfPre3, w.pre[2])
	add(tfShape, w.shape)
	add(tfFlags, w.flags+1)
	add(tfPrevWord, prev.lower)
	add(tfPrev2Word, prev2.lower)
	add(tfNextWord, next.lower)
	add(tfNext2Word, next2.lower)
	add(tfPrevSuf3, prev.suf[2])
	add(tfNextSuf3, next.suf[2])
	add(tfPrevShape, prev.shape)
	add(tfNextShape, next.shape)
	add(tfPrevWordWord, tagMix(prev.lower)^w.lower)
	add(tfWordNextWord, tagMix(w.lower)^next.lower)
	add(tfNextWordNext2Word, tagMix(next.lower)^next2.lower)
	add(tfPrevTag, t1+1)
	add(tfPrev2Tag, t2+1)
	add(tfPrevTagPrev2Tag, t1<<8|t2+1)
	add(tfPrevTagWord, tagMix(t1+1)^w.lower)
	if w.suf[2] != 0 {
		add(tfPrevTagSuf3, tagMix(t1+1)^w.suf[2])
	}
	add(tfPrevTagNextWord, tagMix(t1+1)^next.lower)
	add(tfAmb, w.amb)
	add(tfPrevAmb, prev.amb)
	add(tfNextAmb, next.amb)
	add(tfNext2Amb, next2.amb)
	add(tfAmbNextAmb, tagMix(w.amb)^next.amb)
	add(tfPrevTagAmb, tagMix(t1+1)^w.amb)
	add(tfPrevTagNextAmb, tagMix(t1+1)^next.amb)
	add(tfWordNextAmb, tagMix(w.lower)^next.amb)
	add(tfSentCase, sc.sentCase<<8|w.flags&(64|2|1))
	add(tfPrevWordSuf3, tagMix(prev.lower)^w.suf[2])
	if w.suf[2] != 0 {
		add(tfSuf3NextWord, tagMix(w.suf[2])^next.lower)
	}
	add(tfSuf5, w.suf[4])
	add(tfPre4, w.pre[3])
	if right != nil {
		// The first pass's view: its tag for this word and the next two.
		var r0, r1, r2 uint64 = uint64(right[i]), 0xfc, 0xfb
		if i+1 < len(right) {
			r1 = uint64(right[i+1])
		}
		if i+2 < len(right) {
			r2 = uint64(right[i+2])
		}
		add(tfFirstTag, r0+1)
		add(tfFirstNextTag, r1+1)
		add(tfFirstNext2Tag, r2+1)
		add(tfFirstNextTags, r1<<8|r2+1)
		add(tfPrevTagFirstNextTag, t1<<8|r1+1)
		add(tfWordFirstNextTag, tagMix(w.lower)^(r1+1))
		add(tfFirstTagNextTag, r0<<8|r1+1)
		add(tfFirstTagWord, tagMix(r0+1)^w.lower)
	}
	sc.feats = f
	return f
}

const (
	tagFNVOffset = 14695981039346656037
	tagFNVPrime  = 1099511628211
)

// feat combines a template number with a part hash; never 0, the empty
// slot marker.
//
// Keys keep tagKeyBits bits: enough that two of the half million features
// rarely share a key (and if two do, they share weights, as in any hashed
// model), few enough that the sorted, delta-coded keys take about three
// bytes each in the model file instead of seven.
func tagFeat(tmpl, a uint64) uint64 {
	h := tagMix(a^tmpl*0x9E3779B97F4A7C15) & (1<<tagKeyBits - 1)
	if h == 0 {
		h = 1
	}
	return h
}

// tagKeyBits is the width of a feature key; a slot stores its top 32 bits.
const tagKeyBits = 40

// tagMix is the splitmix64 finaliser: it spreads every input bit over the
// output so that the low bits index the tables well.
func tagMix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
