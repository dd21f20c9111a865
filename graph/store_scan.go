package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// QuadScanner is implemented by a backend's QuadStore (or its Handle's
// QuadWriter) that reads every quad in one pass faster than Cayley's
// iterator, which on postgres looks each value up by a query of its own.
type QuadScanner interface {
	ScanQuads(ctx context.Context, fn func(quad.Quad) error) error
}

// EachQuad calls fn with every quad of the store, in no set order, and
// stops at fn's first error.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	if sc, ok := quadScannerOf(s.qs); ok {
		return sc.ScanQuads(ctx, fn)
	}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

func quadScannerOf(qs cgraph.QuadStore) (QuadScanner, bool) {
	if sc, ok := qs.(QuadScanner); ok {
		return sc, true
	}
	if h, ok := qs.(*cgraph.Handle); ok {
		if sc, ok := h.QuadWriter.(QuadScanner); ok {
			return sc, true
		}
		if sc, ok := h.QuadStore.(QuadScanner); ok {
			return sc, true
		}
	}
	return nil, false
}
