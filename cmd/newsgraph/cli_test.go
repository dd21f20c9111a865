package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/viper"

	ngraph "github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/source"

	"github.com/newsgraph/newsgraph/internal/memtest"
)

const repoRoot = "../.."

// run calls the CLI in-process, as a user would from a shell.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

var summaryRE = regexp.MustCompile(`^(interrupted: )?ingested (\d+) documents.*, (\d+) quads, (\d+) entities in [\d.]+s, \d+ words/s$`)

func example(t *testing.T) string {
	p := filepath.Join(repoRoot, "examples", "baltic-ports.txt")
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func exportOf(t *testing.T, store string) []string {
	t.Helper()
	code, out, errs := run(t, "", "export", "--store", store)
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return lines
}

func TestIngestQueryExportCommands(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	code, out, errs := run(t, "", "ingest", "--store", store, example(t))
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	m := summaryRE.FindStringSubmatch(strings.TrimSpace(out))
	if m == nil || m[2] != "1" || m[3] == "0" {
		t.Fatalf("summary line %q", out)
	}
	// Quotes by a case-insensitive surname.
	code, out, errs = run(t, "", "query", "--store", store, "--format", "json", "--name", "quotes-by", "ozola")
	if code != 0 {
		t.Fatalf("quotes-by: %d %s", code, errs)
	}
	var quotes []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r map[string]any
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		quotes = append(quotes, r)
	}
	found := false
	for _, q := range quotes {
		if q["speaker"] != "Ilze Ozola" {
			t.Errorf("quote by %v", q["speaker"])
		}
		if strings.HasPrefix(q["quote"].(string), "We are not building a wall") && strings.Contains(q["sentence"].(string), "Ozola said") {
			found = true
		}
	}
	if !found {
		t.Errorf("quotes-by ozola misses her quote: %s", out)
	}
	// A bare count prints a number; the table format prints it alone.
	code, out, _ = run(t, "", "query", "--store", store, "g.V().Count()")
	if code != 0 || !regexp.MustCompile(`(?m)^[1-9]\d*$`).MatchString(out) {
		t.Errorf("count: %d %q", code, out)
	}
	// stats agrees with export.
	lines := exportOf(t, store)
	code, out, _ = run(t, "", "stats", "--store", store, "--json")
	var st ngraph.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil || code != 0 {
		t.Fatalf("stats: %v %q", err, out)
	}
	if st.Documents != 1 || st.Quads != int64(len(lines)) || st.Quotes == 0 {
		t.Errorf("stats %+v, export %d lines", st, len(lines))
	}
	// Export to a file gives the same quads.
	file := filepath.Join(t.TempDir(), "out.nq")
	if code, _, errs := run(t, "", "export", "--store", store, "-o", file); code != 0 {
		t.Fatal(errs)
	}
	b, _ := os.ReadFile(file)
	if got := strings.Count(string(b), "\n"); got != len(lines) {
		t.Errorf("export -o wrote %d lines, stdout %d", got, len(lines))
	}
	// Re-ingest: no change. forget: empty store.
	code, out, _ = run(t, "", "ingest", "--store", store, example(t))
	if code != 0 || !strings.Contains(out, "ingested 0 documents (1 unchanged)") {
		t.Errorf("re-ingest: %d %q", code, out)
	}
	code, out, errs = run(t, "", "forget", "--store", store, example(t))
	if code != 0 || !strings.Contains(out, "1 document(s)") {
		t.Errorf("forget: %d %q %s", code, out, errs)
	}
	code, out, _ = run(t, "", "query", "--store", store, "g.V().Count()")
	if code != 0 || strings.TrimSpace(strings.Split(out, "\n")[0]) != "0" {
		t.Errorf("count after forget: %q", out)
	}
}

func TestExtractCommandLeavesStoreAlone(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "g.db")
	code, out, errs := run(t, "", "extract", "--store", store, example(t))
	if code != 0 {
		t.Fatalf("extract: %d %s", code, errs)
	}
	quads, err := quad.ReadAll(nquads.NewReader(strings.NewReader(out), false))
	if err != nil {
		t.Fatalf("extract output is not N-Quads: %v", err)
	}
	for _, q := range quads {
		if !q.IsValid() {
			t.Errorf("invalid quad %v", q)
		}
	}
	if len(quads) == 0 {
		t.Error("extract printed no quads")
	}
	if _, err := os.Stat(store); !os.IsNotExist(err) {
		t.Errorf("extract created the store: %v", err)
	}
	code, out, _ = run(t, "", "extract", "--explain", example(t))
	if code != 0 || !strings.Contains(out, "rule: ") || !strings.Contains(out, "sentence ") {
		t.Errorf("--explain: %d %q", code, out)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good, _ := os.ReadFile(example(t))
	goodPath := write("mixed/good.txt", good)
	binPath := write("mixed/photo.txt", []byte("JFIF\x00\x01\x02 not text"))
	emptyPath := write("mixed/empty.txt", nil)
	// "Café owner …" in Windows-1252: 0xE9 is é, 0x93/0x94 curly quotes.
	cp := write("mixed/cafe.txt", []byte("Caf\xe9 owner wins award\n\nThe owner of the Caf\xe9 Lumi\xe8re, Anna Berg, said: \x93We never expected it.\x94\n"))
	noText := filepath.Join(dir, "notext")
	write("notext/readme.pdf", []byte("%PDF"))
	store := filepath.Join(dir, "g.db")

	// Missing path: non-zero, named.
	code, _, errs := run(t, "", "ingest", "--store", store, filepath.Join(dir, "nosuch.txt"))
	if code == 0 || !strings.Contains(errs, "nosuch.txt") {
		t.Errorf("missing path: %d %q", code, errs)
	}
	// Directory with no text files: non-zero, named.
	code, _, errs = run(t, "", "ingest", "--store", store, noText)
	if code == 0 || !strings.Contains(errs, noText) || !strings.Contains(errs, "no *.txt") {
		t.Errorf("dir without text: %d %q", code, errs)
	}
	// Binary: refused by name, store unchanged.
	if code, _, errs := run(t, "", "ingest", "--store", store, goodPath); code != 0 {
		t.Fatalf("good file: %d %s", code, errs)
	}
	before := exportOf(t, store)
	code, _, errs = run(t, "", "ingest", "--store", store, binPath)
	if code == 0 || !strings.Contains(errs, binPath) || !strings.Contains(errs, "binary") {
		t.Errorf("binary: %d %q", code, errs)
	}
	if after := exportOf(t, store); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Error("binary input changed the store")
	}
	// Empty: skipped with a warning, success.
	code, out, errs := run(t, "", "ingest", "--store", store, emptyPath)
	if code != 0 || !strings.Contains(errs, emptyPath) || !strings.Contains(errs, "empty") || !strings.Contains(out, "1 skipped") {
		t.Errorf("empty: %d %q %q", code, out, errs)
	}
	// Windows-1252: decoded with a warning naming the file.
	code, _, errs = run(t, "", "ingest", "--store", store, cp)
	if code != 0 || !strings.Contains(errs, cp) || !strings.Contains(errs, "Windows-1252") {
		t.Errorf("cp1252: %d %q", code, errs)
	}
	code, out, _ = run(t, "", "query", "--store", store, "--format", "json", `g.V().Has("<https://newsgraph.dev/ns#source>", "`+cp+`").Out("<https://newsgraph.dev/ns#title>").All()`)
	if code != 0 || !strings.Contains(out, "Café owner wins award") {
		t.Errorf("cp1252 title not decoded: %q", out)
	}
	// One bad file among many: the others are stored, the bad one listed,
	// exit non-zero.
	store2 := filepath.Join(dir, "g2.db")
	code, out, errs = run(t, "", "ingest", "--store", store2, filepath.Join(dir, "mixed"))
	if code == 0 || !strings.Contains(errs, binPath) || strings.Contains(errs, goodPath) {
		t.Errorf("mixed dir: %d %q", code, errs)
	}
	m := summaryRE.FindStringSubmatch(strings.TrimSpace(out))
	if m == nil || m[2] != "2" || !strings.Contains(out, "1 failed") {
		t.Errorf("mixed dir summary %q", out)
	}
}

func TestLockedStoreFailsWithinSeconds(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	held, err := ngraph.Open(context.Background(), ngraph.Config{Path: store})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	done := make(chan string, 1)
	go func() {
		code, _, errs := run(t, "", "query", "--store", store, "g.V().Count()")
		if code == 0 {
			errs = "exit 0"
		}
		done <- errs
	}()
	select {
	case errs := <-done:
		if !strings.Contains(errs, "in use by another process") {
			t.Errorf("locked store: %q", errs)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("query on a locked store hangs")
	}
}

func TestReplScript(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	script := "g.V().Count()\n:run who-left \"Baltic Ports Council\"\n:queries\n"
	code, out, errs := run(t, script, "repl", "--store", store)
	if code != 0 {
		t.Fatalf("repl: %d %s", code, errs)
	}
	for _, want := range []string{"Lithuania", "quotes-by NAME", "(1 result)"} {
		if !strings.Contains(out, want) {
			t.Errorf("repl output misses %q:\n%s", want, out)
		}
	}
	t.Setenv("NEWSGRAPH_QUERY_TIMEOUT", "200ms")
	code, _, errs = run(t, "while (true) {}\ng.V().Count()\n", "repl", "--store", store)
	if code == 0 || !strings.Contains(errs, "timed out") {
		t.Errorf("runaway loop in repl: %d %q", code, errs)
	}
}

func TestBracketDepth(t *testing.T) {
	for s, want := range map[string]int{
		`g.V(`:                       1,
		`g.V().ForEach(function(x){`: 2,
		`g.V(")(")`:                  0,
		`g.V() // (`:                 0,
		`[1, {a: "}"}]`:              0,
		`g.V('\'(')`:                 0,
	} {
		if got := bracketDepth(s); got != want {
			t.Errorf("bracketDepth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	envStore := filepath.Join(dir, "env.db")
	flagStore := filepath.Join(dir, "flag.db")
	cfg := filepath.Join(dir, "c.yaml")
	cfgStore := filepath.Join(dir, "cfg.db")
	os.WriteFile(cfg, []byte("store:\n  path: "+cfgStore+"\n"), 0o644)
	if code, _, errs := run(t, "", "ingest", "--config", cfg, example(t)); code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat(cfgStore); err != nil {
		t.Errorf("config file store.path ignored: %v", err)
	}
	t.Setenv("NEWSGRAPH_STORE", envStore)
	if code, _, errs := run(t, "", "ingest", "--config", cfg, example(t)); code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat(envStore); err != nil {
		t.Errorf("NEWSGRAPH_STORE ignored over the config file: %v", err)
	}
	if code, _, errs := run(t, "", "ingest", "--config", cfg, "--store", flagStore, example(t)); code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat(flagStore); err != nil {
		t.Errorf("--store ignored over NEWSGRAPH_STORE: %v", err)
	}
	code, _, errs := run(t, "", "ingest", "--backend", "memory", example(t))
	if code != 0 {
		t.Errorf("memory backend: %d %s", code, errs)
	}
}

// The end-to-end test over the real article the gold file annotates.
func TestEndToEndLukashenko(t *testing.T) {
	article := filepath.Join(repoRoot, "..", "shared", "corpus", "lukashenko-cis.txt")
	if _, err := os.Stat(article); err != nil {
		t.Skipf("shared corpus not found beside the repository (%s): %v", article, err)
	}
	dir := t.TempDir()
	store := filepath.Join(dir, "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, article); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	code, out, errs := run(t, "", "query", "--store", store, "--format", "json", "--name", "quotes-by", "Lukashenko")
	if code != 0 {
		t.Fatalf("quotes-by Lukashenko: %d %s", code, errs)
	}
	// The gold file attributes this quotation to him.
	if !strings.Contains(out, `"quote":"Over this time, dramatic changes`) {
		t.Errorf("quotes-by Lukashenko misses his first quote:\n%s", out)
	}
	// Export, re-import into a fresh store, compare.
	file := filepath.Join(dir, "export.nq")
	if code, _, errs := run(t, "", "export", "--store", store, "-o", file); code != 0 {
		t.Fatal(errs)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("export is not N-Quads: %v", err)
	}
	deltas := make([]graph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	fresh := filepath.Join(dir, "fresh.db")
	s, err := ngraph.Open(context.Background(), ngraph.Config{Path: fresh})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	a, b := exportOf(t, store), exportOf(t, fresh)
	if strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) < 50 {
		t.Errorf("re-imported export differs: %d vs %d quads", len(a), len(b))
	}
	code, out2, _ := run(t, "", "query", "--store", fresh, "--format", "json", "--name", "quotes-by", "Lukashenko")
	if code != 0 || out2 != out {
		t.Errorf("quotes-by on the re-imported store differs")
	}
}

// A scripted REPL stops each query that allocates without end with the
// budget error, goes on to the next line, and stays under 1 GB; the
// budget comes from the flag, the environment or the default.
func TestReplMemoryBudget(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	// (A string doubled by s + s is stopped too, see graph's tests, but
	// the operation in flight when it is stopped is as big as the string:
	// its peak is not the bound asserted here.)
	hostile := []string{
		`var a = []; while (true) { a.push("x".repeat(1 << 20)); }`,
		`var s = "x".repeat(1 << 16); var a = []; while (true) { s = s + "y"; a.push(s + s); }`,
		`var a = []; var i = 0; while (true) { a.push({k: "v" + i, n: [i, i]}); i++; }`,
	}
	script := strings.Join(hostile, "\n") + "\ng.V().Count()\n"
	for _, c := range []struct {
		name string
		args []string
		env  string
		want string
	}{
		{"flag", []string{"--memory-budget", "64MiB"}, "", "memory budget of 64 MiB exceeded"},
		{"environment", nil, "48", "memory budget of 48 MiB exceeded"},
		{"default", nil, "", "memory budget of 128 MiB exceeded"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.env != "" {
				t.Setenv("NEWSGRAPH_QUERY_MEMORY_BUDGET", c.env)
			}
			peak := memtest.PeakRSS(t)
			code, out, errs := run(t, script, append([]string{"repl", "--store", store}, c.args...)...)
			if code == 0 || strings.Count(errs, c.want) != len(hostile) {
				t.Errorf("exit %d, stderr %q; want %d lines with %q", code, errs, len(hostile), c.want)
			}
			if !strings.Contains(out, "(1 result)") {
				t.Errorf("the count after the hostile lines did not run: %q", out)
			}
			p := peak()
			t.Logf("peak RSS %d MiB", p>>20)
			if p > 1<<30 {
				t.Errorf("peak RSS %d MiB, over 1 GiB", p>>20)
			}
		})
	}
	code, _, errs := run(t, "", "query", "--store", store, "--memory-budget", "lots", "g.V().Count()")
	if code == 0 || !strings.Contains(errs, `query.memory_budget "lots"`) {
		t.Errorf("bad budget: %d %q", code, errs)
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"256MiB", 256 << 20, true},
		{"256", 256 << 20, true},
		{"1GiB", 1 << 30, true},
		{"1 gb", 1 << 30, true},
		{"512KiB", 512 << 10, true},
		{"100b", 100, true},
		{"0", 0, true},
		{"-1", 0, false},
		{"lots", 0, false},
		{"5TiB", 0, false},
	} {
		got, err := parseSize("k", c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

// Files whose names are not UTF-8 cost nothing: ingest stores all four
// documents, extract prints UTF-8 N-Quads naming each file reversibly.
func TestInvalidUTF8FileNames(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(example(t))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"a.txt", "b.txt", "c.txt", "bad-\xff\xfe.txt"}
	for i, n := range names {
		body := append([]byte(strings.Repeat("Update "+strconv.Itoa(i)+". ", 1)), text...)
		if err := os.WriteFile(filepath.Join(dir, n), body, 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
	}
	store := filepath.Join(t.TempDir(), "g.db")
	code, out, errs := run(t, "", "ingest", "--store", store, dir)
	m := summaryRE.FindStringSubmatch(strings.TrimSpace(out))
	if code != 0 || m == nil || m[2] != "4" {
		t.Fatalf("ingest: exit %d, summary %q, stderr %q", code, out, errs)
	}
	code, out, errs = run(t, "", "extract", dir)
	if code != 0 {
		t.Fatalf("extract: exit %d %s", code, errs)
	}
	if !utf8.ValidString(out) {
		t.Fatal("extract printed N-Quads that are not UTF-8")
	}
	qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(out), false))
	if err != nil {
		t.Fatalf("extract output does not parse: %v", err)
	}
	var sources []string
	for _, q := range qs {
		if strings.HasSuffix(quad.ToString(q.Predicate), "#source>") {
			sources = append(sources, source.PathOf(q.Object.Native().(string)))
		}
	}
	sort.Strings(sources)
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "bad-\xff\xfe.txt"), filepath.Join(dir, "c.txt")}
	if strings.Join(sources, "|") != strings.Join(want, "|") {
		t.Errorf("sources decode to %q, want %q", sources, want)
	}
}

// Escape sequences in article text reach no terminal raw: not through
// query (table, JSON), the REPL, errors or extract --explain.
func TestControlCharactersEscaped(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "hostile.txt")
	text := "Ruritania quits the Northern Alliance\n\n" +
		"President Elena Varga said \x1b]0;pwned\x07 on Monday that Ruritania had left the Northern Alliance \x1b[31mred\x1b[0m. " +
		"\"We chose our own road \u009b2J,\" Varga said.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	store := filepath.Join(dir, "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, article); code != 0 {
		t.Fatal(errs)
	}
	sentences := `g.V().Has("<https://newsgraph.dev/ns#text>").Out("<https://newsgraph.dev/ns#text>").All()`
	raw := func(s string) bool { return strings.ContainsAny(s, "\x1b\x07\u009b") }
	// The store holds the sequences (else this test tests nothing).
	_, out, _ := run(t, "", "query", "--store", store, "--format", "json", sentences)
	if !strings.Contains(out, `\u001b`) {
		t.Fatalf("the stored text lost its escape sequences; the test needs them: %s", out)
	}
	for _, c := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"query table", "", []string{"query", "--store", store, sentences}},
		{"query json", "", []string{"query", "--store", store, "--format", "json", sentences}},
		{"repl", sentences + "\n", []string{"repl", "--store", store}},
		{"error", "", []string{"query", "--store", store, `throw new Error("\x1b]0;pwned\x07")`}},
		{"repl error", `throw new Error("\u009b2J")` + "\n", []string{"repl", "--store", store}},
		{"explain", "", []string{"extract", "--explain", article}},
	} {
		_, out, errs := run(t, c.stdin, c.args...)
		if raw(out) || raw(errs) {
			t.Errorf("%s: raw control characters reach the terminal:\nstdout %q\nstderr %q", c.name, out, errs)
		}
		if !strings.Contains(out+errs, `\x1b`) && !strings.Contains(out+errs, `\u001b`) && !strings.Contains(out+errs, `\u009b`) {
			t.Errorf("%s: the escaped sequences are not shown: %q %q", c.name, out, errs)
		}
	}
}

// The CLI says what it knows: a missing path still ends with the summary
// line, negative counts are refused naming the flag, a store path that is
// a file says so, an empty-only ingest leaves a store stats can read.
func TestCLISaysWhatItKnows(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "g.db")
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	regular := filepath.Join(dir, "regular.db")
	if err := os.WriteFile(regular, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		args      []string
		code      int
		out, errs string
	}{
		{"missing path", []string{"ingest", "--store", store, filepath.Join(dir, "nope.txt")}, 1, "ingested 0 documents (1 failed)", "nope.txt: no such file"},
		{"negative workers", []string{"ingest", "--store", store, "--workers", "-3", empty}, 1, "", "--workers -3: must be 0"},
		{"store is a file", []string{"stats", "--store", regular}, 1, "", "this is a file"},
		{"empty only", []string{"ingest", "--store", store, empty}, 0, "ingested 0 documents (1 skipped)", "empty file, skipped"},
		{"stats after it", []string{"stats", "--store", store}, 0, "documents  0", ""},
	} {
		code, out, errs := run(t, "", c.args...)
		if code != c.code || !strings.Contains(out, c.out) || !strings.Contains(errs, c.errs) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %d, %q, %q", c.name, code, out, errs, c.code, c.out, c.errs)
		}
		if strings.Count(strings.TrimSpace(errs), "\n") > 2 {
			t.Errorf("%s: more than one line per error: %q", c.name, errs)
		}
	}
}

// --limit says when it cut the results.
func TestLimitSaysItCut(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	all := `g.V().Has("<https://newsgraph.dev/ns#text>").Out("<https://newsgraph.dev/ns#text>").All()`
	_, out, _ := run(t, "", "query", "--store", store, "--format", "json", all)
	total := strings.Count(out, "\n")
	if total < 3 {
		t.Fatalf("too few sentences to cut: %d", total)
	}
	for _, c := range []struct {
		name      string
		stdin     string
		args      []string
		lines     int // of stdout, values only for json
		out, errs string
	}{
		{"table cut", "", []string{"query", "--store", store, "--limit", "2", all}, 4, "(first 2 of more results", ""},
		{"json cut", "", []string{"query", "--store", store, "--format", "json", "--limit", "2", all}, 2, "", "showing the first 2 results"},
		{"table whole", "", []string{"query", "--store", store, "--limit", strconv.Itoa(total), all}, total + 2, "(" + strconv.Itoa(total) + " results)", ""},
		{"repl cut", all + "\n", []string{"repl", "--store", store, "--limit", "1"}, 3, "(first 1 of more results", ""},
	} {
		if c.name == "repl cut" {
			t.Setenv("NEWSGRAPH_QUERY_LIMIT", "1")
			c.args = c.args[:3]
		}
		code, out, errs := run(t, c.stdin, c.args...)
		if code != 0 || strings.Count(out, "\n") != c.lines || !strings.Contains(out, c.out) || !strings.Contains(errs, c.errs) {
			t.Errorf("%s: exit %d, %d lines, stdout %q, stderr %q", c.name, code, strings.Count(out, "\n"), out, errs)
		}
	}
}

// A scripted REPL reads statements as a console does: chained calls on
// lines of their own and open brackets continue a statement, a blank line
// ends one, errors name the line a statement starts on.
func TestReplContinuations(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	_, want, _ := run(t, "", "query", "--store", store, "--format", "json", `g.V().Has("<http://schema.org/name>").Out("<http://schema.org/name>").Count()`)
	for _, c := range []struct {
		name, script string
		fails        int
		errLine      string
	}{
		{"chained", "g.V()\n  .Has(\"<http://schema.org/name>\")\n  .Out(\"<http://schema.org/name>\")\n  .Count()\n", 0, ""},
		{"brackets", "g.V().Has(\n\"<http://schema.org/name>\"\n).Out(\"<http://schema.org/name>\").Count()\n", 0, ""},
		{"blank ends", "g.V().Has(\n\ng.V().Has(\"<http://schema.org/name>\").Out(\"<http://schema.org/name>\").Count()\n", 1, "error: line 1:"},
		{"error line", "g.V().Count()\n\n// note\nthrow new Error(\"boom\")\n.Count()\n", 1, "error: line 4: query: TypeError"},
	} {
		code, out, errs := run(t, c.script, "repl", "--store", store, "--format", "json")
		if (code != 0) != (c.fails > 0) || !strings.Contains(errs, c.errLine) {
			t.Errorf("%s: exit %d, stderr %q", c.name, code, errs)
		}
		if c.fails == 0 && strings.TrimSpace(out) != strings.TrimSpace(want) {
			t.Errorf("%s: %q, want %q", c.name, out, want)
		}
	}
}

// At a terminal the REPL cuts table rows to its width and says so; :wide
// shows them whole.
func TestReplCutsWideRows(t *testing.T) {
	store := filepath.Join(t.TempDir(), "g.db")
	if code, _, errs := run(t, "", "ingest", "--store", store, example(t)); code != 0 {
		t.Fatal(errs)
	}
	var out, errb bytes.Buffer
	app := &App{V: viper.New(), Stdin: strings.NewReader(""), Out: &out, Err: &errb, ctx: context.Background()}
	app.V.Set("store.path", store)
	app.V.Set("query.format", "table")
	sentences := `g.V().Has("<https://newsgraph.dev/ns#text>").Out("<https://newsgraph.dev/ns#text>").All()`
	err := app.WithStore(true, func(ctx context.Context, st *ngraph.Store) error {
		r := &repl{app: app, store: st, width: 40}
		for _, c := range []struct {
			text string
			cut  bool
		}{{sentences, true}, {":wide", false}, {sentences, false}, {":wide", false}, {sentences, true}} {
			out.Reset()
			if _, err := r.eval(ctx, c.text); err != nil {
				return err
			}
			if c.text == ":wide" {
				continue
			}
			longest := 0
			for _, l := range strings.Split(out.String(), "\n") {
				longest = max(longest, utf8.RuneCountInString(l))
			}
			note := strings.Contains(out.String(), ":wide shows them whole")
			if c.cut && (longest > 60 || !note) || !c.cut && (longest <= 40 || note) {
				t.Errorf("cut %v: longest line %d, note %v:\n%s", c.cut, longest, note, out.String())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
