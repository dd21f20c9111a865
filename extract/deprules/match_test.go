package deprules

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// tree builds a CoNLL-U sentence from lines "FORM LEMMA UPOS XPOS HEAD
// DEPREL", written by hand as UD annotates the construction.
func handTree(t *testing.T, rows string) *syntax.Sentence {
	t.Helper()
	var b strings.Builder
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad row %q", line)
		}
		n++
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", n, f[0], f[1], f[2], f[3], f[4], f[5])
	}
	ss, err := syntax.ReadCoNLLU(strings.NewReader(b.String() + "\n"))
	if err != nil || len(ss) != 1 {
		t.Fatalf("read tree: %v", err)
	}
	return ss[0]
}

// TestMatchConstructions checks, on hand-made UD trees, that the engine
// follows each construction that moves an argument away from its trigger.
func TestMatchConstructions(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		rows string
		ms   []Mention
		want []string // "subject predicate object rule", mentions by index
	}{
		{"apposition and coordination in the object", `
Blair Blair PROPN NNP 2 nsubj
met meet VERB VBD 0 root
his his PRON PRP$ 4 nmod:poss
counterpart counterpart NOUN NN 2 obj
, , PUNCT , 6 punct
Chirac Chirac PROPN NNP 4 appos
, , PUNCT , 10 punct
and and CCONJ CC 10 cc
the the DET DT 10 det
leader leader NOUN NN 4 conj
, , PUNCT , 12 punct
Schroeder Schroeder PROPN NNP 10 appos
. . PUNCT . 2 punct`,
			[]Mention{{0, 0, []string{"Person"}}, {5, 5, []string{"Person"}}, {11, 11, []string{"Person"}}},
			[]string{"0 metWith 1 dep:metWith/verb", "0 metWith 2 dep:metWith/verb"}},
		{"title capitalised as a proper noun", `
Olu Olu PROPN NNP 3 nsubj
Bankole Bankole PROPN NNP 1 flat
served serve VERB VBD 0 root
as as ADP IN 5 case
Mayor Mayor PROPN NNP 3 obl
of of ADP IN 7 case
Ibadan Ibadan PROPN NNP 5 nmod`,
			[]Mention{{0, 1, []string{"Person"}}, {6, 6, []string{"City"}}},
			[]string{"0 leaderOf 1 dep:leaderOf/role-noun"}},
		{"lower-case proper noun read as its common noun", `
Olu Olu PROPN NNP 3 nsubj
Bankole Bankole PROPN NNP 1 flat
served serve VERB VBD 0 root
as as ADP IN 5 case
mayor mayor PROPN NNP 3 obl
of of ADP IN 7 case
Ibadan Ibadan PROPN NNP 5 nmod`,
			[]Mention{{0, 1, []string{"Person"}}, {6, 6, []string{"City"}}},
			[]string{"0 leaderOf 1 dep:leaderOf/role-noun"}},
		{"lower-case proper noun ending a name's phrase", `
Rovers rover NOUN NNS 2 nsubj
need need VERB VBP 0 root
a a DET DT 6 det
Scottish Scottish ADJ NNP 5 amod
Cup Cup PROPN NNP 6 compound
win win PROPN NNP 2 obj
over over ADP IN 8 case
Dundee Dundee PROPN NNP 6 nmod`,
			[]Mention{{3, 4, []string{"Event"}}, {7, 7, []string{"Organization"}}},
			nil},
		{"relative clause subject", `
Poland Poland PROPN NNP 0 root
, , PUNCT , 4 punct
which which PRON WDT 4 nsubj
joined join VERB VBD 1 acl:relcl
the the DET DT 6 det
EU EU PROPN NNP 4 obj`,
			[]Mention{{0, 0, []string{"Country"}}, {4, 5, []string{"Organization"}}},
			[]string{"0 joined 1 dep:joined/verb"}},
		{"passive with agent, reduced relative", `
the the DET DT 2 det
summit summit NOUN NN 6 nsubj
hosted host VERB VBN 2 acl
by by ADP IN 5 case
Belarus Belarus PROPN NNP 3 obl:agent
ended end VERB VBD 0 root`,
			[]Mention{{0, 1, []string{"Event"}}, {4, 4, []string{"Country"}}},
			[]string{"1 hosted 0 dep:hosted/passive"}},
		{"control verb of intention", `
Ukraine Ukraine PROPN NNP 2 nsubj
plans plan VERB VBZ 0 root
to to PART TO 4 mark
leave leave VERB VB 2 xcomp
the the DET DT 6 det
CIS CIS PROPN NNP 4 obj`,
			[]Mention{{0, 0, []string{"Country"}}, {4, 5, []string{"Organization"}}},
			[]string{"0 plansToLeave 1 dep:left/verb", "0 memberOf 1 dep:left/verb"}},
		{"control verb of refusal", `
Ukraine Ukraine PROPN NNP 2 nsubj
refused refuse VERB VBD 0 root
to to PART TO 4 mark
leave leave VERB VB 2 xcomp
the the DET DT 6 det
CIS CIS PROPN NNP 4 obj`,
			[]Mention{{0, 0, []string{"Country"}}, {4, 5, []string{"Organization"}}},
			nil},
		{"light verb and nominal trigger", `
Blair Blair PROPN NNP 2 nsubj
paid pay VERB VBD 0 root
a a DET DT 4 det
visit visit NOUN NN 2 obj
to to ADP IN 6 case
Basra Basra PROPN NNP 2 obl`,
			[]Mention{{0, 0, []string{"Person"}}, {5, 5, []string{"City"}}},
			[]string{"0 visited 1 dep:visited/noun"}},
		{"possessive nominal", `
Georgia Georgia PROPN NNP 3 nmod:poss
's 's PART POS 1 case
withdrawal withdrawal NOUN NN 8 nsubj
from from ADP IN 6 case
the the DET DT 6 det
CIS CIS PROPN NNP 3 nmod
took take VERB VBD 8 aux
effect effect NOUN NN 0 root`,
			[]Mention{{0, 0, []string{"Country"}}, {4, 5, []string{"Organization"}}},
			[]string{"0 left 1 dep:left/noun"}},
		{"negation", `
Blair Blair PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
visit visit VERB VB 0 root
Basra Basra PROPN NNP 4 obj`,
			[]Mention{{0, 0, []string{"Person"}}, {4, 4, []string{"City"}}},
			nil},
		{"future auxiliary", `
Azerbaijan Azerbaijan PROPN NNP 3 nsubj
will will AUX MD 3 aux
host host VERB VB 0 root
the the DET DT 5 det
Games Games PROPN NNPS 3 obj`,
			[]Mention{{0, 0, []string{"Country"}}, {3, 4, []string{"Event"}}},
			[]string{"0 willHost 1 dep:hosted/verb"}},
		{"object relative parsed as two subjects", `
Opec Opec PROPN NNP 0 root
, , PUNCT , 5 punct
which which PRON WDT 5 nsubj
Qatar Qatar PROPN NNP 5 nsubj
quit quit VERB VBD 1 parataxis
in in ADP IN 7 case
2019 2019 NUM CD 5 obl`,
			[]Mention{{0, 0, []string{"Organization"}}, {3, 3, []string{"Country"}}},
			[]string{"1 left 0 dep:left/verb"}},
		{"object relative with the antecedent as a passive subject", `
The the DET DT 3 det
Ryder Ryder PROPN NNP 3 compound
Cup Cup PROPN NNP 7 nsubj:pass
, , PUNCT , 7 punct
which which PRON WDT 7 nsubj
Wales Wales PROPN NNP 7 nsubj
hosted host VERB VBD 0 root
in in ADP IN 9 case
2010 2010 NUM CD 7 obl`,
			[]Mention{{0, 2, []string{"Event"}}, {5, 5, []string{"Country"}}},
			[]string{"1 hosted 0 dep:hosted/verb"}},
		{"subject relative keeps its subject", `
Poland Poland PROPN NNP 0 root
, , PUNCT , 4 punct
which which PRON WDT 4 nsubj
joined join VERB VBD 1 acl:relcl
NATO NATO PROPN NNP 4 obj`,
			[]Mention{{0, 0, []string{"Country"}}, {4, 4, []string{"Organization"}}},
			[]string{"0 joined 1 dep:joined/verb"}},
		{"chained coordination of subjects", `
Burkina Burkina PROPN NNP 7 nsubj
Faso Faso PROPN NNP 1 flat
, , PUNCT , 4 punct
Mali Mali PROPN NNP 1 conj
and and CCONJ CC 6 cc
Niger Niger PROPN NNP 4 conj
left leave VERB VBD 0 root
Ecowas Ecowas PROPN NNP 7 obj`,
			[]Mention{{0, 1, []string{"Country"}}, {3, 3, []string{"Country"}}, {5, 5, []string{"Country"}}, {7, 7, []string{"Organization"}}},
			[]string{"0 left 3 dep:left/verb", "1 left 3 dep:left/verb", "2 left 3 dep:left/verb"}},
		{"relative clause on a predicate noun", `
Alger Alger PROPN NNP 4 nsubj
was be AUX VBD 4 cop
a a DET DT 4 det
politician politician NOUN NN 0 root
who who PRON WP 6 nsubj
served serve VERB VBD 4 acl:relcl
as as ADP IN 8 case
mayor mayor NOUN NN 6 obl
of of ADP IN 10 case
Calgary Calgary PROPN NNP 8 nmod`,
			[]Mention{{0, 0, []string{"Person"}}, {9, 9, []string{"City"}}},
			[]string{"0 leaderOf 1 dep:leaderOf/role-noun"}},
		{"long subject: the main verb hung from the apposition's clause", `
Haddad Haddad PROPN NNP 6 nsubj
, , PUNCT , 4 punct
the the DET DT 4 det
envoy envoy NOUN NN 1 appos
who who PRON WP 6 nsubj
was be AUX VBD 6 aux:pass
held hold VERB VBN 0 root
at at ADP IN 9 case
checkpoints checkpoint NOUN NNS 6 obl
, , PUNCT , 11 punct
visited visit VERB VBD 6 parataxis
Tripoli Tripoli PROPN NNP 11 obj`,
			[]Mention{{0, 0, []string{"Person"}}, {11, 11, []string{"City"}}},
			[]string{"0 visited 1 dep:visited/verb"}},
		{"no long subject without an apposition", `
Haddad Haddad PROPN NNP 3 nsubj
was be AUX VBD 3 aux:pass
held hold VERB VBN 0 root
at at ADP IN 5 case
checkpoints checkpoint NOUN NNS 3 obl
, , PUNCT , 7 punct
visited visit VERB VBD 3 parataxis
Tripoli Tripoli PROPN NNP 7 obj`,
			[]Mention{{0, 0, []string{"Person"}}, {7, 7, []string{"City"}}},
			nil},
		{"role noun after a verb other than as", `
Smith Smith PROPN NNP 2 nsubj
spoke speak VERB VBD 0 root
to to ADP IN 5 case
the the DET DT 5 det
president president NOUN NN 2 obl
of of ADP IN 7 case
France France PROPN NNP 5 nmod`,
			[]Mention{{0, 0, []string{"Person"}}, {6, 6, []string{"Country"}}},
			nil},
		{"wrong argument types", `
Blair Blair PROPN NNP 2 nsubj
joined join VERB VBD 0 root
Paris Paris PROPN NNP 2 obj`,
			[]Mention{{0, 0, []string{"Person"}}, {2, 2, []string{"City"}}},
			nil},
	} {
		s := handTree(t, c.rows)
		var got []string
		for _, f := range g.Match(s, c.ms) {
			got = append(got, fmt.Sprintf("%d %s %d %s", f.Subject, f.Predicate, f.Object, f.Rule))
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %q, want %q", c.name, got, want)
		}
	}
}

func TestWorth(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	country := []string{"Country"}
	org := []string{"Organization"}
	city := []string{"City"}
	for _, c := range []struct {
		words string
		ms    []Mention
		want  bool
	}{
		{"georgia withdrew from the cis", []Mention{{0, 0, country}, {3, 4, org}}, true},
		{"the accession of croatia to the eu", []Mention{{3, 3, country}, {5, 6, org}}, true},
		{"georgia withdrew from tbilisi", []Mention{{0, 0, country}, {3, 3, city}}, false},
		{"georgia withdrew", []Mention{{0, 0, country}}, false},
		{"the summit host said georgia", []Mention{{0, 2, org}, {4, 4, country}}, false},
		{"prices rose sharply in march", []Mention{{0, 0, country}, {4, 4, org}}, false},
	} {
		if got := g.Worth(strings.Fields(c.words), c.ms); got != c.want {
			t.Errorf("Worth(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

func TestParseRulesErrors(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"unknown key", "rule a\ntrigger leave v\nsubject nsubj\nobject obj\npredicate left\nconfidence 0.5\ncolour red\n", "unknown key"},
		{"no confidence", "rule a\ntrigger leave v\nsubject nsubj\nobject obj\npredicate left\n", "no confidence"},
		{"examples after rule", "rule a\n+ [A|Country] left [B|Organization].\n", "examples go above"},
		{"bad path", "rule a\ntrigger leave v\nsubject nsubj[from\n", "unclosed"},
		{"bad voice", "rule a\nvoice middle\n", "voice"},
		{"except on a trigger class", "rule a\ntrigger leave v\nsubject nsubj\nobject obj\npredicate left\nconfidence 0.5\nexcept watch\n", "except is for trigger class"},
	} {
		_, err := parseRules("test.txt", c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestParseExample(t *testing.T) {
	ex, err := ParseExample("[Georgia|Country]'s exit from [the CIS|Organization], it said.")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Georgia", "'s", "exit", "from", "the", "CIS", ",", "it", "said", "."}
	if !slices.Equal(ex.Words, want) {
		t.Errorf("words %q, want %q", ex.Words, want)
	}
	if len(ex.Mentions) != 2 || ex.Mentions[1].First != 4 || ex.Mentions[1].Last != 5 || ex.Mentions[1].Types[0] != "Organization" {
		t.Errorf("mentions %+v", ex.Mentions)
	}
	if _, err := ParseExample("[Georgia withdrew"); err == nil {
		t.Error("unclosed mention: no error")
	}
}

// TestRelativeAfterCoordination: a relative clause after "A and B" is B's.
func TestRelativeAfterCoordination(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	s := handTree(t, `
Holmes Holmes PROPN NNP 0 root
and and CCONJ CC 3 cc
Fredericks Fredericks PROPN NNP 1 conj
, , PUNCT , 9 punct
who who PRON WP 9 nsubj
is be AUX VBZ 9 cop
an a DET DT 9 det
IOC IOC PROPN NNP 9 compound
member member NOUN NN 1 acl:relcl`)
	ms := []Mention{{0, 0, []string{"Person"}}, {2, 2, []string{"Person"}}, {7, 7, []string{"Organization"}}}
	var got []string
	for _, f := range g.Match(s, ms) {
		got = append(got, fmt.Sprintf("%d %s %d", f.Subject, f.Predicate, f.Object))
	}
	if !slices.Equal(got, []string{"1 memberOf 2"}) {
		t.Errorf("got %q, want only Fredericks memberOf IOC", got)
	}
}

// TestArgsWrongType checks, on hand-made trees of invented sentences,
// when a slot's reading whose names have the wrong type gives way to the
// next alternative: a passive subject or an oblique does, a core object
// does not unless its rule marks it with "?".
func TestArgsWrongType(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		rows     string
		ms       []Mention
		want     string // "subject predicate object rule" that must be found, or ""
		mustNot  string // one that must not
		ruleName string // the rule whose facts the case is about
	}{
		{"a passive subject that is a side yields to the oblique event", `
Hale Hale PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
beaten beat VERB VBN 0 root
by by ADP IN 5 case
Kral Kral PROPN NNP 3 obl:agent
in in ADP IN 9 case
the the DET DT 9 det
Harbour Harbour PROPN NNP 9 compound
Open Open PROPN NNP 3 obl`,
			[]Mention{{0, 0, []string{"Person"}}, {4, 4, []string{"Person"}}, {7, 8, []string{"Event"}}},
			"1 participatedIn 2 dep:participatedIn/contest-by", "", "dep:participatedIn/contest-by"},
		{"a passive subject that is the event is still read first", `
the the DET DT 3 det
Harbour Harbour PROPN NNP 3 compound
Cup Cup PROPN NNP 5 nsubj:pass
was be AUX VBD 5 aux:pass
won win VERB VBN 0 root
by by ADP IN 7 case
Denmark Denmark PROPN NNP 5 obl:agent
in in ADP IN 9 case
Oslo Oslo PROPN NNP 5 obl`,
			[]Mention{{0, 2, []string{"Event"}}, {6, 6, []string{"Country"}}, {8, 8, []string{"City"}}},
			"1 participatedIn 0 dep:participatedIn/contest-by", "", "dep:participatedIn/contest-by"},
		{"a side beaten in a place gives no event", `
Hale Hale PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
beaten beat VERB VBN 0 root
by by ADP IN 5 case
Kral Kral PROPN NNP 3 obl:agent
in in ADP IN 7 case
Doha Doha PROPN NNP 3 obl`,
			[]Mention{{0, 0, []string{"Person"}}, {4, 4, []string{"Person"}}, {6, 6, []string{"City"}}},
			"", "1 participatedIn 2 dep:participatedIn/contest-by", "dep:participatedIn/contest-by"},
		{"an object marked ? yields: the side beaten, then the contest", `
Denmark Denmark PROPN NNP 2 nsubj
beat beat VERB VBD 0 root
Norway Norway PROPN NNP 2 obj
in in ADP IN 7 case
the the DET DT 7 det
Harbour Harbour PROPN NNP 7 compound
Cup Cup PROPN NNP 2 obl`,
			[]Mention{{0, 0, []string{"Country"}}, {2, 2, []string{"Country"}}, {5, 6, []string{"Event"}}},
			"0 participatedIn 2 dep:participatedIn/contest", "0 participatedIn 1 dep:participatedIn/contest", "dep:participatedIn/contest"},
		{"a verb's own object of the wrong type stops the slot", `
Hale Hale PROPN NNP 2 nsubj
left leave VERB VBD 0 root
Doha Doha PROPN NNP 2 obj
as as ADP IN 5 case
captain captain NOUN NN 2 obl
of of ADP IN 8 case
the the DET DT 8 det
Club Club PROPN NNP 2 obl`,
			[]Mention{{0, 0, []string{"Person"}}, {2, 2, []string{"City"}}, {7, 7, []string{"Organization"}}},
			"", "0 left 2 dep:left/verb", "dep:left/verb"},
		{"the same oblique is read when the verb has no object", `
Hale Hale PROPN NNP 2 nsubj
withdrew withdraw VERB VBD 0 root
from from ADP IN 5 case
the the DET DT 5 det
Club Club PROPN NNP 2 obl`,
			[]Mention{{0, 0, []string{"Person"}}, {4, 4, []string{"Organization"}}},
			"0 left 1 dep:left/verb", "", "dep:left/verb"},
	} {
		s := handTree(t, c.rows)
		var got []string
		for _, f := range g.Match(s, c.ms) {
			if f.Rule == c.ruleName {
				got = append(got, fmt.Sprintf("%d %s %d %s", f.Subject, f.Predicate, f.Object, f.Rule))
			}
		}
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q among them", c.name, got, c.want)
		}
		if c.mustNot != "" && slices.Contains(got, c.mustNot) {
			t.Errorf("%s: got %q, want no %q", c.name, got, c.mustNot)
		}
	}
}

// TestParsePathsYield checks the "?" mark of a yielding alternative.
func TestParsePathsYield(t *testing.T) {
	ps, err := parsePaths("?obj | obl[in,at]")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || !ps[0][0].Yield || ps[1][0].Yield {
		t.Fatalf("parsePaths: got %v, want the first alternative alone marked", ps)
	}
	if got := ps[0].String(); got != "?obj" {
		t.Errorf("String() = %q, want %q", got, "?obj")
	}
	if _, err := parsePaths("?"); err == nil {
		t.Error("parsePaths(\"?\"): want an error for an empty path")
	}
}
