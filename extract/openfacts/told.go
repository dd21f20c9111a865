package openfacts

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A speaker named right before "told" and a body named right after it
// ("Thanou told To Vima newspaper", "Mr Tansley told the BBC News
// website", "Bennett told BBC Radio Five Live's Sportsweek programme")
// state that the one told the other, however the rest of the sentence
// goes. The parse often loses the pair: a quotation before the verb, a
// clause after the outlet ("told the BBC News website she had ...") or
// an outlet's possessive leave the body in a complement or an oblique
// that no tuple reads. These words need no parse.
// Tests: told_test.go.

// tellForms are the forms of "tell" read between the two names, with the
// auxiliary that may stand before them. A modal, a negation or any other
// word between the speaker and the verb leaves the pair to the parse.
var tellForms = map[string]bool{"told": true, "tells": true}

// tellAuxiliaries may stand between the speaker and the verb: "Rinaldi
// has told BBC Sport".
var tellAuxiliaries = map[string]bool{"has": true, "have": true, "had": true}

// toldSpeakers are the entity types that tell: a person or a body
// speaking through a spokesman ("Deutsche Boerse told Reuters").
var toldSpeakers = map[model.EntityType]bool{model.Person: true, model.Organization: true}

// toldFollowers are the words after the body that end its phrase: the
// body is what was told, not a modifier of a noun ("told Arsenal fans")
// nor the subject of a clause of instruction ("told Chelsea to ...").
// Punctuation, "that", a pronoun opening the reported clause, or a
// preposition or time word of the telling itself.
var toldFollowers = map[string]bool{
	".": true, ",": true, ":": true, ";": true, "\"": true, "“": true,
	"that": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "there": true,
	"on": true, "in": true, "at": true, "from": true, "during": true, "after": true, "before": true,
	"last": true, "yesterday": true, "earlier": true, "recently": true, "this": true,
}

// toldOutletNouns close the phrase of a body that was told: a medium
// ("the Reuters news agency", "To Vima newspaper", "BBC Radio Five
// Live's Sportsweek programme"). Team nouns are not here: "told the
// England squad" speaks to players, not to the body.
var toldOutletNouns = map[string]bool{
	"agency": true, "newspaper": true, "paper": true, "website": true, "site": true,
	"programme": true, "program": true, "show": true, "magazine": true, "journal": true,
	"channel": true, "station": true, "network": true, "radio": true, "television": true,
}

// toldLinks reads "SPEAKER [has] told [the] BODY" in sentence i: the
// speaker (a person or body named right before the verb, outside any
// quotation) ~tell~ the body named right after it, when the body's
// phrase ends there or in an outlet noun ("the Reuters news agency",
// "BBC World Service's The Ticket programme").
func (a *analysis) toldLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	ents := a.Doc.Entities
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence
	for _, m := range ms {
		if m.Entity < 0 || m.Kind != model.MentionName || !toldSpeakers[ents[m.Entity].Type] || a.inQuote(m.Start) {
			continue
		}
		v := a.tokenAt(m.End)
		words := []string{}
		if v < sp.End && tellAuxiliaries[a.Tokens[v].Lower()] {
			words = append(words, a.Tokens[v].Text)
			v++
		}
		if v >= sp.End || !tellForms[a.Tokens[v].Lower()] || a.inQuote(a.Tokens[v].Start) {
			continue
		}
		if len(words) > 0 && a.Tokens[v].Lower() == "tells" {
			continue // "has tells" is no verb group
		}
		words = append(words, a.Tokens[v].Text)
		n := v + 1
		if n < sp.End && a.Tokens[n].Lower() == "the" {
			n++
		}
		if n >= sp.End {
			continue
		}
		o := -1
		var om model.Mention
		for _, c := range ms {
			if c.Start == a.Tokens[n].Start && c.Kind == model.MentionName && c.Entity >= 0 && c.Entity != m.Entity &&
				ents[c.Entity].Type == model.Organization && (o < 0 || c.End > om.End) {
				o, om = c.Entity, c
			}
		}
		if o < 0 || !a.toldSpeaker(m, sp.Start) || a.cutShort(i, o, -1, nil, ms) || a.cutShort(i, m.Entity, -1, nil, ms) {
			continue
		}
		ok, noun := a.toldPhraseEnds(a.tokenAt(om.End), sp.End)
		if !ok {
			continue
		}
		key, label := "tell", strings.Join(words, " ")
		if noun != "" {
			// "told Bath's official website": the body owns the medium
			key, label = joinKey(key, keyWord(noun), "of"), label+" the "+noun+" of"
		}
		out = append(out, model.OpenFact{
			Subject: m.Entity, Object: o, Key: key, Label: label,
			Sentence: i, Rule: "openie:told", Confidence: 0.6,
		})
	}
	return out
}

// toldPhraseEnds reports whether the body's phrase ends at token k (the
// first token after its name, end the sentence's end): the sentence ends,
// a word of toldFollowers comes, or an outlet noun closes it, directly or
// after at most two lower-case nouns ("news agency"). After the body's
// possessive an outlet noun within four words ("Uefa's Champions
// magazine") is returned as noun: the medium is the body's, and the
// link says so.
func (a *analysis) toldPhraseEnds(k, end int) (ok bool, noun string) {
	if k >= end {
		return true, ""
	}
	t := a.Tokens[k]
	if toldFollowers[t.Lower()] {
		return true, ""
	}
	if t.Lower() == "'s" || t.Lower() == "’s" || t.Text == "'" || t.Text == "’" {
		for n := k + 1; n < end && n <= k+4; n++ {
			if toldOutletNouns[a.Tokens[n].Lower()] {
				return true, a.Tokens[n].Lower()
			}
			if !wordToken(a.Tokens[n]) {
				return false, ""
			}
		}
		return false, ""
	}
	for n := k; n < end && n < k+3; n++ {
		w := a.Tokens[n]
		if toldOutletNouns[w.Lower()] {
			return true, ""
		}
		if w.Flags&textseg.TCap != 0 || !strings.HasPrefix(w.Tag, "NN") {
			return false, ""
		}
	}
	return false, ""
}

// spokesNouns name one who speaks for a body: "a spokesman for Delta
// Airlines told BBC News" is the body telling.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true}

// toldSpeaker reports whether mention m, right before "told", is the one
// who told (start is the sentence's first token). A body after a
// preposition is some person's employer, "Marc Ostwald, a strategist at
// Monument Securities told Reuters" (the comma closing the apposition
// is missing), unless the person is its spokesman ("a spokesman for the
// English National Ballet told").
func (a *analysis) toldSpeaker(m model.Mention, start int) bool {
	k := a.tokenAt(m.Start) - 1
	if k >= start && a.Tokens[k].Lower() == "the" {
		k--
	}
	if k < start || !strings.HasPrefix(a.Tokens[k].Tag, "IN") && a.Tokens[k].Lower() != "of" {
		return true
	}
	return k-1 >= start && spokesNouns[a.Tokens[k-1].Lower()]
}

// wordToken reports a token made of letters (a word of a programme's or
// magazine's name), not punctuation.
func wordToken(t textseg.Token) bool {
	for _, r := range t.Text {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}
