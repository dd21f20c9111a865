package graph

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

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
