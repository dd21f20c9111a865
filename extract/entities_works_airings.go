package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A show "airs on" a channel, "was screened on BBC Two" or "is broadcast
// on ITV": the name that is aired so is a programme's or a film's title,
// which the name rules would type as a person, a place or an organisation
// ("Quiet Harbour, which airs on ITV"). People appear on channels but
// are not aired ("Tom Reed, who appears on ITV"), a channel airs on a
// platform, not on a channel, and a broadcaster broadcasts; so the subject must pass the checks of a
// box-office subject (subjectTitle: no known name, no person-shaped name,
// no short form of a fuller name), and the channel after "on" must be
// written as a name.

// airingVerbs are the verbs whose subject is a programme aired on a
// channel; "broadcast" counts only in the passive ("was broadcast on"),
// since a broadcaster broadcasts.
var airingVerbs = lexicon.WordSet(`airs aired screens screened broadcast`)

// airingPlatforms carry channels, not programmes: what airs on them is a
// channel, an organisation ("Quillsoft TV airs on Freeview").
var airingPlatforms = lexicon.WordSet(`freeview sky ntl telewest virgin dab satellite cable digital`)

// airingAux may stand between the title and its airing verb ("is
// screened", "will be aired", "which airs").
var airingAux = lexicon.WordSet(`is was are were be been has have had will which`)

// titleAired reads the title before the airing verb at k followed by
// "on" and a capitalised channel: "Quiet Harbour airs on ITV", "Quiet
// Harbour, which was screened on BBC Two".
func (x *Extractor) titleAired(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k+2 >= hi || toks[k+1].Lower() != "on" || !isCapWord(toks[k+2]) || airingPlatforms[toks[k+2].Lower()] {
		return 0, 0
	}
	e := k
	passive := false
	for e-1 > lo && airingAux[toks[e-1].Lower()] && k-e < 3 {
		passive = passive || toks[e-1].Lower() != "which" && toks[e-1].Lower() != "will"
		e--
	}
	if toks[k].Lower() == "broadcast" && !passive {
		return 0, 0 // "the BBC will broadcast on Freeview": a broadcaster
	}
	if e-1 > lo && toks[e-1].Text == "," && e < k && toks[e].Lower() == "which" {
		e-- // "Quiet Harbour, which airs on ITV"
	}
	if e-1 < lo || !isCapWord(toks[e-1]) {
		return 0, 0
	}
	return x.subjectTitle(a, lo, e) // entities_works_boxoffice.go
}
