package openfacts

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// listPossessor is the name a possessive's "'s" follows when the parse
// hung the mark on the first name of a list: in "beat Swede Daniel
// Persson and Italy's Luca Verdecchia" the mark sits on Persson but
// follows Italy, and the owner is the name it follows (also when two
// own one thing, "Kenteris and Thanou's coach", the last owns it). It
// returns sub when the mark follows sub's own name, the other name's
// entity when another name precedes it, and -1 when a word no entity
// holds does ("Todd Martin and Roddick's close friend" with Roddick
// unnamed).
func listPossessor(s *syntax.Sentence, arg openie.Arg, sub int, ms []model.Mention) int {
	mark := -1
	for j := range s.Head {
		if s.Head[j]-1 == arg.Head && s.Deprel[j] == "case" && isPossMark(s.Words[j]) {
			mark = j
			break
		}
	}
	if mark < 0 && arg.Span.End > 0 && arg.Span.End < len(s.Words) && isPossMark(s.Words[arg.Span.End]) {
		// the mark hung on the last conjunct, past the possessor's span
		mark = arg.Span.End
	}
	if mark <= 0 {
		return sub
	}
	if e := entityOfToken(s, mark-1, ms); e != sub && listed(s, arg.Head, mark-1) {
		return e
	}
	return sub
}

// listed reports whether word w is a conjunct in the phrase headed by h
// (reached from h through flat and conj links only).
func listed(s *syntax.Sentence, h, w int) bool {
	conj := false
	for k := w; k >= 0 && k < len(s.Head) && k != h; k = s.Head[k] - 1 {
		switch s.Deprel[k] {
		case "conj":
			conj = true
		case "flat", "compound":
		default:
			return false
		}
	}
	return conj
}

// swallowsClause reports whether the parse ran name c on into a clause
// of its own, taking its verb as part of the name: "and 18-year-old
// Mirza beat Jelena Kostanic", with "beat" a flat word of Mirza. A
// lowercase word that is no name particle in a name's flat chain is
// such a verb.
func swallowsClause(s *syntax.Sentence, c int) bool {
	if c < 0 || c >= len(s.Head) {
		return false
	}
	for k := c + 1; k < len(s.Head) && s.Head[k]-1 >= c && s.Head[k]-1 < k && s.Deprel[k] == "flat"; k++ {
		if s.UPOS[k] != "X" && s.UPOS[k] != "VERB" && s.UPOS[k] != "AUX" {
			continue
		}
		if r := []rune(s.Words[k]); len(r) > 0 && unicode.IsLower(r[0]) && !nameParticles[s.Words[k]] {
			return true
		}
	}
	return false
}

// nameParticles are the lowercase words inside names ("Rafael van der
// Vaart", "Luiz da Silva").
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "da": true, "das": true, "do": true,
	"dos": true, "di": true, "del": true, "della": true, "du": true, "la": true, "le": true,
	"al": true, "bin": true, "bint": true, "ibn": true, "ter": true, "ten": true, "y": true,
}

// roleAsVerb reports whether the parse took a role noun standing before
// a name in a list for a verb, and lent it the subject of the clause
// before: "Meighan grew up with guitarist Sergio Pizzorno and bassist
// Chris Edwards" read as Meighan "bassist" Edwards, "Williams is fit to
// start and lock Rob Sidoli replaces Llewellyn" as Williams "lock"
// Sidoli. The word is a role noun in its bare form, no auxiliary marks
// it a verb, the name follows it at once, and its subject is another
// clause's. With a subject of its own ("BBC pundit Steve Cram") the
// names around the role noun are its owner and holder, and stay.
func roleAsVerb(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if t.SubjectFrom == "own" || p < 0 || p+1 >= len(s.Words) || len(t.Args) < 2 || s.UPOS[p] != "VERB" || s.UPOS[p+1] != "PROPN" {
		return false
	}
	if w := s.Words[p]; w != strings.ToLower(w) || roleNouns[w] == "" && !lexicon.IsRoleHead(w) {
		return false
	}
	if t.Args[1].Span.Start != p+1 {
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 == p && strings.HasPrefix(s.Deprel[k], "aux") {
			return false
		}
	}
	return true
}

// fixtureVerbNoun reports whether the subject arg's head is a fixture
// verb the parse took for a noun between two teams, with the second team
// hung on it as its name and a list after that: "when Celtic host Dundee
// United and Rangers visit Kilmarnock" read as a host called Dundee
// United (and Rangers) visiting Kilmarnock. The name after the noun is
// the first verb's object, and the list's last member the subject of the
// verb it runs on to. Without the list ("Boro face Sporting Lisbon
// after the Portuguese side saw off Feyenoord") the reading is left.
func fixtureVerbNoun(s *syntax.Sentence, arg openie.Arg) bool {
	h := arg.Head
	if h <= 0 || h+1 >= len(s.Words) || s.UPOS[h] != "NOUN" || !fixtureVerbs[s.Words[h]] {
		return false
	}
	before, after, list := false, false, false
	for k := range s.Head {
		if s.Head[k]-1 == h {
			switch r := s.Deprel[k]; {
			case k < h && (r == "amod" || r == "compound") && capitalised(s.Words[k]):
				before = true
			case k > h && (r == "appos" || r == "flat") && s.UPOS[k] == "PROPN":
				after = true
			}
		}
		if k > h && s.Deprel[k] == "conj" && under(s, k, h) {
			list = true
		}
	}
	return before && after && list
}

// fixtureVerbs are the verbs of a fixture between two sides, in the
// plural present a team name takes in British English ("Celtic host
// Hibs", "Rangers face Aberdeen").
var fixtureVerbs = map[string]bool{"host": true, "face": true, "play": true, "meet": true, "entertain": true, "visit": true}

// under reports whether word k hangs, directly or not, on word h.
func under(s *syntax.Sentence, k, h int) bool {
	for n := 0; k >= 0 && k < len(s.Head) && n < len(s.Head); n++ {
		if k = s.Head[k] - 1; k == h {
			return true
		}
	}
	return false
}

// participleOnName reports whether a verb lent its subject by the verb
// before it is a bare past participle right after a name and a comma,
// with no "and" or auxiliary of its own: "who beat co-star Michael
// Gambon, nominated for Endgame, as well as ..." describes Gambon, not
// the subject of "beat". The verb it is joined to is finite: a
// participle joined to a participle is a second verb of the same subject.
func participleOnName(s *syntax.Sentence, t openie.Tuple) bool {
	p := t.Predicate
	if t.SubjectFrom != "conj" || p < 2 || p >= len(s.Words) || s.XPOS[p] != "VBN" || s.Words[p-1] != "," || s.UPOS[p-2] != "PROPN" {
		return false
	}
	if h := s.Head[p] - 1; h < 0 || s.XPOS[h] != "VBD" && s.XPOS[h] != "VBZ" && s.XPOS[h] != "VBP" {
		// a participle joined to a participle ("is based in the US,
		// filed for bankruptcy") shares its subject
		return false
	}
	for k := range s.Head {
		if s.Head[k]-1 == p && (strings.HasPrefix(s.Deprel[k], "aux") || s.Deprel[k] == "cc") {
			return false
		}
	}
	return true
}

// nameBeforeVerb is the name a verb lent its subject by the verb before
// it has right before it, hung on it by the parse as a modifier, not as
// its subject: "Gwen Stefani being lowered from a giant clock and Nelly
// doing a duet with Pharrell Williams", with Nelly tagged an adverb. The
// name is the verb's own subject; -1 when there is none.
func nameBeforeVerb(s *syntax.Sentence, t openie.Tuple, ms []model.Mention) int {
	p := t.Predicate
	if t.SubjectFrom != "conj" || p < 1 || p >= len(s.Words) {
		return -1
	}
	for k := p - 1; k >= 0 && s.Head[k]-1 == p; k-- {
		switch s.Deprel[k] {
		case "advmod", "dep", "amod", "discourse", "vocative":
			if e := entityOfToken(s, k, ms); e >= 0 && capitalised(s.Words[k]) {
				return e
			}
		default:
			return -1
		}
	}
	return -1
}
