package graph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// hostileQueries allocate without end, each a different way.
var hostileQueries = []struct{ name, js string }{
	{"push repeat", `var a = []; while (true) { a.push("x".repeat(1 << 20)); }`},
	{"concatenate", `var s = "x".repeat(1 << 16); var a = []; while (true) { s = s + "y"; a.push(s + s); }`},
	{"double", `var s = "ab"; while (true) { s = s + s; }`},
	{"objects", `var a = []; var i = 0; while (true) { a.push({k: "v" + i, n: i, m: [i, i, i], s: "x".repeat(256)}); i++; }`},
	{"emit", `while (true) { g.Emit("x".repeat(1 << 16) + Math.random()); }`},
}

func openBudgeted(t *testing.T, l QueryLimits) *Store {
	t.Helper()
	s := openStore(t, Config{Path: filepath.Join(t.TempDir(), "m.db"), QueryTimeout: time.Minute, Limits: l})
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	return s
}

// Each hostile query is stopped with the budget error well before the
// one-minute timeout, and the store answers normally afterwards.
func TestMemoryBudgetStopsAllocatingQueries(t *testing.T) {
	s := openBudgeted(t, QueryLimits{Memory: 16 << 20, MaxResultBytes: -1, MaxResultRows: -1})
	for _, q := range hostileQueries {
		t.Run(q.name, func(t *testing.T) {
			_, err := s.Query(context.Background(), q.js, 0)
			if !errors.Is(err, ErrMemoryBudget) || !strings.Contains(err.Error(), "query stopped: memory budget of 16 MiB exceeded") {
				t.Fatalf("error %v; want the memory budget error", err)
			}
		})
	}
	t.Run("canned", func(t *testing.T) {
		_, err := s.runCanned(context.Background(), "hog", `var a = []; while (true) { a.push("x".repeat(1 << 20)); }`, nil, 0)
		if !errors.Is(err, ErrMemoryBudget) {
			t.Fatalf("canned hog: %v", err)
		}
		quotesByKovalenko(t, s)
	})
	rows, err := s.Query(context.Background(), "g.V().Count()", 0)
	if err != nil || len(rows) != 1 {
		t.Fatalf("count after the hostile queries: %v %v", rows, err)
	}
}

// Builtins that would build a huge string in one call are refused before
// they allocate; small uses still work.
func TestStringGuards(t *testing.T) {
	s := openBudgeted(t, QueryLimits{Memory: 64 << 20})
	for _, c := range []struct {
		js      string
		refused bool
	}{
		{`g.Emit("ab".repeat(3))`, false},
		{`g.Emit("x".repeat(1e10))`, true},
		{`g.Emit("x".padStart(1e10, "y"))`, true},
		{`g.Emit("x".padEnd(5, "y"))`, false},
		{`g.Emit(new Array(1e9).join("x"))`, true},
		{`g.Emit(["a", "b"].join("-"))`, false},
		{`g.Emit(new Array(1e9).fill(1).length)`, true},
		{`g.Emit([1, 2].fill(0))`, false},
	} {
		rows, err := s.Query(context.Background(), c.js, 0)
		if c.refused {
			if err == nil || !strings.Contains(err.Error(), "over the limit") {
				t.Errorf("%s: %v %v; want refused", c.js, rows, err)
			}
			continue
		}
		if err != nil || len(rows) != 1 {
			t.Errorf("%s: %v %v", c.js, rows, err)
		}
	}
	if got, _ := s.Query(context.Background(), `g.Emit("ab".repeat(3))`, 0); len(got) != 1 || got[0] != "ababab" {
		t.Errorf("repeat = %v", got)
	}
}

// Results are bounded in rows and bytes; the rows up to the limit come back.
func TestResultLimits(t *testing.T) {
	for _, c := range []struct {
		name string
		l    QueryLimits
		js   string
		want string
	}{
		{"rows", QueryLimits{MaxResultRows: 10}, `for (var i = 0; i < 100; i++) g.Emit(i);`, "more than 10 results"},
		{"bytes", QueryLimits{MaxResultBytes: 1 << 20}, `for (var i = 0; i < 100; i++) g.Emit(i + "x".repeat(1 << 16));`, "results over 1 MiB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openBudgeted(t, c.l)
			rows, err := s.Query(context.Background(), c.js, 0)
			if !errors.Is(err, ErrResultTooLarge) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v; want %q", err, c.want)
			}
			if len(rows) == 0 || len(rows) >= 100 {
				t.Errorf("%d rows came back; want those before the limit", len(rows))
			}
		})
	}
}

// A query that allocates little is not stopped by a small budget.
func TestMemoryBudgetSparesModestQueries(t *testing.T) {
	s := openBudgeted(t, QueryLimits{Memory: 64 << 20})
	rows, err := s.Query(context.Background(), `var a = []; for (var i = 0; i < 1000; i++) { a.push("x".repeat(1000)); } g.Emit(a.length);`, 0)
	if err != nil || len(rows) != 1 {
		t.Fatalf("modest query: %v %v", rows, err)
	}
}
