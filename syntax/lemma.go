package syntax

import (
	"strings"
	"unicode/utf8"
)

// Lemmatizer turns a tagged word into its lemma: an exception table learned
// from the treebanks' lemma column for the words the rules get wrong
// ("went"/VBD -> "go", "better"/JJR -> "good", "me"/PRP -> "I"), then
// rules for regular English inflection keyed by the Penn tag. Where a rule
// has to guess how a stem ends ("hoped" -> "hope" but "helped" ->
// "help"; "stopped" -> "stop" but "called" -> "call"), it asks a table of
// stem endings learned from the regular words of the training data, so an
// unseen word gets the spelling its neighbours in the lexicon would.
// A Lemmatizer is read-only after loading and safe for concurrent use.
type Lemmatizer struct {
	// exceptions maps a form (lowered, except for proper nouns) and its
	// Penn tag to the lemma.
	exceptions map[lemmaKey]string
	// endings maps an inflection family and the last letters of the bare
	// stem ("fam|top" for "hoping" -> "hop") to the stem repair that the
	// training words with that ending mostly took.
	endings map[string]lemmaRepair
}

type lemmaKey struct {
	form string
	tag  string
}

// lemmaRepair is how a bare stem (the form minus its inflection) becomes
// the lemma.
type lemmaRepair uint8

const (
	repairNone     lemmaRepair = iota // "walk|ed" -> "walk"
	repairAddE                        // "hop|ed" -> "hope"
	repairUndouble                    // "stopp|ed" -> "stop"
	repairCount
)

// inflection families whose stem repairs are learned.
const (
	famED  = "ed"  // VBD, VBN
	famING = "ing" // VBG
	famER  = "er"  // JJR, RBR
	famEST = "est" // JJS, RBS
)

// lemmaEndingLens are the stem-ending lengths the repair table is keyed
// by, longest first: the longest ending seen in training decides.
var lemmaEndingLens = [...]int{3, 2, 1}

// Lemmatize fills s.Lemmas from s.Words and s.XPOS (s.UPOS when XPOS is
// missing), replacing any lemmas s had.
func (l *Lemmatizer) Lemmatize(s *Sentence) {
	s.Lemmas = make([]string, len(s.Words))
	for i, w := range s.Words {
		var xpos, upos string
		if i < len(s.XPOS) {
			xpos = s.XPOS[i]
		}
		if i < len(s.UPOS) {
			upos = s.UPOS[i]
		}
		s.Lemmas[i] = l.Lemma(w, xpos, upos)
	}
}

// Lemma returns the lemma of one word with its Penn tag (and UPOS, used
// when the Penn tag is empty).
func (l *Lemmatizer) Lemma(word, xpos, upos string) string {
	if word == "" {
		return word
	}
	if xpos == "" {
		xpos = lemmaTagForUPOS(upos)
	}
	proper := xpos == "NNP" || xpos == "NNPS"
	form := word
	if !proper {
		form = lowerWord(word)
	}
	if lemma, ok := l.exceptions[lemmaKey{form, xpos}]; ok {
		return lemma
	}
	return l.ruleLemma(form, xpos)
}

// lemmaTagForUPOS stands in a Penn tag for the UPOS tags whose lemma needs
// none of the inflection rules, so untagged-XPOS input still lowercases
// common words and keeps names.
func lemmaTagForUPOS(upos string) string {
	switch upos {
	case "PROPN":
		return "NNP"
	case "NUM":
		return "CD"
	}
	return ""
}

// ruleLemma applies the regular-inflection rules to a form that the
// exception table does not list.
func (l *Lemmatizer) ruleLemma(form, xpos string) string {
	switch xpos {
	case "NNS", "NNPS":
		return nounSingular(form)
	case "VBZ":
		return verbBase3sg(form)
	case "VBD", "VBN":
		if stem, ok := strings.CutSuffix(form, "ied"); ok && len(stem) >= 2 {
			return stem + "y"
		}
		if stem, ok := strings.CutSuffix(form, "ed"); ok && len(stem) >= 2 {
			return l.repair(famED, stem)
		}
	case "VBG":
		if stem, ok := strings.CutSuffix(form, "ing"); ok && len(stem) >= 2 {
			return l.repair(famING, stem)
		}
	case "JJR", "RBR":
		if stem, ok := strings.CutSuffix(form, "ier"); ok && len(stem) >= 2 {
			return stem + "y"
		}
		if stem, ok := strings.CutSuffix(form, "er"); ok && len(stem) >= 2 {
			return l.repair(famER, stem)
		}
	case "JJS", "RBS":
		if stem, ok := strings.CutSuffix(form, "iest"); ok && len(stem) >= 2 {
			return stem + "y"
		}
		if stem, ok := strings.CutSuffix(form, "est"); ok && len(stem) >= 2 {
			return l.repair(famEST, stem)
		}
	}
	return form
}

// repair restores a bare stem with the repair learned for its ending;
// stems whose ending training never showed stay bare. The family's own
// table speaks first; the pooled one ("*", all families together: English
// spells "hoped", "hoping" and "larger" by the same rules) covers endings
// the family has too few words for.
func (l *Lemmatizer) repair(fam, stem string) string {
	for _, n := range lemmaEndingLens {
		if len(stem) < n {
			continue
		}
		end := stem[len(stem)-n:]
		if r, ok := l.endings[fam+"|"+end]; ok {
			return applyRepair(stem, r)
		}
		if r, ok := l.endings["*|"+end]; ok {
			return applyRepair(stem, r)
		}
	}
	return stem
}

func applyRepair(stem string, r lemmaRepair) string {
	switch r {
	case repairAddE:
		return stem + "e"
	case repairUndouble:
		if doubled(stem) {
			return stem[:len(stem)-1]
		}
	}
	return stem
}

// doubled reports whether a stem ends in a doubled consonant, as "stopp"
// and "planning"'s "plann" do.
func doubled(stem string) bool {
	n := len(stem)
	return n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiou", rune(stem[n-1]))
}

// nounSingular strips a plural ending: "companies" -> "company", "boxes"
// -> "box", "cats" -> "cat"; words that only look plural ("glass",
// "status", "analysis") stay.
func nounSingular(form string) string {
	switch {
	case strings.HasSuffix(form, "ies") && len(form) > 4:
		return form[:len(form)-3] + "y"
	case hasAnySuffix(form, "sses", "shes", "ches", "xes", "zzes"):
		return form[:len(form)-2]
	case hasAnySuffix(form, "ss", "us", "is", "'s"):
		return form
	case strings.HasSuffix(form, "s") && len(form) > 2:
		return form[:len(form)-1]
	}
	return form
}

// verbBase3sg strips a third-person -s: "carries" -> "carry", "pushes"
// -> "push", "goes" -> "go", "makes" -> "make".
func verbBase3sg(form string) string {
	switch {
	case strings.HasSuffix(form, "ies") && len(form) > 4:
		return form[:len(form)-3] + "y"
	case hasAnySuffix(form, "sses", "shes", "ches", "xes", "zzes", "oes"):
		return form[:len(form)-2]
	case strings.HasSuffix(form, "ss"):
		return form
	case strings.HasSuffix(form, "s") && len(form) > 2:
		return form[:len(form)-1]
	}
	return form
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// lowerWord lowercases a word, returning it unchanged (no allocation) when
// it has no capitals.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}
