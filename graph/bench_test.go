package graph

import (
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/source"
)

// benchDocs extracts up to n articles of ../shared/corpus/bbc (or skips).
// With BENCH_DOCS_CACHE naming a file, the documents are read from it when
// it was saved for the same n, else extracted and saved there: a write
// benchmark rerun by hand then skips the extraction (some CPU-seconds a
// corpus), which is not what it measures.
func benchDocs(b *testing.B, n int) []*extract.Document {
	b.Helper()
	cache := os.Getenv("BENCH_DOCS_CACHE")
	if cache == "" {
		return extractDocs(b, n)
	}
	var saved struct {
		N    int
		Docs []*extract.Document
	}
	if f, err := os.Open(cache); err == nil {
		err = gob.NewDecoder(f).Decode(&saved)
		f.Close()
		if err == nil && saved.N == n {
			return saved.Docs
		}
	}
	saved.N, saved.Docs = n, extractDocs(b, n)
	f, err := os.Create(cache)
	if err != nil {
		b.Fatal(err)
	}
	if err := gob.NewEncoder(f).Encode(saved); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return saved.Docs
}

// extractDocs extracts up to n articles of ../shared/corpus/bbc (or skips).
func extractDocs(b *testing.B, n int) []*extract.Document {
	b.Helper()
	root := filepath.Join("..", "..", "shared", "corpus", "bbc")
	var files []string
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && source.IsArticleFile(p) {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		b.Skipf("no corpus at %s", root)
	}
	sort.Strings(files)
	if len(files) > n {
		files = files[:n]
	}
	x := newExtractor(b)
	var docs []*extract.Document
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := x.Extract(context.Background(), f, raw)
		if err != nil {
			continue
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkWriteBolt measures the store side of ingest: already extracted
// BBC articles written into a fresh bolt store in batches of
// DefaultBatchQuads.
// Reports quads/s.
func BenchmarkWriteBolt(b *testing.B) {
	docs := benchDocs(b, 300)
	ctx := context.Background()
	b.ResetTimer()
	quads := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, ps := preparedStore(ctx, b, docs)
		b.StartTimer()
		quads += writeBatches(ctx, b, s, ps)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}

// preparedStore opens a fresh bolt store in a temporary directory and
// prepares docs for it, so a benchmark times only the writes.
func preparedStore(ctx context.Context, b *testing.B, docs []*extract.Document) (*Store, []*Prepared) {
	s, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	ps := make([]*Prepared, len(docs))
	for j, d := range docs {
		ps[j] = s.Prepare(d)
	}
	return s, ps
}

// writeBatches writes ps into s in batches as IngestAll's writer makes
// them when it keeps up with extraction (its batchSizer, never a backlog),
// and returns the quads added.
func writeBatches(ctx context.Context, b *testing.B, s *Store, ps []*Prepared) int {
	var batch []*Prepared
	quads, n := 0, 0
	sizer := newBatchSizer(DefaultBatchQuads, len(ps), s.growingQuads())
	flush := func() {
		res, err := s.WritePrepared(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			quads += r.Added
		}
		batch, n = batch[:0], 0
		sizer.flushed()
	}
	for _, p := range ps {
		batch = append(batch, p)
		n += len(p.Quads)
		sizer.received(len(p.Quads))
		if sizer.full(n, 0) {
			flush()
		}
	}
	flush()
	return quads
}

// BenchmarkIngestAllBolt measures the whole pipeline (read, extract on all
// cores, encode, write) over BBC articles into bolt. Reports words/s.
func BenchmarkIngestAllBolt(b *testing.B) {
	root := filepath.Join("..", "..", "shared", "corpus", "bbc", "tech")
	if _, err := os.Stat(root); err != nil {
		b.Skipf("no corpus at %s", root)
	}
	x := newExtractor(b)
	ctx := context.Background()
	words := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ins := collectDir(b, root) // untimed: reading the files is not ingest
		words += ingestFreshBolt(ctx, b, x, ins).Words
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
