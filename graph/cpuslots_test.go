package graph

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// TestBeforeCommitBeforeTheDocumentIsStored: the bolt writer calls the
// withBeforeCommit function when a batch adds quads, and only before they
// are committed (the ingest's writer frees its core there, so a call after
// the commit would leave a core idle through the disk's wait, and a call
// before the work in memory would take the writer's core from it).
func TestBeforeCommitBeforeTheDocumentIsStored(t *testing.T) {
	cases := []struct {
		name      string
		first     bool // write the document once before the watched write
		wantCalls int
	}{
		{"new document", false, 1},
		{"same content again adds nothing", true, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			ctx := context.Background()
			doc := testcorpus.DocA("a.txt")
			if tc.first {
				if _, err := s.WriteBatch(ctx, []*extractDoc{testcorpus.DocA("a.txt")}); err != nil {
					t.Fatal(err)
				}
			}
			iri := s.voc.Document(DocHash(doc))
			calls := 0
			hook := func() {
				calls++
				if stored, err := s.HasDocument(ctx, iri); err != nil || stored != tc.first {
					t.Errorf("at the hook: document stored %v (err %v), want %v", stored, err, tc.first)
				}
			}
			if _, err := s.WriteBatch(withBeforeCommit(ctx, hook), []*extractDoc{doc}); err != nil {
				t.Fatal(err)
			}
			if calls != tc.wantCalls {
				t.Errorf("hook called %d times, want %d", calls, tc.wantCalls)
			}
			if stored, err := s.HasDocument(ctx, iri); err != nil || !stored {
				t.Errorf("after the write: document stored %v (err %v), want true", stored, err)
			}
		})
	}
}

// concurrencyExtractor is the real extractor, counting the calls in
// progress at once.
type concurrencyExtractor struct {
	x        Extractor
	mu       sync.Mutex
	now, max int
}

func (c *concurrencyExtractor) Extract(ctx context.Context, src string, raw []byte) (*extract.Document, error) {
	c.mu.Lock()
	c.now++
	c.max = max(c.max, c.now)
	c.mu.Unlock()
	defer func() { c.mu.Lock(); c.now--; c.mu.Unlock() }()
	return c.x.Extract(ctx, src, raw)
}

// TestIngestAllExtractsOnAsManyAsCores: however many workers are asked
// for, no more inputs are extracted at once than there are cores (the
// writer's core is one of them while it builds a batch, see cpuSlots),
// and every input is still stored.
func TestIngestAllExtractsOnAsManyAsCores(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 24)
	ins := collectDir(t, dir)
	x := newExtractor(t)
	cores := runtime.GOMAXPROCS(0)
	cases := []struct {
		name    string
		workers int
		wantMax int
	}{
		{"more workers than cores", 4 * cores, cores},
		{"one worker", 1, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := openTemp(t)
			cx := &concurrencyExtractor{x: x}
			sum, err := s.IngestAll(context.Background(), cx, ins, IngestOptions{Workers: tc.workers, BatchQuads: 200})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Documents != len(ins) || len(sum.Failed) != 0 {
				t.Errorf("summary %+v, want %d documents", sum, len(ins))
			}
			if cx.max > tc.wantMax || cx.max < 1 {
				t.Errorf("%d extractions at once, want 1 to %d", cx.max, tc.wantMax)
			}
		})
	}
}
