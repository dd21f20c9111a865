package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/newsgraph/newsgraph/internal/hugetable"
)

// Model file: gzip, stored without compression (see WriteModel), of
//
//	"NGPARSE4" | u32 labels | (u8 len, bytes)* | u8 actBits | u8 labBits |
//	u32 keys | (u64 arc key, u8 n, n relation classes)* in key order |
//	act table int8, packed rows (see actRow) |
//	u32 bytes | lab table's non-zero weights: (uvarint zeros skipped, int8)*
//
// Hashing leaves most rows of a sparse feature space empty: nine in ten
// of the label table's weights are zero, and the file lists only the
// others (5.6 MB in all instead of 17.5 MB of whole tables).
const parserMagic = "NGPARSE4"

// WriteModel writes the parser in its model format. The gzip holds the
// bytes stored, not compressed: every process inflates the embedded model
// before its first parse, and inflating the compressed one (3.4 MB) took
// about 65 ms of CPU, copying the stored one a few (the binary is 2.7 MB
// bigger for it). A gzip still, the file keeps its name and readers.
func (p *Parser) WriteModel(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.NoCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	bw.WriteString(parserMagic)
	binary.Write(bw, binary.LittleEndian, uint32(len(p.labels)))
	for _, l := range p.labels {
		bw.WriteByte(byte(len(l)))
		bw.WriteString(l)
	}
	bw.WriteByte(byte(bits.Len64(p.actMask)))
	bw.WriteByte(byte(bits.Len64(p.labMask)))
	keys := make([]uint64, 0, len(p.cands))
	for k := range p.cands {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	binary.Write(bw, binary.LittleEndian, uint32(len(keys)))
	for _, k := range keys {
		binary.Write(bw, binary.LittleEndian, k)
		bw.WriteByte(byte(len(p.cands[k])))
		bw.Write(p.cands[k])
	}
	if err := writeInt8s(bw, p.act); err != nil {
		return err
	}
	var sparse []byte
	skipped := uint64(0)
	for _, x := range p.lab {
		if x == 0 {
			skipped++
			continue
		}
		sparse = binary.AppendUvarint(sparse, skipped)
		sparse = append(sparse, byte(x))
		skipped = 0
	}
	binary.Write(bw, binary.LittleEndian, uint32(len(sparse)))
	bw.Write(sparse)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeInt8s(w *bufio.Writer, xs []int8) error {
	buf := make([]byte, len(xs))
	for i, x := range xs {
		buf[i] = byte(x)
	}
	_, err := w.Write(buf)
	return err
}

// ReadParser reads a model written by WriteModel.
func ReadParser(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(parserMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != parserMagic {
		return nil, errors.New("parser model: bad magic")
	}
	var nl uint32
	if err := binary.Read(br, binary.LittleEndian, &nl); err != nil || nl == 0 || nl > 255 {
		return nil, fmt.Errorf("parser model: bad label count %d", nl)
	}
	p := &Parser{labels: make([]string, nl)}
	for i := range p.labels {
		n, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("parser model: labels: %w", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("parser model: labels: %w", err)
		}
		p.labels[i] = string(b)
	}
	ab, err1 := br.ReadByte()
	lb, err2 := br.ReadByte()
	if err1 != nil || err2 != nil || ab == 0 || ab > 28 || lb == 0 || lb > 24 {
		return nil, fmt.Errorf("parser model: bad table sizes %d, %d", ab, lb)
	}
	p.actMask = 1<<ab - 1
	p.labMask = 1<<lb - 1
	var nk uint32
	if err := binary.Read(br, binary.LittleEndian, &nk); err != nil || nk > 1<<20 {
		return nil, fmt.Errorf("parser model: bad candidate count %d", nk)
	}
	p.cands = make(map[uint64][]uint8, nk)
	for range nk {
		var k uint64
		if err := binary.Read(br, binary.LittleEndian, &k); err != nil {
			return nil, fmt.Errorf("parser model: candidates: %w", err)
		}
		n, err := br.ReadByte()
		if err != nil || n == 0 {
			return nil, fmt.Errorf("parser model: candidates: bad count")
		}
		c := make([]uint8, n)
		if _, err := io.ReadFull(br, c); err != nil {
			return nil, fmt.Errorf("parser model: candidates: %w", err)
		}
		for _, l := range c {
			if int(l) >= len(p.labels) {
				return nil, fmt.Errorf("parser model: candidate relation %d out of range", l)
			}
		}
		p.cands[k] = c
	}
	if p.act, err = readInt8s(br, int(p.actMask+1)*actRow); err != nil {
		return nil, fmt.Errorf("parser model: action table: %w", err)
	}
	if p.lab, err = readSparse(br, int(p.labMask+1)*2*int(nl)); err != nil {
		return nil, fmt.Errorf("parser model: label table: %w", err)
	}
	return p, nil
}

// readSparse reads a table of n weights written as its non-zero ones,
// each after the count of zeros skipped since the one before.
func readSparse(r io.Reader, n int) ([]int8, error) {
	var size uint32
	if err := binary.Read(r, binary.LittleEndian, &size); err != nil {
		return nil, err
	}
	if uint64(size) > uint64(n)*(binary.MaxVarintLen64+1) {
		return nil, fmt.Errorf("%d bytes of weights for a table of %d", size, n)
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, err
	}
	// Read at random like the others (see readInt8s).
	xs := hugetable.Make[int8](n)
	at := 0
	for len(buf) > 0 {
		skip, k := binary.Uvarint(buf)
		if k <= 0 || k >= len(buf) || skip >= uint64(n-at) {
			return nil, errors.New("weights run past the table")
		}
		at += int(skip)
		xs[at] = int8(buf[k])
		at++
		buf = buf[k+1:]
	}
	return xs, nil
}

func readInt8s(r io.Reader, n int) ([]int8, error) {
	// The tables are read at random, a page apart: on huge pages (see
	// hugetable) the parser spends less of its time translating addresses.
	xs := hugetable.Make[int8](n)
	// int8 and byte share a layout; reading straight into the table
	// avoids a second 35 MB buffer at start-up.
	if _, err := io.ReadFull(r, unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(xs))), n)); err != nil {
		return nil, err
	}
	return xs, nil
}
