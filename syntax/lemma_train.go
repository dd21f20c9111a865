package syntax

import (
	"strings"
)

// TrainLemmatizer learns the stem-repair table and the exception table
// from sentences with gold XPOS and lemmas.
func TrainLemmatizer(sents []*Sentence) *Lemmatizer {
	l := &Lemmatizer{exceptions: map[lemmaKey]string{}, endings: map[string]lemmaRepair{}}

	// Count how each (form, tag) was lemmatised.
	seen := map[lemmaKey]map[string]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			if i >= len(s.XPOS) || i >= len(s.Lemmas) || s.Lemmas[i] == "" || s.Lemmas[i] == "_" && w != "_" {
				continue
			}
			xpos := s.XPOS[i]
			form := w
			if xpos != "NNP" && xpos != "NNPS" {
				form = lowerWord(w)
			}
			k := lemmaKey{form, xpos}
			m := seen[k]
			if m == nil {
				m = map[string]int{}
				seen[k] = m
			}
			m[s.Lemmas[i]]++
		}
	}
	best := make(map[lemmaKey]string, len(seen))
	for k, m := range seen {
		var lemma string
		for cand, n := range m {
			if lemma == "" || n > m[lemma] || n == m[lemma] && cand < lemma {
				lemma = cand
			}
		}
		best[k] = lemma
	}

	// Stem repairs, counted over distinct words (types) so that a few
	// frequent verbs do not outvote the many rarer ones an unseen word is
	// more like.
	type famKey struct{ fam, end string }
	counts := map[famKey]*[repairCount]int{}
	for k, lemma := range best {
		fam, stem, ok := lemmaStem(k.form, k.tag)
		if !ok {
			continue
		}
		r, ok := repairOf(stem, lowerWord(lemma))
		if !ok {
			continue // irregular: the exception table's job
		}
		for _, n := range lemmaEndingLens {
			if len(stem) < n {
				continue
			}
			for _, f := range [...]string{fam, "*"} {
				fk := famKey{f, stem[len(stem)-n:]}
				c := counts[fk]
				if c == nil {
					c = new([repairCount]int)
					counts[fk] = c
				}
				c[r]++
			}
		}
	}
	for fk, c := range counts {
		total := 0
		bestR := repairNone
		for r, n := range c {
			total += n
			if n > c[bestR] {
				bestR = lemmaRepair(r)
			}
		}
		// A three-letter ending needs two words behind it; shorter ones
		// are the fallback and take what they have.
		if len(fk.end) >= 3 && total < 2 {
			continue
		}
		l.endings[fk.fam+"|"+fk.end] = bestR
	}

	// Exceptions: only what the rules, with the learned repairs, get wrong.
	for k, lemma := range best {
		if l.ruleLemma(k.form, k.tag) != lemma {
			l.exceptions[k] = lemma
		}
	}
	return l
}

// lemmaStem splits a form into its inflection family and bare stem, for
// the families whose stems need repair; "hoped"/VBD -> ("ed", "hop").
func lemmaStem(form, xpos string) (fam, stem string, ok bool) {
	var suffix string
	switch xpos {
	case "VBD", "VBN":
		fam, suffix = famED, "ed"
		if strings.HasSuffix(form, "ied") {
			return "", "", false
		}
	case "VBG":
		fam, suffix = famING, "ing"
	case "JJR", "RBR":
		fam, suffix = famER, "er"
		if strings.HasSuffix(form, "ier") {
			return "", "", false
		}
	case "JJS", "RBS":
		fam, suffix = famEST, "est"
		if strings.HasSuffix(form, "iest") {
			return "", "", false
		}
	default:
		return "", "", false
	}
	stem, ok = strings.CutSuffix(form, suffix)
	if !ok || len(stem) < 2 {
		return "", "", false
	}
	return fam, stem, true
}

// repairOf names the repair that turns stem into lemma, if one does.
func repairOf(stem, lemma string) (lemmaRepair, bool) {
	switch {
	case lemma == stem:
		return repairNone, true
	case lemma == stem+"e":
		return repairAddE, true
	case doubled(stem) && lemma == stem[:len(stem)-1]:
		return repairUndouble, true
	}
	return 0, false
}
