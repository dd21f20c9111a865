package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// taggerMagic opens a serialised tagger; the number changes with the format.
const taggerMagic = "newsgraph-tagger-3\n"

// WriteTo writes the tagger gzip-compressed: classes, the tag dictionary,
// the ambiguity-class lexicon, then the features in key order with
// delta-coded keys and their 16-bit quantised weights (quantised when
// training ends, so the model read back tags exactly as the one trained).
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &tagCountWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	e := &tagEncoder{w: bw}
	e.bytes([]byte(taggerMagic))
	e.uvarint(uint64(len(t.xpos)))
	for i := range t.xpos {
		e.str(t.xpos[i])
		e.str(t.upos[i])
	}
	var dict []tagDictSlot
	for _, d := range t.dict {
		if d.key != 0 {
			dict = append(dict, d)
		}
	}
	slices.SortFunc(dict, func(a, b tagDictSlot) int { return tagCmpKey(a.key, b.key) })
	e.uvarint(uint64(len(dict)))
	var prev uint64
	for _, d := range dict {
		e.uvarint(d.key - prev)
		prev = d.key
		e.byte(d.cls)
	}
	var lex []tagLexSlot
	for _, l := range t.lex {
		if l.key != 0 {
			lex = append(lex, l)
		}
	}
	slices.SortFunc(lex, func(a, b tagLexSlot) int { return tagCmpKey(a.key, b.key) })
	e.uvarint(uint64(len(t.ambs)))
	for _, name := range t.ambs {
		e.str(name)
	}
	e.uvarint(uint64(len(lex)))
	prev = 0
	for _, l := range lex {
		e.uvarint(l.key - prev)
		prev = l.key
		e.uvarint(uint64(l.amb))
	}
	t.first.write(e)
	t.second.write(e)
	if e.err == nil {
		e.err = bw.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	return cw.n, e.err
}

// write writes one pass's weights: scale, count, then each feature.
func (w *tagWeights) write(e *tagEncoder) {
	e.u64(math.Float64bits(w.scale))
	e.uvarint(uint64(len(w.keys)))
	var prev uint64
	for k, key := range w.keys {
		e.uvarint(key - prev)
		prev = key
		off := w.offs[k]
		n := w.data[off]
		e.uvarint(uint64(n))
		for _, x := range w.data[off+1 : off+1+n] {
			e.byte(uint8(x))
			e.u16(uint16(int16(int32(x) >> 8)))
		}
	}
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	d := &tagDecoder{r: bufio.NewReader(zr)}
	magic := d.bytes(len(taggerMagic))
	if d.err == nil && string(magic) != taggerMagic {
		return nil, errors.New("tagger model: not a newsgraph tagger (bad magic)")
	}
	t := &Tagger{}
	nc := d.uvarint()
	if nc == 0 || nc > 255 {
		return nil, fmt.Errorf("tagger model: %d classes, want 1..255", nc)
	}
	for i := uint64(0); i < nc && d.err == nil; i++ {
		t.xpos = append(t.xpos, d.str())
		t.upos = append(t.upos, d.str())
	}
	nd := d.uvarint()
	var keys []uint64
	var cls []uint8
	var key uint64
	for i := uint64(0); i < nd && d.err == nil; i++ {
		key += d.uvarint()
		c := d.byte()
		if uint64(c) >= nc {
			return nil, fmt.Errorf("tagger model: dictionary class %d of %d", c, nc)
		}
		keys = append(keys, key)
		cls = append(cls, c)
	}
	t.setDict(keys, cls)
	na := d.uvarint()
	if na > 1<<16 {
		return nil, fmt.Errorf("tagger model: %d ambiguity classes", na)
	}
	names := make([]string, 0, na)
	for i := uint64(0); i < na && d.err == nil; i++ {
		names = append(names, d.str())
	}
	nl := d.uvarint()
	keys = keys[:0]
	var ambs []uint32
	key = 0
	for i := uint64(0); i < nl && d.err == nil; i++ {
		key += d.uvarint()
		a := d.uvarint()
		if a >= na {
			return nil, fmt.Errorf("tagger model: ambiguity class %d of %d", a, na)
		}
		keys = append(keys, key)
		ambs = append(ambs, uint32(a))
	}
	t.setLex(names, keys, ambs)
	if err := t.first.read(d, nc); err != nil {
		return nil, err
	}
	if err := t.second.read(d, nc); err != nil {
		return nil, err
	}
	return t, nil
}

// read reads one pass's weights written by write.
func (w *tagWeights) read(d *tagDecoder, nc uint64) error {
	scale := math.Float64frombits(d.u64())
	nf := d.uvarint()
	if d.err != nil {
		return fmt.Errorf("tagger model: %w", d.err)
	}
	if nf > 1<<26 {
		return fmt.Errorf("tagger model: %d features", nf)
	}
	keys := make([]uint64, 0, nf)
	// Every feature's entries, one after the other: a slice of their own
	// for each feature was two allocations per feature (about a million
	// for the embedded model) in the decode every process waits for.
	ends := make([]int, 0, nf)
	var cls []uint8
	var ws []int16
	var key uint64
	for i := uint64(0); i < nf && d.err == nil; i++ {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			return errors.New("tagger model: duplicate feature key")
		}
		key += delta
		if key >= 1<<tagKeyBits {
			return fmt.Errorf("tagger model: feature key %#x wider than %d bits", key, tagKeyBits)
		}
		n := d.uvarint()
		if n > nc {
			return fmt.Errorf("tagger model: feature with %d entries, more than %d classes", n, nc)
		}
		for range n {
			c := d.byte()
			if uint64(c) >= nc {
				return fmt.Errorf("tagger model: weight class %d of %d", c, nc)
			}
			cls = append(cls, c)
			ws = append(ws, int16(d.u16()))
		}
		keys = append(keys, key)
		ends = append(ends, len(cls))
	}
	if d.err != nil {
		return fmt.Errorf("tagger model: %w", d.err)
	}
	w.setFlatFeatures(keys, ends, cls, ws, scale)
	return nil
}

func tagCmpKey(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type tagCountWriter struct {
	w io.Writer
	n int64
}

func (c *tagCountWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// tagEncoder and tagDecoder keep the first error, so the (de)serialisers read
// as straight-line code and check once.
type tagEncoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *tagEncoder) bytes(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}
func (e *tagEncoder) byte(b byte) {
	if e.err == nil {
		e.err = e.w.WriteByte(b)
	}
}
func (e *tagEncoder) uvarint(x uint64) { e.bytes(binary.AppendUvarint(e.buf[:0], x)) }
func (e *tagEncoder) u16(x uint16)     { e.bytes(binary.LittleEndian.AppendUint16(e.buf[:0], x)) }
func (e *tagEncoder) u64(x uint64)     { e.bytes(binary.LittleEndian.AppendUint64(e.buf[:0], x)) }
func (e *tagEncoder) str(s string)     { e.uvarint(uint64(len(s))); e.bytes([]byte(s)) }

type tagDecoder struct {
	r   *bufio.Reader
	err error
	buf [8]byte // u16 and u64 read here: a slice made for each was an allocation per weight
}

func (d *tagDecoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	p := make([]byte, n)
	_, d.err = io.ReadFull(d.r, p)
	if errors.Is(d.err, io.EOF) {
		d.err = io.ErrUnexpectedEOF
	}
	return p
}
func (d *tagDecoder) byte() byte {
	if d.err != nil {
		return 0
	}
	b, err := d.r.ReadByte()
	if err != nil {
		d.err = io.ErrUnexpectedEOF
	}
	return b
}
func (d *tagDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = io.ErrUnexpectedEOF
	}
	return x
}
func (d *tagDecoder) fixed(n int) []byte {
	if d.err != nil {
		return nil
	}
	if _, d.err = io.ReadFull(d.r, d.buf[:n]); d.err != nil {
		if errors.Is(d.err, io.EOF) {
			d.err = io.ErrUnexpectedEOF
		}
		return nil
	}
	return d.buf[:n]
}
func (d *tagDecoder) u16() uint16 {
	p := d.fixed(2)
	if d.err != nil {
		return 0
	}
	return binary.LittleEndian.Uint16(p)
}
func (d *tagDecoder) u64() uint64 {
	p := d.fixed(8)
	if d.err != nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}
func (d *tagDecoder) str() string {
	n := d.uvarint()
	if n > 1<<10 {
		d.err = fmt.Errorf("string of %d bytes", n)
		return ""
	}
	return string(d.bytes(int(n)))
}
