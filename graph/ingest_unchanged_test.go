package graph

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// countingExtractor is the real extractor, counting its calls.
type countingExtractor struct {
	x     Extractor
	calls atomic.Int64
}

func (c *countingExtractor) Extract(ctx context.Context, source string, raw []byte) (*extract.Document, error) {
	c.calls.Add(1)
	return c.x.Extract(ctx, source, raw)
}

func realExtractor(t *testing.T) *countingExtractor {
	t.Helper()
	x := newExtractor(t)
	return &countingExtractor{x: x}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ingestDir(t *testing.T, s *Store, x Extractor, dir string, workers, batch int) IngestSummary {
	t.Helper()
	ins := collectDir(t, dir)
	sum, err := s.IngestAll(context.Background(), x, ins, IngestOptions{Workers: workers, BatchQuads: batch})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failed) != 0 {
		t.Fatalf("failed: %v", sum.Failed)
	}
	return sum
}

func openBoltAt(t *testing.T, dir string) *Store {
	t.Helper()
	s := openStore(t, Config{Path: dir})
	return s
}

// docSources returns, for the document whose text is text, its ns#source
// and its ns#seenAt values (sorted), read from the store's quads.
func docSources(t *testing.T, s *Store, text string) (string, []string) {
	t.Helper()
	hash, err := extract.ContentHash([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := s.quadsWith(context.Background(), quad.Subject, s.voc.Document(hash))
	if err != nil {
		t.Fatal(err)
	}
	var primary []string
	var seen []string
	for _, q := range qs {
		switch q.Predicate {
		case s.voc.Term(PredSource):
			primary = append(primary, plain(q.Object))
		case s.voc.Term(PredSeenAt):
			seen = append(seen, plain(q.Object))
		}
	}
	if len(primary) != 1 {
		t.Fatalf("document has sources %q, want one", primary)
	}
	sort.Strings(seen)
	return primary[0], seen
}

// A re-ingest hashes each input before extracting it: unchanged content,
// wherever it is found, never reaches the extractor; changed content does.
func TestReingestSkipsExtractorForStoredContent(t *testing.T) {
	x := realExtractor(t)
	cases := []struct {
		name      string
		change    map[string]string // files written before the second ingest
		wantCalls int64
		wantUnch  int
		wantDocs  int
	}{
		{name: "unchanged directory", wantCalls: 0, wantUnch: 2},
		{name: "one file edited", change: map[string]string{"b.txt": testcorpus.StoryB + "\nA late paragraph was added.\n"}, wantCalls: 1, wantUnch: 1, wantDocs: 1},
		{name: "a copy at a new path", change: map[string]string{"c.txt": testcorpus.StoryA}, wantCalls: 0, wantUnch: 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"a.txt": testcorpus.StoryA, "b.txt": testcorpus.StoryB})
			s := openBoltAt(t, filepath.Join(t.TempDir(), "store"))
			first := ingestDir(t, s, x, dir, 2, DefaultBatchQuads)
			if first.Documents != 2 {
				t.Fatalf("first ingest %+v, want 2 documents", first)
			}
			writeFiles(t, dir, tc.change)
			x.calls.Store(0)
			sum := ingestDir(t, s, x, dir, 2, DefaultBatchQuads)
			if got := x.calls.Load(); got != tc.wantCalls {
				t.Errorf("extractor called %d times on re-ingest, want %d", got, tc.wantCalls)
			}
			if sum.Unchanged != tc.wantUnch || sum.Documents != tc.wantDocs {
				t.Errorf("re-ingest %+v, want %d unchanged, %d documents", sum, tc.wantUnch, tc.wantDocs)
			}
			src, seen := docSources(t, s, testcorpus.StoryA)
			if src != filepath.Join(dir, "a.txt") {
				t.Errorf("testcorpus.StoryA's source is %q, want a.txt", src)
			}
			if _, copied := tc.change["c.txt"]; copied && !slices.Contains(seen, filepath.Join(dir, "c.txt")) {
				t.Errorf("testcorpus.StoryA seen at %q, missing the copy c.txt", seen)
			}
		})
	}
}

// Of identical files, the lexically smallest path is ns#source however
// the workers and batches order them, every path is an ns#seenAt, and two
// clean ingests of the same directory export the same N-Quads (but for
// the ingest times).
func TestIdenticalFilesDeterministicExport(t *testing.T) {
	x := realExtractor(t)
	dir := t.TempDir()
	// z.txt sorts last and a.txt first; m.txt is other content.
	writeFiles(t, dir, map[string]string{"z.txt": testcorpus.StoryA, "a.txt": testcorpus.StoryA, "m.txt": testcorpus.StoryB})
	cases := []struct {
		name           string
		workers, batch int
	}{
		{"one worker, one batch", 1, DefaultBatchQuads},
		{"one worker, batch per document", 1, 1},
		{"four workers, batch per document", 4, 1},
	}
	var ref string // sorted export lines of the first clean ingest
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var caseRef string
			for run := 0; run < 2; run++ {
				s := openBoltAt(t, filepath.Join(t.TempDir(), "store"))
				sum := ingestDir(t, s, x, dir, tc.workers, tc.batch)
				// Into an empty store, the quads the run says it added are
				// the quads stored, wherever its batches ended (a.txt and
				// z.txt in one batch or in two).
				if st, err := s.Stats(context.Background()); err != nil || st.Quads != int64(sum.Quads) {
					t.Fatalf("run %d: summary says %d quads added, the store holds %d (%v)", run, sum.Quads, st.Quads, err)
				}
				src, seen := docSources(t, s, testcorpus.StoryA)
				want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "z.txt")}
				if src != want[0] || !slices.Equal(seen, want) {
					t.Fatalf("run %d: source %q, seen at %q; want %q, %q", run, src, seen, want[0], want)
				}
				var buf bytes.Buffer
				if _, err := s.Export(context.Background(), &buf); err != nil {
					t.Fatal(err)
				}
				// The ingest times differ; every other byte, and the order,
				// must not.
				var kept []string
				for _, l := range strings.SplitAfter(buf.String(), "\n") {
					if !strings.Contains(l, "#ingestedAt>") {
						kept = append(kept, l)
					}
				}
				// Two clean ingests with the same settings export the same
				// bytes in the same order; with several workers documents
				// reach the writer in any order and the store lists quads
				// in write order, so across settings the same sorted lines.
				got := strings.Join(kept, "")
				if caseRef == "" {
					caseRef = got
				}
				if tc.workers == 1 && got != caseRef {
					t.Fatalf("run %d: export differs from the first clean ingest's", run)
				}
				sort.Strings(kept)
				if sorted := strings.Join(kept, ""); ref == "" {
					ref = sorted
				} else if sorted != ref {
					t.Fatalf("run %d: export holds other quads than the first case's", run)
				}
			}
		})
	}
}

// An input over MaxBytes fails alone, named, before the extractor sees
// it; the other inputs are stored.
func TestIngestMaxBytes(t *testing.T) {
	x := realExtractor(t)
	cases := []struct {
		name     string
		max      int
		wantDocs int
		wantFail int
	}{
		{"limit below the long file", len(testcorpus.StoryA) + 1, 1, 1},
		{"no limit", -1, 2, 0},
		{"default limit", 0, 2, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			long := testcorpus.StoryA + strings.Repeat("Kovalenko said the talks would go on. ", 4)
			writeFiles(t, dir, map[string]string{"long.txt": long, "short.txt": testcorpus.StoryB})
			s := openBoltAt(t, filepath.Join(t.TempDir(), "store"))
			ins := collectDir(t, dir)
			x.calls.Store(0)
			sum, err := s.IngestAll(context.Background(), x, ins, IngestOptions{MaxBytes: tc.max})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Documents != tc.wantDocs || len(sum.Failed) != tc.wantFail {
				t.Fatalf("summary %+v, want %d documents and %d failed", sum, tc.wantDocs, tc.wantFail)
			}
			if got := x.calls.Load(); got != int64(tc.wantDocs) {
				t.Errorf("extractor called %d times, want %d", got, tc.wantDocs)
			}
			for _, f := range sum.Failed {
				if !strings.Contains(f.Error(), "long.txt") || !strings.Contains(f.Error(), "over the "+sizeText(tc.max)+" one input") {
					t.Errorf("failure %q does not name the file and the limit", f.Error())
				}
			}
		})
	}
}
