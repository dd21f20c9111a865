package graph

// The same store behaviour on every backend: bolt, memory and postgres
// (postgres skipped with a message when NEWSGRAPH_TEST_PG is unset; CI
// sets it through .ci/postgres.sh).

import (
	"context"
	"errors"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

type backendCase struct {
	name string
	open func(t *testing.T) *Store
}

// storeBackends lists an opener per backend; each call gives a new, empty
// store closed when the test ends.
func storeBackends() []backendCase {
	mk := func(cfg func(t *testing.T) Config) func(t *testing.T) *Store {
		return func(t *testing.T) *Store {
			t.Helper()
			s := openStore(t, cfg(t))
			return s
		}
	}
	return []backendCase{
		{"bolt", mk(func(t *testing.T) Config {
			return Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "test.db")}
		})},
		{"memory", mk(func(t *testing.T) Config { return Config{Backend: "memory"} })},
		{"postgres", mk(func(t *testing.T) Config {
			return Config{Backend: "postgres", Address: pgtest.Database(t)}
		})},
	}
}

// sameGraph is assertSameGraph, except that on the memory backend it does
// not count orphan nodes: memstore's g.V() also lists its quad entries, so
// the count says nothing there.
func sameGraph(t *testing.T, got, want *Store) {
	t.Helper()
	if got.Config().Backend != "memory" {
		assertSameGraph(t, got, want)
		return
	}
	g, w := withoutIngestTime(exportLines(t, got)), withoutIngestTime(exportLines(t, want))
	if !sameLines(g, w) {
		t.Errorf("graphs differ:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

func noOrphans(t *testing.T, s *Store) {
	t.Helper()
	if s.Config().Backend != "memory" {
		assertNoOrphans(t, s)
	}
}

func forEachBackend(t *testing.T, test func(t *testing.T, open func(t *testing.T) *Store)) {
	for _, b := range storeBackends() {
		t.Run(b.name, func(t *testing.T) { test(t, b.open) })
	}
}

func rowField(rows []any, field string) []string {
	var out []string
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			if v, ok := m[field].(string); ok {
				out = append(out, v)
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestBackendsIngestQueryExport(t *testing.T) {
	// The bolt export is the reference every backend must reproduce.
	ref := storeBackends()[0].open(t)
	mustIngest(t, ref, testcorpus.DocA("a.txt"))
	mustIngest(t, ref, testcorpus.DocB("b.txt"))
	want := withoutIngestTime(exportLines(t, ref))

	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		ctx := context.Background()
		s := open(t)
		if r := mustIngest(t, s, testcorpus.DocA("a.txt")); r.Status != Added || r.Added == 0 {
			t.Fatalf("ingest a: %+v", r)
		}
		if r := mustIngest(t, s, testcorpus.DocB("b.txt")); r.Status != Added || r.Added == 0 {
			t.Fatalf("ingest b: %+v", r)
		}
		if got := withoutIngestTime(exportLines(t, s)); !sameLines(got, want) {
			t.Errorf("export differs from bolt's:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 2 || st.Entities != 6 || st.Quads != int64(len(want)+2) {
			t.Errorf("stats %+v: want 2 documents, 6 entities, %d quads", st, len(want)+2)
		}
		rows, err := s.RunNamed(ctx, "quotes-by", []string{"kovalenko"}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := rowField(rows, "quote"); len(got) != 1 || got[0] != "We will keep the harbours open to everyone," {
			t.Errorf("quotes-by kovalenko: %v", rows)
		}
		rows, err = s.RunNamed(ctx, "who-left", []string{"Baltic Ports Union"}, 0)
		if err != nil || len(rows) != 1 || rows[0].(map[string]any)["who"] != "Norland" {
			t.Errorf("who-left: %v %v", rows, err)
		}
		rows, err = s.RunNamed(ctx, "neighbours", []string{"Jonas Vell"}, 0)
		if err != nil || len(rows) != 2 {
			t.Errorf("neighbours of Vell: %v %v", rows, err)
		}
		noOrphans(t, s)
	})
}

func TestBackendsIdempotentReplaceForget(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		ctx := context.Background()
		s := open(t)
		mustIngest(t, s, testcorpus.DocA("news/a.txt"))
		mustIngest(t, s, testcorpus.DocB("b.txt"))
		before := exportLines(t, s)
		if r := mustIngest(t, s, testcorpus.DocA("news/a.txt")); r.Status != Unchanged || r.Added != 0 {
			t.Errorf("re-ingest: %+v", r)
		}
		if after := exportLines(t, s); !sameLines(before, after) {
			t.Errorf("re-ingest changed the store: %d -> %d quads", len(before), len(after))
		}

		// New content at news/a.txt replaces the old: the store equals one
		// that only ever held the new content and b.txt.
		changed := testcorpus.DocB("news/a.txt")
		changed.Text += "Talks resume next week.\n"
		changed.Sentences = testcorpus.SentencesOf(changed.Text)
		changed.Hash = ""
		if r := mustIngest(t, s, changed); r.Status != Replaced || r.Removed == 0 {
			t.Fatalf("replace: %+v", r)
		}
		fresh := open(t)
		mustIngest(t, fresh, changed)
		mustIngest(t, fresh, testcorpus.DocB("b.txt"))
		sameGraph(t, s, fresh)

		// Forget one, then the other: shared entities stay until the last
		// document using them goes, and then the store is empty.
		if _, err := s.Forget(ctx, "news/a.txt"); err != nil {
			t.Fatal(err)
		}
		only := open(t)
		mustIngest(t, only, testcorpus.DocB("b.txt"))
		sameGraph(t, s, only)
		if _, err := s.Forget(ctx, "b.txt"); err != nil {
			t.Fatal(err)
		}
		if st, err := s.Stats(ctx); err != nil || st.Quads != 0 || st.Nodes != 0 {
			t.Errorf("after forgetting everything: %+v %v", st, err)
		}
	})
}

// Several documents in one batch are one transaction on every backend, and
// a batch repeating stored documents adds nothing.
func TestBackendsBatch(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		ctx := context.Background()
		s := open(t)
		res, err := s.WriteBatch(ctx, []*extractDoc{testcorpus.DocA("a.txt"), testcorpus.DocB("b.txt"), testcorpus.DocA("a.txt")})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Status != Added || res[1].Status != Added || res[2].Status != Unchanged {
			t.Errorf("statuses %s %s %s", res[0].Status, res[1].Status, res[2].Status)
		}
		one := open(t)
		mustIngest(t, one, testcorpus.DocA("a.txt"))
		mustIngest(t, one, testcorpus.DocB("b.txt"))
		sameGraph(t, s, one)
		before := exportLines(t, s)
		if _, err := s.WriteBatch(ctx, []*extractDoc{testcorpus.DocB("b.txt"), testcorpus.DocA("a.txt")}); err != nil {
			t.Fatal(err)
		}
		if after := exportLines(t, s); !sameLines(before, after) {
			t.Errorf("repeated batch changed the store: %d -> %d quads", len(before), len(after))
		}
	})
}

// A newsgraph database on PostgreSQL is a plain Cayley database: stock
// Cayley's SQL store reads the same quads, and every node's reference
// count equals the references its quads make (Cayley deletes nodes by
// that count).
func TestPostgresIsPlainCayley(t *testing.T) {
	dsn := pgtest.Database(t)
	ctx := context.Background()
	s := openStore(t, Config{Backend: "postgres", Address: dsn})
	if s.bulk == nil {
		t.Fatalf("postgres backend stores through %T, without a bulk writer", s.QuadStore())
	}
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	if _, err := s.Forget(ctx, "a.txt"); err != nil {
		t.Fatal(err)
	}
	mustIngest(t, s, testcorpus.DocA("a2.txt"))

	stock, err := cgraph.NewQuadStore("postgres", dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer stock.Close()
	if got, want := pgtest.AllQuads(t, s.QuadStore()), pgtest.AllQuads(t, stock); !sameLines(got, want) {
		t.Errorf("quads via stock Cayley differ:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	pgtest.CheckRefs(t, dsn)
}

// CayleyHandle gives Cayley's HTTP API reads through Cayley's own store
// and writes through the backend's write path: on postgres, a duplicate
// written through it leaves reference counts exact.
func TestCayleyHandle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		mustIngest(t, s, testcorpus.DocA("a.txt"))
		h := CayleyHandle(s.QuadStore(), true, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
		if _, wrapped := h.QuadStore.(*cgraph.Handle); wrapped {
			t.Fatalf("handle reads through a nested %T", h.QuadStore)
		}
		v := NewVocab("")
		q := quad.Quad{Subject: v.Entity("person/marta-kovalenko"), Predicate: quad.IRI(SchemaAltName), Object: quad.String("Madam Chair")}
		if err := h.QuadWriter.AddQuad(q); err != nil {
			t.Fatal(err)
		}
		if s.Config().Backend == "postgres" {
			if err := h.QuadWriter.AddQuad(q); err != nil { // a duplicate: skipped, counted once
				t.Fatal(err)
			}
			pgtest.CheckRefs(t, s.Config().Address)
		}
		rows, err := s.Query(context.Background(), `g.V("Madam Chair").In("<`+SchemaAltName+`>").All()`, 0)
		if err != nil || len(rows) != 1 {
			t.Errorf("quad written through the handle: %v %v", rows, err)
		}
		if _, ro := CayleyHandle(s.QuadStore(), false, cgraph.IgnoreOpts{}).QuadWriter.(cgraph.QuadWriter); ro {
			t.Error("read-only handle has a writer")
		}
	})
}

// Read-only on postgres: an empty database is refused with a clear message
// and left without Cayley's schema; a filled one answers queries and
// refuses writes. A server that is not there is an error naming it.
func TestPostgresReadOnlyAndErrors(t *testing.T) {
	dsn := pgtest.Database(t)
	ctx := context.Background()
	if _, err := Open(ctx, Config{Backend: "postgres", Address: dsn, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "no newsgraph store there") {
		t.Fatalf("read-only open of an empty database: %v", err)
	}
	w, err := Open(ctx, Config{Backend: "postgres", Address: dsn})
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, w, testcorpus.DocA("a.txt"))
	w.Close()
	r := openStore(t, Config{Backend: "postgres", Address: dsn, ReadOnly: true})
	if rows, err := r.RunNamed(ctx, "quotes-by", []string{"Kovalenko"}, 0); err != nil || len(rows) != 1 {
		t.Errorf("read-only query: %v %v", rows, err)
	}
	if _, err := r.Ingest(ctx, testcorpus.DocB("b.txt")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only ingest: %v", err)
	}
	_, err = Open(ctx, Config{Backend: "postgres", Address: "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=5"})
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("unreachable server: %v", err)
	}
}
