package browse

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// openTemp opens a new bolt store in a temp dir and returns it and its
// path.
func openTemp(t testing.TB) (*graph.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := graph.Open(context.Background(), graph.Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func mustIngest(t testing.TB, s *graph.Store, d *extract.Document) graph.IngestResult {
	t.Helper()
	r, err := s.Ingest(context.Background(), d)
	if err != nil {
		t.Fatalf("ingest %s: %v", d.Source, err)
	}
	return r
}
