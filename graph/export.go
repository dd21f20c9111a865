package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Export writes every quad of the store to w as strict N-Quads (one quad
// a line, absolute IRIs, typed literals with full XSD datatype IRIs), the
// form stock `cayley load` and RDF tools such as rapper accept. It returns
// the number of quads written.
func (s *Store) Export(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := nquads.NewWriter(bw)
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		if err := enc.WriteQuad(Strict(q)); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := enc.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// Strict rewrites Cayley's native literal values (quad.Int, quad.Time, …
// and typed strings with prefixed datatypes such as <xsd:integer>) as
// typed strings with full datatype IRIs, which RDF tools read correctly.
func Strict(q quad.Quad) quad.Quad {
	q.Subject = strictValue(q.Subject)
	q.Predicate = strictValue(q.Predicate)
	q.Object = strictValue(q.Object)
	q.Label = strictValue(q.Label)
	return q
}

func strictValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Int:
		return Integer(int64(v))
	case quad.Float:
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(v), 'g', -1, 64)), Type: XSD + "double"}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: XSD + "boolean"}
	case quad.Time:
		return DateTime(time.Time(v).UTC().Format(time.RFC3339Nano))
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	case quad.IRI:
		return v.Full()
	}
	return v
}
