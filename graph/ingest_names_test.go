package graph

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/source"
)

// invalidNameCorpus writes three articles with ordinary names and two
// whose names are not UTF-8 to a temp dir, and returns the dir and the
// raw paths.
func invalidNameCorpus(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	names := []string{"good-1.txt", "good-2.txt", "good-3.txt", "bad-\xff.txt", "50%-\xe9t\xe9.txt"}
	var paths []string
	for i, n := range names {
		p := filepath.Join(dir, n)
		text := "Harbour talks resume in Riga\n\n" +
			[]string{"Marta Kovalenko", "Jonas Vell", "Ilse Brandt", "Tomas Rudik", "Anna Berg"}[i] +
			" met delegations in Riga on Monday, round " + strings.Repeat("I", i+1) + " of the talks.\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", n, err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

// A directory holding files whose names are not UTF-8 is ingested whole,
// on every backend: each source is valid UTF-8 and names its file's bytes.
func TestIngestInvalidUTF8Names(t *testing.T) {
	dir, paths := invalidNameCorpus(t)
	x := newExtractor(t)
	ins := collectDir(t, dir)
	if len(ins) != len(paths) {
		t.Fatalf("%d inputs, want %d", len(ins), len(paths))
	}
	want := append([]string(nil), paths...)
	sort.Strings(want)
	forEachBackend(t, func(t *testing.T, open func(t *testing.T) *Store) {
		s := open(t)
		ctx := context.Background()
		// Batches of several documents, so that one bad name would fail
		// the good ones with it.
		sum, err := s.IngestAll(ctx, x, ins, IngestOptions{BatchQuads: 1 << 20, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents != len(paths) || len(sum.Failed) != 0 {
			t.Fatalf("summary %+v; want %d documents, none failed", sum, len(paths))
		}
		var got []string
		for _, src := range storedSources(t, s) {
			if !utf8.ValidString(src) {
				t.Errorf("source %q is not UTF-8", src)
			}
			got = append(got, source.PathOf(src))
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("sources decode to %q, want %q", got, want)
		}
		// The export is UTF-8 N-Quads that a parser reads back.
		var buf bytes.Buffer
		if _, err := s.Export(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Error("export is not UTF-8")
		}
		if _, err := quad.ReadAll(nquads.NewReader(&buf, false)); err != nil {
			t.Errorf("export does not parse: %v", err)
		}
		// Re-ingesting changes nothing; forgetting by the raw path works.
		sum, err = s.IngestAll(ctx, x, ins, IngestOptions{Workers: 2})
		if err != nil || sum.Unchanged != len(paths) {
			t.Errorf("second ingest: %+v %v", sum, err)
		}
		if s.Config().Backend != "memory" {
			if _, err := s.Forget(ctx, paths[3]); err != nil {
				t.Errorf("forget %q: %v", paths[3], err)
			}
		}
	})
}

// The quads of a document whose source is not UTF-8 (an extractor given
// raw bytes) are UTF-8 N-Quads, and a store takes them beside others in
// one batch.
func TestEncodeKeepsLiteralsUTF8(t *testing.T) {
	bad := testcorpus.DocA("raw-\xff.txt")
	bad.Title = "Title \xc3"
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, q := range Encode(bad, "") {
		if err := w.WriteQuad(Strict(q)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	if !utf8.Valid(buf.Bytes()) || !strings.Contains(buf.String(), `"raw-%FF.txt"`) {
		t.Errorf("N-Quads of a raw source:\n%s", buf.String())
	}
	s, _ := openTemp(t)
	res, err := s.WriteBatch(context.Background(), []*extract.Document{testcorpus.DocB("b.txt"), testcorpus.DocA("raw-\xfe.txt")})
	if err != nil || len(res) != 2 || res[1].Source != "raw-%FE.txt" {
		t.Fatalf("batch with a raw source: %+v %v", res, err)
	}
}

// A FIFO named *.txt below a directory is not an article; one given by
// name blocks its read until the context ends, which stops the ingest.
func TestFIFOInputs(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteStories(t, dir, 1)
	fifo := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	ins, errs := source.Collect(context.Background(), []string{dir}, nil, source.Options{})
	if len(errs) != 0 || len(ins) != 1 || strings.HasSuffix(ins[0].Source, "pipe.txt") {
		t.Fatalf("inputs %+v, errors %v; want the one article", ins, errs)
	}
	x := newExtractor(t)
	ins, errs = source.Collect(context.Background(), []string{fifo}, nil, source.Options{})
	if len(errs) != 0 || len(ins) != 1 {
		t.Fatalf("a FIFO by name: %+v %v", ins, errs)
	}
	s, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan IngestSummary, 1)
	go func() {
		sum, _ := s.IngestAll(ctx, x, ins, IngestOptions{Workers: 1})
		done <- sum
	}()
	time.Sleep(200 * time.Millisecond) // let the worker block in the open
	cancel()                           // as the first Ctrl-C does
	select {
	case sum := <-done:
		if !sum.Interrupted || len(sum.Failed) != 0 || sum.Documents != 0 {
			t.Errorf("summary %+v; want interrupted, nothing failed", sum)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("ingest of a FIFO with no writer did not stop when its context ended")
	}
}

// A title is bounded however long the line it came from.
func TestTitleBounded(t *testing.T) {
	for _, c := range []struct {
		title string
		cut   bool
	}{
		{"Kovalenko re-elected", false},
		{strings.Repeat("word ", 20000), true},
		{strings.Repeat("x", 20000), true},
		{strings.Repeat("\u00e9", MaxTitle), false},
	} {
		d := testcorpus.DocA("t.txt")
		d.Title = c.title
		var got string
		for _, q := range Encode(d, "") {
			if strings.HasSuffix(quad.ToString(q.Predicate), "#title>") {
				got = q.Object.Native().(string)
			}
		}
		n := utf8.RuneCountInString(got)
		if n > MaxTitle || c.cut != strings.HasSuffix(got, "…") || !c.cut && got != c.title {
			t.Errorf("title of %d characters stored as %d: %.40q", utf8.RuneCountInString(c.title), n, got)
		}
	}
}
