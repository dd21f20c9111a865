package graph

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

func TestEncodeShapesQuads(t *testing.T) {
	d := testcorpus.DocA("a.txt")
	qs := Encode(d, "")
	if again := Encode(d, ""); len(again) != len(qs) {
		t.Fatalf("Encode not deterministic: %d then %d quads", len(qs), len(again))
	}
	v := NewVocab("")
	doc := v.Document(DocHash(d))
	seen := map[string]bool{}
	var facts, entityDesc int
	for _, q := range qs {
		line := q.NQuad()
		if seen[line] {
			t.Errorf("duplicate quad %s", line)
		}
		seen[line] = true
		for _, dir := range quad.Directions {
			if iri, ok := q.Get(dir).(quad.IRI); ok && !strings.Contains(string(iri), "://") {
				t.Errorf("relative IRI %s in %s", iri, line)
			}
		}
		switch LocalName(string(q.Predicate.(quad.IRI))) {
		case "leaderOf", "left":
			facts++
			if q.Label != v.Sentence(doc, 1) && q.Label != v.Sentence(doc, 3) {
				t.Errorf("fact %s not labelled with its sentence", line)
			}
		case "name", "alternateName":
			entityDesc++
			if q.Label != nil {
				t.Errorf("entity description %s has a label; shared quads must be unlabelled", line)
			}
		}
	}
	if facts != 3 || entityDesc != 6 {
		t.Errorf("got %d facts and %d name quads, want 3 and 6", facts, entityDesc)
	}
	luk := v.Entity("person/marta-kovalenko")
	if string(luk) != "https://newsgraph.dev/entity/person/marta-kovalenko" {
		t.Errorf("entity IRI %s", luk)
	}
	if got := string(v.Entity("org/a b<c>")); got != "https://newsgraph.dev/entity/org/a%20b%3Cc%3E" {
		t.Errorf("unsafe key not escaped: %s", got)
	}
}

func TestIngestQueryRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	r := mustIngest(t, s, testcorpus.DocA("a.txt"))
	if r.Status != Added || r.Added == 0 {
		t.Fatalf("first ingest: %+v", r)
	}
	for _, name := range []string{"Marta Kovalenko", "kovalenko", "MARTA KOVALENKO", "marta kovalenko"} {
		rows, err := s.RunNamed(ctx, "quotes-by", []string{name}, 0)
		if err != nil {
			t.Fatalf("quotes-by %q: %v", name, err)
		}
		if len(rows) != 1 {
			t.Fatalf("quotes-by %q: %d rows, want 1: %v", name, len(rows), rows)
		}
		row := rows[0].(map[string]any)
		if row["quote"] != "We will keep the harbours open to everyone," || !strings.Contains(row["sentence"].(string), "Kovalenko said") || row["source"] != "a.txt" {
			t.Errorf("quotes-by %q: %v", name, row)
		}
	}
	rows, err := s.RunNamed(ctx, "who-left", []string{"baltic ports union"}, 0)
	if err != nil || len(rows) != 1 || rows[0].(map[string]any)["who"] != "Norland" {
		t.Errorf("who-left: %v %v", rows, err)
	}
	rows, err = s.RunNamed(ctx, "sources", []string{"Norland"}, 0)
	if err != nil || len(rows) != 1 || rows[0].(map[string]any)["sentence"] != "Norland left the union last year." {
		t.Errorf("sources: %v %v", rows, err)
	}
	if _, err := s.RunNamed(ctx, "quotes-by", []string{"Nobody Atall"}, 0); err == nil || !strings.Contains(err.Error(), "no entity named") {
		t.Errorf("unknown name: err = %v", err)
	}
	// A bare count prints the number, as users type it.
	rows, err = s.Query(ctx, "g.V().Count()", 0)
	st, _ := s.Stats(ctx)
	if err != nil || len(rows) != 1 || rows[0] != st.Nodes {
		t.Errorf("g.V().Count() = %v (%v), want [%d]", rows, err, st.Nodes)
	}
	// A query ending in a path without All() shows the path's nodes.
	rows, err = s.Query(ctx, `g.V("Estravia").In("<http://schema.org/name>")`, 0)
	if err != nil || len(rows) != 1 || rows[0].(map[string]any)["id"] != "<https://newsgraph.dev/entity/country/estravia>" {
		t.Errorf("bare path: %v %v", rows, err)
	}
	// A path query gives tag maps with IRIs in Cayley's <…> form.
	rows, err = s.Query(ctx, `g.V("Estravia").In("<http://schema.org/name>").All()`, 0)
	if err != nil || len(rows) != 1 || rows[0].(map[string]any)["id"] != "<https://newsgraph.dev/entity/country/estravia>" {
		t.Errorf("path query: %v %v", rows, err)
	}
}

func TestArgumentsAreNotSpliced(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	evil := `"]); g.Emit("injected"); (["`
	rows, err := s.RunNamed(context.Background(), "quotes-by", []string{evil}, 0)
	for _, r := range rows {
		if r == "injected" {
			t.Fatal("argument was executed as code")
		}
	}
	if err == nil || !strings.Contains(err.Error(), "no entity named") {
		t.Errorf("err = %v, want no entity named", err)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	before := exportLines(t, s)
	r := mustIngest(t, s, testcorpus.DocA("a.txt"))
	if r.Status != Unchanged || r.Added != 0 {
		t.Errorf("second ingest: %+v", r)
	}
	if after := exportLines(t, s); !sameLines(before, after) {
		t.Errorf("store changed on re-ingest: %d -> %d quads", len(before), len(after))
	}
	// The same document twice in one batch is written once.
	s2, _ := openTemp(t)
	res, err := s2.WriteBatch(ctx, []*extractDoc{testcorpus.DocA("a.txt"), testcorpus.DocA("a.txt")})
	if err != nil || res[0].Status != Added || res[1].Status != Unchanged {
		t.Fatalf("batch: %+v %v", res, err)
	}
	if got := exportLines(t, s2); len(got) != len(before) {
		t.Errorf("batch with duplicate: %d quads, want %d", len(got), len(before))
	}
}

func TestChangedContentReplacesDocument(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("news/a.txt"))
	changed := testcorpus.DocB("news/a.txt")
	r := mustIngest(t, s, changed)
	if r.Status != Replaced || r.Removed == 0 {
		t.Fatalf("replace: %+v", r)
	}
	// The store now equals a fresh store holding only the new content:
	// no quads, nodes or entities of the old version survive.
	fresh, _ := openTemp(t)
	mustIngest(t, fresh, testcorpus.DocB("news/a.txt"))
	assertSameGraph(t, s, fresh)
}

func TestForgetKeepsSharedEntities(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	st, _ := s.Stats(ctx)
	if st.Documents != 2 || st.Entities != 6 {
		t.Fatalf("before forget: %+v", st)
	}
	res, err := s.Forget(ctx, "a.txt")
	if err != nil || len(res.Documents) != 1 || res.Quads == 0 {
		t.Fatalf("forget: %+v %v", res, err)
	}
	// Kovalenko, Estravia and Norland are used by b.txt; the union only by a.txt.
	for name, want := range map[string]bool{"Marta Kovalenko": true, "Estravia": true, "Norland": true, "Baltic Ports Union": false} {
		rows, err := s.Query(ctx, `g.V("`+name+`").In("<http://schema.org/name>").All()`, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(rows) == 1; got != want {
			t.Errorf("%s present = %v, want %v", name, got, want)
		}
	}
	rows, _ := s.RunNamed(ctx, "quotes-by", []string{"Kovalenko"}, 0)
	if len(rows) != 0 {
		t.Errorf("quotes of the forgotten document remain: %v", rows)
	}
	// The store now equals one that only ever held b.txt: the alias
	// "Kovalenko", used only by a.txt, went with it.
	fresh, _ := openTemp(t)
	mustIngest(t, fresh, testcorpus.DocB("b.txt"))
	assertSameGraph(t, s, fresh)
	assertNoOrphans(t, s)
	if _, err := s.Forget(ctx, "a.txt"); err == nil {
		t.Error("forgetting an absent source succeeded")
	}
	// Forget by document IRI, then the store is empty.
	st, _ = s.Stats(ctx)
	_ = st
	b := NewVocab("").Document(DocHash(testcorpus.DocB("b.txt")))
	if _, err := s.Forget(ctx, string(b)); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Quads != 0 || st.Nodes != 0 {
		t.Errorf("store not empty after forgetting everything: %+v", st)
	}
}

func TestLockedStoreFailsFast(t *testing.T) {
	s, dir := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	done := make(chan error, 1)
	go func() {
		_, err := Open(context.Background(), Config{Path: dir, LockTimeout: 300 * time.Millisecond})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), dir) {
			t.Errorf("err = %v, want ErrLocked naming %s", err, dir)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Open of a locked store hangs")
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	_, err := Open(context.Background(), Config{Path: filepath.Join(t.TempDir(), "none"), ReadOnly: true})
	if err == nil {
		t.Fatal("read-only open of a missing store succeeded")
	}
	s, dir := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	s.Close()
	ro := openStore(t, Config{Path: dir, ReadOnly: true})
	if _, err := ro.Ingest(context.Background(), testcorpus.DocB("b.txt")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("ingest on read-only store: %v", err)
	}
	if st, _ := ro.Stats(context.Background()); st.Documents != 1 {
		t.Errorf("documents = %d", st.Documents)
	}
}

func TestQueryTimeout(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, Config{Backend: "memory", QueryTimeout: 300 * time.Millisecond})
	// A hub with many spokes: each Out/In hop multiplies the paths.
	var deltas []graph.Delta
	for i := 0; i < 3000; i++ {
		deltas = append(deltas, graph.Delta{Action: graph.Add, Quad: quad.Make(quad.IRI("https://x.test/n"+itoa(i)), quad.IRI("https://x.test/p"), quad.IRI("https://x.test/hub"), nil)})
	}
	if err := s.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`while (true) {}`,
		`g.V().Out().In().Out().In().Out().In().ForEach(function (x) {})`,
	} {
		done := make(chan error, 1)
		go func() { _, err := s.Query(ctx, q, 0); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "timed out") {
				t.Errorf("%s: err = %v, want timeout", q, err)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("%s: no timeout", q)
		}
	}
	// A cancelled context (Ctrl-C in the REPL) stops a query too; the
	// deadline here is far away, so only the cancel can end the loop.
	long := openStore(t, Config{Backend: "memory", QueryTimeout: time.Hour})
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	if _, err := long.Query(cctx, `while (true) {}`, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled query: %v", err)
	}
}

func TestExportReimportAndRapper(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	var buf bytes.Buffer
	n, err := s.Export(ctx, &buf)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	if int64(n) != st.Quads || n == 0 {
		t.Fatalf("exported %d quads, store has %d", n, st.Quads)
	}
	if strings.Contains(buf.String(), "<xsd:") {
		t.Error("export uses a prefixed datatype IRI")
	}
	// Parse it back with Cayley's N-Quads reader into a fresh store.
	r := nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	var deltas []graph.Delta
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parse export: %v", err)
		}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if len(deltas) != n {
		t.Fatalf("parsed %d quads of %d", len(deltas), n)
	}
	fresh, _ := openTemp(t)
	if err := fresh.QuadStore().ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if a, b := exportLines(t, s), exportLines(t, fresh); !sameLines(a, b) {
		t.Errorf("re-imported store differs: %d vs %d quads", len(a), len(b))
	}
	rows, err := fresh.RunNamed(ctx, "quotes-by", []string{"Vell"}, 0)
	if err != nil || len(rows) != 1 {
		t.Errorf("quotes-by on re-imported store: %v %v", rows, err)
	}

	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not installed (apt-get install raptor2-utils): strict N-Quads not checked by a third-party parser")
	}
	file := filepath.Join(t.TempDir(), "export.nq")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-o", "nquads", file).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper rejects the export: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "rapper: Error") || strings.Contains(string(out), "rapper: Warning") {
		t.Errorf("rapper complains:\n%s", out)
	}
	if got := strings.Count(string(out), "\n"); got < n {
		t.Errorf("rapper read %d lines, want at least %d", got, n)
	}
}

func TestMemoryBackend(t *testing.T) {
	s := openStore(t, Config{Backend: "memory"})
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	if _, err := s.Forget(context.Background(), "a.txt"); err != nil {
		t.Fatal(err)
	}
	rows, err := s.RunNamed(context.Background(), "neighbours", []string{"jonas vell"}, 0)
	if err != nil || len(rows) != 2 {
		t.Errorf("neighbours on memory store: %v %v", rows, err)
	}
	if _, err := Open(context.Background(), Config{Backend: "nosuch"}); err == nil || !strings.Contains(err.Error(), "unknown backend") {
		t.Errorf("unknown backend: %v", err)
	}
}

// helpers

type extractDoc = extract.Document

func itoa(i int) string { return strconv.Itoa(i) }

func exportLines(t testing.TB, s *Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) == 1 && lines[0] == "" {
		lines = nil
	}
	sort.Strings(lines)
	return lines
}

func withoutIngestTime(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !strings.Contains(l, "#ingestedAt>") {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

func sameLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// assertSameGraph compares two stores' quads (ingest times aside) and node
// counts.
func assertSameGraph(t *testing.T, got, want *Store) {
	t.Helper()
	g, w := withoutIngestTime(exportLines(t, got)), withoutIngestTime(exportLines(t, want))
	if !sameLines(g, w) {
		t.Errorf("graphs differ:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
	assertNoOrphans(t, got)
}

// assertNoOrphans checks that the store's node count equals the number of
// distinct values its quads use: a write that miscounted references would
// leave nodes no quad uses, which g.V() would list.
func assertNoOrphans(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	vals := map[string]bool{}
	it := s.QuadStore().QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.QuadStore().Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		for _, dir := range quad.Directions {
			if v := q.Get(dir); v != nil {
				vals[v.String()] = true
			}
		}
	}
	rows, err := s.Query(ctx, "g.V().Count()", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0] != int64(len(vals)) {
		t.Errorf("g.V().Count() = %v, quads use %d values: orphan nodes", rows, len(vals))
	}
}
