package bench

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"

	_ "github.com/newsgraph/newsgraph/graph/pgstore" // the "postgres" backend (and lib/pq)
)

// freshDatabase creates an empty database next to the one base names
// (its user must be allowed to CREATE DATABASE) and drops it at the end.
func freshDatabase(b testing.TB, base string) string {
	b.Helper()
	u, err := url.Parse(base)
	if err != nil {
		b.Fatal(err)
	}
	admin, err := sql.Open("postgres", base) // driver registered by the postgres backend (graph/pgstore)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	r := make([]byte, 6)
	_, _ = rand.Read(r)
	name := "ngbench_" + hex.EncodeToString(r)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		b.Fatalf("create database: %v", err)
	}
	b.Cleanup(func() {
		if admin, err := sql.Open("postgres", base); err == nil {
			_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			admin.Close()
		}
	})
	u.Path = "/" + name
	return u.String()
}
