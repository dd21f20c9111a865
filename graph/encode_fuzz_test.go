package graph

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// fuzzDocument builds a document from fuzzed strings: the story's
// structure (sentences, two entities, a quote, a fact) with the fuzzed
// values in every field that reaches a literal or an IRI.
func fuzzDocument(source, title, name, alias, key, quote, site, url string, unix int64) *extract.Document {
	d := testcorpus.DocA(source)
	d.Title = title
	d.Entities[0].Name, d.Entities[0].Aliases, d.Entities[0].Key = name, []string{alias}, key
	d.Quotes[0].Text = quote
	d.Meta = extract.Meta{Authors: []string{name}, Site: site, URL: url, CanonicalURL: url, Lang: alias,
		Published: time.Unix(unix%(1<<34), 0).UTC()}
	return d
}

// FuzzEncodeNQuads: whatever strings a document holds, every quad Encode
// gives writes as strict N-Quads that a parser reads back to the same
// quad.
func FuzzEncodeNQuads(f *testing.F) {
	f.Add("wire/a.txt", "Kovalenko re-elected", "Marta Kovalenko", "Kovalenko", "person/marta-kovalenko", "We will keep the harbours open", "Wire", "https://news.example/a", int64(1767225600))
	f.Add("dir/\xff\xfename.txt", "title \"with\" quotes\n\\", "Na\x00me", "al>ias", "person/<x> y", "q\r\n\t\u2028", "site\x7f", "javascript:alert(1)", int64(-1))
	f.Add("", "", "", "", "", "", "", "", int64(0))
	f.Add("-", strings.Repeat("long title ", 100), "\u00e9\u0301", "\U0001F600", "a b", "\"", "<", "http://x/ y", int64(1<<40))
	f.Fuzz(func(t *testing.T, source, title, name, alias, key, quote, site, url string, unix int64) {
		doc := fuzzDocument(source, title, name, alias, key, quote, site, url, unix)
		for _, q := range Encode(doc, DefaultBase) {
			sq := Strict(q)
			var buf bytes.Buffer
			w := nquads.NewWriter(&buf)
			if err := w.WriteQuad(sq); err != nil {
				t.Fatalf("write %v: %v", q, err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			line := buf.String()
			got, err := quad.ReadAll(nquads.NewReader(strings.NewReader(line), false))
			if err != nil || len(got) != 1 {
				t.Fatalf("%q does not parse back as one quad: %v", line, err)
			}
			if !sameQuad(Strict(got[0]), sq) {
				t.Fatalf("%q parses back as %v, want %v", line, got[0], sq)
			}
		}
	})
}
