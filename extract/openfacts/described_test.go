package openfacts

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// TestFlatDescribedName: a name the parse hung on its describing noun as
// the last word of a flat name is still the name the noun describes,
// except after "to", where the noun is mostly an untagged verb.
func TestFlatDescribedName(t *testing.T) {
	// "ended an association with coach Brad Keller"
	s, ms := listSentence([]string{
		"ended VERB 0 root", "an DET 3 det", "association NOUN 1 obj", "with ADP 5 case",
		"coach NOUN 3 nmod", "Brad PROPN 7 compound", "Keller PROPN 5 flat",
	}, [][2]int{{5, 6}})
	if got := nameDescribed(s, 4, ms); got != 0 {
		t.Errorf("coach Brad Keller: got entity %d, want 0", got)
	}
	// "brought X on to partner Gudjohnsen": "partner" is a verb
	s, ms = listSentence([]string{
		"brought VERB 0 root", "to ADP 3 case", "partner NOUN 1 obl", "Gudjohnsen PROPN 3 flat",
	}, [][2]int{{3, 3}})
	if got := nameDescribed(s, 2, ms); got != -1 {
		t.Errorf("to partner Gudjohnsen: got entity %d, want -1", got)
	}
}

// TestNameDescribed checks the name a describing noun stands for, over
// hand-built parses: entities are numbered in the order of the names.
func TestNameDescribed(t *testing.T) {
	cases := []struct {
		name  string
		rows  []string
		names [][2]int
		noun  int
		want  int
	}{
		{"the name in apposition: 'of the Danish bank Dexia'",
			[]string{"Tom PROPN 0 root", "Bellamy PROPN 1 flat", "of ADP 6 case", "the DET 6 det", "Danish ADJ 6 amod", "bank NOUN 1 nmod NN", "Dexia PROPN 6 appos"},
			[][2]int{{0, 1}, {6, 6}}, 5, 1},
		{"a name of two words headed by its last: 'with software company Orbis Media'",
			[]string{"deal NOUN 0 root", "with ADP 4 case", "software NOUN 4 compound", "company NOUN 1 nmod NN", "Orbis PROPN 6 compound", "Media PROPN 4 appos"},
			[][2]int{{4, 5}}, 3, 0},
		{"a title before the noun: 'Top of the Pops presenter Jane Corr'",
			[]string{"Top NOUN 0 root", "of ADP 5 case", "the DET 5 det", "Pops PROPN 5 compound", "presenter NOUN 1 nmod NN", "Jane PROPN 5 appos", "Corr PROPN 6 flat"},
			[][2]int{{5, 6}}, 4, -1},
		{"a work noun: 'from her own play, Silent Harbour'",
			[]string{"adapted VERB 0 root", "from ADP 5 case", "her PRON 5 nmod:poss", "own ADJ 5 amod", "play NOUN 1 obl NN", ", PUNCT 7 punct", "Silent PROPN 5 appos", "Harbour PROPN 7 flat"},
			[][2]int{{6, 7}}, 4, -1},
		{"the name opens a clause: 'after goalkeeper Tom Bellamy was taken'",
			[]string{"cancelled VERB 0 root", "after ADP 3 case", "goalkeeper NOUN 1 obl NN", "Tom PROPN 3 appos", "Bellamy PROPN 4 flat", "was AUX 7 aux:pass", "taken VERB 1 conj"},
			[][2]int{{3, 4}}, 2, -1},
		{"a plural: 'against holders Kessler Rovers'",
			[]string{"tie NOUN 0 root", "against ADP 3 case", "holders NOUN 1 nmod NNS", "Kessler PROPN 5 compound", "Rovers PROPN 3 appos"},
			[][2]int{{3, 4}}, 2, -1},
	}
	for _, tc := range cases {
		s, ms := listSentence(tc.rows, tc.names)
		if got := nameDescribed(s, tc.noun, ms); got != tc.want {
			t.Errorf("%s: got entity %d, want %d", tc.name, got, tc.want)
		}
	}
	// "Tom Bellamy of the Danish bank Dexia": nameLinks reads the pair
	s, ms := listSentence(cases[0].rows, cases[0].names)
	ents := []model.Entity{{Name: "Tom Bellamy", Type: model.Person}, {Name: "Dexia", Type: model.Organization}}
	if ts := nameLinks(s, ms, ents); len(ts) != 1 || ts[0].Key != "be_of" || ts[0].Args[1].Head != 5 {
		t.Errorf("nameLinks through a describing noun: got %+v", ts)
	}
}
