package pgstore

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/source"
)

// Store's one write loop runs on postgres as on bolt (documents.go only
// answers its questions in bulk): a later ingest that finds stored content
// at a smaller path moves ns#source there and records the path as seen; a
// changed file replaces its old content. After each step the postgres
// graph is bolt's, and the counts say the same.
func TestDocumentWritesMatchBolt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 3)
	raw, err := os.ReadFile(filepath.Join(dir, "story-001.txt"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	pg := openStore(t, pgtest.Database(t))
	bolt, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "b.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	for _, step := range []struct {
		name      string
		prepare   func() error
		docs, unc int
	}{
		{"first ingest", func() error { return nil }, 3, 0},
		{"copy at a smaller path", func() error { return os.WriteFile(filepath.Join(dir, "a-copy.txt"), raw, 0o644) }, 0, 4},
		{"changed file", func() error {
			return os.WriteFile(filepath.Join(dir, "story-002.txt"), []byte("Ports reopen after storm\n\nThe port of Riga reopened on Friday, Anna Berg said.\n"), 0o644)
		}, 1, 3},
	} {
		if err := step.prepare(); err != nil {
			t.Fatal(err)
		}
		ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
		if len(errs) != 0 {
			t.Fatal(errs)
		}
		opt := graph.IngestOptions{Workers: 1, BulkMinQuads: -1}
		psum, err := pg.IngestAll(ctx, x, ins, opt)
		if err != nil {
			t.Fatalf("%s: postgres: %v", step.name, err)
		}
		bsum, err := bolt.IngestAll(ctx, x, ins, opt)
		if err != nil {
			t.Fatalf("%s: bolt: %v", step.name, err)
		}
		if psum.Documents != step.docs || psum.Unchanged != step.unc || psum.Quads != bsum.Quads {
			t.Errorf("%s: postgres %+v, bolt %+v; want %d stored, %d unchanged", step.name, psum, bsum, step.docs, step.unc)
		}
		assertSameGraph(t, pg, bolt)
	}
}
