package graph

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"testing"

	"github.com/newsgraph/newsgraph/source"
)

// BenchmarkIngestAllBoltCorpus measures the whole pipeline of `newsgraph
// ingest` (read, extract on all cores, encode, write) over the whole BBC
// corpus into a fresh bolt store, the run bench/scale.sh sets against
// stock Cayley, without the CLI's start-up. Reports CPU seconds (user +
// system) per run: their ratio to the wall time says how well the writer
// and the extraction workers overlap (2 cores busy: 2). That ratio moves
// with the machine's load; idle-s/op does not: the seconds of GOMAXPROCS
// times the wall time in which the scheduler had no goroutine to run
// (the first document waiting for the models, the workers waiting for
// a writer behind, the writer alone at the end), the CPU an ingest
// leaves unused.
func BenchmarkIngestAllBoltCorpus(b *testing.B) {
	root := filepath.Join("..", "..", "shared", "corpus", "bbc")
	if _, err := os.Stat(root); err != nil {
		b.Skipf("no corpus at %s", root)
	}
	x := newExtractor(b)
	ins := collectDir(b, root)
	ctx := context.Background()
	quads := 0
	cpu0, idle0 := cpuSeconds(), idleSeconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		quads += ingestFreshBolt(ctx, b, x, ins).Quads
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	b.ReportMetric((idleSeconds()-idle0)/float64(b.N), "idle-s/op")
}

// idleSeconds is the runtime's estimate of the CPU time its processors
// (GOMAXPROCS) have spent with nothing to run so far.
func idleSeconds() float64 {
	m := []metrics.Sample{{Name: "/cpu/classes/idle:cpu-seconds"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return m[0].Value.Float64()
}

// ingestFreshBolt ingests ins on all cores into a new bolt store in a
// temporary directory and closes it, timing only IngestAll: opening and
// closing the store are not the ingest being measured.
func ingestFreshBolt(ctx context.Context, b *testing.B, x Extractor, ins []source.Input) IngestSummary {
	b.Helper()
	b.StopTimer()
	s, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	sum, err := s.IngestAll(ctx, x, ins, IngestOptions{Workers: runtime.GOMAXPROCS(0)})
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	s.Close()
	b.StartTimer()
	return sum
}
