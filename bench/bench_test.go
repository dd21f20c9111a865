// Package bench holds Go benchmarks of newsgraph's hot paths on the real
// BBC corpus (../shared/corpus/bbc beside the repository). bench/run.sh
// measures the whole commands; these isolate one stage each and take
// profiles, e.g.
//
//	go test ./bench -run - -bench Ingest/bolt -benchtime 1x -cpuprofile cpu.out
package bench

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/source"
)

// corpus returns the inputs of one BBC section ("" for all 1,808 articles;
// business has 510), skipping when ../shared is absent.
// NEWSGRAPH_BENCH_CORPUS names another corpus directory.
func corpus(b *testing.B, section string) []source.Input {
	b.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "bbc", section)
	if d := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); d != "" {
		dir = filepath.Join(d, section)
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("BBC corpus not found at %s (../shared beside the repository): %v", dir, err)
	}
	inputs, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) > 0 || len(inputs) == 0 {
		b.Fatalf("collect %s: %v", dir, errs)
	}
	return inputs
}

func extractor(b *testing.B) *extract.Extractor {
	b.Helper()
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	return x
}

// BenchmarkExtract reports words/s of extraction alone over the whole
// corpus (files read beforehand), on one goroutine (cores=1; pin it with
// taskset -c 0 and GOMAXPROCS=1) and on GOMAXPROCS goroutines (cores=all).
func BenchmarkExtract(b *testing.B) {
	inputs := corpus(b, "")
	x := extractor(b)
	raws := make([][]byte, len(inputs))
	for i, in := range inputs {
		art, err := in.Load(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		raws[i] = art.Raw
	}
	ctx := context.Background()
	counts := []int{1}
	if n := runtime.GOMAXPROCS(0); n > 1 {
		counts = append(counts, n)
	}
	for _, workers := range counts {
		name := "cores=1"
		if workers > 1 {
			name = "cores=all"
		}
		b.Run(name, func(b *testing.B) {
			words := 0
			for b.Loop() {
				jobs := make(chan int)
				done := make(chan int)
				for w := 0; w < workers; w++ {
					go func() {
						n := 0
						for i := range jobs {
							doc, err := x.Extract(ctx, inputs[i].Source, raws[i])
							if err == nil {
								n += doc.Words
							}
						}
						done <- n
					}()
				}
				for i := range inputs {
					jobs <- i
				}
				close(jobs)
				for w := 0; w < workers; w++ {
					words += <-done
				}
			}
			b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// BenchmarkIngest is the whole ingest (extraction, encoding, one batching
// writer) of the business section into a fresh store per iteration.
func BenchmarkIngest(b *testing.B) {
	inputs := corpus(b, "business")
	x := extractor(b)
	ctx := context.Background()
	backends := []struct {
		name string
		cfg  func(b *testing.B) graph.Config
	}{
		{"bolt", func(b *testing.B) graph.Config {
			return graph.Config{Backend: "bolt", Path: filepath.Join(b.TempDir(), "bench.db")}
		}},
		{"postgres", func(b *testing.B) graph.Config {
			dsn := os.Getenv("NEWSGRAPH_TEST_PG")
			if dsn == "" {
				b.Skip("NEWSGRAPH_TEST_PG is not set: skipping postgres (run under bash .ci/postgres.sh run -- ...)")
			}
			return graph.Config{Backend: "postgres", Address: freshDatabase(b, dsn)}
		}},
	}
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			quads := 0
			for b.Loop() {
				b.StopTimer()
				s, err := graph.Open(ctx, be.cfg(b))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				sum, err := s.IngestAll(ctx, x, inputs, graph.IngestOptions{})
				if err != nil {
					b.Fatal(err)
				}
				quads += sum.Quads
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
