package extract

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The snapshot test guards refactors: it lists every fact and quotation
// the extractor finds in the tuned gold texts, with the rule and sentence
// behind each, and compares the listing with files committed under
// testdata/explain. A refactor must leave them unchanged; a rule change
// shows its effect as a diff of those files. Rewrite them with
//
//	go test ./extract -run Snapshot -update
//
// The blind set (testdata/blind) is deliberately not listed: its texts
// must not be looked at while rules change.

var updateSnapshots = flag.Bool("update", false, "rewrite the --explain snapshots under testdata/explain")

// snapshotSets are the gold folders whose texts are snapshotted.
var snapshotSets = []string{"gold", "holdout", "holdout2"}

const snapshotDir = "testdata/explain"

// snapshotText is one article to snapshot: a snapshot file name and the
// path of its text.
type snapshotText struct {
	name, path string
}

// snapshotTexts lists the gold texts (located through each gold file's
// "text" field, relative to the gold file) and the founding article.
func snapshotTexts(t *testing.T) []snapshotText {
	t.Helper()
	shared := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skipf("shared corpus not found at %s (../shared beside the repository)", shared)
	}
	var out []snapshotText
	for _, set := range snapshotSets {
		golds, err := filepath.Glob(filepath.Join("testdata", set, "*.gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range golds {
			raw, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			var head struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(raw, &head); err != nil {
				t.Fatalf("%s: %v", g, err)
			}
			if head.Text == "" {
				t.Fatalf("%s: no \"text\" field naming its article", g)
			}
			doc := strings.TrimSuffix(filepath.Base(g), ".gold.json")
			out = append(out, snapshotText{
				name: set + "-" + doc + ".txt",
				path: filepath.Join(filepath.Dir(g), filepath.FromSlash(head.Text)),
			})
		}
	}
	out = append(out, snapshotText{name: "founding-lukashenko-cis.txt",
		path: filepath.Join(shared, "corpus", "lukashenko-cis.txt")})
	return out
}

// snapshotWords is how many words of a sentence or quotation a snapshot
// keeps. The BBC articles may not be copied into the repository (see
// ../shared/corpus/bbc/SOURCE.md), so a snapshot names each sentence by
// its byte span and its opening words, like the gold files' short
// evidence snippets; `newsgraph extract --explain` shows the whole text.
const snapshotWords = 8

// snapshotExcerpt is the first snapshotWords words of s, with an ellipsis
// when cut.
func snapshotExcerpt(s string) string {
	w := strings.Fields(s)
	if len(w) <= snapshotWords {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:snapshotWords], " ") + " \u2026"
}

// explainListing renders a document the way `newsgraph extract --explain`
// does (fact, open fact or quotation, rule, sentence), with entity types added so
// that a typing change shows too, and texts cut to excerpts.
func explainListing(doc *Document) string {
	var b strings.Builder
	sentence := func(i int) string {
		if i < 0 || i >= len(doc.Sentences) {
			return "?"
		}
		s := doc.Sentences[i].Span
		return fmt.Sprintf("[%d-%d] %s", s.Start, s.End, snapshotExcerpt(doc.Text[s.Start:s.End]))
	}
	ent := func(i int) string {
		if i < 0 || i >= len(doc.Entities) {
			return "?"
		}
		return string(doc.Entities[i].Type) + ":" + doc.Entities[i].Name
	}
	fmt.Fprintf(&b, "# %d entities, %d quotes, %d facts, %d open facts\n", len(doc.Entities), len(doc.Quotes), len(doc.Facts), len(doc.OpenFacts))
	for _, f := range doc.Facts {
		fmt.Fprintf(&b, "%s %s %s\n    rule: %s (confidence %.2f)\n    sentence %d: %s\n",
			ent(f.Subject), f.Predicate, ent(f.Object), f.Rule, f.Confidence, f.Sentence, sentence(f.Sentence))
	}
	for _, f := range doc.OpenFacts {
		fmt.Fprintf(&b, "%s ~%s~ %s\n    rule: %s \u201c%s\u201d (confidence %.2f)\n    sentence %d: %s\n",
			ent(f.Subject), f.Key, ent(f.Object), f.Rule, f.Label, f.Confidence, f.Sentence, sentence(f.Sentence))
	}
	for _, q := range doc.Quotes {
		speaker := "(unattributed)"
		if q.Speaker >= 0 {
			speaker = ent(q.Speaker)
		}
		fmt.Fprintf(&b, "%s said \u201c%s\u201d\n    rule: %s\n    sentence %d: %s\n",
			speaker, snapshotExcerpt(q.Text), q.Rule, q.Sentence, sentence(q.Sentence))
	}
	return b.String()
}

func TestExplainSnapshot(t *testing.T) {
	texts := snapshotTexts(t)
	x := testExtractor(t)
	want := map[string]bool{}
	for _, st := range texts {
		want[st.name] = true
		raw, err := os.ReadFile(st.path)
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			continue
		}
		doc, err := x.Extract(context.Background(), st.path, raw)
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			continue
		}
		got := explainListing(doc)
		file := filepath.Join(snapshotDir, st.name)
		if *updateSnapshots {
			if err := os.MkdirAll(snapshotDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: no snapshot (run go test ./extract -run Snapshot -update): %v", st.name, err)
			continue
		}
		if string(old) != got {
			t.Errorf("%s: --explain listing changed (review, then -update):\n%s", st.name, lineDiff(string(old), got))
		}
	}
	// A snapshot whose gold file is gone is stale: remove it on -update,
	// report it otherwise.
	files, _ := filepath.Glob(filepath.Join(snapshotDir, "*.txt"))
	for _, f := range files {
		if want[filepath.Base(f)] {
			continue
		}
		if *updateSnapshots {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: snapshot without a gold text (run -update to remove it)", f)
	}
}

// lineDiff lists the records (a fact or quotation with its rule and
// sentence lines) only in old (-) and only in new (+), counting
// duplicates: enough to read what a rule change gained and lost without
// a diff library.
func lineDiff(old, new string) string {
	records := func(s string) []string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, " ") && len(out) > 0 {
				out[len(out)-1] += "\n" + l
				continue
			}
			out = append(out, l)
		}
		return out
	}
	count := func(rs []string) map[string]int {
		m := map[string]int{}
		for _, r := range rs {
			m[r]++
		}
		return m
	}
	or, nr := records(old), records(new)
	oc, nc := count(or), count(nr)
	var out []string
	for _, r := range or {
		if nc[r] > 0 {
			nc[r]--
			continue
		}
		out = append(out, "- "+r)
	}
	for _, r := range nr {
		if oc[r] > 0 {
			oc[r]--
			continue
		}
		out = append(out, "+ "+r)
	}
	return strings.Join(out, "\n")
}

func TestSnapshotLineDiff(t *testing.T) {
	rec := func(fact, rule string) string { return fact + "\n    rule: " + rule }
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"same", rec("A leaderOf B", "r1"), rec("A leaderOf B", "r1"), nil},
		{"rule changed", rec("A leaderOf B", "r1"), rec("A leaderOf B", "r2"),
			[]string{"- " + rec("A leaderOf B", "r1"), "+ " + rec("A leaderOf B", "r2")}},
		{"one of two duplicates lost", rec("A joined B", "r") + "\n" + rec("A joined B", "r"), rec("A joined B", "r"),
			[]string{"- " + rec("A joined B", "r")}},
		{"gained", "# head", "# head\n" + rec("C visited D", "v"), []string{"+ " + rec("C visited D", "v")}},
	}
	for _, tc := range tests {
		got := lineDiff(tc.old, tc.new)
		if want := strings.Join(tc.want, "\n"); got != want {
			t.Errorf("%s: lineDiff =\n%s\nwant\n%s", tc.name, got, want)
		}
	}
}
