package openfacts

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/postag"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// TestClosePair checks the open relations' parse gate on invented
// sentences: two names linked by a verb, a preposition, a possessive or
// an apposition ask for a parse; names listed, joined by a role noun
// alone or split by a quotation mark do not.
func TestClosePair(t *testing.T) {
	tagger, err := postag.Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence string
		names    []string
		want     bool
	}{
		{"Kessler Motors bought Orbis Media last year.", []string{"Kessler Motors", "Orbis Media"}, true},
		{"Tom Bellamy of Kessler Motors spoke first.", []string{"Tom Bellamy", "Kessler Motors"}, true},
		{"Tom Bellamy, the Orbis Media chairman, resigned on Friday.", []string{"Tom Bellamy", "Orbis Media"}, true},
		{"Orbis Media's Tom Bellamy resigned on Friday.", []string{"Orbis Media", "Tom Bellamy"}, true},
		{"Kessler Motors and Orbis Media gained ground.", []string{"Kessler Motors", "Orbis Media"}, false},
		{"Kessler Motors, Orbis Media, Vodafone and Telefonica gained ground.", []string{"Kessler Motors", "Orbis Media", "Vodafone", "Telefonica"}, false},
		{"Orbis Media boss Tom Bellamy resigned on Friday.", []string{"Orbis Media", "Tom Bellamy"}, false},
		{`Tom Bellamy said: "Orbis Media will grow this year."`, []string{"Tom Bellamy", "Orbis Media"}, false},
	}
	for _, c := range cases {
		a := sentenceAnalysis(t, tagger, c.sentence, c.names)
		if got := a.closePair(0, a.Doc.Mentions); got != c.want {
			t.Errorf("%q: closePair = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// sentenceAnalysis makes the stage's view of one sentence, tokenised and
// tagged as extraction does, with an entity for each of names (by first
// occurrence): closePair reads only tags and mention spans.
func sentenceAnalysis(t *testing.T, tagger *postag.Tagger, sentence string, names []string) *analysis {
	t.Helper()
	doc := &model.Document{Text: sentence}
	toks := textseg.Tokenize(sentence, 0, len(sentence), nil)
	words := make([]string, len(toks))
	for k, tk := range toks {
		words[k] = postag.Form(tk.Text)
	}
	tags := make([]string, len(toks))
	tagger.Tag(words, tags, &postag.Scratch{})
	for k := range toks {
		toks[k].Tag = tags[k]
	}
	for e, n := range names {
		i := strings.Index(sentence, n)
		if i < 0 {
			t.Fatalf("%q not in %q", n, sentence)
		}
		doc.Entities = append(doc.Entities, model.Entity{Name: n})
		doc.Mentions = append(doc.Mentions, model.Mention{Entity: e, Span: textseg.Span{Start: i, End: i + len(n)}, Kind: model.MentionName})
	}
	sort.Slice(doc.Mentions, func(i, j int) bool { return doc.Mentions[i].Start < doc.Mentions[j].Start })
	in := Input{Doc: doc, Tokens: toks, SentTokens: []textseg.Span{{Start: 0, End: len(toks)}}, Earlier: taggedOnly{toks}}
	return &analysis{in}
}

// taggedOnly answers Earlier for one tagged sentence and parses nothing.
type taggedOnly struct{ toks []textseg.Token }

func (e taggedOnly) SentenceTokens(int) []textseg.Token { return e.toks }
func (taggedOnly) Parsed(int) *syntax.Sentence          { return nil }
func (taggedOnly) ParsedAlready(int) bool               { return false }
func (taggedOnly) SentenceSubject(int) int              { return -1 }
func (taggedOnly) WellAttested(int) bool                { return false }
