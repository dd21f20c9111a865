package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A single capitalised word opening a sentence ("Telecoms is one of two
// areas", "Gamers can earn money", "Gameplay is smooth") is capitalised
// only by its place. When the dictionary does not know the word (trade
// words, new coinages, British plurals) the tagger was asked, and it
// often tags such a word NNP, making a name of it. The document itself
// says better: a word it writes elsewhere in lower case ("telecoms
// firms", "keen gamers") is an ordinary word, and so is the plural of a
// word it writes so or the dictionary knows ("Gamers": "gamer").
// A word written capitalised inside a sentence anywhere in the document
// is a name (knownNameStart asks that first), and so is a surname named
// before ("Bush told reporters").

// lowerElsewhere reports whether the sentence-initial word t, standing
// alone, is an ordinary word by the document's own spelling: written in
// lower case elsewhere, itself or as the singular of its plural.
func (a *analysis) lowerElsewhere(t textseg.Token) bool {
	if t.Flags&textseg.TUpper != 0 || t.Flags&textseg.TAlpha == 0 {
		return false // "BT", "ITV": acronyms keep their capitals everywhere
	}
	if strings.Contains(t.Text, ".") {
		return false // "Latinohiphopradio.com": a site's name
	}
	lw := t.Lower()
	forms := []string{lw}
	if s, ok := strings.CutSuffix(lw, "s"); ok && len(s) >= 3 && !strings.HasSuffix(s, "s") {
		// "Gamers" -> "gamer"; "-ss" is no plural ("Express").
		if lexicon.IsCommonWord(s) {
			return true
		}
		forms = append(forms, s)
	}
	return a.writtenLower(forms)
}

// writtenLower reports whether any of the lower-case forms stands as a
// token of the document written in lower case. It is asked only of lone
// sentence-initial words the dictionary does not know, a few a story, so
// a scan costs less than keeping a set.
func (a *analysis) writtenLower(forms []string) bool {
	text := a.doc.Text
	for _, t := range a.tokens {
		if t.Flags&textseg.TAlpha == 0 || t.Flags&(textseg.TCap|textseg.TUpper) != 0 || inAddress(text, t.Start, t.End) {
			continue
		}
		for _, f := range forms {
			if t.Text == f {
				return true
			}
		}
	}
	return false
}

// inAddress reports whether the word text[b:e] is part of a web or mail
// address ("napster.no", "www.quillsoft.com"), where names are written in
// lower case.
func inAddress(text string, b, e int) bool {
	if b > 0 && strings.ContainsRune("./@", rune(text[b-1])) {
		return true
	}
	return e+1 < len(text) && (text[e] == '.' || text[e] == '@') && text[e+1] >= 'a' && text[e+1] <= 'z'
}
