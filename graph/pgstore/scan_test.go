package pgstore

import (
	"context"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
)

// ScanQuads reads what Cayley's own iterator reads, value for value: every
// kind of value Cayley's SQL store has a column for, a NUL inside a
// string, quads with and without labels. Generation moves with a write
// that adds quads and stays put without one.
func TestScanQuadsReadsWhatCayleyReads(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Database(t)
	qs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Handle().Close() })
	sample := pgSampleQuads()
	gens := []uint64{}
	for _, part := range [][]quad.Quad{sample[:5], sample[5:]} {
		if err := qs.ApplyDeltas(pgDeltas(part, cgraph.Add), cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		for range 2 { // twice: unchanged between
			g, err := qs.Generation(ctx)
			if err != nil {
				t.Fatal(err)
			}
			gens = append(gens, g)
		}
	}
	if gens[0] != gens[1] || gens[2] != gens[3] || gens[2] == gens[1] {
		t.Errorf("generations read twice after each of two writes = %v; want each pair equal and the pairs different", gens)
	}

	var scanned []string
	h := qs.Handle()
	if err := h.QuadWriter.(*Writer).ScanQuads(ctx, func(q quad.Quad) error {
		scanned = append(scanned, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var iterated []string
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		iterated = append(iterated, q.NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(scanned)
	slices.Sort(iterated)
	if len(iterated) != len(sample) {
		t.Fatalf("Cayley's iterator read %d quads, want the %d written", len(iterated), len(sample))
	}
	if !slices.Equal(scanned, iterated) {
		t.Errorf("ScanQuads read\n%q\nCayley's iterator\n%q", scanned, iterated)
	}
}
