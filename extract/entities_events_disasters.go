package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Disasters named by their kind. A story written after a great natural
// disaster calls it by its kind with the definite article, as one event
// every reader knows: "the tsunami", "the Asian tsunami disaster", "the
// Indian Ocean tsunami", "the earthquake". GOLD.md's annotators list it
// as an Event under the description without the article ("Asian tsunami
// disaster", "tsunami"). Unlike a described gathering, which is dropped
// when no fact reaches it (settleDescribedEvents), the disaster is what
// the story is about, so it stays an entity as a name does.
//
// Read after "the" only: the noun, optionally after the capitalised
// words of a place or its demonym ("the Asian", "the Indian Ocean"), and
// optionally before "disaster". "A tsunami", "the next earthquake" or
// "the massive earthquake" may be any such disaster, a future one or a
// kind, and are left alone; a noun after the phrase makes it a modifier
// of another thing ("the tsunami victims", "the tsunami relief effort").
// The mention covers the lower-case words only, so that a place before
// keeps its own mention. Every form a story uses is one entity, named by
// the longest form and aliased by the others, since annotators give the
// fullest form as the name.

// disasterNouns are the natural disasters told of by their kind, each
// with the kind its phrases are grouped by: "the quake" is the
// earthquake a story told of before.
var disasterNouns = map[string]string{
	"tsunami":    "tsunami",
	"earthquake": "earthquake",
	"quake":      "earthquake",
	"hurricane":  "hurricane",
	"cyclone":    "cyclone",
	"typhoon":    "typhoon",
}

// disasterName reports an event name that is a disaster told of by its
// kind ("tsunami", "Asian tsunami disaster"): its last word, a tail
// aside, is a disaster noun. Stages that look for the story's one
// competition pass over such events.
func disasterName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if n := len(words); n > 1 && disasterTails[words[n-1]] {
		words = words[:n-1]
	}
	return len(words) > 0 && disasterNouns[words[len(words)-1]] != ""
}

// disasterTails may close such a phrase and belong to its name: "the
// tsunami disaster".
var disasterTails = lexicon.WordSet(`disaster catastrophe`)

// disasterMaxPlaceWords bounds the capitalised words between "the" and
// the noun ("the Indian Ocean tsunami", "the South Asian tsunami").
const disasterMaxPlaceWords = 3

// disasterPhrase is one disaster phrase found, in tokens.
type disasterPhrase struct {
	sent      int
	name0     int // first word of the name (after "the")
	noun, end int // the mention [noun, end): the noun and its tail
}

// findDisasterEvents adds an Event name mention for every disaster
// phrase, all of a story's phrases naming one entity.
func (a *analysis) findDisasterEvents() {
	var found []disasterPhrase
	var tags []string
	tagSent := -1
	for s, r := range a.sentTokens {
		for h := r.Start + 1; h < r.End; h++ {
			t := a.tokens[h]
			if disasterNouns[t.Lower()] == "" || isCapWord(t) {
				continue
			}
			k := h - 1
			for k > r.Start && h-k <= disasterMaxPlaceWords && isCapWord(a.tokens[k]) && a.disasterPlaceWord(k) {
				k--
			}
			if a.tokens[k].Lower() != "the" {
				continue // "a tsunami", "the massive earthquake", "the next quake"
			}
			end := h + 1
			if end < r.End && disasterTails[a.tokens[end].Lower()] {
				end++
			}
			if tags == nil || tagSent != s {
				tags, tagSent = a.peekTags(s, tags[:0]), s
			}
			if !strings.HasPrefix(tags[h-r.Start], "NN") && !strings.HasPrefix(tags[h-r.Start], "JJ") {
				continue
			}
			if end < r.End {
				n := a.tokens[end]
				if n.Flags&textseg.TAlpha != 0 && !isCapWord(n) && strings.HasPrefix(tags[end-r.Start], "NN") {
					continue // "the tsunami victims", "the earthquake zone"
				}
				if n.Text == "-" {
					continue // "the tsunami-hit coast"
				}
			}
			if a.mentionOverAny(h, end) {
				continue
			}
			found = append(found, disasterPhrase{sent: s, name0: k + 1, noun: h, end: end})
		}
	}
	if len(found) == 0 {
		return
	}
	// One entity per kind of disaster: the longest form names it.
	longest := make(map[string]string) // kind -> the longest name
	for _, f := range found {
		n := a.describedText(f.name0, f.end)
		w := disasterNouns[a.tokens[f.noun].Lower()]
		if len(n) > len(longest[w]) {
			longest[w] = n
		}
	}
	for _, f := range found {
		name := longest[disasterNouns[a.tokens[f.noun].Lower()]]
		own := a.describedText(f.name0, f.end)
		a.insertMention(mention{sent: f.sent, t0: f.noun, t1: f.end, kind: MentionName, typ: Event, strong: true,
			surface: name, entity: -1, acrOf: -1, titleAttr: -1,
			Span: textseg.Span{Start: a.tokens[f.noun].Start, End: a.tokens[f.end-1].End}})
		if own != name {
			// The phrase's own form is an alias of the entity
			// (placedAliases adds it).
			a.described = append(a.described, describedName{t0: f.noun, names: []string{own}, owner: -1,
				head: a.tokens[f.noun].Lower(), aliasOnly: true})
		}
	}
}

// disasterPlaceWord reports whether capitalised token k may be part of a
// place's name or a demonym before the noun: a place or demonym as the
// mention finder read it ("Indian Ocean"), or a word it read as no
// mention at all ("Asian", an adjective of a region it does not list). A
// word of a person's or a body's name makes the phrase another thing.
func (a *analysis) disasterPlaceWord(k int) bool {
	for i := range a.ments {
		m := &a.ments[i]
		if m.t0 > k || k >= m.t1 || m.hidden || m.kind == MentionPronoun {
			continue
		}
		return m.kind == MentionDemonym || m.kind == MentionName && (m.typ == Place || m.typ == Country || m.typ == City)
	}
	return true
}

// mentionOverAny reports whether any mention but a pronoun holds a token
// of [t0, t1).
func (a *analysis) mentionOverAny(t0, t1 int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.kind != MentionPronoun && !m.hidden && m.t0 < t1 && t0 < m.t1 {
			return true
		}
	}
	return false
}
