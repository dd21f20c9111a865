package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// numberedActCues are the words before a name that say it is a music act
// or a performer. A number after such a name is part of it ("band
// Maroon 5"), where elsewhere a number after a name is a count, a score
// or a date ("Arsenal 2", "Cardiff 1 February").
var numberedActCues = []string{"band ", "act ", "group ", "outfit ", "rapper ", "singer ", "star "}

// numberedActRecords after a name and its number give the act a record
// of its own ("Maroon 5's album").
var numberedActRecords = []string{"'s album", "'s new album", "'s second album", "'s debut", "'s single", "'s new single", "'s latest", "'s song"}

// numberedAct widens the capitalised run toks[i:j] of sentence s by the
// number right after it when the document, somewhere, puts an act's cue
// right before the name and the number ("US band Maroon 5 won ... Maroon
// 5 and OutKast") or gives the name with its number a record ("Maroon
// 5's album"). The document decides, not the sentence: an act's name is
// written the same way at every mention, and one cue marks them all. A
// number before a name ("50 Cent") is left alone: the stages after
// naming still mistake its neighbours (a cut-short "Sound" for "Sound of
// 2003", an act named "The Game" they do not know), so it brought more
// wrong facts than right ones over the BBC corpus.
func numberedAct(a *analysis, s, i, j int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	if j >= hi {
		return j
	}
	n := toks[j]
	if n.Flags&textseg.TDigit == 0 || len(n.Text) > 4 || strings.Trim(n.Text, "0123456789") != "" || n.Start != toks[j-1].End+1 {
		return j
	}
	// A capitalised word or another number after it means the run is no
	// name and number alone ("Maroon 5 Live", "Radio 1 2005").
	if j+1 < hi && toks[j+1].Flags&(textseg.TCap|textseg.TUpper|textseg.TDigit) != 0 && !isPossessive(toks[j+1].Text) {
		return j
	}
	text := a.doc.Text
	name := text[toks[i].Start:n.End]
	for _, c := range numberedActCues {
		if strings.Contains(text, c+name) {
			return j + 1
		}
	}
	for _, r := range numberedActRecords {
		if strings.Contains(text, name+r) {
			return j + 1
		}
	}
	return j
}
