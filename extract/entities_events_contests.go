package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Television contests. A reality or talent show whose contestants are
// voted out one by one ("Celebrity Big Brother", "I'm A Celebrity", "Pop
// Idol") is an event its contestants take part in (GOLD.md: Event; the
// bbc-dev3 annotators' "Celebrity Big Brother"). Its name is made of
// common words, so the name rules never form it, and the work rules
// would take it for a programme's title. A known contest's name is an
// Event mention where the story tells of the contest itself: it speaks
// of contestants, housemates or evictions.

// contestShows are the contests known by name, as token keys.
var contestShows, contestShowMax = keySet(`celebrity big brother|big brother|
	pop idol|x factor|fame academy|strictly come dancing|celebrity wrestling|
	hell's kitchen|eurovision song contest|american idol|australian idol|
	i'm a celebrity|i 'm a celebrity`)

// contestCues tell that a story is about a contest and its contestants.
var contestCues = lexicon.WordSet(`contestant contestants housemate housemates
	evicted eviction evictions`)

// findContestShows adds an Event mention for every capitalised mention
// of a known contest in a story about its contestants; a shorter known
// name inside a longer one the story uses ("Big Brother" beside
// "Celebrity Big Brother") is left to coreference with it.
func (x *Extractor) findContestShows(a *analysis) {
	cued := false
	for i := range a.tokens {
		if contestCues[a.tokens[i].Lower()] {
			cued = true
			break
		}
	}
	if !cued {
		return
	}
	for s, r := range a.sentTokens {
		for i := r.Start; i < r.End; i++ {
			if !isCapWord(a.tokens[i]) || i > r.Start && isCapWord(a.tokens[i-1]) && !capArticle(a.tokens[i-1].Text) {
				continue
			}
			for n := min(contestShowMax, r.End-i); n >= 1; n-- {
				j := i + n
				if j < r.End && isCapWord(a.tokens[j]) || !contestShows[tokenKey(a.tokens[i:j])] || !allCapWords(a.tokens[i:j]) {
					continue
				}
				a.addContestMention(s, i, j)
				i = j - 1
				break
			}
		}
	}
}

// allCapWords reports whether every word of toks is capitalised (an
// apostrophe piece such as "'m" aside).
func allCapWords(toks []textseg.Token) bool {
	for _, t := range toks {
		if t.Flags&textseg.TAlpha != 0 && !isCapWord(t) && t.Text[0] != '\'' {
			return false
		}
	}
	return true
}

// addContestMention adds the Event mention over tokens [i, j) of sentence
// s, hiding the name mentions inside it that the name rules formed from
// its words.
func (a *analysis) addContestMention(s, i, j int) {
	for k := range a.ments {
		if m := &a.ments[k]; m.kind != MentionPronoun && m.t0 >= i && m.t1 <= j {
			m.hidden = true
		}
	}
	a.insertMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Event, strong: true,
		surface: textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[j-1].End]), entity: -1, acrOf: -1, titleAttr: -1,
		Span: textseg.Span{Start: a.tokens[i].Start, End: a.tokens[j-1].End}})
}
