package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Aircraft, vehicles and drugs are products, named like people or firms
// ("the P-3 Orion maritime surveillance aircraft", "its Zorvex drug"):
// the name rules type such a model as a person or an organisation, and it
// then carries open facts ("the air force is considering the buying of
// P-3 Orion"). The kind of thing follows the name, often behind
// lower-case modifiers. A single name before such a noun is as often its
// maker ("the Boeing jet", "the Pfizer drug"), so the name counts as a
// model only where the phrase says it is one: a model number inside it
// ("P-3 Orion", "the A390 superjumbo"; a year is no model number: "the
// 2004 Ferrari car") or an owner before it ("its
// Zorvex drug", "Quillsoft's Tern helicopter"), whose product it is.

// craftNouns are kinds of machines and manufactured goods whose model name
// precedes them.
var craftNouns = lexicon.WordSet(`aircraft airliner airliners jet jets plane planes
	superjumbo helicopter helicopters bomber bombers fighter fighters drone drones
	warship warships submarine submarines spacecraft satellite rocket missile missiles
	car cars saloon hatchback coupe convertible truck lorry tractor motorbike scooter
	drug drugs pill vaccine medicine treatment inhaler`)

// craftOwners are the possessive determiners before an owned model ("its
// Zorvex drug"); a name's possessive ("Quillsoft's") counts too.
var craftOwners = lexicon.WordSet(`its their his her our`)

// craftModifierMax is the most lower-case modifiers read between a model
// name and its noun ("maritime surveillance").
const craftModifierMax = 2

// titleBeforeCraft reads a model name before the craft noun at k: a
// determiner or possessive, the capitalised name, up to craftModifierMax
// lower-case nouns or adjectives, and the noun, which must head its
// phrase ("the Boeing jet engine" names an engine maker's part). The name
// must hold a model number or follow an owner, and be no name the
// gazetteer knows, no demonym and no person's full name.
func (x *Extractor) titleBeforeCraft(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	a.tagSentence(s)
	if !strings.HasPrefix(toks[k].Tag, "NN") || k+1 < hi && strings.HasPrefix(toks[k+1].Tag, "NN") {
		return 0, 0
	}
	e := k
	for n := 0; n < craftModifierMax && e-1 > lo; n++ {
		p := toks[e-1]
		if p.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0 ||
			!strings.HasPrefix(p.Tag, "NN") && !strings.HasPrefix(p.Tag, "JJ") {
			break
		}
		e--
	}
	if e-1 <= lo || !modelWord(toks[e-1]) {
		return 0, 0
	}
	i := e - 1
	for i-1 > lo && modelWord(toks[i-1]) || i-2 > lo && joinedHyphen(toks[i-2], toks[i-1], toks[i]) {
		if modelWord(toks[i-1]) {
			i--
		} else {
			i -= 2 // "P-3 Orion" is cut into "P", "-", "3"
		}
	}
	d := toks[i-1]
	owned := craftOwners[d.Lower()] || isPossessive(d.Text)
	if !owned && d.Lower() != "the" {
		return 0, 0
	}
	numbered, named := false, false
	for p := i; p < e; p++ {
		if (toks[p].Flags&textseg.TDigit != 0 || strings.ContainsAny(toks[p].Text, "0123456789")) && !textseg.YearWord(toks[p].Text) {
			numbered = true
		}
		if toks[p].Flags&textseg.TCap != 0 {
			named = true
		}
	}
	if !named || !owned && !numbered {
		return 0, 0
	}
	last := toks[e-1].Lower()
	// A model number leaves no doubt about the whole: a known word inside
	// it ("Orion") is the model's own; without one, any known name vetoes.
	known := x.knownPrefix(a, i, e)
	if !numbered {
		known = x.gazInside(a, i, e)
	}
	if known || x.names[toks[i].Lower()] != 0 && e-i >= 2 && !numbered ||
		lexicon.OrgHeads[last] || lexicon.PlaceHeads[last] || lexicon.EventHeads[last] {
		return 0, 0
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return 0, 0 // "the British jet"
	}
	return i, e
}

// modelWord reports a word of a model's name: capitalised, or a number
// ("787 Dreamliner", "P-3 Orion").
func modelWord(t textseg.Token) bool {
	return isCapWord(t) || t.Flags&textseg.TDigit != 0 && t.Flags&textseg.TPunct == 0
}

// joinedHyphen reports a hyphen touching the words on both sides ("P-3").
func joinedHyphen(l, h, r textseg.Token) bool {
	return h.Text == "-" && l.End == h.Start && h.End == r.Start && modelWord(l)
}
