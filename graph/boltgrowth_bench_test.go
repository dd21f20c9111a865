//go:build unix

package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"testing"

	"github.com/boltdb/bolt"

	"github.com/newsgraph/newsgraph/extract"
)

// growthCopies is how many copies of the corpus the store holds before
// the timed one, as in bench/scale.sh's 4× row.
const growthCopies = 3

// BenchmarkWriteBoltGrowth measures the bolt write path alone as the
// store grows, the way bench/scale.sh adds copy after copy: the BBC
// corpus is extracted once, and each copy of it is the same documents
// with one line of their own added to their text (so new documents and
// sentences about the same entities). Copy 1 is written into an empty
// store, copy 4 into a store holding copies 1 to 3 (built once, before
// the timer, and copied for each round). Reports CPU seconds (user +
// system, the process's) and bolt page writes of each, and their ratio:
// the growth bench/scale.sh measures with extraction included.
//
// The two writes carry the pprof label copy=1 or copy=4, so that a
// profile of the run (-cpuprofile) can be cut to one of them with
// `go tool pprof -tagfocus copy=4`.
func BenchmarkWriteBoltGrowth(b *testing.B) {
	docs := benchDocs(b, 1<<20)
	ctx := context.Background()
	template := filepath.Join(b.TempDir(), "grown.db")
	func() {
		s, err := Open(ctx, Config{Path: template})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		for k := 1; k <= growthCopies; k++ {
			writeBatches(ctx, b, s, prepareCopy(s, docs, k))
		}
	}()
	var cpu1, cpuN, pages1, pagesN float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		empty, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), "empty.db")})
		if err != nil {
			b.Fatal(err)
		}
		c, p := timedCopy(ctx, b, empty, docs, 1)
		cpu1, pages1 = cpu1+c, pages1+p
		empty.Close()
		dir := filepath.Join(b.TempDir(), "grown.db")
		copyStore(b, template, dir)
		grown, err := Open(ctx, Config{Path: dir})
		if err != nil {
			b.Fatal(err)
		}
		c, p = timedCopy(ctx, b, grown, docs, growthCopies+1)
		cpuN, pagesN = cpuN+c, pagesN+p
		grown.Close()
	}
	n := float64(b.N)
	b.ReportMetric(cpu1/n, "cpu-s/copy1")
	b.ReportMetric(cpuN/n, fmt.Sprintf("cpu-s/copy%d", growthCopies+1))
	b.ReportMetric(cpuN/cpu1, "cpu-growth")
	b.ReportMetric(pages1/n, "page-writes/copy1")
	b.ReportMetric(pagesN/n, fmt.Sprintf("page-writes/copy%d", growthCopies+1))
}

// timedCopy writes copy k of docs into s with the timer running and
// returns the CPU seconds and bolt page writes it took.
func timedCopy(ctx context.Context, b *testing.B, s *Store, docs []*extract.Document, k int) (cpu, pages float64) {
	b.Helper()
	ps := prepareCopy(s, docs, k)
	db, _ := boltFiles.Load(s.qs)
	w0 := db.(*bolt.DB).Stats().TxStats.Write
	cpu0 := cpuSeconds()
	b.StartTimer()
	pprof.Do(ctx, pprof.Labels("copy", fmt.Sprint(k)), func(ctx context.Context) {
		writeBatches(ctx, b, s, ps)
	})
	b.StopTimer()
	return cpuSeconds() - cpu0, float64(db.(*bolt.DB).Stats().TxStats.Write - w0)
}

// prepareCopy prepares copy k of docs for s: each document with its own
// source and a line "Copy k." added to its text, as bench/scale.sh makes
// its copies (the line is not a sentence here: extraction is not redone).
func prepareCopy(s *Store, docs []*extract.Document, k int) []*Prepared {
	ps := make([]*Prepared, len(docs))
	for i, d := range docs {
		c := *d
		c.Source = fmt.Sprintf("copy%d/%s", k, d.Source)
		c.Text = fmt.Sprintf("%s\nCopy %d.\n", d.Text, k)
		c.Hash = ""
		ps[i] = s.Prepare(&c)
	}
	return ps
}

// copyStore copies the bolt store at from (a closed one) to a new
// directory to.
func copyStore(b *testing.B, from, to string) {
	b.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		b.Fatal(err)
	}
	src, err := os.Open(filepath.Join(from, "indexes.bolt"))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dst, err := os.Create(filepath.Join(to, "indexes.bolt"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
}
