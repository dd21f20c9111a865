package openfacts

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Open facts read from the few words that join two names, without the
// parse: the parser splits or misattaches these short phrases ("Britain's
// Jason Gardener" parsed with the possessive on another word, fixture
// lines without a verb), and the words alone say what links the names.

// versusWords join two sides of a match: "Wales v Italy", "Arsenal vs
// Chelsea".
var versusWords = map[string]bool{"v": true, "vs": true, "versus": true}

// teamTypes are the entity types a side of a match has: a club, a
// national team (named by its country) or a city's club ("Leeds v
// Saracens"). People meet in a "v" only as a figure of speech ("Marvin
// Gaye v Tuff Jam").
func teamType(t model.EntityType) bool {
	return t == model.Organization || t == model.Country || t == model.City
}

// adjacentLinks reads five constructions between two adjacent names in
// sentence i:
//
//   - "A v B" and "A 17-18 B": A ~play~ B, a match between two teams
//     (fixture lists, "the Scotland v England match", result lines),
//     unless a side is an alternative ("Burnley or Blackburn v
//     Leicester");
//   - "COUNTRY's NAME": NAME ~be_from~ COUNTRY ("Britain's Jason Gardener",
//     "France's Peugeot"), and "ORG's PERSON": PERSON ~be_of~ ORG
//     ("Amazon's Robin Terrell"), unless NAME modifies a noun ("France's
//     Peugeot brand");
//   - "NAME (COUNTRY)": NAME ~be_from~ COUNTRY ("Ivan Ljubicic (Croatia)");
//   - "PERSON (PERSON N)" in a line-up: the second, who came on in minute
//     N, ~replace~ the first (see substitution);
//   - "A face B", "A will host B": a contest verb alone between two
//     sides (see matchVerbs and contestLink);
//   - "PERSON of/from/at BODY", also after a comma: PERSON ~be_of~ BODY
//     ("said Grant Wilson of Mellon Bank"; see personOfBody).
func (a *analysis) adjacentLinks(i int, ms []model.Mention) []model.OpenFact {
	var out []model.OpenFact
	ents := a.Doc.Entities
	sp := a.SentTokens[i]
	a.Earlier.SentenceTokens(i) // tags the sentence: the possessive reads the next word's tag
	a.namePairs(sp, ms, func(m1, m2 model.Mention, t0, t1 int) {
		if t1-t0 > 2 {
			return
		}
		t2 := a.tokenAt(m2.End)
		between := a.Tokens[t0:t1]
		e1, e2 := ents[m1.Entity].Type, ents[m2.Entity].Type
		var f model.OpenFact
		switch w := between[0].Lower(); {
		case versusWords[w] && (len(between) == 1 || between[1].Text == "."):
			if !teamType(e1) || !teamType(e2) || a.alternativeSide(a.tokenAt(m1.Start)-1, sp) || a.alternativeSide(t2, sp) {
				return
			}
			f = model.OpenFact{Subject: m1.Entity, Object: m2.Entity, Key: "play", Label: between[0].Text}
		case len(between) == 1 && scoreWord(w):
			// a result line: "England 17-18 France", "Newcastle 2-1
			// Bolton"
			if !teamType(e1) || !teamType(e2) || a.alternativeSide(a.tokenAt(m1.Start)-1, sp) || a.alternativeSide(t2, sp) {
				return
			}
			f = model.OpenFact{Subject: m1.Entity, Object: m2.Entity, Key: "play", Label: "played"}
		case len(between) == 1 && isPossMark(between[0].Text) && between[0].Start == m1.End:
			if t2 < sp.End && a.commonNoun(t2) {
				return
			}
			switch {
			case e1 == model.Country && (e2 == model.Person || e2 == model.Organization):
				f = model.OpenFact{Subject: m2.Entity, Object: m1.Entity, Key: "be_from", Label: "is from"}
			case e1 == model.Organization && e2 == model.Person:
				// "Amazon's Robin Terrell", "Aston Villa's Carlton
				// Cole": the person speaks or plays for the body; the
				// parse mostly hangs such a possessive on the wrong word
				f = model.OpenFact{Subject: m2.Entity, Object: m1.Entity, Key: "be_of", Label: "is of"}
			default:
				return
			}
		case matchVerb(between) != "":
			if !a.contestLink(m1, m2, t0, t2, sp, e1, e2, between) {
				return
			}
			label := between[0].Text
			if len(between) == 2 {
				label += " " + between[1].Text
			}
			f = model.OpenFact{Subject: m1.Entity, Object: m2.Entity, Key: matchVerb(between), Label: label}
		case nameLinkPrep(between) != "":
			// "said Grant Wilson of Mellon Bank", "Birgit Kuhlhoff,
			// from Sal Oppenheim, told Reuters": the parse mostly runs
			// the two names into one phrase
			prep := nameLinkPrep(between)
			if !a.personOfBody(m1, m2, t2, sp, e1, e2, prep, len(between) == 2) {
				return
			}
			label := prep
			if prep != "of" {
				label = "is " + prep
			}
			f = model.OpenFact{Subject: m1.Entity, Object: m2.Entity, Key: "be_" + prep, Label: label}
		case len(between) == 1 && w == "(" && e1 == model.Person && e2 == model.Person:
			// "Okafor (Lindqvist 63)": a line-up's substitute and the
			// minute he came on, for the player he replaced
			if !a.substitution(t2, sp) {
				return
			}
			f = model.OpenFact{Subject: m2.Entity, Object: m1.Entity, Key: "replace", Label: "replaced"}
		case len(between) == 1 && w == "(":
			if e2 != model.Country || e1 != model.Person && e1 != model.Organization || t2 >= sp.End || a.Tokens[t2].Text != ")" {
				return
			}
			f = model.OpenFact{Subject: m1.Entity, Object: m2.Entity, Key: "be_from", Label: "is from"}
		default:
			return
		}
		if a.cutShort(i, m1.Entity, -1, nil, ms) || a.cutShort(i, m2.Entity, -1, nil, ms) {
			return
		}
		f.Sentence, f.Rule, f.Confidence = i, "openie:adjacent", 0.6
		out = append(out, f)
	})
	return out
}

// lastMinute bounds the minute a substitute comes on in a line-up's
// brackets: a football match with extra time lasts 120 minutes, and a
// larger number in "NAME (NAME N)" is a tally or a year, no minute.
const lastMinute = 125

// substitution reports whether the words from token t2, right after the
// second name inside brackets opened after a first name, are a minute
// and the closing bracket: "Okafor (Lindqvist 63)" in a line-up, where
// Lindqvist came on for Okafor. A bracket holding anything else
// ("Marlowe (Brennan, 34)", an age; "(Brennan 2-1)") states no
// substitution.
func (a *analysis) substitution(t2 int, sp textseg.Span) bool {
	if t2+1 >= sp.End || a.Tokens[t2+1].Text != ")" {
		return false
	}
	n, err := strconv.Atoi(a.Tokens[t2].Text)
	return err == nil && n >= 1 && n <= lastMinute
}

// matchVerbs join the two sides of a contest with no other word between
// the names: "Boro face Sporting Lisbon", "Gaudio beat Gimelstob 7-6
// 6-4", "Wales will host Ireland". The parser often reads such a verb
// after a plural team name as a noun ("Boro face" as one phrase) and the
// link is lost; the three words alone state it. The value is the key.
var matchVerbs = map[string]string{
	"beat": "beat", "beats": "beat", "defeat": "defeat", "defeats": "defeat", "defeated": "defeat",
	"face": "face", "faces": "face", "meet": "meet", "meets": "meet", "play": "play", "plays": "play",
	"host": "host", "hosts": "host", "visit": "visit", "visits": "visit",
	"entertain": "entertain", "entertains": "entertain",
}

// teamOnlyVerbs link teams only: a person who hosts or visits a place is
// a fixed fact's business (hosted, visited), not a contest.
var teamOnlyVerbs = map[string]bool{"host": true, "visit": true, "entertain": true}

// matchVerb is the key of the words between two names when they are a
// contest verb, alone or after "will", or "".
func matchVerb(between []textseg.Token) string {
	switch {
	case len(between) == 1:
		return matchVerbs[between[0].Lower()]
	case len(between) == 2 && between[0].Lower() == "will":
		return matchVerbs[between[1].Lower()]
	}
	return ""
}

// clauseOpeners may stand right before the subject of "A face B": the
// sentence's start, a comma or a conjunction of time. Anything else
// ("if", "helped", "could") makes the pair a hypothesis or another
// verb's object.
var clauseOpeners = map[string]bool{
	",": true, ";": true, ":": true, "-": true, "–": true, "and": true, "but": true,
	"while": true, "when": true, "as": true, "after": true, "before": true, "then": true,
}

// contestLink checks "A VERB B" (m1, verb tokens between, m2; t0 the
// verb's first token, t2 the token after B): A opens its clause (or is a
// name after a possessive or a role, "Denmark's Kenneth Carlsen beat X",
// "French Open champion Gaston Gaudio beat X"), B ends
// its phrase (no noun, possessive or alternative after it: "face Pompey
// tie", "beat Keane's Hope and Fears", "face Bolton or Leeds"), the words
// are no quotation, and both sides can contest: teams, or two people
// for a verb that is not only a team's.
func (a *analysis) contestLink(m1, m2 model.Mention, t0, t2 int, sp textseg.Span, e1, e2 model.EntityType, between []textseg.Token) bool {
	verb := matchVerb(between)
	switch {
	case teamType(e1) && teamType(e2):
	case e1 == model.Person && e2 == model.Person && !teamOnlyVerbs[verb]:
	default:
		return false
	}
	if k := a.tokenAt(m1.Start) - 1; k >= sp.Start && !clauseOpeners[a.Tokens[k].Lower()] && !isPossMark(a.Tokens[k].Text) && !a.commonNoun(k) {
		return false
	}
	if t2 < sp.End {
		if n := a.Tokens[t2]; isPossMark(n.Text) || a.commonNoun(t2) || a.alternativeSide(t2, sp) {
			return false
		}
	}
	return !a.inQuote(a.Tokens[t0].Start)
}

// alternativeSide reports whether token k, next to a side of a match,
// makes that side one of two ("Burnley or Blackburn v Leicester",
// "Swindon/Notts Co v Middlesbrough"): the fixture waits on another.
func (a *analysis) alternativeSide(k int, sp textseg.Span) bool {
	if k < sp.Start || k >= sp.End {
		return false
	}
	w := a.Tokens[k].Lower()
	return w == "or" || w == "/"
}

// commonNoun reports whether token k is a lower-case noun: a name right
// before one modifies it.
func (a *analysis) commonNoun(k int) bool {
	t := a.Tokens[k]
	return t.Flags&textseg.TCap == 0 && len(t.Tag) >= 2 && t.Tag[:2] == "NN"
}

// nameLinkPrep is the preposition of the words between two names when
// they are "of", "from" or "at", alone or after a comma; else "".
func nameLinkPrep(between []textseg.Token) string {
	if len(between) == 2 && between[0].Text == "," {
		between = between[1:]
	}
	if len(between) != 1 {
		return ""
	}
	if w := between[0].Lower(); linkPreps[w] {
		return w
	}
	return ""
}

// personOfBody checks "PERSON of/from/at BODY" (t2 the token after BODY;
// comma when a comma stands before the preposition): a person and the
// body they speak or work for ("of", "at", "from"), or the place they are
// from ("from", "of"). BODY ends its phrase (no noun or possessive after
// it: "Herbert Hansen of Respond's partner Keyobs"); PERSON opens its
// phrase (no determiner before it: "The Guinness Book of Records") and
// holds no possessive (a work typed as a person, "Sir Joshua Reynolds'
// Portrait of Omai"). A "from" or "at" follows no verb or preposition,
// where it more often tells a move or a place than an affiliation ("took
// Iestyn Harris from Leeds to Cardiff", "lost his place to Almunia at
// Highbury"; a verb of saying is no move: "said Mark Miller, at HBOS"),
// nor, after a comma, the end of a list ("bought two brands,
// Hard Candy and Urban Decay, from LVMH"), and no "to" follows BODY.
func (a *analysis) personOfBody(m1, m2 model.Mention, t2 int, sp textseg.Span, e1, e2 model.EntityType, prep string, comma bool) bool {
	if e1 != model.Person {
		return false
	}
	switch {
	case e2 == model.Organization:
	case e2.IsPlace() && prep != "at":
	default:
		return false
	}
	if t2 < sp.End {
		if n := a.Tokens[t2]; isPossMark(n.Text) || a.commonNoun(t2) || n.Lower() == "to" {
			return false
		}
	}
	if name := a.Doc.Entities[m1.Entity].Name; strings.Contains(name, "' ") || strings.Contains(name, "'s ") {
		return false
	}
	if k := a.tokenAt(m1.Start) - 1; k >= sp.Start {
		tok := a.Tokens[k]
		switch {
		case tok.Tag == "DT":
			return false
		case prep != "of" && !quoteVerbs[tok.Lower()] && (strings.HasPrefix(tok.Tag, "VB") || tok.Tag == "IN" || tok.Tag == "TO"):
			return false
		case prep != "of" && comma && (tok.Lower() == "and" || tok.Lower() == "or"):
			return false
		}
	}
	return !a.inQuote(a.Tokens[a.tokenAt(m1.End)].Start)
}

// quoteVerbs introduce a speaker named after the quotation: "said Mark
// Miller, at HBOS Treasury Services".
var quoteVerbs = map[string]bool{"said": true, "says": true, "explained": true, "explains": true, "added": true, "adds": true, "told": true}
