package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A capitalised run that opens with a possessive determiner ("My Summer
// Of Love", "My Family", "My Jeeves") is the title of a work, a slogan or
// a product, never a person's name; "My" is also a first name in the
// lexicon, so the first-name rule typed it Person. One that opens with a
// Romance or German article ("La Scala", "Le Monde", "Der Spiegel", "La
// Liga") names a newspaper, a venue, a league or a work, again not a
// person, though "La" and "Le" are first names too: its type is left to
// the cues around it and to the trained typer, unless the article is a
// surname's particle (particleSurname) or opens a run of ordinary words
// ("Die Hard", which the rules for common words drop). "Les" is left out, being
// as often a first name ("Les Ferdinand", "Les Dennis"), and so are
// surname particles ("Lo Cicero", "De Niro", "Van Persie").

// possessiveOpeners are determiners that open titles and slogans.
var possessiveOpeners = lexicon.WordSet(`my our your his her their its`)

// articleOpeners are definite articles of the languages whose names the
// news quotes untranslated.
var articleOpeners = lexicon.WordSet(`la le el il los las der die`)

// particleSurname reports whether the run opening with an article is
// written somewhere in the document right after a capitalised word that
// is no ordinary word: then the article is a surname's particle ("Hicham
// El Guerrouj", then "El Guerrouj's record"; "Simon Le Bon") and the run
// is a person's name, not a title ("the daily Le Monde").
func (a *analysis) particleSurname(surface string) bool {
	text := a.doc.Text
	for off := 0; ; {
		k := strings.Index(text[off:], surface)
		if k < 0 {
			return false
		}
		k += off
		off = k + len(surface)
		if k < 2 || text[k-1] != ' ' {
			continue
		}
		b := strings.LastIndexAny(text[:k-1], " \t\n\"(“‘") + 1
		w := text[b : k-1]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || strings.ContainsAny(w, "'’.,:;") {
			continue
		}
		if l := strings.ToLower(w); lexicon.SentenceStarters[l] || lexicon.IsCommonWord(l) {
			continue
		}
		return true
	}
}

// A function word capitalised inside a run ("Jewel Of The Nile", "Carry
// On Matron", "Car With A Man", "Wake Me Up") marks a title written in
// title case: a person's name never has one. Such a run was typed Person
// by the first-name or default rule ("Georgia On My Mind", "Rolf On
// Art"); it is no entity, unless a first name and a surname stand before
// the function word, a person named before the title of the work
// ("Roger Michell For Enduring Love"): the name ends there. "And" is left out ("Marks And Spencer" is a
// firm), and so is the single letter "A", an initial ("Charles A
// Blixt"); a head word ("Transport For London") or a gazetteer name
// types the run before this is asked.

// titleFunctionWords are the function words that title case capitalises.
var titleFunctionWords = lexicon.WordSet(`with to of the in on for from at by into
	over up out me my you your is are it`)

// innerTitleWord returns the first capitalised function word standing
// inside the run toks[i:j], neither first nor last, or -1.
func innerTitleWord(toks []textseg.Token, i, j int) int {
	for k := i + 1; k < j-1; k++ {
		if isCapWord(toks[k]) && titleFunctionWords[toks[k].Lower()] {
			return k
		}
	}
	return -1
}
