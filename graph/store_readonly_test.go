package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// Readers open bolt read-only: two at once share the file (a writer
// would wait for the lock), and on a store whose files may not be written
// they still read; a writer still waits for them.
func TestReadOnlyBoltOpen(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ro.db")
	w, err := Open(ctx, Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	mustIngest(t, w, testcorpus.DocA("a.txt"))
	want, err := w.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()

	if err := os.Chmod(filepath.Join(dir, "indexes.bolt"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.Chmod(filepath.Join(dir, "indexes.bolt"), 0o644) })

	cfg := Config{Path: dir, ReadOnly: true, LockTimeout: 200 * time.Millisecond}
	var readers []*Store
	for i := 0; i < 2; i++ {
		r := openStore(t, cfg)
		readers = append(readers, r)
	}
	for _, r := range readers {
		st, err := r.Stats(ctx)
		if err != nil || st.Quads != want.Quads || st.Documents != 1 {
			t.Errorf("stats read-only = %+v %v; want %d quads", st, err, want.Quads)
		}
		if rows, err := r.Query(ctx, "g.V().Count()", 0); err != nil || len(rows) != 1 {
			t.Errorf("query read-only: %v %v", rows, err)
		}
		if _, err := r.Export(ctx, &strings.Builder{}); err != nil {
			t.Errorf("export read-only: %v", err)
		}
		if _, err := r.Ingest(ctx, testcorpus.DocB("b.txt")); !errors.Is(err, ErrReadOnly) {
			t.Errorf("ingest into a read-only store: %v", err)
		}
	}
	if _, err := Open(ctx, Config{Path: dir, LockTimeout: 200 * time.Millisecond}); !errors.Is(err, ErrLocked) && os.Geteuid() == 0 {
		t.Errorf("a writer beside readers: %v; want %v", err, ErrLocked)
	}
}

// A bolt store created but never written has no size yet: stats are
// zeros, not an error.
func TestStatsOfUnwrittenStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "empty.db")
	s, err := Open(context.Background(), Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, ro := range []bool{false, true} {
		s, err := Open(context.Background(), Config{Path: dir, ReadOnly: ro})
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(context.Background())
		s.Close()
		if err != nil || st.Quads != 0 || st.Documents != 0 {
			t.Errorf("read-only %v: stats %+v, %v; want zeros", ro, st, err)
		}
	}
}

// A store path that is a file says so, not "not a directory".
func TestStorePathIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "regular.db")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{false, true} {
		_, err := Open(context.Background(), Config{Path: file, ReadOnly: ro})
		if err == nil || !strings.Contains(err.Error(), "is a directory, and this is a file") || strings.Contains(err.Error(), "indexes.bolt") {
			t.Errorf("read-only %v: %v", ro, err)
		}
	}
}
