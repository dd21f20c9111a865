package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"
)

// pgTestEnv names the variable holding the DSN of a PostgreSQL database
// whose user may CREATE DATABASE; .ci/postgres.sh sets it.
const pgTestEnv = "NEWSGRAPH_TEST_PG"

// pgTestDatabase creates an empty database for one test and returns its
// DSN; the database is dropped when the test ends. Without NEWSGRAPH_TEST_PG
// the test is skipped.
func pgTestDatabase(t testing.TB) string {
	t.Helper()
	base := os.Getenv(pgTestEnv)
	if base == "" {
		t.Skip(pgTestEnv + " is not set: skipping the PostgreSQL backend (run under `bash .ci/postgres.sh run -- go test ./graph/...` to include it)")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", pgTestEnv, err)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("open %s: %v", pgTestEnv, err)
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
