package graph

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// schema.org properties of the document node, from extract.Meta: where
// and when the article was published.
const (
	SchemaDatePublished = "http://schema.org/datePublished" // xsd:dateTime literal, UTC
	SchemaURL           = "http://schema.org/url"           // IRI: the canonical URL, else where it was read
	SchemaAuthor        = "http://schema.org/author"        // literal: a name, one quad each
	SchemaPublisher     = "http://schema.org/publisher"     // literal: the site's name
	SchemaInLanguage    = "http://schema.org/inLanguage"    // literal: BCP 47 tag
)

// encodeMeta adds the document's publication metadata as schema.org
// properties of the document node, labelled with the document so that
// forget and replace drop them with it.
func (e *encoder) encodeMeta(d quad.Value, m extract.Meta) {
	if !m.Published.IsZero() {
		e.add(d, quad.IRI(SchemaDatePublished), DateTime(m.Published.UTC().Format(time.RFC3339)), d)
	}
	if u := firstNonEmpty(m.CanonicalURL, m.URL); u != "" && utf8.ValidString(u) && nquadsIRI(u) {
		e.add(d, quad.IRI(SchemaURL), quad.IRI(u), d)
	}
	for _, a := range m.Authors {
		e.add(d, quad.IRI(SchemaAuthor), quad.String(validText(a)), d)
	}
	if m.Site != "" {
		e.add(d, quad.IRI(SchemaPublisher), quad.String(validText(m.Site)), d)
	}
	if m.Lang != "" {
		e.add(d, quad.IRI(SchemaInLanguage), quad.String(validText(m.Lang)), d)
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// nquadsIRI reports whether u can stand between < and > in N-Quads: no
// space, control character (DEL too) or any of <>"{}|^`\ (the source package's
// canonical URLs never hold one; a URL that does is left out rather than
// written as a line no parser reads).
func nquadsIRI(u string) bool {
	for _, r := range u {
		if r <= 0x20 || unicode.IsControl(r) || unicode.IsSpace(r) || strings.ContainsRune("<>\"{}|^`\\", r) {
			return false
		}
	}
	return true
}
