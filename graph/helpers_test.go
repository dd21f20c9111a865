package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func mustIngest(t testing.TB, s *Store, d *extract.Document) IngestResult {
	t.Helper()
	r, err := s.Ingest(context.Background(), d)
	if err != nil {
		t.Fatalf("ingest %s: %v", d.Source, err)
	}
	return r
}

// storedSources lists the ns:source of every stored document.
func storedSources(t testing.TB, s *Store) []string {
	t.Helper()
	pred := s.voc.Term(PredSource)
	var out []string
	err := s.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Predicate == pred {
			out = append(out, plain(q.Object))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
