// Package pgtest gives tests a throwaway PostgreSQL database of their own
// and checks on what newsgraph's postgres backend wrote. Tests skip
// without NEWSGRAPH_TEST_PG (.ci/postgres.sh sets it). It imports neither
// graph nor pgstore, so the tests of both can use it.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sort"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/lib/pq" // the "postgres" database/sql driver
)

// Env names the variable holding the DSN of a PostgreSQL database whose
// user may CREATE DATABASE; .ci/postgres.sh sets it.
const Env = "NEWSGRAPH_TEST_PG"

// Database creates an empty database for one test and returns its DSN;
// the database is dropped when the test ends. Without NEWSGRAPH_TEST_PG
// the test is skipped.
func Database(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		t.Skip(Env + " is not set: skipping the PostgreSQL backend (run under `bash .ci/postgres.sh run -- go test ./graph/...` to include it)")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("open %s: %v", Env, err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	name := "ngtest_" + hex.EncodeToString(b)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer admin.Close()
		// FORCE: pools of stores a failed test did not close.
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}

// CheckRefs asserts that every node's reference count equals the
// references its quads make, and that no node is unused: what Cayley's
// deletes rely on.
func CheckRefs(t testing.TB, dsn string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wrong, unused int
	err = db.QueryRow(`
		WITH r AS (
			SELECT h, count(*) AS n FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
				UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) x GROUP BY h
		)
		SELECT
			(SELECT count(*) FROM nodes n JOIN r ON r.h = n.hash WHERE n.refs <> r.n),
			(SELECT count(*) FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM r WHERE r.h = n.hash))`).Scan(&wrong, &unused)
	if err != nil {
		t.Fatal(err)
	}
	if wrong != 0 || unused != 0 {
		t.Errorf("%d nodes with a wrong reference count, %d nodes no quad uses", wrong, unused)
	}
}

// AllQuads reads every quad through qs as sorted N-Quads lines.
func AllQuads(t testing.TB, qs cgraph.QuadStore) []string {
	t.Helper()
	ctx := context.Background()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q.NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}
