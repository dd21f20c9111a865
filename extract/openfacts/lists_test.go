package openfacts

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

func TestFixtureVerbNoun(t *testing.T) {
	// "when Kessler host Dunmore Rovers and Corr Athletic visit Leeds",
	// parsed with "host" a noun heading the list
	rows := []string{
		"when ADV 8 advmod", "Kessler ADJ 3 amod", "host NOUN 8 nsubj", "Dunmore PROPN 3 appos",
		"Rovers PROPN 4 flat", "and CCONJ 7 cc", "Corr PROPN 5 conj", "visit VERB 0 root", "Leeds PROPN 8 obj",
	}
	s, _ := listSentence(rows, nil)
	arg := openie.Arg{Head: 2, Span: openie.Span{Start: 1, End: 3}}
	if !fixtureVerbNoun(s, arg) {
		t.Error("list after the fixture noun: want it read as a verb")
	}
	// "Kessler host Dunmore Rovers on Sunday": no list runs on
	rows = []string{"Kessler ADJ 2 amod", "host NOUN 0 root", "Dunmore PROPN 2 appos", "Rovers PROPN 3 flat"}
	s, _ = listSentence(rows, nil)
	if fixtureVerbNoun(s, openie.Arg{Head: 1, Span: openie.Span{Start: 0, End: 2}}) {
		t.Error("no list: want the reading left")
	}
}

func TestListPossessor(t *testing.T) {
	// "beat Dane Tom Bellamy and Spain 's Jane Corr", the mark hung on
	// the first name: entities Denmark-Tom Bellamy (0), Spain (1), Jane Corr (2)
	s, ms := listSentence([]string{
		"beat VERB 0 root", "Dane PROPN 9 nmod:poss", "Tom PROPN 2 flat", "Bellamy PROPN 2 flat",
		"and CCONJ 6 cc", "Spain PROPN 4 conj", "'s PART 2 case", "Jane PROPN 9 compound", "Corr PROPN 1 obj",
	}, [][2]int{{1, 3}, {5, 5}, {7, 8}})
	arg := openie.Arg{Head: 1, Span: openie.Span{Start: 1, End: 6}}
	if got := listPossessor(s, arg, 0, ms); got != 1 {
		t.Errorf("listed owner: got entity %d, want 1 (Spain)", got)
	}
	// "Tom Bellamy 's coach": the mark follows the owner's own name
	s, ms = listSentence([]string{"Tom PROPN 4 nmod:poss", "Bellamy PROPN 1 flat", "'s PART 1 case", "coach NOUN 0 root"}, [][2]int{{0, 1}})
	if got := listPossessor(s, openie.Arg{Head: 0, Span: openie.Span{Start: 0, End: 2}}, 0, ms); got != 0 {
		t.Errorf("own owner: got entity %d, want 0", got)
	}
}

func TestNameBeforeVerb(t *testing.T) {
	// "Jane Corr sang and Bellamy doing a duet with Rosa Dunmore", with
	// Bellamy tagged an adverb: entities Jane Corr (0), Bellamy (1)
	rows := []string{
		"Jane PROPN 3 nsubj", "Corr PROPN 1 flat", "sang VERB 0 root", "and CCONJ 6 cc",
		"Bellamy ADV 6 advmod", "doing VERB 3 conj", "a DET 8 det", "duet NOUN 6 obj",
	}
	s, ms := listSentence(rows, [][2]int{{0, 1}, {4, 4}})
	if got := nameBeforeVerb(s, openie.Tuple{Predicate: 5, SubjectFrom: "conj"}, ms); got != 1 {
		t.Errorf("got entity %d, want 1 (Bellamy)", got)
	}
	// "Jane Corr sang and then left": no name before the second verb
	rows = []string{"Jane PROPN 3 nsubj", "Corr PROPN 1 flat", "sang VERB 0 root", "and CCONJ 6 cc", "then ADV 6 advmod", "left VERB 3 conj"}
	s, ms = listSentence(rows, [][2]int{{0, 1}})
	if got := nameBeforeVerb(s, openie.Tuple{Predicate: 5, SubjectFrom: "conj"}, ms); got != -1 {
		t.Errorf("got entity %d, want -1", got)
	}
}

func TestParticipleOnName(t *testing.T) {
	// "Corr beat Tom Bellamy, named for the award, and Rosa Dunmore"
	rows := []string{
		"Corr PROPN 2 nsubj", "beat VERB 0 root VBD", "Tom PROPN 2 obj", "Bellamy PROPN 3 flat",
		", PUNCT 6 punct", "named VERB 2 conj VBN", "for ADP 9 case", "the DET 9 det", "award NOUN 6 obl",
	}
	s, _ := listSentence(rows, nil)
	tu := openie.Tuple{Predicate: 5, SubjectFrom: "conj"}
	if !participleOnName(s, tu) {
		t.Error("bare participle after a name: want it read as the name's")
	}
	// "Corr is based in Leeds, filed for bankruptcy": two participles
	rows = []string{
		"Corr PROPN 3 nsubj:pass", "is AUX 3 aux:pass", "based VERB 0 root VBN", "in ADP 5 case", "Leeds PROPN 3 obl",
		", PUNCT 7 punct", "filed VERB 3 conj VBN", "for ADP 9 case", "bankruptcy NOUN 7 obl",
	}
	s, _ = listSentence(rows, nil)
	if participleOnName(s, openie.Tuple{Predicate: 6, SubjectFrom: "conj"}) {
		t.Error("participle joined to a participle: want the subject shared")
	}
}

func TestRoleAsVerb(t *testing.T) {
	// "Corr grew up with guitarist Tom Bellamy and drummer Rosa Dunmore"
	// parsed with "drummer" a verb conjoined to "grew"
	rows := []string{
		"Corr PROPN 2 nsubj", "grew VERB 0 root", "up ADP 2 compound:prt", "with ADP 6 case",
		"guitarist NOUN 6 compound", "Tom PROPN 2 obl", "Bellamy PROPN 6 flat", "and CCONJ 9 cc",
		"drummer VERB 2 conj", "Rosa PROPN 9 obj", "Dunmore PROPN 10 flat",
	}
	s, _ := listSentence(rows, nil)
	tu := openie.Tuple{Predicate: 8, SubjectFrom: "conj", Args: []openie.Arg{
		{Head: 0, Span: openie.Span{Start: 0, End: 1}}, {Head: 9, Span: openie.Span{Start: 9, End: 11}}}}
	if !roleAsVerb(s, tu) {
		t.Error("borrowed subject: want the role noun taken for a verb")
	}
	tu.SubjectFrom = "own"
	if roleAsVerb(s, tu) {
		t.Error("own subject: want the reading kept")
	}
	// "Kessler will coach Dunmore": an auxiliary makes it a verb
	s, _ = listSentence([]string{"Kessler PROPN 3 nsubj", "will AUX 3 aux", "coach VERB 0 root", "Dunmore PROPN 3 obj"}, nil)
	tu = openie.Tuple{Predicate: 2, SubjectFrom: "conj", Args: []openie.Arg{
		{Head: 0, Span: openie.Span{Start: 0, End: 1}}, {Head: 3, Span: openie.Span{Start: 3, End: 4}}}}
	if roleAsVerb(s, tu) {
		t.Error("auxiliary: want a verb")
	}
}

func TestSwallowsClause(t *testing.T) {
	cases := []struct {
		name string
		rows []string
		want bool
	}{
		{"verb in the name", []string{"Corr PROPN 0 root", "beat X 1 flat", "Rosa PROPN 2 flat", "Dunmore PROPN 1 flat"}, true},
		{"name particle", []string{"Rafael PROPN 0 root", "van X 1 flat", "Dijk PROPN 1 flat"}, false},
		{"plain name", []string{"Jane PROPN 0 root", "Corr PROPN 1 flat"}, false},
	}
	for _, c := range cases {
		s, _ := listSentence(c.rows, nil)
		if got := swallowsClause(s, 0); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// listSentence builds a parsed sentence from rows "word UPOS head deprel
// [XPOS]"
// and mentions from token ranges [first, last] of entities 0, 1, ...
func listSentence(rows []string, names [][2]int) (*syntax.Sentence, []model.Mention) {
	s := &syntax.Sentence{}
	off := 0
	for _, r := range rows {
		f := strings.Fields(r)
		h, _ := strconv.Atoi(f[2])
		s.Words = append(s.Words, f[0])
		s.UPOS = append(s.UPOS, f[1])
		xpos := ""
		if len(f) > 4 {
			xpos = f[4]
		}
		s.XPOS = append(s.XPOS, xpos)
		s.Head = append(s.Head, h)
		s.Deprel = append(s.Deprel, f[3])
		s.Starts = append(s.Starts, off)
		s.Ends = append(s.Ends, off+len(f[0]))
		off += len(f[0]) + 1
	}
	var ms []model.Mention
	for e, n := range names {
		ms = append(ms, model.Mention{Span: textseg.Span{Start: s.Starts[n[0]], End: s.Ends[n[1]]}, Entity: e})
	}
	return s, ms
}
