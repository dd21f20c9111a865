package graph

import (
	"encoding/binary"
	"math"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// appendValue appends v as Cayley's log stores a node's value: a
// pquads.Value message, the bytes pquads.MarshalValue gives. Written by
// hand for the kinds Encode makes (and a few more) because the bulk
// writer marshals every new node of a batch on its one goroutine, and the
// generic marshaller builds a message and walks it by reflection for
// each; other kinds (times, raw values) still go through pquads.
//
// proto3 wire format: a oneof member is written even when it holds its
// zero value (that is how the reader knows which member is set), while
// the fields of the nested TypedString and LangString messages are left
// out when empty.
func appendValue(b []byte, v quad.Value) ([]byte, error) {
	switch v := v.(type) {
	case quad.String:
		return appendBytesField(b, 2, string(v)), nil
	case quad.IRI:
		return appendBytesField(b, 3, string(v)), nil
	case quad.BNode:
		return appendBytesField(b, 4, string(v)), nil
	case quad.TypedString:
		return appendPair(b, 5, string(v.Value), string(v.Type)), nil
	case quad.LangString:
		return appendPair(b, 6, string(v.Value), v.Lang), nil
	case quad.Int:
		b = binary.AppendUvarint(b, 7<<3)
		return binary.AppendUvarint(b, uint64(v)), nil // negatives as ten bytes, as protobuf does
	case quad.Float:
		b = binary.AppendUvarint(b, 8<<3|1)
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(float64(v))), nil
	case quad.Bool:
		x := uint64(0)
		if v {
			x = 1
		}
		return binary.AppendUvarint(binary.AppendUvarint(b, 9<<3), x), nil
	}
	val, err := pquads.MarshalValue(v)
	if err != nil {
		return b, err
	}
	return append(b, val...), nil
}

// appendBytesField appends a length-delimited field (a string, or a
// nested message already encoded), written even when empty.
func appendBytesField(b []byte, field uint64, s string) []byte {
	b = binary.AppendUvarint(b, field<<3|2)
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendPair appends a nested message of two string fields (1 and 2), the
// shape of pquads' TypedString and LangString, leaving out empty ones.
func appendPair(b []byte, field uint64, first, second string) []byte {
	size := 0
	for _, s := range [2]string{first, second} {
		if s != "" {
			size += 1 + uvarintLen(uint64(len(s))) + len(s)
		}
	}
	b = binary.AppendUvarint(b, field<<3|2)
	b = binary.AppendUvarint(b, uint64(size))
	if first != "" {
		b = appendBytesField(b, 1, first)
	}
	if second != "" {
		b = appendBytesField(b, 2, second)
	}
	return b
}

// uvarintLen is the length of x as a uvarint.
func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}
