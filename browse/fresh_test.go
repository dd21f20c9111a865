package browse

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// freshDeadline bounds the polling below: generous, since a rebuild on a
// loaded CI machine can take long; nothing asserts how fast.
const freshDeadline = 60 * time.Second

// An index follows its store: after another writer commits a document,
// searches on the index held from before find it within a bounded number
// of polls, and while the store is unchanged the checks rebuild nothing.
// On postgres the writer is a second Store on the same database (as a
// second `ingest` process would be) and the reader is opened read-only. A
// bolt file takes one writer at a time, and a read-only opener's lock
// keeps writers out, so there the writer is the reader's own Store,
// written past the index (as a watch writes while serving).
func TestIndexFollowsItsStore(t *testing.T) {
	for _, c := range []struct {
		name string
		// open gives the store the index reads and the one another writer
		// writes through.
		open func(t *testing.T) (reader, writer *graph.Store)
	}{
		{"bolt", func(t *testing.T) (*graph.Store, *graph.Store) {
			s, _ := openTemp(t)
			return s, s
		}},
		{"postgres", func(t *testing.T) (*graph.Store, *graph.Store) {
			dsn := pgtest.Database(t)
			w := openStore(t, graph.Config{Backend: "postgres", Address: dsn})
			mustIngest(t, w, testcorpus.DocA("wire/a.txt")) // the schema, before a read-only open
			return openStore(t, graph.Config{Backend: "postgres", Address: dsn, ReadOnly: true}), w
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			reader, writer := c.open(t)
			mustIngest(t, writer, testcorpus.DocA("wire/a.txt"))
			ix := followingIndex(t, reader)
			if hits := ix.Search("Jonas Vell", 5); len(hits) != 0 {
				t.Fatalf("Search(Jonas Vell) before the write = %v", hitNames(hits))
			}
			if hits := ix.TextSearch("Rigaport", 5); len(hits) != 0 {
				t.Fatalf("TextSearch(Rigaport) before the write = %d hits", len(hits))
			}
			assertNoRebuild(t, ix)

			mustIngest(t, writer, testcorpus.DocB("wire/b.txt"))
			polls := 0
			found := pollUntil(func() bool {
				polls++
				return len(ix.Search("Jonas Vell", 5)) > 0
			})
			if !found {
				t.Fatalf("Search(Jonas Vell) did not find the new document in %d polls over %s (%d checks, %d rebuilds, last error %v)",
					polls, freshDeadline, ix.keep.checks.Load(), ix.keep.rebuilds.Load(), lastErr(ix))
			}
			if n := ix.keep.rebuilds.Load(); n < 1 {
				t.Errorf("found after %d rebuilds", n)
			}
			if hits := ix.TextSearch("Rigaport", 5); len(hits) == 0 {
				t.Errorf("TextSearch(Rigaport) after the index found Jonas Vell: no hits")
			}
			if st := ix.fresh().stats; st.Documents < 2 {
				t.Errorf("the fresh index counts %d documents, want the new one too", st.Documents)
			}
			assertNoRebuild(t, ix)
		})
	}
}

// Stores that cannot change under the reader, or cannot say they did,
// never rebuild: a read-only bolt store (writers wait for its lock)
// checks and finds it unchanged; the memory backend, written by this
// process only, does not follow at all.
func TestIndexOnStoresThatCannotChange(t *testing.T) {
	t.Run("bolt read-only", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "ro.db")
		w, err := graph.Open(context.Background(), graph.Config{Path: dir})
		if err != nil {
			t.Fatal(err)
		}
		mustIngest(t, w, testcorpus.DocA("wire/a.txt"))
		w.Close()
		ix := followingIndex(t, openStore(t, graph.Config{Path: dir, ReadOnly: true}))
		if !ix.FollowsEverything() {
			t.Errorf("a read-only bolt store's index does not claim to follow every change; it cannot change")
		}
		assertNoRebuild(t, ix)
		if hits := ix.Search("Marta Kovalenko", 5); len(hits) == 0 {
			t.Errorf("Search(Marta Kovalenko) on the read-only store's index: no hits")
		}
	})
	t.Run("memory", func(t *testing.T) {
		s := openStore(t, graph.Config{Backend: "memory"})
		mustIngest(t, s, testcorpus.DocA("wire/a.txt"))
		ix, err := New(s).BuildIndex(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if ix.FollowsEverything() {
			t.Errorf("an index of the memory backend claims to follow every change")
		}
		if ix.Follows() {
			t.Errorf("an index of the memory backend follows its store; it cannot tell a change")
		}
		if ix.fresh() != ix {
			t.Errorf("an index that does not follow its store answered from another")
		}
	})
}

// followingIndex builds s's index, checking every few milliseconds so the
// test runs quickly, and stops its refreshes when the test ends (before
// the store closes: cleanups run last first).
func followingIndex(t *testing.T, s *graph.Store) *Index {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ix, err := New(s).BuildIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !ix.Follows() {
		t.Fatalf("the %s backend's index does not follow its store", s.Config().Backend)
	}
	ix.keep.every = 5 * time.Millisecond
	ix.keep.next.Store(0)
	t.Cleanup(func() {
		cancel()
		ix.keep.running.Wait()
	})
	return ix
}

// assertNoRebuild polls ix until its keeper has checked the store three
// more times, and fails if any of those checks rebuilt the index.
func assertNoRebuild(t *testing.T, ix *Index) {
	t.Helper()
	k := ix.keep
	// A check under way may be the rebuild that made the caller's answer:
	// count from when it is done.
	pollUntil(func() bool { return !k.busy.Load() })
	checks, rebuilds := k.checks.Load(), k.rebuilds.Load()
	if !pollUntil(func() bool { ix.Search("Kovalenko", 1); return k.checks.Load() >= checks+3 && !k.busy.Load() }) {
		t.Fatalf("the index checked its store %d times in %s of polling, want 3", k.checks.Load()-checks, freshDeadline)
	}
	if n := k.rebuilds.Load() - rebuilds; n != 0 {
		t.Errorf("%d rebuilds over %d checks of an unchanged store, want none", n, k.checks.Load()-checks)
	}
}

// pollUntil calls done every few milliseconds until it is true or
// freshDeadline has passed, and says which.
func pollUntil(done func() bool) bool {
	end := time.Now().Add(freshDeadline)
	for time.Now().Before(end) {
		if done() {
			return true
		}
		time.Sleep(2 * time.Millisecond)
	}
	return done()
}

func lastErr(ix *Index) error {
	if p := ix.keep.lastErr.Load(); p != nil {
		return *p
	}
	return nil
}

// On bolt the index follows deletions too (the server then needs no timed
// refresh): a document forgotten past the index drops out of its search.
// On postgres it does not claim to.
func TestIndexFollowsEverythingOnBolt(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("wire/a.txt"))
	mustIngest(t, s, testcorpus.DocB("wire/b.txt"))
	ix := followingIndex(t, s)
	if !ix.FollowsEverything() {
		t.Fatal("a bolt store's index does not claim to follow every change")
	}
	if hits := ix.Search("Jonas Vell", 5); len(hits) == 0 {
		t.Fatal("Search(Jonas Vell) before the forget: no hits")
	}
	if _, err := s.Forget(context.Background(), "wire/b.txt"); err != nil {
		t.Fatal(err)
	}
	if !pollUntil(func() bool { return len(ix.Search("Jonas Vell", 5)) == 0 }) {
		t.Fatalf("Search(Jonas Vell) still finds the forgotten document after %s", freshDeadline)
	}
	t.Run("postgres", func(t *testing.T) {
		pg := openStore(t, graph.Config{Backend: "postgres", Address: pgtest.Database(t)})
		mustIngest(t, pg, testcorpus.DocA("wire/a.txt"))
		if ix := followingIndex(t, pg); ix.FollowsEverything() {
			t.Errorf("a postgres index claims to follow deletions; its generation cannot see them")
		}
	})
}
