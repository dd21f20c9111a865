package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/postag"

	"github.com/jdkato/prose/v3/tag"
)

// TestFastTaggerAgreesWithProse checks that fasttag.go reproduces prose's
// tagger exactly, on invented sentences and on the BBC corpus when present.
func TestFastTaggerAgreesWithProse(t *testing.T) {
	ft, err := postag.Load()
	if err != nil {
		t.Fatal(err)
	}
	pt, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for _, s := range []string{
		"The minister said on Tuesday that the talks would resume in 2006 .",
		"Shares in Acme Holdings fell 3.5 % after the well-known firm 's profit warning .",
		"`` We will not leave , '' she told reporters in Minsk .",
		"0 * - @home -LRB- x -RRB- 1,000",
	} {
		sents = append(sents, splitSpaces(s))
	}
	if _, texts := bbcCorpusMaybe(); len(texts) > 0 {
		for _, raw := range texts[:min(200, len(texts))] {
			a := &analysis{doc: &Document{Text: string(raw)}}
			a.segment()
			for _, r := range a.sentTokens {
				var w []string
				for _, tk := range a.tokens[r.Start:r.End] {
					w = append(w, postag.Form(tk.Text))
				}
				sents = append(sents, w)
			}
		}
	}
	var sc postag.Scratch
	diff, total := 0, 0
	for _, w := range sents {
		want := pt.Tag(w)
		got := make([]string, len(w))
		ft.Tag(w, got, &sc)
		for i := range w {
			total++
			if got[i] != want[i].Tag {
				diff++
				if diff < 10 {
					t.Errorf("word %q in %q: fast tag %s, prose %s", w[i], w, got[i], want[i].Tag)
				}
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d tags differ", diff, total)
	}
}

func splitSpaces(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}
