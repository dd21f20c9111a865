package extract

import "github.com/newsgraph/newsgraph/extract/postag"

// tagSentence fills the POS tags of sentence i, once, with prose's
// perceptron model (see package postag). Sentences nobody asks about stay
// untagged.
func (a *analysis) tagSentence(i int) {
	if i < 0 || i >= len(a.tagged) || a.tagged[i] {
		return
	}
	a.tagged[i] = true
	r := a.sentTokens[i]
	toks := a.tokens[r.Start:r.End]
	if len(toks) == 0 || a.x == nil || a.x.tagger == nil {
		return
	}
	words := a.tagWords[:0]
	for _, t := range toks {
		words = append(words, postag.Form(t.Text))
	}
	tags := a.tagOut[:0]
	for range toks {
		tags = append(tags, "")
	}
	a.x.tagger.Tag(words, tags, &a.tagScratch)
	for k := range toks {
		toks[k].Tag = tags[k]
	}
	a.tagWords, a.tagOut = words, tags
}
