package graph

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// openStory states four links between entities in the text's own words,
// one the fixed predicates also see (the headline), and two that are no
// links: a denial and a mere possibility.
const openStory = "Vodafone hires Morrow\n\n" +
	"Vodafone has drafted in William Morrow to head its Japanese unit. " +
	"Malcolm Glazer bought a stake in Manchester United last year. " +
	"Sony sued Toshiba over a patent. " +
	"Bhanu Baweja, a strategist at UBS, said the market would recover. " +
	"Sony did not buy Nintendo. Microsoft could buy Yahoo.\n"

func extractOpenStory(t *testing.T) *extract.Document {
	t.Helper()
	x := newExtractor(t)
	doc, err := x.Extract(context.Background(), "open.txt", []byte(openStory))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func entityNamed(doc *extract.Document, name string) int {
	for i, e := range doc.Entities {
		if e.Name == name {
			return i
		}
	}
	return -1
}

func TestEncodeOpenFacts(t *testing.T) {
	doc := extractOpenStory(t)
	v := NewVocab("")
	qs := Encode(doc, "")
	has := func(q quad.Quad) bool {
		for _, x := range qs {
			if x.NQuad() == q.NQuad() {
				return true
			}
		}
		return false
	}
	d := v.Document(DocHash(doc))
	cases := []struct {
		subject, key, object string
		sentence             int
		want                 bool
	}{
		{"Vodafone", "draft_in", "William Morrow", 1, true},
		{"Malcolm Glazer", "buy_stake_in", "Manchester United", 2, true},
		{"Sony", "sue", "Toshiba", 3, true},
		{"Bhanu Baweja", "be_strategist_at", "UBS", 4, true},
		{"Sony", "buy", "Nintendo", 5, false},   // negated
		{"Microsoft", "buy", "Yahoo", 5, false}, // hypothetical
	}
	for _, c := range cases {
		s, o := entityNamed(doc, c.subject), entityNamed(doc, c.object)
		if s < 0 || o < 0 {
			t.Errorf("%s / %s: not extracted as entities", c.subject, c.object)
			continue
		}
		sent := c.sentence
		if !c.want {
			sent = 6 // "Microsoft could buy Yahoo" follows the denial; check both
		}
		for _, si := range []int{c.sentence, sent} {
			q := quad.Quad{Subject: v.Entity(doc.Entities[s].Key), Predicate: v.OpenRelation(c.key),
				Object: v.Entity(doc.Entities[o].Key), Label: v.Sentence(d, si)}
			if got := has(q); got != c.want {
				t.Errorf("%s %s %s in sentence %d: present %v, want %v", c.subject, c.key, c.object, si, got, c.want)
			}
		}
	}
	// each open edge is described by an OpenFact node in the same sentence
	var nodes, edges int
	for _, q := range qs {
		if _, ok := v.IsOpenRelation(quad.StringOf(q.Predicate)); ok {
			edges++
			if q.Label == nil {
				t.Errorf("open edge without a sentence label: %s", q.NQuad())
			}
		}
		if q.Predicate == quad.IRI(RDFType) && q.Object == v.Term(TypeOpenFact) {
			nodes++
		}
	}
	if nodes != len(doc.OpenFacts) || edges != len(doc.OpenFacts) || nodes == 0 {
		t.Errorf("%d OpenFact nodes, %d open edges for %d open facts", nodes, edges, len(doc.OpenFacts))
	}
}

func openRows(t *testing.T, s *Store, name string, args ...string) []map[string]any {
	t.Helper()
	rows, err := s.RunNamed(context.Background(), name, args, 0)
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	var out []map[string]any
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			t.Fatalf("%s: row %T %v", name, r, r)
		}
		out = append(out, m)
	}
	return out
}

func TestOpenFactQueriesOnBolt(t *testing.T) {
	doc := extractOpenStory(t)
	s, _ := openTemp(t)
	mustIngest(t, s, doc)
	ctx := context.Background()

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.OpenFacts != int64(len(doc.OpenFacts)) || st.OpenFacts == 0 {
		t.Errorf("stats: %d open facts, document has %d", st.OpenFacts, len(doc.OpenFacts))
	}

	links := []struct {
		a, b      string
		kind, lbl string // a row that must be there
		sentence  string // its sentence holds this
	}{
		{"Vodafone", "Morrow", "open", "has drafted in", "drafted in William Morrow"},
		{"Morrow", "Vodafone", "fixed", "joined", "Vodafone hires Morrow"},
		{"Toshiba", "Sony", "open", "sued", "Sony sued Toshiba"},
		{"Glazer", "Manchester United", "open", "bought a stake in", "stake in Manchester United"},
	}
	for _, c := range links {
		rows := openRows(t, s, "links", c.a, c.b)
		found := false
		for _, r := range rows {
			if r["kind"] == c.kind && r["label"] == c.lbl && strings.Contains(str(r["sentence"]), c.sentence) {
				found = true
			}
		}
		if !found {
			t.Errorf("links %s %s: no %s %q row in %v", c.a, c.b, c.kind, c.lbl, rows)
		}
	}
	if rows := openRows(t, s, "links", "Sony", "Nintendo"); len(rows) != 0 {
		t.Errorf("links Sony Nintendo (a denial): %v", rows)
	}

	about := []struct {
		name  string
		other string // an entity some row must link NAME to
		not   string // one no row may
	}{
		{"Sony", "Toshiba", "Nintendo"},
		{"UBS", "Bhanu Baweja", "Vodafone"},
		{"Manchester United", "Malcolm Glazer", "Sony"},
	}
	for _, c := range about {
		rows := openRows(t, s, "says-about", c.name)
		found := false
		for _, r := range rows {
			ends := str(r["subject"]) + "|" + str(r["object"])
			if strings.Contains(ends, c.other) {
				found = true
				if conf, ok := r["confidence"].(float64); !ok || conf <= 0 || conf > 1 {
					t.Errorf("says-about %s: confidence %v", c.name, r["confidence"])
				}
				if str(r["sentence"]) == "" || str(r["source"]) != "open.txt" {
					t.Errorf("says-about %s: provenance %v", c.name, r)
				}
			}
			if strings.Contains(ends, c.not) {
				t.Errorf("says-about %s: unexpected row %v", c.name, r)
			}
		}
		if !found {
			t.Errorf("says-about %s: nothing with %s in %v", c.name, c.other, rows)
		}
	}

	// a store holding no open facts answers both queries with nothing
	plain, _ := openTemp(t)
	mustIngest(t, plain, testcorpus.DocA("a.txt"))
	if rows := openRows(t, plain, "says-about", "Kovalenko"); len(rows) != 0 {
		t.Errorf("says-about on a store without open facts: %v", rows)
	}
	if rows := openRows(t, plain, "links", "Kovalenko", "Estravia"); len(rows) != 1 || rows[0]["kind"] != "fixed" {
		t.Errorf("links on a store without open facts: %v", rows)
	}

	// forget drops them with the document
	if _, err := s.Forget(ctx, "open.txt"); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.OpenFacts != 0 || st.Quads != 0 {
		t.Errorf("after forget: %d open facts, %d quads", st.OpenFacts, st.Quads)
	}
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// TestOpenFactsStrictNQuads: the export with open facts parses back with
// Cayley's reader and, when installed, with rapper.
func TestOpenFactsStrictNQuads(t *testing.T) {
	doc := extractOpenStory(t)
	s, _ := openTemp(t)
	mustIngest(t, s, doc)
	var buf bytes.Buffer
	n, err := s.Export(context.Background(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "ns#rel/draft_in>") || !strings.Contains(buf.String(), "^^<"+XSDDecimal+">") {
		t.Fatalf("export lacks the open edge or its confidence")
	}
	r := nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	read := 0
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parse export: %v", err)
		}
		read++
	}
	if read != n {
		t.Fatalf("read %d quads of %d", read, n)
	}
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not installed (apt-get install raptor2-utils)")
	}
	file := filepath.Join(t.TempDir(), "open.nq")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-o", "nquads", file).CombinedOutput()
	if err != nil || strings.Contains(string(out), "rapper: Error") {
		t.Fatalf("rapper rejects the export: %v\n%s", err, out)
	}
}
