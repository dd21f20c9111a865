package graph

import "testing"

// BenchmarkEncodeCorpus encodes every document of the BBC corpus (extracted
// once, before the timer; BENCH_DOCS_CACHE keeps them between runs) into
// quads, as each ingest worker does after extracting a document.
func BenchmarkEncodeCorpus(b *testing.B) {
	docs := benchDocs(b, 1<<20)
	quads := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			quads += len(Encode(d, "http://example.org/"))
		}
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}
