package graph

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// crashDoc is the i-th document of the crash test's sequence: docA or docB
// with a line of its own (so a content of its own), one entity that
// changes every five documents, at one of 12 sources, so that later
// documents replace earlier ones and their entities drop out.
func crashDoc(i int) *extractDoc {
	src := fmt.Sprintf("s%02d.txt", i%12)
	d := testcorpus.DocA(src)
	if i%2 == 1 {
		d = testcorpus.DocB(src)
	}
	d.Text += fmt.Sprintf("\nUpdate number %d.\n", i)
	d.Sentences = testcorpus.SentencesOf(d.Text)
	last := &d.Entities[len(d.Entities)-1]
	last.Key += fmt.Sprintf("-%d", i%5)
	last.Name += fmt.Sprintf(" %d", i%5)
	return d
}

const crashDocs, crashBatch = 40, 3

// writeCrashSequence writes the sequence in batches, calling after(k)
// once batch k is committed.
func writeCrashSequence(ctx context.Context, s *Store, after func(k int)) error {
	for k := 0; k*crashBatch < crashDocs; k++ {
		var docs []*extractDoc
		for i := k * crashBatch; i < min((k+1)*crashBatch, crashDocs); i++ {
			docs = append(docs, crashDoc(i))
		}
		if _, err := s.WriteBatch(ctx, docs); err != nil {
			return err
		}
		after(k)
	}
	return nil
}

// TestBoltCrashChild is the process TestBoltKillMidIngest kills: it writes
// the crash sequence into the store NEWSGRAPH_CRASH_STORE names, printing
// "batch K" after each commit.
func TestBoltCrashChild(t *testing.T) {
	path := os.Getenv("NEWSGRAPH_CRASH_STORE")
	if path == "" {
		t.Skip("run by TestBoltKillMidIngest")
	}
	s := openStore(t, Config{Path: path})
	err := writeCrashSequence(context.Background(), s, func(k int) { fmt.Printf("batch %d\n", k) })
	if err != nil {
		t.Fatal(err)
	}
}

// TestBoltKillMidIngest kills a real ingest process (SIGKILL) at several
// points, reopens its store and checks that it holds whole documents only,
// with exact node reference counts; then lets the ingest run again to the
// end and checks the store equals one written without a crash.
func TestBoltKillMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	ctx := context.Background()
	ref, _ := openTemp(t)
	if err := writeCrashSequence(ctx, ref, func(int) {}); err != nil {
		t.Fatal(err)
	}
	// What each possible document holds: its labelled quads as Prepare
	// gives them (sources and ingest times aside, which the store sets).
	want := map[quad.IRI][]string{}
	for i := 0; i < crashDocs; i++ {
		p := ref.Prepare(crashDoc(i))
		var lines []string
		for _, q := range p.Quads {
			if q.Label != nil && q.Predicate != ref.voc.Term(PredSource) {
				lines = append(lines, q.NQuad())
			}
		}
		want[p.IRI] = lines
	}
	points := []struct {
		batch int
		delay time.Duration
	}{{0, 0}, {3, time.Millisecond}, {7, 3 * time.Millisecond}, {11, 0}}
	for _, pt := range points {
		t.Run(fmt.Sprintf("after-batch-%d+%s", pt.batch, pt.delay), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crash.db")
			killed := runCrashChild(t, path, pt.batch, pt.delay)
			s := openStore(t, Config{Path: path})
			docs := checkWholeDocuments(t, s, want)
			assertNoOrphans(t, s)
			if st, err := s.Stats(ctx); err != nil || st.Quads != int64(len(exportLines(t, s))) {
				t.Errorf("stored quad count %d, export %d (%v)", st.Quads, len(exportLines(t, s)), err)
			}
			t.Logf("killed=%v, %d whole documents stored", killed, docs)
			// The ingest run again completes the store.
			if err := writeCrashSequence(ctx, s, func(int) {}); err != nil {
				t.Fatal(err)
			}
			assertSameGraph(t, s, ref)
		})
	}
}

// runCrashChild starts the child writing into path and kills it delay
// after it reports batch k; it reports whether the child was still running.
func runCrashChild(t *testing.T, path string, k int, delay time.Duration) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestBoltCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_CRASH_STORE="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	reached := false
	for sc.Scan() {
		if sc.Text() == fmt.Sprintf("batch %d", k) {
			reached = true
			break
		}
	}
	if !reached {
		cmd.Wait()
		t.Fatalf("child ended before batch %d", k)
	}
	time.Sleep(delay)
	killed := cmd.Process.Signal(syscall.SIGKILL) == nil
	go func() { // drain so the child never blocks on a full pipe
		for sc.Scan() {
		}
	}()
	err = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return killed && err != nil && ws.Signaled()
}

// checkWholeDocuments checks that every stored document holds exactly the
// labelled quads its content gives, plus one ns#source, one ns#ingestedAt
// and its ns#seenAt, and that the entities it mentions are described;
// it returns how many documents are stored.
func checkWholeDocuments(t *testing.T, s *Store, want map[quad.IRI][]string) int {
	t.Helper()
	lines := exportLines(t, s)
	byLabel := map[string][]string{}
	all := map[string]bool{}
	for _, l := range lines {
		all[l] = true
		if f := strings.Fields(l); len(f) >= 5 {
			byLabel[f[len(f)-2]] = append(byLabel[f[len(f)-2]], l)
		}
	}
	docType := fmt.Sprintf("<%s> <%s> <%s>", "%s", RDFType, string(s.voc.Term(TypeDocument)))
	n := 0
	for doc, quads := range want {
		typeLine := fmt.Sprintf(docType, string(doc))
		stored := false
		for _, l := range byLabel["<"+string(doc)+">"] {
			stored = stored || strings.HasPrefix(l, typeLine)
		}
		labels := map[string]bool{}
		for _, q := range quads {
			f := strings.Fields(q)
			labels[f[len(f)-2]] = true
		}
		got := 0
		for l := range labels {
			got += len(byLabel[l])
		}
		if !stored {
			if got != 0 {
				t.Errorf("document %s not stored but %d of its quads are", doc, got)
			}
			continue
		}
		n++
		for _, q := range quads {
			if !all[q] {
				t.Errorf("document %s stored without %s", doc, q)
			}
		}
		if extra := got - len(quads); extra != 3 {
			t.Errorf("document %s: %d quads besides its content, want 3 (source, seenAt, ingestedAt)", doc, extra)
		}
		for _, q := range quads {
			if f := strings.Fields(q); strings.HasSuffix(f[1], "#mentions>") {
				if !strings.Contains(strings.Join(lines, "\n"), f[2]+" <"+SchemaName+">") {
					t.Errorf("document %s mentions %s, which has no name", doc, f[2])
				}
			}
		}
	}
	return n
}

// TestBoltBulkIsCayleyLayout writes the same documents through the bulk
// writer and through Cayley's own writer and compares the stores
// byte for byte where Cayley's layout fixes them (reference counts, value
// keys, quad count), reads the bulk-written store with Cayley's own bolt
// open (bloom filters and all), mixes both writers, and when stock
// Cayley is at hand (NEWSGRAPH_STOCK_CAYLEY, as bench/stockcayley.sh
// prints) dumps the store with it.
func TestBoltBulkIsCayleyLayout(t *testing.T) {
	ctx := context.Background()
	bulk, bulkPath := openTemp(t)
	plain, plainPath := openTemp(t)
	plain.bulk = nil // Cayley's writer
	if bulk.bulk == nil {
		t.Fatal("bolt store without its bulk writer")
	}
	for _, s := range []*Store{bulk, plain} {
		for i := 0; i < 14; i++ {
			if _, err := s.WriteBatch(ctx, []*extractDoc{crashDoc(i), crashDoc(i + 20)}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Forget(ctx, "s03.txt"); err != nil {
			t.Fatal(err)
		}
	}
	assertSameGraph(t, bulk, plain)
	assertNoOrphans(t, plain)
	bulk.Close()
	plain.Close()
	refsB, metaB := boltCounts(t, bulkPath)
	refsP, metaP := boltCounts(t, plainPath)
	if len(refsB) == 0 || len(refsB) != len(refsP) {
		t.Errorf("%d nodes written in bulk, %d by Cayley", len(refsB), len(refsP))
	}
	for h, n := range refsP {
		if refsB[h] != n {
			t.Errorf("node %x: %d references in bulk, %d by Cayley", h, refsB[h], n)
		}
	}
	if metaB != metaP {
		t.Errorf("meta/size %d in bulk, %d by Cayley", metaB, metaP)
	}

	// Cayley's own open of the bulk-written store reads every quad.
	qs, err := graph.NewQuadStore("bolt", bulkPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	it := qs.QuadsAllIterator().Iterate()
	for it.Next(ctx) {
		if _, err := qs.Quad(it.Result()); err != nil {
			t.Fatal(err)
		}
		n++
	}
	it.Close()
	qs.Close()
	if int64(n) != metaB || n == 0 {
		t.Errorf("Cayley reads %d quads, meta/size says %d", n, metaB)
	}

	// Both writers on one store: Cayley's adds on top of bulk ones and
	// the other way round give the graph of either alone.
	mixed, _ := openTemp(t)
	writer := mixed.bulk
	for i := 0; i < 14; i++ {
		mixed.bulk = nil
		if i%2 == 0 {
			mixed.bulk = writer
		}
		if _, err := mixed.WriteBatch(ctx, []*extractDoc{crashDoc(i), crashDoc(i + 20)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := mixed.Forget(ctx, "s03.txt"); err != nil {
		t.Fatal(err)
	}
	reopened := openStore(t, Config{Path: plainPath, ReadOnly: true})
	assertSameGraph(t, mixed, reopened)

	cayley := os.Getenv("NEWSGRAPH_STOCK_CAYLEY")
	if cayley == "" {
		t.Skip("NEWSGRAPH_STOCK_CAYLEY unset (CAYLEY=$(bash bench/stockcayley.sh)): stock `cayley dump` not run")
	}
	dump := filepath.Join(t.TempDir(), "dump.nq")
	if out, err := exec.Command(cayley, "dump", "-d", "bolt", "-a", bulkPath, "-o", dump).CombinedOutput(); err != nil {
		t.Fatalf("stock cayley dump: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(raw), "\n"); int64(got) != metaB {
		t.Errorf("stock cayley dumps %d quads, the store holds %d", got, metaB)
	}
}

// boltCounts reads Cayley's node reference counts (by value hash; dates
// left out) and meta/size from a closed bolt store.
func boltCounts(t *testing.T, path string) (map[string]uint64, int64) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(path, "indexes.bolt"), 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	refs := map[string]uint64{}
	var size int64
	err = db.View(func(tx *bolt.Tx) error {
		err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if len(name) != 3 || name[0] != 'n' {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				n, _ := binary.Uvarint(v)
				id, _ := binary.Uvarint(tx.Bucket([]byte{'v', k[0], k[1]}).Get(k))
				if !strings.Contains(string(tx.Bucket(boltLog).Get(logKey(id))), "XMLSchema#dateTime") {
					refs[string(k)] = n // ingest times differ between stores
				}
				return nil
			})
		})
		if err != nil {
			return err
		}
		size, err = metaInt(tx.Bucket(boltMeta), "size")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return refs, size
}

// TestBoltLogPagesFull: the log only grows at its end, so the bulk writer
// fills its pages whole; at bolt's default fill every log page would stay
// half empty (twice the pages written and read). Documents of their own
// sources, so that nothing is replaced: a replacement marks log entries
// deleted in place, which may split a full page.
func TestBoltLogPagesFull(t *testing.T) {
	for _, tc := range []struct {
		name      string
		docs, per int // documents, documents per batch
	}{
		{"one batch", 60, 60},
		{"batches of five", 60, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s, path := openTemp(t)
			for k := 0; k < tc.docs; k += tc.per {
				var docs []*extractDoc
				for i := k; i < min(k+tc.per, tc.docs); i++ {
					d := testcorpus.DocA(fmt.Sprintf("own%03d.txt", i))
					d.Text += fmt.Sprintf("\nLine number %d.\n", i)
					d.Sentences = testcorpus.SentencesOf(d.Text)
					docs = append(docs, d)
				}
				if _, err := s.WriteBatch(ctx, docs); err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
			db, err := bolt.Open(filepath.Join(path, "indexes.bolt"), 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var st bolt.BucketStats
			if err := db.View(func(tx *bolt.Tx) error {
				st = tx.Bucket(boltLog).Stats()
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if st.LeafPageN < 4 {
				t.Fatalf("log on %d leaf pages: too few to tell how full they are", st.LeafPageN)
			}
			fill := float64(st.LeafInuse) / float64(st.LeafPageN*db.Info().PageSize)
			if fill < 0.8 {
				t.Errorf("log leaf pages %.0f%% full on average (%d pages), want at least 80%%", 100*fill, st.LeafPageN)
			}
		})
	}
}
