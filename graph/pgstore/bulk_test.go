package pgstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
)

// pgSampleQuads covers every value kind Cayley's SQL store has a column
// for, with and without labels. No duplicates: stock Cayley's reference
// counts are only exact without them.
func pgSampleQuads() []quad.Quad {
	ns := "https://newsgraph.dev/test/"
	iri := func(s string) quad.IRI { return quad.IRI(ns + s) }
	sent := iri("doc/1/s/0")
	return []quad.Quad{
		{Subject: iri("person/ana-roth"), Predicate: quad.IRI(graph.RDFType), Object: iri("Person")},
		{Subject: iri("person/ana-roth"), Predicate: quad.IRI(graph.SchemaName), Object: quad.String("Ana Roth")},
		{Subject: iri("person/ana-roth"), Predicate: iri("said"), Object: iri("doc/1/quote/0"), Label: sent},
		{Subject: iri("doc/1/quote/0"), Predicate: iri("text"), Object: quad.String("We will not sign it, not this year."), Label: sent},
		{Subject: iri("person/ana-roth"), Predicate: iri("leaderOf"), Object: iri("country/norland"), Label: sent},
		{Subject: iri("country/norland"), Predicate: quad.IRI(graph.SchemaName), Object: quad.LangString{Value: "Norland", Lang: "en"}},
		{Subject: sent, Predicate: iri("start"), Object: quad.TypedString{Value: "42", Type: "http://www.w3.org/2001/XMLSchema#integer"}, Label: sent},
		{Subject: sent, Predicate: iri("words"), Object: quad.Int(17), Label: sent},
		{Subject: sent, Predicate: iri("checked"), Object: quad.Bool(true), Label: sent},
		{Subject: sent, Predicate: iri("score"), Object: quad.Float(0.75), Label: sent},
		{Subject: sent, Predicate: iri("seen"), Object: quad.Time(time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)), Label: sent},
		{Subject: quad.BNode("b1"), Predicate: iri("note"), Object: quad.String("a NUL \x00 inside"), Label: sent},
		{Subject: iri("person/ana-roth"), Predicate: iri("metWith"), Object: iri("person/ben-okafor"), Label: iri("doc/1/s/1")},
		{Subject: iri("person/ana-roth"), Predicate: iri("metWith"), Object: iri("person/ben-okafor"), Label: iri("doc/2/s/4")},
		{Subject: iri("person/ben-okafor"), Predicate: quad.IRI(graph.SchemaName), Object: quad.String("Ben Okafor")},
	}
}

func pgDeltas(qs []quad.Quad, a cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: a}
	}
	return out
}

// pgTables returns Cayley's two tables as text, every column except the
// quad's serial id and timestamp, in a stable order.
func pgTables(t *testing.T, dsn string) (nodes, quads []string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	read := func(q string) []string { return queryStrings(t, db, q) }
	nodes = read(`SELECT (hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)::text FROM nodes ORDER BY hash`)
	quads = read(`SELECT (subject_hash, predicate_hash, object_hash, label_hash, ts IS NOT NULL)::text FROM quads ORDER BY 1`)
	return nodes, quads
}

// pgStockOpen opens dsn with plain stock Cayley, creating the schema.
func pgStockOpen(t *testing.T, dsn string) cgraph.QuadStore {
	t.Helper()
	if err := cgraph.InitQuadStore("postgres", dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("postgres", dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	return qs
}

func nquadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func equalLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s differ:\n got %d:\n  %s\nwant %d:\n  %s", what, len(got), strings.Join(got, "\n  "), len(want), strings.Join(want, "\n  "))
	}
}

// The bulk writer must leave exactly the rows stock Cayley writes, after
// adds and after deletes, and stock Cayley must read them back.
func TestPGBulkWritesStockCayleyRows(t *testing.T) {
	ctx := context.Background()
	ours, stock := pgtest.Database(t), pgtest.Database(t)
	pqs, err := Open(ctx, ours, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	sqs := pgStockOpen(t, stock)

	all := pgSampleQuads()
	res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all, cgraph.Add), cgraph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != len(all) {
		t.Errorf("added %d, want %d", res.Added, len(all))
	}
	if err := sqs.ApplyDeltas(pgDeltas(all, cgraph.Add), cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	on, oq := pgTables(t, ours)
	sn, sq := pgTables(t, stock)
	equalLines(t, "nodes after add", on, sn)
	equalLines(t, "quads after add", oq, sq)

	// Delete Ben's facts and description: his node and the doc/1/s/1 and
	// doc/2/s/4 label nodes lose their last references.
	del := []quad.Quad{all[12], all[13], all[14], all[3]}
	res, err = pqs.ApplyDeltasContext(ctx, pgDeltas(del, cgraph.Delete), cgraph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Deleted != len(del) {
		t.Errorf("deleted %d, want %d", res.Deleted, len(del))
	}
	if err := sqs.ApplyDeltas(pgDeltas(del, cgraph.Delete), cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	on, oq = pgTables(t, ours)
	sn, sq = pgTables(t, stock)
	equalLines(t, "nodes after delete", on, sn)
	equalLines(t, "quads after delete", oq, sq)

	// A plain stock Cayley store on our database reads what we wrote.
	left := append(append([]quad.Quad{}, all[:3]...), all[4:12]...)
	equalLines(t, "quads read by stock Cayley", pgtest.AllQuads(t, pgStockOpen(t, ours)), nquadLines(left))
	st, err := pqs.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads.Value != int64(len(left)) {
		t.Errorf("stats: %d quads, want %d", st.Quads.Value, len(left))
	}
}

// Writing the same quads twice changes nothing, reference counts included;
// a strict batch holding one stored quad writes none of its quads.
func TestPGBulkIdempotentAndAtomic(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	all := pgSampleQuads()
	lenient := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

	// Duplicates inside one batch count once.
	in := pgDeltas(append(append([]quad.Quad{}, all...), all[0], all[5]), cgraph.Add)
	if res, err := pqs.ApplyDeltasContext(ctx, in, lenient); err != nil || res.Added != len(all) {
		t.Fatalf("first write: %+v, %v; want %d added", res, err, len(all))
	}
	n1, q1 := pgTables(t, dsn)
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all, cgraph.Add), lenient); err != nil || res.Added != 0 {
		t.Fatalf("second write: %+v, %v; want 0 added", res, err)
	}
	n2, q2 := pgTables(t, dsn)
	equalLines(t, "nodes after rewrite", n2, n1)
	equalLines(t, "quads after rewrite", q2, q1)

	fresh := quad.Quad{Subject: quad.IRI("https://newsgraph.dev/test/person/cara-lind"), Predicate: quad.IRI(graph.SchemaName), Object: quad.String("Cara Lind")}
	_, err = pqs.ApplyDeltasContext(ctx, pgDeltas([]quad.Quad{fresh, all[2]}, cgraph.Add), cgraph.IgnoreOpts{})
	if !cgraph.IsQuadExist(err) {
		t.Fatalf("strict add of a stored quad: err %v, want ErrQuadExists", err)
	}
	_, err = pqs.ApplyDeltasContext(ctx, []cgraph.Delta{{Quad: all[1], Action: cgraph.Delete}, {Quad: fresh, Action: cgraph.Delete}}, cgraph.IgnoreOpts{})
	if !cgraph.IsQuadNotExist(err) {
		t.Fatalf("strict delete of a missing quad: err %v, want ErrQuadNotExist", err)
	}
	n3, q3 := pgTables(t, dsn)
	equalLines(t, "nodes after failed batches", n3, n1)
	equalLines(t, "quads after failed batches", q3, q1)

	// Deleting everything (plus a missing quad, leniently) empties both tables.
	res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(append(all, fresh), cgraph.Delete), lenient)
	if err != nil || res.Deleted != len(all) {
		t.Fatalf("delete all: %+v, %v; want %d deleted", res, err, len(all))
	}
	n4, q4 := pgTables(t, dsn)
	if len(n4) != 0 || len(q4) != 0 {
		t.Errorf("after deleting everything: %d nodes, %d quads left:\n%s", len(n4), len(q4), strings.Join(n4, "\n"))
	}
}

// The quad writer Cayley's loaders use goes through the bulk path too.
func TestPGQuadWriter(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	w, err := pqs.NewQuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	all := pgSampleQuads()
	if n, err := w.WriteQuads(all[:8]); err != nil || n != 8 {
		t.Fatalf("WriteQuads: %d, %v", n, err)
	}
	if n, err := w.WriteQuads(all); err != nil || n != len(all) {
		t.Fatalf("WriteQuads again: %d, %v", n, err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	equalLines(t, "quads", pgtest.AllQuads(t, pqs), nquadLines(all))
}

// Concurrent lenient writers with overlapping batches (a team ingesting at
// once) all succeed, store each quad once and keep reference counts exact:
// races on the same new quad or node are retried, not errors.
func TestPGConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	ns := "https://newsgraph.dev/test/"
	shared := func(i int) quad.Quad {
		return quad.Quad{Subject: quad.IRI(fmt.Sprintf("%sperson/p%d", ns, i%40)), Predicate: quad.IRI(ns + "metWith"),
			Object: quad.IRI(fmt.Sprintf("%sperson/p%d", ns, (i*7)%40)), Label: quad.IRI(fmt.Sprintf("%sdoc/%d", ns, i%25))}
	}
	const writers, batches = 4, 6
	var wg sync.WaitGroup
	errs := make(chan error, writers*batches)
	want := map[string]bool{}
	var mu sync.Mutex
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := 0; b < batches; b++ {
				var qs []quad.Quad
				for i := 0; i < 300; i++ {
					qs = append(qs, shared(w*13+b*29+i)) // overlaps other writers' batches
					qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("%sdoc/w%d-b%d", ns, w, b)), Predicate: quad.IRI(ns + "n"), Object: quad.Int(i)})
				}
				mu.Lock()
				for _, q := range qs {
					want[q.NQuad()] = true
				}
				mu.Unlock()
				if _, err := pqs.ApplyDeltasContext(ctx, pgDeltas(qs, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	var lines []string
	for l := range want {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	equalLines(t, "quads after concurrent writes", pgtest.AllQuads(t, pqs), lines)
	pgtest.CheckRefs(t, dsn)
}
