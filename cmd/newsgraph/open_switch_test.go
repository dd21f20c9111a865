package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	ngraph "github.com/newsgraph/newsgraph/graph"
)

// splitOpen parses N-Quads and separates the open-fact quads (the
// rel/<key> edge and the statements about its OpenFact node) from the
// rest, both as sorted lines.
func splitOpen(t *testing.T, nq string) (open, fixed []string) {
	t.Helper()
	quads, err := quad.ReadAll(nquads.NewReader(strings.NewReader(nq), false))
	if err != nil {
		t.Fatalf("not N-Quads: %v", err)
	}
	node := map[string]bool{}
	for _, q := range quads {
		if strings.HasSuffix(q.Object.String(), "#OpenFact>") {
			node[q.Subject.String()] = true
		}
	}
	for _, q := range quads {
		line := q.String()
		if node[q.Subject.String()] || strings.Contains(q.Predicate.String(), "#rel/") {
			open = append(open, line)
		} else {
			fixed = append(fixed, line)
		}
	}
	sort.Strings(open)
	sort.Strings(fixed)
	return open, fixed
}

// TestOpenFactsSwitch: extract.open_facts (flag --open on extract and
// ingest, NEWSGRAPH_EXTRACT_OPEN_FACTS, the config file) turns open facts
// off without touching anything else: the quads left are exactly the
// quads of a run with open facts on, less its open facts. A flag beats the
// config file.
func TestOpenFactsSwitch(t *testing.T) {
	in := example(t)
	_, out, errs := run(t, "", "extract", in)
	wantOpen, wantFixed := splitOpen(t, out)
	if len(wantOpen) == 0 || len(wantFixed) == 0 {
		t.Fatalf("example gives %d open and %d fixed quads; the test needs both (%s)", len(wantOpen), len(wantFixed), errs)
	}
	hasLeader := false
	for _, l := range wantFixed {
		hasLeader = hasLeader || strings.Contains(l, "#leaderOf>")
	}
	if !hasLeader {
		t.Fatal("example gives no leaderOf fact; the test needs a fixed fact")
	}
	cfgOff := filepath.Join(t.TempDir(), "off.yaml")
	if err := os.WriteFile(cfgOff, []byte("extract:\n  open_facts: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  string // NEWSGRAPH_EXTRACT_OPEN_FACTS, when set
		args []string
		open bool
	}{
		{"default", "", []string{"extract", in}, true},
		{"flag off", "", []string{"extract", "--open=false", in}, false},
		{"flag on", "", []string{"extract", "--open=true", in}, true},
		{"config off", "", []string{"--config", cfgOff, "extract", in}, false},
		{"flag beats config", "", []string{"--config", cfgOff, "extract", "--open", in}, true},
		{"environment off", "false", []string{"extract", in}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("NEWSGRAPH_EXTRACT_OPEN_FACTS", tc.env)
			}
			code, out, errs := run(t, "", tc.args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
			}
			open, fixed := splitOpen(t, out)
			if strings.Join(fixed, "\n") != strings.Join(wantFixed, "\n") {
				t.Errorf("%v: fixed quads differ from the run with open facts on (%d vs %d)", tc.args, len(fixed), len(wantFixed))
			}
			if tc.open && len(open) != len(wantOpen) || !tc.open && len(open) != 0 {
				t.Errorf("%v: %d open-fact quads, want %d", tc.args, len(open), map[bool]int{true: len(wantOpen)}[tc.open])
			}
		})
	}
	// --explain counts them too.
	if _, out, _ := run(t, "", "extract", "--explain", "--open=false", in); !strings.Contains(out, ", 0 open facts") || strings.Contains(out, " ~") {
		t.Errorf("--explain --open=false still lists open facts:\n%s", out)
	}
	// An invalid value is refused with the flag named.
	if code, _, errs := run(t, "", "extract", "--open=maybe", in); code == 0 || !strings.Contains(errs, "--open") {
		t.Errorf("--open=maybe: exit %d, %q", code, errs)
	}
}

// TestIngestOpenFactsSwitch: ingest --open=false stores the fixed facts
// and no open fact; stats counts none.
func TestIngestOpenFactsSwitch(t *testing.T) {
	for _, tc := range []struct {
		flag string
		open bool
	}{{"--open=true", true}, {"--open=false", false}} {
		t.Run(tc.flag, func(t *testing.T) {
			store := filepath.Join(t.TempDir(), "g.db")
			if code, _, errs := run(t, "", "ingest", "--no-progress", tc.flag, "--store", store, example(t)); code != 0 {
				t.Fatalf("ingest %s: exit %d: %s", tc.flag, code, errs)
			}
			open, fixed := splitOpen(t, strings.Join(exportOf(t, store), "\n")+"\n")
			leader := 0
			for _, l := range fixed {
				if strings.Contains(l, "#leaderOf>") {
					leader++
				}
			}
			if leader == 0 {
				t.Errorf("ingest %s stored no leaderOf fact", tc.flag)
			}
			if (len(open) > 0) != tc.open {
				t.Errorf("ingest %s stored %d open-fact quads", tc.flag, len(open))
			}
			code, out, _ := run(t, "", "stats", "--store", store, "--json")
			var st ngraph.Stats
			if err := json.Unmarshal([]byte(out), &st); err != nil || code != 0 {
				t.Fatalf("stats: %v %q", err, out)
			}
			if (st.OpenFacts > 0) != tc.open {
				t.Errorf("ingest %s: stats counts %d open facts", tc.flag, st.OpenFacts)
			}
		})
	}
}
