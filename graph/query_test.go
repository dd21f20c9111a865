package graph

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// freeIDs lists the ids of the store's idle canned-query sessions.
func freeIDs(s *Store) []int {
	s.pool.mu.Lock()
	defer s.pool.mu.Unlock()
	var ids []int
	for _, cs := range s.pool.free {
		ids = append(ids, cs.id)
	}
	return ids
}

func openWithTimeout(t *testing.T, d time.Duration) *Store {
	t.Helper()
	s := openStore(t, Config{Path: filepath.Join(t.TempDir(), "q.db"), QueryTimeout: d})
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	return s
}

// quotesByKovalenko runs a real canned query and checks its answer: a
// session left interrupted or with a hijacked prelude would fail it.
func quotesByKovalenko(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.RunNamed(context.Background(), "quotes-by", []string{"Kovalenko"}, 0)
	if err != nil {
		t.Fatalf("quotes-by after the others: %v", err)
	}
	if len(rows) != 1 || !strings.Contains(rows[0].(map[string]any)["quote"].(string), "harbours") {
		t.Fatalf("quotes-by Kovalenko = %v", rows)
	}
}

func TestCannedQueriesShareNothing(t *testing.T) {
	ctx := context.Background()
	s := openWithTimeout(t, time.Minute)
	one := func(name, body string, args ...string) (map[string]any, error) {
		t.Helper()
		rows, err := s.runCanned(ctx, name, body, args, 0)
		if err != nil {
			return nil, err
		}
		if len(rows) != 1 {
			t.Fatalf("%s: rows = %v", name, rows)
		}
		return rows[0].(map[string]any), nil
	}
	probe := `g.Emit({leaked: typeof leaked, accidental: typeof accidental, nargs: args.length,
	  ns: VOCAB.ns, facts: FACTS.length, name: nameOf("<https://newsgraph.dev/entity/country/norland>")});`
	want, err := one("probe", probe)
	if err != nil {
		t.Fatal(err)
	}
	if want["leaked"] != "undefined" || want["nargs"] != int64(0) || want["name"] != "Norland" {
		t.Fatalf("probe on a fresh session = %v", want)
	}

	// Variables, reassigned prelude names and frozen tables.
	if r, err := one("set", `var leaked = 42; g.Emit({args: args.join(",")});`, "a", "b"); err != nil || r["args"] != "a,b" {
		t.Fatalf("set: %v %v", r, err)
	}
	for _, bad := range []struct{ name, body, err string }{
		{"global", `accidental = 1;`, "accidental"},
		{"hijack", `nameOf = function () { return "hijacked"; };`, "nameOf"},
		{"graph", `g = null;`, "g"},
		{"vocab", `VOCAB.ns = "https://evil.test/";`, "ns"},
		{"facts", `FACTS.push("stolen");`, ""},
	} {
		if _, err := s.runCanned(ctx, bad.name, bad.body, nil, 0); err == nil || !strings.Contains(err.Error(), bad.err) {
			t.Errorf("%s: err = %v, want an error naming %q", bad.name, err, bad.err)
		}
	}
	got, err := one("probe", probe)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("after the other queries %s = %v, want %v", k, got[k], v)
		}
	}
	// The probes ran in a reused session, or this test proved nothing.
	if s.pool.created != 1 {
		t.Errorf("%d sessions built for queries run one after another, want 1", s.pool.created)
	}
	quotesByKovalenko(t, s)
}

func TestStoppedCannedSessionIsDropped(t *testing.T) {
	ctx := context.Background()
	s := openWithTimeout(t, 300*time.Millisecond)
	quotesByKovalenko(t, s)
	if ids := freeIDs(s); !slices.Equal(ids, []int{1}) {
		t.Fatalf("idle sessions after one query = %v, want [1]", ids)
	}

	// A runaway loop times out; its runtime, interrupted, is not reused.
	done := make(chan error, 1)
	go func() { _, err := s.runCanned(ctx, "spin", `while (true) {}`, nil, 0); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("spin: err = %v, want timeout", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("spin: no timeout")
	}
	if ids := freeIDs(s); len(ids) != 0 {
		t.Fatalf("idle sessions after a timeout = %v, want none", ids)
	}
	quotesByKovalenko(t, s) // builds session 2
	if ids := freeIDs(s); !slices.Equal(ids, []int{2}) {
		t.Fatalf("idle sessions = %v, want [2]", ids)
	}

	// Cancelled by the caller (Ctrl-C): dropped too.
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	if _, err := s.runCanned(cctx, "spin", `while (true) {}`, nil, 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled spin: %v", err)
	}
	if ids := freeIDs(s); len(ids) != 0 {
		t.Fatalf("idle sessions after a cancel = %v, want none", ids)
	}

	// Stopped at the row limit while the script still emits: dropped.
	rows, err := s.runCanned(ctx, "many", `for (var i = 0; i < 5; i++) g.Emit({i: i});`, nil, 2)
	if err != nil || len(rows) != 2 {
		t.Fatalf("many with limit 2: %v %v", rows, err)
	}
	if ids := freeIDs(s); len(ids) != 0 {
		t.Fatalf("idle sessions after a limited query = %v, want none", ids)
	}

	// An exception thrown by the script ends it normally: kept.
	if _, err := s.RunNamed(ctx, "quotes-by", []string{"Nobody Atall"}, 0); err == nil || !strings.Contains(err.Error(), "no entity named") {
		t.Fatalf("quotes-by nobody: %v", err)
	}
	if ids := freeIDs(s); !slices.Equal(ids, []int{4}) {
		t.Fatalf("idle sessions after a thrown error = %v, want [4]", ids)
	}
	quotesByKovalenko(t, s)
}

// Free-form queries keep the REPL's meaning: each line runs on its own.
func TestQueryRunsEachTextAlone(t *testing.T) {
	ctx := context.Background()
	s := openWithTimeout(t, time.Minute)
	if _, err := s.Query(ctx, `var x = 1;`, 0); err != nil {
		t.Fatal(err)
	}
	if rows, err := s.Query(ctx, `x`, 0); err == nil || !strings.Contains(err.Error(), "x is not defined") {
		t.Fatalf("x after another query defined it: %v %v", rows, err)
	}
	// A bare path still lists its nodes, and a bare value is a row.
	rows, err := s.Query(ctx, `g.V("Norland").In()`, 0)
	if err != nil || len(rows) == 0 {
		t.Fatalf("bare path: %v %v", rows, err)
	}
	rows, err = s.Query(ctx, `g.V("Norland").In().Count()`, 0)
	if err != nil || len(rows) != 1 || rows[0] != int64(len(rowsOf(t, s, `g.V("Norland").In().All()`))) {
		t.Fatalf("bare count: %v %v", rows, err)
	}
}

func rowsOf(t *testing.T, s *Store, text string) []any {
	t.Helper()
	rows, err := s.Query(context.Background(), text, 0)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
