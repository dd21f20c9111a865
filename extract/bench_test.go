package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// bbcCorpus loads the BBC articles from ../shared (beside the repository),
// skipping the test when they are absent.
func bbcCorpus(tb testing.TB) (names []string, texts [][]byte) {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "bbc")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		tb.Skipf("BBC corpus not found at %s (../shared beside the repository)", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, f)
		texts = append(texts, b)
	}
	return names, texts
}

// bbcCorpusMaybe is bbcCorpus without skipping.
func bbcCorpusMaybe() (names []string, texts [][]byte) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "bbc", "*", "*.txt"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			names = append(names, f)
			texts = append(texts, b)
		}
	}
	return names, texts
}

// BenchmarkExtract runs the whole extraction pipeline over the BBC corpus
// and reports throughput in words per second.
func BenchmarkExtract(b *testing.B) {
	names, texts := bbcCorpus(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	words := 0
	for i, t := range texts {
		d, err := x.Extract(ctx, names[i], t)
		if err != nil {
			b.Fatal(err)
		}
		words += d.Words
	}
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for i, t := range texts {
			if _, err := x.Extract(ctx, names[i], t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
