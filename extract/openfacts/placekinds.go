package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A place's name before a noun of trade or kind and a name says where
// the named party comes from: "US tycoon Malcolm Glazer", "Manchester
// rock band Doves", "UK sportswear firm Umbro". The words alone state
// it; the parse reads the place as a compound of the noun and links
// nothing.

// placeKindNouns are the nouns that, after a place's name, tell what
// kind of party the next name is, and so where it is from: a firm's
// trade ("US phone company MCI", "UK think-tank Demos"), a band or act
// ("London indie group Bloc Party"), a person's occupation ("US rapper
// Snoop Dogg", "UK entrepreneur Richard Branson"). Left out on purpose:
// posts that belong to the place itself ("US president", "London mayor",
// "New York attorney general": the holder serves the place, a fixed
// fact's business), a team's roles ("Wales coach", roleLinks reads
// them), results and rankings ("Athens gold medallist", "Doha
// champion": the place is where an event was held), "rival" and
// "partner" (a link to another party), "student" ("Warwick student":
// mostly the university), "analyst" and "economist" (a research firm's
// name reads as a place: "Jupiter analyst X"), and "legend", "icon", "veteran" ("Liverpool
// legend X": mostly a club's, named by its city).
var placeKindNouns = map[string]bool{
	// firms and bodies
	"firm": true, "company": true, "giant": true, "group": true, "bank": true,
	"network": true, "magazine": true, "newspaper": true, "publication": true,
	"operator": true, "telco": true, "insurer": true, "broker": true, "maker": true,
	"studio": true, "consortium": true, "start-up": true, "think-tank": true,
	"station": true, "retailer": true, "carrier": true, "airline": true,
	"manufacturer": true, "conglomerate": true, "chain": true, "label": true,
	"broadcaster": true, "agency": true, "charity": true, "organisation": true,
	"organization": true, "publisher": true, "developer": true, "provider": true,
	"supplier": true, "producer": true, "distributor": true, "lender": true,
	"investor": true, "fund": true, "club": true, "carmaker": true, "drugmaker": true,
	"chipmaker": true, "beermaker": true, "channel": true,
	// bands and acts
	"band": true, "duo": true, "trio": true, "act": true, "outfit": true,
	// people by trade
	"tycoon": true, "billionaire": true, "entrepreneur": true, "businessman": true,
	"businesswoman": true, "actor": true, "actress": true, "star": true,
	"singer": true, "singer-songwriter": true, "rapper": true, "musician": true,
	"comedian": true, "author": true, "writer": true, "novelist": true,
	"playwright": true, "photographer": true, "director": true, "film-maker": true,
	"filmmaker": true, "designer": true, "artist": true, "critic": true,
	"lawyer": true, "judge": true, "sprinter": true, "athlete": true, "runner": true,
	"boxer": true, "golfer": true, "cyclist": true, "swimmer": true,
	"model": true, "dj": true,
	"composer": true, "poet": true, "chef": true, "scientist": true,
	"blogger": true, "man": true, "woman": true,
}

// placeKindPlurals read "US rappers Beastie Boys", "UK rock bands Muse
// and Keane" as their singular.
func placeKindNoun(w string) bool {
	if placeKindNouns[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && placeKindNouns[strings.TrimSuffix(w, "s")]
}

// tradePlaces are places named for a trade rather than a home: "Hollywood
// star Tom Hanks", "West End show", "Wall Street analyst" say what
// business the party is in, not where it comes from.
var tradePlaces = map[string]bool{
	"hollywood": true, "bollywood": true, "broadway": true, "west end": true,
	"wall street": true, "high street": true, "fleet street": true, "madison avenue": true,
}

// maxKindWords bounds the words between the place and the name: at most
// two describing words and the kind noun ("US private equity group").
const maxKindWords = 3

// placeKindLinks reads "PLACE ('s) (DESC) KIND NAME" in sentence i as
// NAME ~be_from~ PLACE: only lower-case nouns and adjectives stand
// between, the last a placeKindNouns word. The place is a gazetteer's
// (a film or theatre typed as a place, "Cold Mountain director X",
// "National Theatre artistic director X", is not) and opens its phrase
// (no name word or possessive right before it: "Little Britain comedy
// duo X" is a show's, "Bank of England economist X" a body's), and the
// name is a person or a body. A demonym of a country the story names
// stands for the country ("Swiss cement firm Holcim", "Greek sprinter
// Kostas Kenteris"), as "Britain's" does.
func (a *analysis) placeKindLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence: the words between must be nouns and adjectives
	link := func(m1, m2 model.Mention, t0, t1 int) {
		if f, ok := a.placeKindLink(i, ms, m1, m2, t0, t1); ok {
			out = append(out, f)
		}
	}
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		surface := a.Doc.Text[m1.Start:m1.End]
		if tradePlaces[strings.ToLower(surface)] {
			return
		}
		if _, ok := a.Gazetteer.Lookup(surface); ok {
			link(m1, m2, t0, t1)
		}
	})
	for j, m1 := range ms {
		if m1.Kind != model.MentionDemonym || m1.Entity < 0 || a.Doc.Entities[m1.Entity].Type != model.Country {
			continue
		}
		// the first name after the demonym: only words stand between
		for _, m2 := range ms[j+1:] {
			if m2.Start < m1.End || m2.Entity < 0 || m2.Entity == m1.Entity {
				continue
			}
			if nameLike(m2.Kind) {
				if t0, t1 := a.tokenAt(m1.End), a.tokenAt(m2.Start); t0 < t1 && t1 <= sp.End {
					link(m1, m2, t0, t1)
				}
			}
			break
		}
	}
	return out
}

// placeKindLink checks one place (or demonym) m1 and name m2, with the
// tokens t0..t1 between them, and builds m2 ~be_from~ m1.
func (a *analysis) placeKindLink(i int, ms []model.Mention, m1, m2 model.Mention, t0, t1 int) (model.OpenFact, bool) {
	ents := a.Doc.Entities
	sp := a.SentTokens[i]
	if place, holder := ents[m1.Entity], ents[m2.Entity]; !place.Type.IsPlace() || holder.Type != model.Person && holder.Type != model.Organization {
		return model.OpenFact{}, false
	}
	words := a.Tokens[t0:t1]
	if len(words) > 0 && isPossMark(words[0].Text) && words[0].Start == m1.End {
		words = words[1:] // "Britain's biggest bank Barclays"
	}
	if n := len(words); n > 1 && words[n-1].Text == "The" {
		words = words[:n-1] // "US rapper The Game": the article opens the name
	}
	if len(words) == 0 || len(words) > maxKindWords || !kindWords(words) {
		return model.OpenFact{}, false
	}
	if last := words[len(words)-1].Lower(); !placeKindNouns[last] {
		// a plural kind names a list ("Greek sprinters X and Y",
		// "British actors X, Y and Z", "US car firms X (XC) and Y");
		// without one the -s word is
		// more often a verb the tagger took for a noun ("Britain
		// funds Oxfam")
		if t2 := a.tokenAt(m2.End); t2 >= sp.End || !kindListNext[a.Tokens[t2].Lower()] {
			return model.OpenFact{}, false
		}
	}
	if k := a.tokenAt(m1.Start) - 1; k >= sp.Start {
		prev := a.Tokens[k]
		name := prev.Flags&textseg.TCap != 0 && (strings.HasPrefix(prev.Tag, "NN") || strings.HasPrefix(prev.Tag, "JJ"))
		if name || isPossMark(prev.Text) || prev.Text == "-" {
			return model.OpenFact{}, false
		}
	}
	if a.cutShort(i, m1.Entity, -1, nil, ms) || a.cutShort(i, m2.Entity, -1, nil, ms) {
		return model.OpenFact{}, false
	}
	return model.OpenFact{
		Subject: m2.Entity, Object: m1.Entity, Key: "be_from", Label: "is from",
		Sentence: i, Rule: "openie:placekind", Confidence: 0.6,
	}, true
}

// kindListNext may follow the first name of a list after a plural kind.
var kindListNext = map[string]bool{",": true, "and": true, "(": true}

// kindWords reports whether words are lower-case nouns and adjectives
// ending in a kind noun: "rock band", "private equity group".
func kindWords(words []textseg.Token) bool {
	for k, w := range words {
		if w.Flags&textseg.TCap != 0 || !isWordish(w.Text) {
			return false
		}
		if k == len(words)-1 {
			// the kind noun itself: the word list is the evidence, as
			// the fast tagger misreads many after a place at a
			// sentence's start ("US rapper" as VBZ, "US operator" as
			// PRP); only a verb's -s or past form is a clause ("the
			// US funds Oxfam", "the UK starred")
			verb := w.Tag == "VBZ" && strings.HasSuffix(w.Lower(), "s") || w.Tag == "VBD" || w.Tag == "VBN"
			return !verb && placeKindNoun(w.Lower())
		}
		if !strings.HasPrefix(w.Tag, "NN") && !strings.HasPrefix(w.Tag, "JJ") {
			return false
		}
	}
	return false
}
