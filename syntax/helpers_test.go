package syntax

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

// checkConcurrent runs process on each text once serially, then from many
// goroutines sharing the same model: every concurrent result (as view
// reads it) must equal the serial one, since the models are shared
// read-only across extraction workers.
func checkConcurrent(t *testing.T, texts []string, process func(*Sentence), view func(*Sentence) any) {
	t.Helper()
	want := make([]any, len(texts))
	for i, tx := range texts {
		s := &Sentence{Words: strings.Fields(tx)}
		process(s)
		want[i] = view(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				i := (g + r) % len(texts)
				s := &Sentence{Words: strings.Fields(texts[i])}
				process(s)
				if !reflect.DeepEqual(view(s), want[i]) {
					errs <- texts[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent result for %q differs from the serial one", e)
	}
}

// benchEWTDev runs process over every EWT dev sentence per iteration, on
// one goroutine, and reports words/s. load gives process a fresh sentence
// filled from the gold one as the benchmark needs (words only, or tags too).
func benchEWTDev(b *testing.B, process func(s, gold *Sentence)) {
	gold := readUD(b, "en_ewt/dev.conllu")
	words := 0
	for _, g := range gold {
		words += len(g.Words)
	}
	s := &Sentence{}
	b.ResetTimer()
	for b.Loop() {
		for _, g := range gold {
			process(s, g)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
