package extract

import "github.com/jdkato/prose/v3/tag"

// tagSentence fills the POS tags of sentence i with prose's perceptron
// tagger, once. Tagging is the costliest stage (about 1 µs a token), so it
// runs only for the sentences a rule asks about, not for the whole text.
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
	buf := a.tagBuf[:0]
	for _, t := range toks {
		buf = append(buf, tag.Token{Text: taggerForm(t.Text), Start: t.Start})
	}
	a.x.tagger.TagTokens(buf)
	for k := range toks {
		toks[k].Tag = buf[k].Tag
	}
	a.tagBuf = buf
}

// taggerForm maps typographic marks to the Penn Treebank forms the
// tagger was trained on; the token keeps its own text.
func taggerForm(s string) string {
	switch s {
	case "“", "«":
		return "``"
	case "”", "»":
		return "''"
	case "‘":
		return "`"
	case "’":
		return "'"
	case "’s":
		return "'s"
	case "–", "—":
		return "--"
	}
	return s
}
