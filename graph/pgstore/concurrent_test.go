package pgstore

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/source"
)

// Two writers ingesting into one database at once — two processes of a
// team, each with its own connections — end with the graph one ingest of
// the same files gives: no document stored twice, no entity dropped while
// the other links to it, ns#source the smallest path either saw, and
// exact reference counts. Both halves hold copies of the other's texts
// (the same document found by both), and in the second case both ingest
// everything. Small batches and bulk mode allowed make the writers
// interleave and meet a bulk session; both open the empty database at
// once.
func TestConcurrentIngestsMatchOneIngest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 24)
	// Copies under names that sort before and after the originals, each
	// in the other half, so which writer meets a text first varies.
	for _, i := range []int{1, 4, 13, 22} {
		raw, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{fmt.Sprintf("a-copy-%03d.txt", i), fmt.Sprintf("zz-copy-%03d.txt", i)} {
			if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	all, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 || len(all) != 32 {
		t.Fatalf("inputs %d, errors %v", len(all), errs)
	}
	var odd, even []source.Input
	for i, in := range all {
		if i%2 == 0 {
			even = append(even, in)
		} else {
			odd = append(odd, in)
		}
	}
	opt := graph.IngestOptions{BatchQuads: 60, Workers: 1, BulkMinQuads: 1}

	refDSN := pgtest.Database(t)
	ref := openStore(t, refDSN)
	refSum, err := ref.IngestAll(ctx, x, all, opt)
	if err != nil || refSum.Documents != 24 || refSum.Unchanged != 8 {
		t.Fatalf("reference ingest: %+v, %v; want 24 documents, 8 unchanged", refSum, err)
	}
	want := graphLines(t, ref)

	for _, c := range []struct {
		name   string
		inputs [2][]source.Input
	}{
		{"halves", [2][]source.Input{even, odd}},
		{"both everything", [2][]source.Input{all, all}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dsn := pgtest.Database(t)
			var wg sync.WaitGroup
			sums := make([]graph.IngestSummary, 2)
			errs := make([]error, 2)
			for w := range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					// A pool of its own, as another process has; both open
					// the empty database at once, so both may find it
					// without Cayley's schema.
					s, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: dsn})
					if err != nil {
						errs[w] = err
						return
					}
					defer s.Close()
					sums[w], errs[w] = s.IngestAll(ctx, x, c.inputs[w], opt)
				}()
			}
			wg.Wait()
			stored := 0
			for w := range 2 {
				if errs[w] != nil || len(sums[w].Failed) != 0 {
					t.Fatalf("writer %d: %+v, %v", w, sums[w], errs[w])
				}
				stored += sums[w].Documents
			}
			if stored != refSum.Documents || sums[0].Quads+sums[1].Quads != refSum.Quads {
				t.Errorf("the writers stored %d documents, %d quads between them; one ingest stores %d, %d",
					stored, sums[0].Quads+sums[1].Quads, refSum.Documents, refSum.Quads)
			}
			check := openStore(t, dsn)
			equalLines(t, "graph after concurrent ingests", graphLines(t, check), want)
			pgtest.CheckRefs(t, dsn)
			equalLines(t, "schema after concurrent ingests", pgSchema(t, dsn), pgSchema(t, refDSN))
		})
	}
}

func openStore(t *testing.T, dsn string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Backend: "postgres", Address: dsn})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
