package extract

import (
	"context"
	"testing"
)

// BenchmarkFindQuotes runs the quote stage alone over the BBC corpus,
// on Documents the rest of the pipeline prepared.
func BenchmarkFindQuotes(b *testing.B) {
	names, texts := bbcCorpus(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*Document
	words := 0
	for i, t := range texts {
		d, err := x.Extract(context.Background(), names[i], t)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		words += d.Words
	}
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, d := range docs {
			d.Quotes = d.Quotes[:0]
			x.findQuotes(&analysis{doc: d})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
