package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"

	"github.com/newsgraph/newsgraph/internal/hugetable"
)

// Tagger scores prose's averaged-perceptron POS model (the same
// weights, the same features, the same tie-breaking, so the same tags as
// prose/v3/tag) with a hash map from feature to weights instead of prose's
// binary search over a sorted blob. Profiling the pipeline on the BBC
// corpus showed prose's feature lookup alone taking more than half the
// time; hashing makes tagging several times faster, which the throughput
// target needs. tag_test.go checks the tags agree with prose's.
type Tagger struct {
	classes  []string
	classH   []uint64 // hash of each class name
	classIDs []uint8
	weights  []float32
	tagMap   map[string]uint8 // unambiguous words, as in prose
	// table is an open-addressing hash table from a feature's structured
	// hash (template, part hashes; see featHash) to the range of its
	// entries in classIDs and weights, so a lookup hashes each word once
	// per sentence and builds no strings.
	table []featSlot
	mask  uint64
}

// featSlot holds the feature's range itself, not its index in prose's
// offsets: one load less between a feature and its weights, in the same
// 16 bytes.
type featSlot struct {
	h      uint64 // 0 = empty
	lo, hi uint32
}

// The feature templates of prose's tagger, in scoring order.
var featTemplates = [...]string{
	"bias", "i suffix ", "i pref1 ", "i-1 tag ", "i-2 tag ", "i tag+i-2 tag ",
	"i word ", "i-1 tag+i word ", "i-1 word ", "i-1 suffix ", "i-2 word ",
	"i+1 word ", "i+1 suffix ", "i+2 word ",
}

// Template ids with two parts separated by a space.
const (
	tmplTagPair  = 5
	tmplTagWord  = 7
	hashSeed     = 14695981039346656037
	hashPrime    = 1099511628211
	featMixConst = 0x9E3779B97F4A7C15
)

// strHash is FNV-1a over s.
func strHash(s string) uint64 {
	h := uint64(hashSeed)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

// featHash combines a template id and the hashes of its parts.
func featHash(tmpl int, hx, hy uint64) uint64 {
	h := uint64(tmpl+1) * featMixConst
	h ^= hx
	h *= featMixConst
	h ^= h >> 29
	h ^= hy
	h *= featMixConst
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

func (t *Tagger) insert(h uint64, lo, hi uint32) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.table[i].h == 0 {
			t.table[i] = featSlot{h, lo, hi}
			return
		}
		if t.table[i].h == h {
			return // keep the first; prose's blob has no duplicates
		}
	}
}

// slotRegion is the span of table slots (in bits: 1,024 slots, 16 KiB)
// that insertAll fills at a time.
const slotRegion = 10

// insertAll inserts feats region by region of the table rather than in
// the model's order, which is random order of slots, so that a process's
// first tagged sentence does not wait on a cache miss per feature
// (hugetable.FillOrder); equal hashes keep the model's order, so insert
// keeps the same one of them.
func (t *Tagger) insertAll(feats []featSlot) {
	home := func(k int) uint64 { return feats[k].h }
	for _, k := range hugetable.FillOrder(len(feats), home, t.mask, slotRegion) {
		t.insert(feats[k].h, feats[k].lo, feats[k].hi)
	}
}

// lookup returns the range of a feature's entries, empty for an unknown
// feature.
func (t *Tagger) lookup(h uint64) (lo, hi uint32) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.table[i]
		if sl.h == h {
			return sl.lo, sl.hi
		}
		if sl.h == 0 {
			return 0, 0
		}
	}
}

// parseFeature splits a feature string into template id and part hashes.
func parseFeature(f string) (int, uint64, uint64, bool) {
	best := -1
	for id, p := range featTemplates {
		if strings.HasPrefix(f, p) && (best < 0 || len(p) > len(featTemplates[best])) {
			if id == 0 && f != p {
				continue
			}
			best = id
		}
	}
	if best < 0 {
		return 0, 0, 0, false
	}
	rest := f[len(featTemplates[best]):]
	switch best {
	case 0:
		return 0, 0, 0, true
	case tmplTagPair, tmplTagWord:
		x, y, ok := strings.Cut(rest, " ")
		if !ok {
			return 0, 0, 0, false
		}
		return best, strHash(x), strHash(y), true
	}
	return best, strHash(rest), 0, true
}

const (
	flatMagic   = "PROSETAG"
	flatVersion = 1
)

type flatReader struct {
	b   []byte
	pos int
	err error
}

func (r *flatReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated tagger model at offset %d", r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *flatReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *flatReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

// Load reads prose's embedded English model.
func Load() (*Tagger, error) {
	r := &flatReader{b: aptagmodel.English}
	if string(r.bytes(len(flatMagic))) != flatMagic || r.u32() != flatVersion {
		return nil, errors.New("tagger model: not a prose flat model of version 1")
	}
	t := &Tagger{}
	nClasses := int(r.u32())
	if nClasses > 256 {
		return nil, fmt.Errorf("tagger model: %d classes", nClasses)
	}
	t.classes = make([]string, nClasses)
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeat, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := make([]uint32, nFeat+1)
	if b := r.bytes(4 * (nFeat + 1)); b != nil {
		for i := range featOff {
			featOff[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
	}
	pairOff := make([]uint32, nFeat+1) // feature index -> range of classIDs/weights
	if b := r.bytes(4 * (nFeat + 1)); b != nil {
		for i := range pairOff {
			pairOff[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
	}
	t.classIDs = append([]uint8(nil), r.bytes(nPairs)...)
	t.weights = make([]float32, nPairs)
	if b := r.bytes(4 * nPairs); b != nil {
		for i := range t.weights {
			t.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
	}
	nTag := int(r.u32())
	t.tagMap = make(map[string]uint8, nTag)
	for i := 0; i < nTag && r.err == nil; i++ {
		w := r.str16()
		id := r.bytes(1)
		if id != nil {
			t.tagMap[w] = id[0]
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("tagger model: %w", r.err)
	}
	if int(featOff[nFeat]) != len(blob) || int(pairOff[nFeat]) != nPairs {
		return nil, errors.New("tagger model: inconsistent offsets")
	}
	for _, id := range t.classIDs {
		if int(id) >= nClasses {
			return nil, errors.New("tagger model: class id out of range")
		}
	}
	size := uint64(1)
	for size < uint64(nFeat)*3 {
		size <<= 1
	}
	// Read at random, a page apart: on huge pages (see hugetable) a
	// lookup less often waits for an address translation.
	t.table = hugetable.Make[featSlot](int(size))
	t.mask = size - 1
	feats := make([]featSlot, 0, nFeat)
	for i := 0; i < nFeat; i++ {
		tmpl, hx, hy, ok := parseFeature(blob[featOff[i]:featOff[i+1]])
		if !ok {
			continue // a feature the scorer never asks for
		}
		feats = append(feats, featSlot{featHash(tmpl, hx, hy), pairOff[i], pairOff[i+1]})
	}
	t.insertAll(feats)
	t.classH = make([]uint64, nClasses)
	for i, c := range t.classes {
		t.classH[i] = strHash(c)
	}
	return t, nil
}

// Scratch is per-analysis working space for the tagger.
type Scratch struct {
	ctx    []string
	hw, hs []uint64 // per context word: hash of the word, of its suffix
	scores []float32
	touch  uint8 // see fastTagger.score
}

// Tag fills tags[i] for words[i], treating words as one sentence.
func (t *Tagger) Tag(words []string, tags []string, s *Scratch) {
	n := len(words)
	if n == 0 {
		return
	}
	if cap(s.ctx) < n+4 {
		s.ctx = make([]string, n+4)
		s.hw = make([]uint64, n+4)
		s.hs = make([]uint64, n+4)
	}
	ctx, hw, hs := s.ctx[:n+4], s.hw[:n+4], s.hs[:n+4]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = tagNormalize(w)
	}
	ctx[n+2], ctx[n+3] = "-END-", "-END2-"
	for i, c := range ctx {
		hw[i] = strHash(c)
		hs[i] = strHash(tagSuffix(c))
	}
	if len(s.scores) < len(t.classes) {
		s.scores = make([]float32, len(t.classes))
	}
	// Hashes of the previous two tags; the sentinels first.
	h1, h2 := hw[0], hw[1]
	for i, w := range words {
		tg, id := t.tagOne(s, i, ctx, w, h1, h2)
		tags[i] = tg
		h2 = h1
		if id >= 0 {
			h1 = t.classH[id]
		} else {
			h1 = strHash(tg)
		}
	}
}

// tagOne resolves one token as prose does: special tokens, then the
// unambiguous-word map, then the perceptron. It returns the tag and its
// class id (-1 for a tag outside the model's classes).
func (t *Tagger) tagOne(s *Scratch, i int, ctx []string, word string, h1, h2 uint64) (string, int) {
	switch {
	case word == "-":
		return "-", -1
	case strings.HasPrefix(word, "@"):
		return "NN", -1
	case word == "0" || word != "" && word[0] == '*':
		return "-NONE-", -1 // prose's trace-token rule, kept for identical output
	case len(word) == 5 && word[0] == '-' && word[4] == '-' && isUpperASCII(word[1:4]):
		return word, -1
	}
	if id, ok := t.tagMap[word]; ok {
		return t.classes[id], int(id)
	}
	sc := s.scores[:len(t.classes)]
	for j := range sc {
		sc[j] = 0
	}
	i = min(len(ctx)-3, i+2)
	hw, hs := s.hw, s.hs
	pre := uint64(hashSeed)
	if word != "" {
		pre = strHash(word[:1])
	}
	feats := [...]uint64{
		biasFeat,
		featHash(1, strHash(tagSuffix(word)), 0),
		featHash(2, pre, 0),
		featHash(3, h1, 0),
		featHash(4, h2, 0),
		featHash(tmplTagPair, h1, h2),
		featHash(6, hw[i], 0),
		featHash(tmplTagWord, h1, hw[i]),
		featHash(8, hw[i-1], 0),
		featHash(9, hs[i-1], 0),
		featHash(10, hw[i-2], 0),
		featHash(11, hw[i+1], 0),
		featHash(12, hs[i+1], 0),
		featHash(13, hw[i+2], 0),
	}
	t.score(s, sc, &feats)
	best, bestID := float32(math.Inf(-1)), -1
	for id := range t.classes {
		if sc[id] > best {
			best, bestID = sc[id], id
		}
	}
	if bestID < 0 {
		return "", -1
	}
	return t.classes[bestID], bestID
}

// biasFeat is the hash of the bias feature, the same for every word.
var biasFeat = featHash(0, 0, 0)

// score adds the weights of feats to sc, in feature order as prose does
// (float sums depend on their order). Each feature's weights are two
// dependent loads away (its slot, which holds its range, then the range's
// entries), in tables larger than the cache; doing each step for all
// features before the next keeps the loads of a step in flight together,
// where going feature by feature waited on them one after another.
func (t *Tagger) score(s *Scratch, sc []float32, feats *[fastFeats]uint64) {
	var lo, hi [fastFeats]uint32
	for k, h := range feats {
		lo[k], hi[k] = t.lookup(h)
	}
	var touch uint8
	for k := range feats {
		if lo[k] < hi[k] {
			touch |= t.classIDs[lo[k]] ^ uint8(math.Float32bits(t.weights[lo[k]]))
		}
	}
	s.touch = touch
	for k := range feats {
		ids := t.classIDs[lo[k]:hi[k]]
		wts := t.weights[lo[k]:hi[k]]
		for j := range ids {
			sc[ids[j]] += wts[j]
		}
	}
}

// fastFeats is the number of features prose scores a word with.
const fastFeats = 14

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// tagSuffix is prose's suffix(w, 3): the last three bytes.
func tagSuffix(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// tagNormalize is prose's normalize: the form the model was trained on.
func tagNormalize(w string) string {
	if w == "" {
		return w
	}
	first := w[0]
	if first != '-' && strings.IndexByte(w, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(w) == 4 && isYearLike(w) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// isYearLike is prose's isDecimalInt for four characters.
func isYearLike(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
