package pgstore

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// graphLines is the store's export as sorted lines, ingest times left out
// (they differ between any two ingests).
func graphLines(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if l != "" && !strings.Contains(l, "#ingestedAt>") {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// assertSameGraph compares two stores' quads (ingest times aside) and
// checks that got's node count is the number of values its quads use.
func assertSameGraph(t *testing.T, got, want *graph.Store) {
	t.Helper()
	equalLines(t, "graphs", graphLines(t, got), graphLines(t, want))
	ctx := context.Background()
	vals := map[string]bool{}
	qs := got.QuadStore()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		for _, dir := range quad.Directions {
			if v := q.Get(dir); v != nil {
				vals[v.String()] = true
			}
		}
	}
	rows, err := got.Query(ctx, "g.V().Count()", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0] != int64(len(vals)) {
		t.Errorf("g.V().Count() = %v, quads use %d values: orphan nodes", rows, len(vals))
	}
}
