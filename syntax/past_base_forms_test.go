package syntax

import (
	"slices"
	"strings"
	"testing"
)

// TestPastBaseFormExamples checks every example beside the verb list: the
// verb must come out as a past tense.
func TestPastBaseFormExamples(t *testing.T) {
	ex, err := parsePastBaseForms(pastBaseFormsText)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		t.Run(e.verb, func(t *testing.T) {
			s := analyze(t, e.sentence)
			i := slices.IndexFunc(s.Words, func(w string) bool { return lowerWord(w) == e.verb })
			if i < 0 {
				t.Fatalf("%q not in its example %q", e.verb, e.sentence)
			}
			if s.XPOS[i] != "VBD" {
				t.Errorf("%q in %q tagged %s, want VBD", e.verb, e.sentence, s.XPOS[i])
			}
		})
	}
}

// TestPastBaseFormAgreement checks invented sentences around the repair:
// singular subjects make the bare form past; the repair leaves plural,
// coordinated, first- and second-person subjects and auxiliaries alone
// (the tagger may already have said VBD there: only the repair's own
// change is checked).
func TestPastBaseFormAgreement(t *testing.T) {
	cases := []struct {
		text, verb string
		past       bool
	}{
		{"Roger Federer beat Andy Roddick in the final .", "beat", true},
		{"She quit the cabinet in protest .", "quit", true},
		{"It cost the taxpayer a fortune .", "cost", true},
		{"The singer , who hit the charts in 1999 , died on Sunday .", "hit", true},
		{"The bank cut its rates and set a new target .", "set", true},
		{"Buyers face a choice of phones that let them stream films .", "let", false},
		// Near misses: the present is possible, or another word carries tense.
		{"They beat their rivals every year .", "beat", false},
		{"I bet the minister will resign .", "bet", false},
		{"The two parties cut their spending .", "cut", false},
		{"Smith and Jones beat the Australian pair .", "beat", false},
		{"The company does not cut jobs .", "cut", false},
		{"The firms will cut jobs next year .", "cut", false},
		{"Floods hit the region most winters .", "hit", false},
		{"We let the children play outside .", "let", false},
		{"The coach made the striker quit smoking .", "quit", false},
		{"The union wants to cut the working week .", "cut", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := loadAnalyzerT(t)
			s := &Sentence{Words: strings.Fields(c.text)}
			a.tagger.Tag(s)
			a.lemmas.Lemmatize(s)
			a.parser.Parse(s)
			i := slices.Index(s.Words, c.verb)
			if i < 0 {
				t.Fatalf("%q not in %q", c.verb, c.text)
			}
			before := s.XPOS[i]
			repairPastBaseForms(s)
			if c.past && s.XPOS[i] != "VBD" {
				t.Errorf("%q tagged %s (from %s), want VBD", c.verb, s.XPOS[i], before)
			}
			if !c.past && s.XPOS[i] != before {
				t.Errorf("%q retagged %s -> %s, want it left alone", c.verb, before, s.XPOS[i])
			}
		})
	}
}
