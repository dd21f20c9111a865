package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
)

// Model file: gzip of
//
//	"NGPARSE1" | u32 labels | (u8 len, bytes)* | u8 actBits | u8 labBits |
//	act table int16 LE | lab table int16 LE
//
// The tables are stored whole: hashing leaves most rows of a sparse
// feature space empty, and gzip squeezes the zero runs.
const parserMagic = "NGPARSE1"

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
	if err := writeInt16s(bw, p.act); err != nil {
		return err
	}
	if err := writeInt16s(bw, p.lab); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func writeInt16s(w *bufio.Writer, xs []int16) error {
	buf := make([]byte, 2*len(xs))
	for i, x := range xs {
		binary.LittleEndian.PutUint16(buf[2*i:], uint16(x))
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
	if p.act, err = readInt16s(br, int(p.actMask+1)*actCols); err != nil {
		return nil, fmt.Errorf("parser model: action table: %w", err)
	}
	if p.lab, err = readInt16s(br, int(p.labMask+1)*2*int(nl)); err != nil {
		return nil, fmt.Errorf("parser model: label table: %w", err)
	}
	return p, nil
}

func readInt16s(r io.Reader, n int) ([]int16, error) {
	buf := make([]byte, 2*n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, err
	}
	xs := make([]int16, n)
	for i := range xs {
		xs[i] = int16(binary.LittleEndian.Uint16(buf[2*i:]))
	}
	return xs, nil
}
