package extract

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/jdkato/prose/v3"
)

// relEnt describes one entity of a hand-built analysis and the surface
// forms that mention it. A form starting with "~" is a demonym, "@" a role
// phrase, "^" a pronoun; other forms are names.
type relEnt struct {
	name  string
	typ   EntityType
	forms []string
}

// relCase is a hand-built analysis: text, entities, optional quotation
// speaker (every “…” span is a quote by that entity) and facts that the
// earlier stages would have emitted (leaderOf from titles).
type relCase struct {
	text    string
	ents    []relEnt
	speaker string
	leader  [][2]string // {person, country}: leaderOf facts already present
}

// build makes an analysis with prose's tokens, sentences and POS tags, and
// mentions found by exact matching of the forms. It stands apart from the
// core pipeline so that the relation rules are tested on their own.
func (c relCase) build(t testing.TB) *analysis {
	t.Helper()
	pd, err := prose.NewDocument(c.text, prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	doc := &Document{Text: c.text}
	a := &analysis{doc: doc}
	for _, tk := range pd.Tokens() {
		a.tokens = append(a.tokens, textseg.Token{Span: textseg.Span{Start: tk.Start, End: tk.End()}, Text: tk.Text, Tag: tk.Tag})
	}
	for _, s := range pd.Sentences() {
		doc.Sentences = append(doc.Sentences, Sentence{Span: textseg.Span{Start: s.Start, End: s.End()}})
		lo, hi := -1, -1
		for k, tk := range a.tokens {
			if tk.Start >= s.Start && tk.End <= s.End() {
				if lo < 0 {
					lo = k
				}
				hi = k + 1
			}
		}
		if lo < 0 {
			lo, hi = 0, 0
		}
		a.sentTokens = append(a.sentTokens, textseg.Span{Start: lo, End: hi})
	}
	byName := map[string]int{}
	for i, e := range c.ents {
		doc.Entities = append(doc.Entities, Entity{Key: strings.ToLower(string(e.typ)) + "/" + e.name, Type: e.typ, Name: e.name})
		byName[e.name] = i
	}
	type cand struct {
		span textseg.Span
		ent  int
		kind MentionKind
	}
	var cands []cand
	for i, e := range c.ents {
		forms := append([]string{e.name}, e.forms...)
		for _, f := range forms {
			kind := MentionName
			switch {
			case strings.HasPrefix(f, "~"):
				kind, f = MentionDemonym, f[1:]
			case strings.HasPrefix(f, "@"):
				kind, f = MentionRole, f[1:]
			case strings.HasPrefix(f, "^"):
				kind, f = MentionPronoun, f[1:]
			}
			for off := 0; ; {
				k := strings.Index(c.text[off:], f)
				if k < 0 {
					break
				}
				st := off + k
				en := st + len(f)
				off = en
				if !relBoundary(c.text, st, en) {
					continue
				}
				cands = append(cands, cand{textseg.Span{Start: st, End: en}, i, kind})
			}
		}
	}
	// Longest first; drop candidates overlapping a longer one, as the
	// core keeps one mention per stretch of text.
	sort.SliceStable(cands, func(i, j int) bool { return relSpanLen(cands[i].span) > relSpanLen(cands[j].span) })
	var kept []cand
	for _, cd := range cands {
		ok := true
		for _, k := range kept {
			if cd.span.Start < k.span.End && k.span.Start < cd.span.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, cd)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].span.Start < kept[j].span.Start })
	for _, k := range kept {
		si := -1
		for i, s := range doc.Sentences {
			if k.span.Start >= s.Start && k.span.Start < s.End {
				si = i
			}
		}
		doc.Mentions = append(doc.Mentions, Mention{Span: k.span, Sentence: si, Entity: k.ent, Kind: k.kind})
	}
	if c.speaker != "" {
		sp := byName[c.speaker]
		for off := 0; ; {
			o := strings.Index(c.text[off:], "“")
			if o < 0 {
				break
			}
			st := off + o + len("“")
			cl := strings.Index(c.text[st:], "”")
			if cl < 0 {
				break
			}
			en := st + cl
			doc.Quotes = append(doc.Quotes, Quote{Pieces: []textseg.Span{{Start: st, End: en}}, Text: c.text[st:en], Speaker: sp})
			off = en
		}
	}
	for _, l := range c.leader {
		doc.Facts = append(doc.Facts, Fact{Subject: byName[l[0]], Predicate: LeaderOf, Object: byName[l[1]], Rule: "test"})
	}
	return a
}

func relBoundary(text string, st, en int) bool {
	if st > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:st])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if en < len(text) {
		r, _ := utf8.DecodeRuneInString(text[en:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// relFacts renders the facts of doc as "S pred O" strings, skipping the
// ones the case supplied.
func relFacts(doc *Document) []string {
	var out []string
	for _, f := range doc.Facts {
		if f.Rule == "test" {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %s", doc.Entities[f.Subject].Name, f.Predicate, doc.Entities[f.Object].Name))
	}
	sort.Strings(out)
	return out
}

// factLines returns each fact of d that keep accepts as "Subject
// predicate Object", in the document's order.
func factLines(d *Document, keep func(f Fact) bool) []string {
	var out []string
	for _, f := range d.Facts {
		if keep(f) {
			out = append(out, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
		}
	}
	return out
}

// checkRelations runs the relation rules on rc's sentences and compares the
// facts with want (nil and empty alike), logging each fact's rule on a
// mismatch so the failing rule is named.
func checkRelations(t *testing.T, x *Extractor, rc relCase, want []string) {
	t.Helper()
	a := rc.build(t)
	x.findRelations(a)
	got := relFacts(a.doc)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s\n got  %q\n want %q", rc.text, got, want)
		for _, f := range a.doc.Facts {
			t.Logf("  rule %s s%d", f.Rule, f.Sentence)
		}
	}
}
