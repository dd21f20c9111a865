package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
)

// openStore opens cfg's store, failing the test with the store named,
// and closes it when the test ends.
func openStore(t testing.TB, cfg Config) *Store {
	t.Helper()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("open store %q (backend %q): %v", storeName(cfg), cfg.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openTemp opens a new bolt store in a temp dir and returns it and its
// path.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "test.db")
	s := openStore(t, Config{Path: dir})
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

// newExtractor is the default extractor, failing the test when its
// models do not load.
func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extractor: %v", err)
	}
	return x
}

// collectDir is every article below dir as source.Collect gives it,
// failing the test on any collection error.
func collectDir(t testing.TB, dir string) []source.Input {
	t.Helper()
	ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 {
		t.Fatalf("collect %s: %v", dir, errs)
	}
	return ins
}
