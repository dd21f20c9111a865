package syntax

import (
	"bufio"
	"bytes"
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

// WriteTo writes the tagger as a gzip file: classes, the tag dictionary,
// the ambiguity-class lexicon, then the features in key order with
// delta-coded keys and their 16-bit quantised weights (quantised when
// training ends, so the model read back tags exactly as the one trained).
// The bytes are stored, not compressed, as the parser's are (see
// Parser.WriteModel): inflating the compressed model (4.5 MB for 5.3)
// took about 50 ms of every process's start-up.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &tagCountWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.NoCompression)
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
	gz, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	return readTagger(gz)
}

// readTagger reads a tagger from the bytes WriteTo wrote, inflated whole
// into one buffer and decoded from it (no reader call per byte, varint
// and weight): every process's first sentence waits for this.
func readTagger(gz []byte) (*Tagger, error) {
	raw, err := inflate(gz)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	d := &tagDecoder{b: raw}
	magic := d.take(len(taggerMagic))
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

// read reads one pass's weights written by write, straight into the
// tables: a first sweep over the (inflated) bytes counts the entries, so
// the tables are allocated once at their size, and the second fills them.
// Gathered into growing slices and copied over, as training's
// setFlatFeatures does, a process's first sentence waited on their growth
// and copies too.
func (w *tagWeights) read(d *tagDecoder, nc uint64) error {
	scale := math.Float64frombits(d.u64())
	nf := d.uvarint()
	if d.err != nil {
		return fmt.Errorf("tagger model: %w", d.err)
	}
	if nf > 1<<26 {
		return fmt.Errorf("tagger model: %d features", nf)
	}
	count := *d
	var ne uint64
	for range nf {
		count.uvarint()
		n := count.uvarint()
		if n > nc {
			return fmt.Errorf("tagger model: feature with %d entries, more than %d classes", n, nc)
		}
		count.take(3 * int(n))
		if count.err != nil {
			return fmt.Errorf("tagger model: %w", count.err)
		}
		ne += n
	}
	w.layout(int(nf), int(ne), scale)
	var key uint64
	for i := range nf {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			return errors.New("tagger model: duplicate feature key")
		}
		key += delta
		if key >= 1<<tagKeyBits {
			return fmt.Errorf("tagger model: feature key %#x wider than %d bits", key, tagKeyBits)
		}
		n := d.uvarint()
		w.open(key, int(n))
		// Each entry: its class, then its quantised weight (see write).
		ents := d.take(3 * int(n))
		for j := 0; j+3 <= len(ents); j += 3 {
			c := ents[j]
			if uint64(c) >= nc {
				return fmt.Errorf("tagger model: weight class %d of %d", c, nc)
			}
			q := int16(binary.LittleEndian.Uint16(ents[j+1:]))
			w.data = append(w.data, uint32(int32(q)<<8)|uint32(c))
		}
	}
	if d.err != nil {
		return fmt.Errorf("tagger model: %w", d.err)
	}
	w.fillSlots()
	return nil
}

// inflate returns the content of a gzip file, in a buffer sized once
// from the size the file's trailer gives (modulo 4 GiB, so only a hint):
// grown as it fills, a model's buffer is copied over and over.
func inflate(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if len(gz) >= 4 {
		// bytes.MinRead more: ReadFrom grows a buffer with less room left
		// before it reads the end of the stream.
		buf.Grow(min(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])), 1<<28) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
	b   []byte // what is left to decode
	err error
}

// take returns the next n bytes, or nil (and the error set) when fewer are left.
func (d *tagDecoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.b) {
		d.err = io.ErrUnexpectedEOF
		d.b = nil
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}
func (d *tagDecoder) byte() byte {
	if p := d.take(1); p != nil {
		return p[0]
	}
	return 0
}
func (d *tagDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = io.ErrUnexpectedEOF
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return x
}
func (d *tagDecoder) u16() uint16 {
	if p := d.take(2); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}
func (d *tagDecoder) u64() uint64 {
	if p := d.take(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}
func (d *tagDecoder) str() string {
	n := d.uvarint()
	if n > 1<<10 {
		d.err = fmt.Errorf("string of %d bytes", n)
		return ""
	}
	return string(d.take(int(n)))
}
