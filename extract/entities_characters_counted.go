package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A part that actor after actor takes is counted like an office: "who
// will be the next James Bond", "to become the first black Doctor
// Quill", "the new Lara Harlow". The name after the count is a
// character, not a person GOLD.md would list, yet the name rules type it
// a person because it opens with a first name. A story that counts the
// part names it elsewhere only as a modifier of a noun ("James Bond
// fans", "the James Bond theme"), never as someone who acts; then every
// mention of it is a work's, and none is an entity; so is its last word
// written alone in the same frames or after "as" ("the next Bond", "a
// fifth appearance as Bond"). A name the story also uses on its own
// ("James Bond said", "used by James Bond"), or a word of which it
// writes alone elsewhere ("Bond said", "Harry's story"), keeps its
// entity: the rule cannot tell a character from a real person there.

// partCounts are the words that count a part's holders.
var partCounts = lexicon.WordSet(`next new first last latest original previous`)

// partHolderWords describe who takes a counted part and may stand between
// the count and the name; the tagger reads some of them as nouns ("the
// first black James Bond", "the first female Doctor"). A noun of any
// other kind keeps the name a person's ("the first actor Tom Reed").
var partHolderWords = lexicon.WordSet(`black white female male gay teenage young older
	younger`)

// partAdjective reports whether t may stand between a part's count and
// its name.
func partAdjective(t textseg.Token) bool {
	if t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 || partCounts[t.Text] {
		return false
	}
	return strings.HasPrefix(t.Tag, "JJ") || partHolderWords[t.Text]
}

// countedParts returns the spans of a counted part's name and of every
// other mention of it, when each is counted or a noun's modifier, in a
// story that speaks of works.
func (x *Extractor) countedParts(a *analysis) [][2]int {
	toks := a.tokens
	var out [][2]int
	done := map[string]bool{}
	for s, r := range a.sentTokens {
		for k := r.Start; k+1 < r.End; k++ {
			if !partCounts[toks[k].Text] {
				continue
			}
			i, j := x.countedPartAt(a, s, k)
			if j <= i {
				continue
			}
			key := tokenKey(toks[i:j])
			if done[key] {
				continue
			}
			done[key] = true
			if !a.speaksOfWorksStory() {
				return nil
			}
			if spans, ok := x.partMentions(a, i, j); ok {
				out = append(out, spans...)
			}
		}
	}
	return out
}

// countedPartAt reads "the|a COUNT [adjective…] NAME" with the count
// word at k: NAME is two or three capitalised words opening with a first
// name the gazetteer does not know, and it closes its phrase (a noun
// after it makes it a modifier: "the new James Bond film" is an
// instalment, entities_works_franchises.go).
func (x *Extractor) countedPartAt(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 < lo || (toks[k-1].Lower() != "the" && toks[k-1].Lower() != "a") {
		return 0, 0
	}
	a.tagSentence(s)
	i := k + 1
	for i < hi && i-k <= 2 && partAdjective(toks[i]) {
		i++ // "the first black James Bond"
	}
	j := i
	for j < hi && j-i < 3 && isCapWord(toks[j]) {
		j++
	}
	if j-i < 2 || j < hi && isCapWord(toks[j]) || x.names[toks[i].Lower()] == 0 || x.gazInside(a, i, j) {
		return 0, 0
	}
	if j < hi && (isPossessive(toks[j].Text) || isCommonNoun(toks[j])) {
		return 0, 0
	}
	return i, j
}

// isCommonNoun reports whether t is a lower-case noun.
func isCommonNoun(t textseg.Token) bool {
	return t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(t.Tag, "NN")
}

// partMentions returns every mention of the name toks[i:j] when each is
// counted (partCounts before it, adjectives between) or modifies a
// lower-case noun after it; ok is false when any other mention stands
// for someone.
func (x *Extractor) partMentions(a *analysis, i, j int) ([][2]int, bool) {
	toks := a.tokens
	key, n := tokenKey(toks[i:j]), j-i
	var out [][2]int
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].Text != toks[i].Text || tokenKey(toks[p:p+n]) != key {
			continue
		}
		q := p + n
		if p > 0 && isCapWord(toks[p-1]) || q < len(toks) && isCapWord(toks[q]) {
			return nil, false // inside a longer name
		}
		s := a.sentOf(p)
		a.tagSentence(s)
		if q < a.sentTokens[s].End && isCommonNoun(toks[q]) {
			out = append(out, [2]int{p, q}) // "James Bond fans"
			continue
		}
		c := p - 1
		for c > a.sentTokens[s].Start && p-c <= 2 && partAdjective(toks[c]) {
			c--
		}
		if c >= a.sentTokens[s].Start && partCounts[toks[c].Text] {
			if b, e := x.countedPartAt(a, s, c); b == p && e == q {
				out = append(out, [2]int{p, q})
				continue
			}
		}
		return nil, false
	}
	if len(out) == 0 {
		return nil, false
	}
	short, ok := framedPieces(a, i, j)
	if !ok {
		return nil, false
	}
	return append(out, short...), true
}

// framedPieces returns the mentions of a word of the name toks[i:j]
// standing alone elsewhere ("the next Bond", "new Bond favourite", "a
// fifth appearance as Bond"), when each is the name's last word framed as
// the part: counted, a noun's modifier, or after "as" or a character
// frame. Any other lone word of the name ("Harry's story", "Bond said")
// may be the person the short form names, so ok is false and the rule
// keeps the name whole rather than split the short form from it.
func framedPieces(a *analysis, i, j int) ([][2]int, bool) {
	toks := a.tokens
	last := toks[j-1].Text
	var out [][2]int
	for p := range toks {
		if !isCapWord(toks[p]) || p > 0 && isCapWord(toks[p-1]) || p+1 < len(toks) && isCapWord(toks[p+1]) {
			continue
		}
		piece := false
		for w := i; w < j; w++ {
			piece = piece || toks[p].Text == toks[w].Text
		}
		if !piece {
			continue
		}
		if toks[p].Text != last || !framedPart(a, p) {
			return nil, false
		}
		out = append(out, [2]int{p, p + 1})
	}
	return out, true
}

// framedPart reports whether the lone word at p is framed as a part: a
// count before it ("the next Bond"), a noun after it ("Bond fans") or
// "as" or a character frame before it ("appeared as Bond", "the role of
// Bond").
func framedPart(a *analysis, p int) bool {
	toks := a.tokens
	s := a.sentOf(p)
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	a.tagSentence(s)
	if p+1 < hi && isCommonNoun(toks[p+1]) {
		return true
	}
	c := p - 1
	if c >= lo && toks[c].Text == "of" {
		c--
	}
	if c >= lo && (toks[c].Text == "as" || characterFrames[toks[c].Lower()]) {
		return true
	}
	for c = p - 1; c > lo && p-c <= 2 && partAdjective(toks[c]); c-- {
	}
	return c > lo && partCounts[toks[c].Text] && (toks[c-1].Lower() == "the" || toks[c-1].Lower() == "a")
}
