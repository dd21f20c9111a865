package browse

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// openStore opens cfg's store, failing the test with the error, and
// closes it when the test ends.
func openStore(t testing.TB, cfg graph.Config) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("open %s store %q: %v", cfg.Backend, cfg.Path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openTemp opens a new bolt store in a temp dir and returns it and its
// path.
func openTemp(t testing.TB) (*graph.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	return openStore(t, graph.Config{Path: path}), path
}

func mustIngest(t testing.TB, s *graph.Store, d *extract.Document) graph.IngestResult {
	t.Helper()
	r, err := s.Ingest(context.Background(), d)
	if err != nil {
		t.Fatalf("ingest %s: %v", d.Source, err)
	}
	return r
}
