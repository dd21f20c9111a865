package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Nouns before a name that say a firm bears it only in a certain shape,
// unlike the firm nouns proper (lexicon.FirmNouns), which say so alone:
//
//	oil giant Verra Petrol, software giants Orvex   a trade, then "giant"
//	analysts Quorum Insight, said analysts Tallis Data   the plural "analysts"
//
// "giant" alone is said of people as well ("a giant of jazz", "the giant
// Kowalski"), but an industry noun before it makes it a firm's epithet:
// news writes "technology giant", "mortgage giant", "retail giant" of
// companies. A person's job stands in the singular before his name
// ("analyst Bill Thompson"); the plural before one name is a firm of
// analysts. A name opening with a known first name stays a person after
// either ("jazz giant Miles Davis", "analysts Tom Hall and Ann Lee"),
// unless the word before "giant" is a trade only firms work in
// (firmTrades: "mortgage giant Fannie Mae", "oil giant Shell").

// firmTrades are the trades before "giant" that no person is a giant of;
// the arts, sport and media are left out ("music giant Elton John",
// "media giant Rupert Murdoch").
var firmTrades = lexicon.WordSet(`oil gas energy fuel mining steel chemical
	chemicals agrochemical drug drugs pharmaceutical pharmaceuticals banking
	bank insurance mortgage telecoms telecom technology software search chip
	electronics handset phone mobile internet net satellite retail
	supermarket food foods drink drinks brewing car goods products`)

// firmEpithets are the nouns that, after an industry word, describe a
// firm by its size.
var firmEpithets = lexicon.WordSet(`giant giants`)

// firmOfManyNouns are plural job nouns that, right before a single name,
// make it a firm of such workers.
var firmOfManyNouns = lexicon.WordSet(`analysts`)

// firmDescribedBefore reports whether m follows an industry word and
// "giant", or the plural "analysts", with no known first name opening it
// unless the industry is one of firmTrades.
func (a *analysis) firmDescribedBefore(m *mention) bool {
	s, p := m.sent, m.t0-1
	if !a.lowerAt(s, p) {
		return false
	}
	w := a.tokens[p].Text
	if firmOfManyNouns[w] {
		return !m.firstName
	}
	if !firmEpithets[w] || !a.lowerAt(s, p-1) {
		return false
	}
	// "the giant US deficit", "some giant robots": a determiner says
	// nothing of what trade the giant is in.
	trade := a.tokens[p-1].Lower()
	return firmTrades[trade] || !m.firstName && !groupDeterminers[trade]
}

// personlessBodyNouns name a body of people and never a person, so a name they
// describe is a body even when it is shaped like a person's name, as
// encyclopaedias introduce movements and groups: right before it ("the
// terrorist organization Sendero Luminoso") or closing a noun phrase the
// name stands in apposition to ("support for the Peruvian terrorist
// organization, Sendero Luminoso"). A known first name keeps the person
// ("the organization Jose Bove founded": a relative clause, not a name
// of the body).
var personlessBodyNouns = lexicon.WordSet(`organization organisation`)

// bodyNounBefore reports whether a body noun stands right before m, or
// before a comma right before m at the end of a noun phrase opened by
// "the" (within six words) that is no sentence's fronted phrase ("At the
// organisation, Tom Reed said" puts a person after it).
func (a *analysis) bodyNounBefore(m *mention) bool {
	if m.firstName {
		return false
	}
	s, p := m.sent, m.t0-1
	lo := a.sentTokens[s].Start
	if a.lowerAt(s, p) && personlessBodyNouns[a.tokens[p].Text] {
		return true
	}
	if p-1 <= lo || a.tokens[p].Text != "," || !a.lowerAt(s, p-1) || !personlessBodyNouns[a.tokens[p-1].Text] {
		return false
	}
	for q := p - 2; q > lo && q >= p-8; q-- {
		t := a.tokens[q]
		if t.Lower() == "the" {
			return q-1 > lo && a.lowerAt(s, q-1)
		}
		if t.Flags&textseg.TPunct != 0 {
			return false
		}
	}
	return false
}
