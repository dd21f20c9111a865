//go:build unix

package graph

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/boltdb/bolt"
)

// BenchmarkWriteBoltCorpus measures the bolt write path alone over the
// whole BBC corpus (extracted once, before the timer): every document
// written in batches of DefaultBatchQuads into a fresh store, as
// IngestAll's writer does. Reports quads/s, CPU seconds (user + system,
// the process's: with the garbage collector's share) and bolt page writes
// per run.
func BenchmarkWriteBoltCorpus(b *testing.B) {
	docs := benchDocs(b, 1<<20)
	ctx := context.Background()
	quads, pages := 0, 0
	cpu0 := cpuSeconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, ps := preparedStore(ctx, b, docs)
		b.StartTimer()
		quads += writeBatches(ctx, b, s, ps)
		b.StopTimer()
		if db, ok := boltFiles.Load(s.qs); ok {
			pages += db.(*bolt.DB).Stats().TxStats.Write
		}
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	// Pages written is what the batch size and the layout decide, and
	// unlike time it does not move with the machine's load.
	b.ReportMetric(float64(pages)/float64(b.N), "page-writes/op")
}

// cpuSeconds is the process's user and system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
