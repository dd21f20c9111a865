package pgstore

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgstore/pgtest"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/source"
)

// pgSchema describes Cayley's tables in dsn as sorted lines: every table,
// every index definition and every constraint on nodes and quads.
func pgSchema(t *testing.T, dsn string) []string {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := queryStrings(t, db, `
SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = current_schema()
UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' validated=' || convalidated
FROM pg_constraint WHERE connamespace = current_schema()::regnamespace`)
	sort.Strings(out)
	return out
}

// freshCayleySchema is the schema stock Cayley's init creates.
func freshCayleySchema(t *testing.T) []string {
	t.Helper()
	dsn := pgtest.Database(t)
	pgStockOpen(t, dsn)
	s := pgSchema(t, dsn)
	if len(s) < 12 { // 2 tables, 8 indexes, 2 keys, 4 foreign keys
		t.Fatalf("fresh Cayley schema looks incomplete:\n%v", s)
	}
	return s
}

// A bulk session drops the indexes and foreign keys, keeps every batch
// all-or-nothing and duplicate-free, and leaves the schema exactly as a
// fresh Cayley init has it, with rows stock Cayley reads.
func TestPGBulkSessionRestoresCayleySchema(t *testing.T) {
	ctx := context.Background()
	want := freshCayleySchema(t)
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	b, err := pqs.BeginBulk(ctx)
	if err != nil || b == nil {
		t.Fatalf("BeginBulk: %v, %v", b, err)
	}
	during := pgSchema(t, dsn)
	equalLinesNot(t, "schema during bulk mode", during, want)

	// A second session (another process) does not start while one is live.
	other, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if b2, err := other.BeginBulk(ctx); err != nil || b2 != nil {
		t.Fatalf("second BeginBulk while one is live: %v, %v; want nil, nil", b2, err)
	}
	equalLines(t, "schema after a refused second session", pgSchema(t, dsn), during)

	all := pgSampleQuads()
	lenient := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all[:8], cgraph.Add), lenient); err != nil || res.Added != 8 {
		t.Fatalf("first batch: %+v, %v", res, err)
	}
	// Overlapping and repeated adds: without unique indexes the probe
	// alone keeps them out.
	in := pgDeltas(append(append([]quad.Quad{}, all[4:]...), all[9], all[0]), cgraph.Add)
	if res, err := pqs.ApplyDeltasContext(ctx, in, lenient); err != nil || res.Added != len(all)-8 {
		t.Fatalf("second batch: %+v, %v; want %d added", res, err, len(all)-8)
	}
	n1, q1 := pgTables(t, dsn)
	// Strict batches fail on a stored or a repeated quad and change nothing.
	fresh := quad.Quad{Subject: quad.IRI("https://newsgraph.dev/test/person/cara-lind"), Predicate: quad.IRI(graph.SchemaName), Object: quad.String("Cara Lind")}
	if _, err := pqs.ApplyDeltasContext(ctx, pgDeltas([]quad.Quad{fresh, all[3]}, cgraph.Add), cgraph.IgnoreOpts{}); !cgraph.IsQuadExist(err) {
		t.Errorf("strict add of a stored quad in bulk mode: %v, want ErrQuadExists", err)
	}
	if _, err := pqs.ApplyDeltasContext(ctx, pgDeltas([]quad.Quad{fresh, fresh}, cgraph.Add), cgraph.IgnoreOpts{}); !cgraph.IsQuadExist(err) {
		t.Errorf("strict repeated add in bulk mode: %v, want ErrQuadExists", err)
	}
	n2, q2 := pgTables(t, dsn)
	equalLines(t, "nodes after failed batches", n2, n1)
	equalLines(t, "quads after failed batches", q2, q1)

	// A caller that vouches wrongly for labelled quads being new stores
	// them twice; the rebuild keeps one copy and the counts exact.
	if res, err := pqs.applyDeltas(ctx, pgDeltas([]quad.Quad{all[2], all[3]}, cgraph.Add), lenient, true); err != nil || res.Added != 2 {
		t.Fatalf("vouched batch: %+v, %v", res, err)
	}
	if _, q := pgTables(t, dsn); len(q) != len(q1)+2 {
		t.Fatalf("vouched batch stored %d quads, want %d (two copies)", len(q), len(q1)+2)
	}

	if err := b.End(ctx); err != nil {
		t.Fatal(err)
	}
	equalLines(t, "schema after bulk mode", pgSchema(t, dsn), want)
	equalLines(t, "quads stock Cayley reads", pgtest.AllQuads(t, pgStockOpen(t, dsn)), nquadLines(all))
	pgtest.CheckRefs(t, dsn)
	// Back to normal mode: the unique indexes reject duplicates again.
	if _, err := pqs.ApplyDeltasContext(ctx, pgDeltas([]quad.Quad{all[3]}, cgraph.Add), cgraph.IgnoreOpts{}); !cgraph.IsQuadExist(err) {
		t.Errorf("strict add of a stored quad after bulk mode: %v, want ErrQuadExists", err)
	}
}

// A session that died before its rebuild is finished by the next writable
// open; a read-only open leaves it.
func TestPGBulkRepairOnOpen(t *testing.T) {
	ctx := context.Background()
	want := freshCayleySchema(t)
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pqs.BeginBulk(ctx)
	if err != nil || b == nil {
		t.Fatalf("BeginBulk: %v, %v", b, err)
	}
	if _, err := pqs.ApplyDeltasContext(ctx, pgDeltas(pgSampleQuads(), cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	// The process dies: its connections close, End never runs.
	b.conn.Close()
	pqs.Close()
	waitNoBulkLock(t, dsn)
	during := pgSchema(t, dsn)
	equalLinesNot(t, "schema after the crash", during, want)

	ro, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: dsn, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
	equalLines(t, "schema after a read-only open", pgSchema(t, dsn), during)

	s, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: dsn})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	equalLines(t, "schema after a writable open", pgSchema(t, dsn), want)
	equalLines(t, "quads stock Cayley reads", pgtest.AllQuads(t, pgStockOpen(t, dsn)), nquadLines(pgSampleQuads()))
}

// An ingest into an empty postgres store runs in bulk mode (observed
// mid-run) and ends with the same graph as bolt, Cayley's schema intact
// and exact reference counts.
func TestPGBulkIngestMatchesBolt(t *testing.T) {
	ctx := context.Background()
	want := freshCayleySchema(t)
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 40)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	pg, probe, dsn := openPGWithProbe(ctx, t)
	inBulk := 0
	sum, err := pg.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 150, Workers: 2, BulkMinQuads: 1, Progress: countWhileGone(t, probe, "spo_unique", &inBulk)})
	if err != nil || sum.Documents != 40 || sum.Batches < 2 {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	if inBulk != 40 {
		t.Errorf("bulk mode seen after %d of 40 documents", inBulk)
	}
	equalLines(t, "schema after a bulk ingest", pgSchema(t, dsn), want)
	pgtest.CheckRefs(t, dsn)

	bolt, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "b.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	bsum, err := bolt.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 150, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	assertSameGraph(t, pg, bolt)
	st, err := pg.Stats(ctx)
	if err != nil || st.Quads != int64(sum.Quads) || sum.Quads != bsum.Quads {
		t.Errorf("stats %+v, %v; summary says %d quads, bolt's %d", st, err, sum.Quads, bsum.Quads)
	}

	// Changed content at some sources (one person swapped for another,
	// so entities come and go): replaced alike on both, counts alike.
	for i, in := range ins[:12] {
		art, err := in.Load(ctx)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(art.Raw), "Riga", "Tallinn")
		if i%3 == 0 {
			text = strings.ReplaceAll(strings.ReplaceAll(text, "Jonas Vell", "Petra Sild"), "Vell", "Sild")
		}
		if err := os.WriteFile(in.Source, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err = pg.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 150, Workers: 2, BulkMinQuads: -1})
	if err != nil {
		t.Fatal(err)
	}
	bsum, err = bolt.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 150, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 12 || sum.Unchanged != 28 || sum.Quads != bsum.Quads || sum.Quads == 0 {
		t.Errorf("re-ingest of changed files: postgres %+v, bolt %+v", sum, bsum)
	}
	assertSameGraph(t, pg, bolt)
	pgtest.CheckRefs(t, dsn)

	// A second, small ingest into the now larger store stays in normal
	// mode (and adds nothing: same content).
	inBulk = 0
	sum, err = pg.IngestAll(ctx, x, ins[:5], graph.IngestOptions{BulkMinQuads: 1, Progress: countWhileGone(t, probe, "spo_unique", &inBulk)})
	if err != nil || sum.Unchanged != 5 || inBulk != 0 {
		t.Errorf("small re-ingest: %+v, %v, bulk seen %d times", sum, err, inBulk)
	}
}

// equalLinesNot fails when got equals want.
func equalLinesNot(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		return
	}
	for i := range got {
		if got[i] != want[i] {
			return
		}
	}
	t.Errorf("%s: unexpectedly identical to a fresh Cayley schema", what)
}

// waitNoBulkLock waits until the server has ended the sessions of closed
// connections, so that no one holds the bulk lock.
func waitNoBulkLock(t *testing.T, dsn string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; ; i++ {
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1`, int64(pgBulkLockKey)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if i == 500 {
			t.Fatal("the bulk lock is still held after its connections closed")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A database user that may write Cayley's tables but does not own them
// cannot drop their indexes: the ingest warns and runs the normal way,
// leaving the schema as it was.
func TestPGBulkFallsBackWithoutOwnership(t *testing.T) {
	ctx := context.Background()
	want := freshCayleySchema(t)
	dsn := pgtest.Database(t)
	pgStockOpen(t, dsn) // the schema, owned by the test's superuser
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	role := "ngwriter_" + strings.TrimPrefix(strings.TrimPrefix(u.Path, "/"), "ngtest_")
	for _, stmt := range []string{
		"CREATE ROLE " + role + " LOGIN",
		"GRANT SELECT, INSERT, UPDATE, DELETE ON nodes, quads TO " + role,
		"GRANT USAGE ON SEQUENCE quads_horizon_seq TO " + role,
		"GRANT CREATE ON SCHEMA public TO " + role, // newsgraph_bulk itself could be created
	} {
		if _, err := admin.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	t.Cleanup(func() { // roles are the cluster's, not the test database's
		db, err := sql.Open("postgres", dsn)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec("DROP OWNED BY " + role)
		_, _ = db.Exec("DROP ROLE IF EXISTS " + role)
	})
	u.User = url.User(role)
	userDSN := u.String()

	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 10)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ins, _ := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	s, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: userDSN})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var warned []string
	sum, err := s.IngestAll(ctx, x, ins, graph.IngestOptions{BulkMinQuads: 1, Warn: func(src, msg string) { warned = append(warned, msg) }})
	if err != nil || sum.Documents != 10 {
		t.Fatalf("ingest as a non-owner: %+v, %v", sum, err)
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "bulk mode unavailable") {
		t.Errorf("warnings %q, want one saying bulk mode is unavailable", warned)
	}
	// The superuser's catalog view, minus grants: same schema as before.
	equalLines(t, "schema after a refused bulk mode", pgSchema(t, dsn), want)
	pgtest.CheckRefs(t, dsn)
}

// A session that began on an empty store answers the duplicate probe from
// what it stored (pgSeen); deletes during the session must leave that
// record, or a re-add would be skipped and lost. A session that began on
// a non-empty store probes the server: its record would not know the
// quads stored before it.
func TestPGBulkSessionRecordFollowsDeletes(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Database(t)
	pqs, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pqs.Close()
	all := pgSampleQuads()
	lenient := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	b, err := pqs.BeginBulk(ctx)
	if err != nil || b == nil {
		t.Fatalf("BeginBulk: %v, %v", b, err)
	}
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all, cgraph.Add), lenient); err != nil || res.Added != len(all) {
		t.Fatalf("first batch: %+v, %v", res, err)
	}
	// One batch adds a quad and deletes it (adds run first: it is gone),
	// the next deletes three more.
	mixed := append(pgDeltas([]quad.Quad{all[0]}, cgraph.Add), pgDeltas([]quad.Quad{all[0]}, cgraph.Delete)...)
	if res, err := pqs.ApplyDeltasContext(ctx, mixed, lenient); err != nil || res.Added != 0 || res.Deleted != 1 {
		t.Fatalf("add and delete: %+v, %v", res, err)
	}
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all[1:4], cgraph.Delete), lenient); err != nil || res.Deleted != 3 {
		t.Fatalf("delete: %+v, %v", res, err)
	}
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all, cgraph.Add), lenient); err != nil || res.Added != 4 {
		t.Fatalf("re-add during the session: %+v, %v; want the 4 deleted quads added", res, err)
	}
	if err := b.End(ctx); err != nil {
		t.Fatal(err)
	}
	equalLines(t, "quads after deletes and re-adds", pgtest.AllQuads(t, pgStockOpen(t, dsn)), nquadLines(all))
	pgtest.CheckRefs(t, dsn)

	// Second session on the now non-empty store: stored quads are found.
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all[:2], cgraph.Delete), lenient); err != nil || res.Deleted != 2 {
		t.Fatalf("delete before second session: %+v, %v", res, err)
	}
	if b, err = pqs.BeginBulk(ctx); err != nil || b == nil {
		t.Fatalf("BeginBulk: %v, %v", b, err)
	}
	if res, err := pqs.ApplyDeltasContext(ctx, pgDeltas(all, cgraph.Add), lenient); err != nil || res.Added != 2 {
		t.Fatalf("second session: %+v, %v; want the 2 missing quads added", res, err)
	}
	if err := b.End(ctx); err != nil {
		t.Fatal(err)
	}
	equalLines(t, "quads after the second session", pgtest.AllQuads(t, pgStockOpen(t, dsn)), nquadLines(all))
	pgtest.CheckRefs(t, dsn)
}

// A bulk ingest into an empty store drops even spo_index and ops_index and
// answers "is this document stored" from the session's record: a file
// whose content another file already brought, in an earlier batch or the
// same one, is still unchanged, and the graph is bolt's.
func TestPGBulkIngestFromEmptyKnowsItsDocuments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 30)
	for _, i := range []int{0, 7, 14, 21, 28, 29} {
		raw, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("zz-copy-%03d.txt", i)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 || len(ins) != 36 {
		t.Fatalf("inputs %d, errors %v", len(ins), errs)
	}
	pg, probe, dsn := openPGWithProbe(ctx, t)
	spoGone := 0
	sum, err := pg.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 100, Workers: 1, BulkMinQuads: 1, Progress: countWhileGone(t, probe, "spo_index", &spoGone)})
	if err != nil || sum.Documents != 30 || sum.Unchanged != 6 || sum.Batches < 3 {
		t.Fatalf("ingest: %+v, %v; want 30 documents, 6 unchanged", sum, err)
	}
	if spoGone != 36 {
		t.Errorf("spo_index dropped during %d of 36 documents", spoGone)
	}
	equalLines(t, "schema after a bulk ingest from empty", pgSchema(t, dsn), freshCayleySchema(t))
	pgtest.CheckRefs(t, dsn)
	bolt, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "b.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	bsum, err := bolt.IngestAll(ctx, x, ins, graph.IngestOptions{BatchQuads: 100, Workers: 1})
	if err != nil || bsum.Unchanged != 6 || bsum.Quads != sum.Quads {
		t.Fatalf("bolt: %+v, %v; postgres %+v", bsum, err, sum)
	}
	assertSameGraph(t, pg, bolt)
}

// A document forgotten during a bulk session from empty is no longer
// known to the session: ingesting it again stores it.
func TestPGBulkSessionForgetThenReingest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 3)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 || len(ins) != 3 {
		t.Fatalf("inputs %d, errors %v", len(ins), errs)
	}
	dsn := pgtest.Database(t)
	pg, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: dsn})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	pqs, _ := storeOf(pg.QuadStore())
	b, err := pqs.BeginBulk(ctx)
	if err != nil || b == nil {
		t.Fatalf("BeginBulk: %v, %v", b, err)
	}
	noBulk := graph.IngestOptions{Workers: 1, BulkMinQuads: -1}
	if sum, err := pg.IngestAll(ctx, x, ins, noBulk); err != nil || sum.Documents != 3 {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	if r, err := pg.Forget(ctx, ins[1].Source); err != nil || len(r.Documents) != 1 {
		t.Fatalf("forget: %+v, %v", r, err)
	}
	if sum, err := pg.IngestAll(ctx, x, ins, noBulk); err != nil || sum.Documents != 1 || sum.Unchanged != 2 {
		t.Fatalf("re-ingest after forget: %+v, %v; want 1 document stored, 2 unchanged", sum, err)
	}
	if err := b.End(ctx); err != nil {
		t.Fatal(err)
	}
	pgtest.CheckRefs(t, dsn)
	bolt, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "b.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	if _, err := bolt.IngestAll(ctx, x, ins, noBulk); err != nil {
		t.Fatal(err)
	}
	assertSameGraph(t, pg, bolt)
}

// openPGWithProbe opens a postgres store on a fresh test database, plus a
// plain SQL connection to the same database for looking at its schema
// while the store works; both close when the test ends.
func openPGWithProbe(ctx context.Context, t *testing.T) (*graph.Store, *sql.DB, string) {
	t.Helper()
	dsn := pgtest.Database(t)
	pg, err := graph.Open(ctx, graph.Config{Backend: "postgres", Address: dsn})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	probe, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { probe.Close() })
	return pg, probe, dsn
}

// countWhileGone is an ingest progress callback that counts the documents
// finished while the named index is missing, i.e. inside a bulk session.
func countWhileGone(t *testing.T, probe *sql.DB, index string, n *int) func(source.Input, *graph.IngestResult) {
	return func(source.Input, *graph.IngestResult) {
		var gone bool
		if err := probe.QueryRow(`SELECT to_regclass($1) IS NULL`, index).Scan(&gone); err != nil {
			t.Error(err)
		}
		if gone {
			*n++
		}
	}
}

// queryStrings runs q, which selects one text column, and returns its rows.
func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
