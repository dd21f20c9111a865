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

// Model file: gzip of
//
//	"NGPARSE1" | u32 labels | (u8 len, bytes)* | u8 actBits | u8 labBits |
//	act table int8 | lab table int8 |
//	u32 keys | (u64 arc key, u8 n, n relation classes)* in key order
//
// The tables are stored whole: hashing leaves most rows of a sparse
// feature space empty, and gzip squeezes the zero runs.
const parserMagic = "NGPARSE3"

// WriteModel writes the parser in its compressed model format.
func (p *Parser) WriteModel(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
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
	// The file keeps the padded rows (see actRow).
	padded := make([]int8, int(p.actMask+1)*actCols)
	for r := range int(p.actMask + 1) {
		copy(padded[r*actCols:], p.act[r*actRow:(r+1)*actRow])
	}
	if err := writeInt8s(bw, padded); err != nil {
		return err
	}
	if err := writeInt8s(bw, p.lab); err != nil {
		return err
	}
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
	if p.act, err = readActions(br, int(p.actMask+1)); err != nil {
		return nil, fmt.Errorf("parser model: action table: %w", err)
	}
	if p.lab, err = readInt8s(br, int(p.labMask+1)*2*int(nl)); err != nil {
		return nil, fmt.Errorf("parser model: label table: %w", err)
	}
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
	return p, nil
}

// readActions reads an action table of rows padded to actCols into the
// parser's packed rows (see actRow), a block of rows at a time so the
// padded table is never held whole.
func readActions(r io.Reader, rows int) ([]int8, error) {
	act := hugetable.Make[int8](rows * actRow)
	buf := make([]byte, 1<<14*actCols)
	for r0 := 0; r0 < rows; {
		n := min(len(buf)/actCols, rows-r0)
		if _, err := io.ReadFull(r, buf[:n*actCols]); err != nil {
			return nil, err
		}
		for k := range n {
			row := buf[k*actCols : k*actCols+actRow]
			dst := act[(r0+k)*actRow : (r0+k+1)*actRow]
			for j, b := range row {
				dst[j] = int8(b)
			}
		}
		r0 += n
	}
	return act, nil
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
