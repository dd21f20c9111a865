package syntax

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

// A handful of English verbs spell their past like their base form
// ("beat", "hit", "put"). Trained on treebanks where the present is
// common, the tagger calls such a verb VBP even in "Roger Federer beat
// Andy Roddick", and every reader of tense downstream then hears a habit
// in the present. Agreement settles the question: with a third-person
// singular subject the present takes -s ("he beats"), so the bare form can
// only be the past. repairPastBaseForms applies that after parsing, when
// the subject is known.

//go:embed past_base_forms.txt
var pastBaseFormsText string

// pastBaseForms is the verb column of past_base_forms.txt; the example
// sentences beside it are read by the tests.
var pastBaseForms = mustPastBaseForms(pastBaseFormsText)

// pastBaseFormExample is one line of past_base_forms.txt.
type pastBaseFormExample struct {
	verb, sentence string
}

func parsePastBaseForms(text string) ([]pastBaseFormExample, error) {
	var out []pastBaseFormExample
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		verb, sent, ok := strings.Cut(line, "\t")
		if !ok || verb == "" || strings.TrimSpace(sent) == "" {
			return nil, fmt.Errorf("past_base_forms.txt line %d: want verb<TAB>example sentence", n)
		}
		out = append(out, pastBaseFormExample{strings.ToLower(verb), strings.TrimSpace(sent)})
	}
	return out, nil
}

func mustPastBaseForms(text string) map[string]bool {
	ex, err := parsePastBaseForms(text)
	if err != nil {
		panic(fmt.Errorf("embedded verb list: %w", err))
	}
	m := make(map[string]bool, len(ex))
	for _, e := range ex {
		m[e.verb] = true
	}
	return m
}

// singularPronouns are the third-person singular subjects that are not
// nouns: "it cost", "she quit".
var singularPronouns = map[string]bool{"he": true, "she": true, "it": true, "this": true, "that": true}

// repairPastBaseForms retags as VBD each listed verb tagged VBP (or a
// bare VB) whose
// subject is third-person singular. A coordinated verb without its own
// subject follows the verb it is joined to ("beat Roddick and set up a
// final"), and a relative clause's "who"/"which"/"that" stands for the
// noun it hangs on ("Federer, who beat Roddick").
func repairPastBaseForms(s *Sentence) {
	n := s.Len()
	if len(s.XPOS) < n || len(s.Head) < n || len(s.Deprel) < n {
		return
	}
	for v := 0; v < n; v++ {
		// VB too: with no auxiliary or "to" before it, a bare form with
		// a subject is a finite verb the tagger left untensed.
		bare := s.XPOS[v] == "VB" && s.Deprel[v] != "xcomp" && !hasChild(s, v, "mark")
		// VBZ on a listed word (none ends in -s) is a plain tagging slip.
		finite := s.XPOS[v] == "VBP" || s.XPOS[v] == "VBZ" || bare
		if !finite || !pastBaseForms[lowerWord(s.Words[v])] {
			continue
		}
		subj := subjectOf(s, v)
		if subj < 0 && s.Deprel[v] == "conj" {
			if h := s.Head[v] - 1; h >= 0 && h < v && s.XPOS[h] == "VBD" {
				subj = subjectOf(s, h)
			}
		}
		if subj >= 0 && subj < v && thirdSingular(s, subj) {
			s.XPOS[v] = "VBD"
		}
	}
}

// subjectOf returns the active subject of verb v, or -1 when it has none
// or has an auxiliary (an auxiliary carries the tense: "does not beat").
func subjectOf(s *Sentence, v int) int {
	subj := -1
	for i := range s.Len() {
		if s.Head[i]-1 != v {
			continue
		}
		switch s.Deprel[i] {
		case "nsubj":
			subj = i
		case "aux", "aux:pass", "nsubj:pass":
			return -1
		}
	}
	return subj
}

func hasChild(s *Sentence, v int, rel string) bool {
	for i := range s.Len() {
		if s.Head[i]-1 == v && s.Deprel[i] == rel {
			return true
		}
	}
	return false
}

// thirdSingular reports whether subject word i agrees with a verb in -s:
// a singular noun or name, or he/she/it, not coordinated with another
// ("Smith and Jones beat"); "who"/"which"/"that" take their noun's number.
func thirdSingular(s *Sentence, i int) bool {
	for k := range s.Len() {
		if s.Head[k]-1 == i && s.Deprel[k] == "conj" {
			return false
		}
	}
	switch s.XPOS[i] {
	case "NN", "NNP":
		return true
	case "PRP", "DT":
		return singularPronouns[lowerWord(s.Words[i])]
	case "WP", "WDT":
		v := s.Head[i] - 1
		if v < 0 || s.Deprel[v] != "acl:relcl" {
			return false
		}
		noun := s.Head[v] - 1
		return noun >= 0 && noun != i && nextToNoun(s, i, noun) &&
			(s.XPOS[noun] == "NN" || s.XPOS[noun] == "NNP") && thirdSingular(s, noun)
	}
	return false
}

// nextToNoun reports whether relative pronoun i follows its noun at once
// (past a comma, and a name's last word counting for the name): the
// parser sometimes hangs a clause on an earlier noun ("a choice of
// players that let them ...", where "that" is the plural "players").
func nextToNoun(s *Sentence, i, noun int) bool {
	p := i - 1
	if p >= 0 && s.Words[p] == "," {
		p--
	}
	if p < 0 {
		return false
	}
	return p == noun || s.Head[p]-1 == noun && (s.Deprel[p] == "flat" || s.Deprel[p] == "compound")
}
