package openie

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/syntax"
)

// parseTree reads a hand-written dependency tree, one token a line:
// "id word lemma UPOS XPOS head deprel", through the CoNLL-U reader, so the
// tests do not depend on the trained parser's accuracy.
func parseTree(t *testing.T, spec string) *syntax.Sentence {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		if len(f) != 7 {
			t.Fatalf("bad tree line %q: want 7 fields", line)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", f[0], f[1], f[2], f[3], f[4], f[5], f[6])
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(b.String()))
	if err != nil || len(sents) != 1 {
		t.Fatalf("tree: %v (%d sentences)", err, len(sents))
	}
	return sents[0]
}

// want is one expected tuple: relation and arguments as "rel | a1 | a2".
type want struct {
	tuple    string
	negated  bool
	passive  bool
	modality string
	attrib   string
	clause   ClauseType
	key      string
}

func render(tu Tuple) string {
	parts := []string{tu.Relation}
	for _, a := range tu.Args {
		parts = append(parts, a.Text)
	}
	return strings.Join(parts, " | ")
}

func TestExtractConstructions(t *testing.T) {
	tests := []struct {
		name string
		tree string
		want []want
		not  []string // tuples that must not appear
	}{
		{
			name: "SVO with auxiliary and particle",
			tree: `
1 Vodafone Vodafone PROPN NNP 3 nsubj
2 has have AUX VBZ 3 aux
3 drafted draft VERB VBN 0 root
4 in in ADP RP 3 compound:prt
5 William William PROPN NNP 3 obj
6 Morrow Morrow PROPN NNP 5 flat
7 . . PUNCT . 3 punct`,
			want: []want{{tuple: "has drafted in | Vodafone | William Morrow", clause: SVO, key: "draft_in"}},
		},
		{
			name: "irregular participle the analyser left as it is",
			tree: `
1 England England PROPN NNP 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 beaten beaten VERB VBN 0 root
4 by by ADP IN 5 case
5 Wales Wales PROPN NNP 3 obl:agent
6 . . PUNCT . 3 punct`,
			want: []want{{tuple: "were beaten by | England | Wales", passive: true, key: "beat_by"}},
		},
		{
			name: "passive with agent",
			tree: `
1 The the DET DT 2 det
2 company company NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 founded found VERB VBN 0 root
5 by by ADP IN 6 case
6 Sony Sony PROPN NNP 4 obl:agent
7 in in ADP IN 8 case
8 1946 1946 NUM CD 4 obl
9 . . PUNCT . 4 punct`,
			want: []want{{tuple: "was founded by | The company | Sony | in 1946", passive: true, clause: SVA, key: "found_by"}},
		},
		{
			name: "light verb and noun take the preposition",
			tree: `
1 Glazer Glazer PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 a a DET DT 4 det
4 stake stake NOUN NN 2 obj
5 in in ADP IN 7 case
6 Manchester Manchester PROPN NNP 7 compound
7 United United PROPN NNP 4 nmod
8 . . PUNCT . 2 punct`,
			want: []want{{tuple: "bought a stake in | Glazer | Manchester United", key: "buy_stake_in"}},
			not:  []string{"bought | Glazer | a stake in Manchester United"},
		},
		{
			name: "coordinated subjects and objects split",
			tree: `
1 Sony Sony PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Toshiba Toshiba PROPN NNP 1 conj
4 sued sue VERB VBD 0 root
5 Apple Apple PROPN NNP 4 obj
6 and and CCONJ CC 7 cc
7 Dell Dell PROPN NNP 5 conj
8 . . PUNCT . 4 punct`,
			want: []want{
				{tuple: "sued | Sony | Apple"}, {tuple: "sued | Sony | Dell"},
				{tuple: "sued | Toshiba | Apple"}, {tuple: "sued | Toshiba | Dell"},
			},
			not: []string{"sued | Sony and Toshiba | Apple and Dell"},
		},
		{
			name: "coordinated common nouns stay one argument",
			tree: `
1 Hezbollah Hezbollah PROPN NNP 2 nsubj
2 launched launch VERB VBD 0 root
3 attacks attack NOUN NNS 2 obj
4 and and CCONJ CC 5 cc
5 raids raid NOUN NNS 3 conj`,
			want: []want{{tuple: "launched | Hezbollah | attacks and raids"}},
			not:  []string{"launched | Hezbollah | attacks", "launched | Hezbollah | raids"},
		},
		{
			name: "coordinated verbs share the subject",
			tree: `
1 He he PRON PRP 2 nsubj
2 resigned resign VERB VBD 0 root
3 and and CCONJ CC 4 cc
4 joined join VERB VBD 2 conj
5 Google Google PROPN NNP 4 obj
6 . . PUNCT . 2 punct`,
			want: []want{{tuple: "resigned | He", clause: SV}, {tuple: "joined | He | Google"}},
		},
		{
			name: "coordinated verbs share a following object",
			tree: `
1 Funds fund NOUN NNS 2 nsubj
2 bought buy VERB VBD 0 root
3 and and CCONJ CC 4 cc
4 sold sell VERB VBD 2 conj
5 shares share NOUN NNS 2 obj`,
			want: []want{{tuple: "bought | Funds | shares"}, {tuple: "sold | Funds | shares"}},
		},
		{
			name: "an argument never opens a bracket it does not close",
			tree: `
1 Sony Sony PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 Dell Dell PROPN NNP 2 obj
4 ( ( PUNCT -LRB- 6 punct
5 a a DET DT 6 det
6 maker maker NOUN NN 3 nmod`,
			want: []want{{tuple: "bought | Sony | Dell"}},
			not:  []string{"bought | Sony | Dell ( a maker"},
		},
		{
			name: "participle modifying a noun is a passive",
			tree: `
1 the the DET DT 2 det
2 organ organ NOUN NN 0 root
3 built build VERB VBN 2 acl
4 by by ADP IN 5 case
5 Schnitger Schnitger PROPN NNP 3 obl:agent`,
			want: []want{{tuple: "is built by | the organ | Schnitger", passive: true, key: "build_by"}},
		},
		{
			name: "a phrase a damaged parse hangs on a comma stays out",
			tree: `
1 Vodafone Vodafone PROPN NNP 3 nsubj
2 has have AUX VBZ 3 aux
3 drafted draft VERB VBN 0 root
4 in in ADP IN 5 case
5 Morrow Morrow PROPN NNP 3 obl
6 , , PUNCT , 5 punct
7 a a DET DT 6 goeswith
8 banker banker NOUN NN 7 conj`,
			want: []want{{tuple: "has drafted in | Vodafone | Morrow"}},
		},
		{
			name: "apposition is an is-tuple and stays out of the argument",
			tree: `
1 Bill Bill PROPN NNP 0 root
2 Gates Gates PROPN NNP 1 flat
3 , , PUNCT , 6 punct
4 the the DET DT 6 det
5 Microsoft Microsoft PROPN NNP 6 compound
6 founder founder NOUN NN 1 appos
7 , , PUNCT , 6 punct
8 spoke speak VERB VBD 0 root`,
			want: []want{{tuple: "is | Bill Gates | the Microsoft founder", clause: Appos, key: "be"}},
		},
		{
			name: "relative clause: the pronoun stands for the noun",
			tree: `
1 Sony Sony PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 the the DET DT 4 det
4 firm firm NOUN NN 2 obj
5 which which PRON WDT 6 nsubj
6 makes make VERB VBZ 4 acl:relcl
7 chips chip NOUN NNS 6 obj
8 . . PUNCT . 2 punct`,
			want: []want{{tuple: "makes | the firm | chips"}, {tuple: "bought | Sony | the firm"}},
			not:  []string{"makes | which | chips"},
		},
		{
			name: "relative clause with an object gap",
			tree: `
1 the the DET DT 2 det
2 weapon weapon NOUN NN 0 root
3 Washington Washington PROPN NNP 5 nsubj
4 could could AUX MD 5 aux
5 deploy deploy VERB VB 2 acl:relcl`,
			want: []want{{tuple: "could deploy | Washington | the weapon", modality: "could"}},
		},
		{
			name: "subject control merges the infinitive",
			tree: `
1 Glazer Glazer PROPN NNP 2 nsubj
2 agreed agree VERB VBD 0 root
3 to to PART TO 4 mark
4 buy buy VERB VB 2 xcomp
5 the the DET DT 6 det
6 club club NOUN NN 4 obj
7 . . PUNCT . 2 punct`,
			want: []want{{tuple: "agreed to buy | Glazer | the club", key: "agree_buy"}},
			not:  []string{"agreed | Glazer | to buy the club", "buy | Glazer | the club"},
		},
		{
			name: "negation is flagged and kept in the relation",
			tree: `
1 Sony Sony PROPN NNP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 sue sue VERB VB 0 root
5 Apple Apple PROPN NNP 4 obj`,
			want: []want{{tuple: "did not sue | Sony | Apple", negated: true}},
		},
		{
			name: "reported clause: the saying and the claim, attributed",
			tree: `
1 Smith Smith PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 that that SCONJ IN 5 mark
4 Sony Sony PROPN NNP 5 nsubj
5 sued sue VERB VBD 2 ccomp
6 Apple Apple PROPN NNP 5 obj
7 . . PUNCT . 2 punct`,
			want: []want{
				{tuple: "said that | Smith | Sony sued Apple"},
				{tuple: "sued | Sony | Apple", attrib: "Smith"},
			},
		},
		{
			name: "parenthetical saying verb",
			tree: `
1 Sony Sony PROPN NNP 2 nsubj
2 sued sue VERB VBD 0 root
3 Apple Apple PROPN NNP 2 obj
4 , , PUNCT , 6 punct
5 he he PRON PRP 6 nsubj
6 said say VERB VBD 2 parataxis
7 . . PUNCT . 2 punct`,
			want: []want{
				{tuple: "said | he | Sony sued Apple"},
				{tuple: "sued | Sony | Apple", attrib: "he"},
			},
		},
		{
			name: "copula with a prepositional predicate",
			tree: `
1 The the DET DT 2 det
2 museum museum NOUN NN 5 nsubj
3 is be AUX VBZ 5 cop
4 in in ADP IN 5 case
5 Berlin Berlin PROPN NNP 0 root
6 . . PUNCT . 5 punct`,
			want: []want{{tuple: "is in | The museum | Berlin", clause: SVA, key: "be_in"}},
		},
		{
			name: "possessive reads as has",
			tree: `
1 Glazer Glazer PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 club club NOUN NN 4 nsubj
4 won win VERB VBD 0 root`,
			want: []want{{tuple: "had | Glazer | club", clause: Poss, key: "have"}, {tuple: "won | Glazer 's club"}},
		},
		{
			name: "possessive in a present-tense clause",
			tree: `
1 Glazer Glazer PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 club club NOUN NN 4 nsubj
4 wins win VERB VBZ 0 root`,
			want: []want{{tuple: "has | Glazer | club", clause: Poss}},
		},
		{
			name: "place modifier reads as is-in",
			tree: `
1 The the DET DT 2 det
2 foundation foundation NOUN NN 5 nsubj
3 in in ADP IN 4 case
4 Berlin Berlin PROPN NNP 2 nmod
5 opened open VERB VBD 0 root`,
			want: []want{{tuple: "was in | The foundation | Berlin", clause: Place, key: "be_in"}, {tuple: "opened | The foundation in Berlin", clause: SV}},
		},
		{
			name: "bare passive splits into copula and participle",
			tree: `
1 Their their PRON PRP$ 2 nmod:poss
2 performance performance NOUN NN 5 nsubj:pass
3 was be AUX VBD 5 aux:pass
4 well well ADV RB 5 advmod
5 received receive VERB VBN 0 root`,
			want: []want{{tuple: "was | Their performance | well received", passive: true, key: "receive"}},
		},
		{
			name: "adverbial clause is a further argument",
			tree: `
1 Rodan Rodan PROPN NNP 2 nsubj
2 taught teach VERB VBD 0 root
3 at at ADP IN 4 case
4 Yale Yale PROPN NNP 2 obl
5 until until SCONJ IN 7 mark
6 he he PRON PRP 7 nsubj
7 left leave VERB VBD 2 advcl`,
			want: []want{{tuple: "taught at | Rodan | Yale | until he left", clause: SVA, key: "teach_at"}},
		},
		{
			name: "adverbial clause opened by a wh-adverb is a further argument",
			tree: `
1 The the DET DT 2 det
2 ferry ferry NOUN NN 3 nsubj
3 sank sink VERB VBD 0 root
4 when when ADV WRB 7 advmod
5 a a DET DT 6 det
6 storm storm NOUN NN 7 nsubj
7 struck strike VERB VBD 3 advcl
8 the the DET DT 9 det
9 harbour harbour NOUN NN 7 obj`,
			want: []want{
				{tuple: "sank | The ferry | when a storm struck the harbour", clause: SVA, key: "sink"},
				{tuple: "struck | a storm | the harbour", clause: SVO, key: "strike"},
			},
			not: []string{"sank | The ferry"},
		},
		{
			name: "relative who hung on a verb still stands for the name before it",
			tree: `
1 The the DET DT 2 det
2 prize prize NOUN NN 4 nsubj:pass
3 was be AUX VBD 4 aux:pass
4 named name VERB VBN 0 root
5 after after ADP IN 6 case
6 Ada Ada PROPN NNP 4 obl
7 Brandt Brandt PROPN NNP 6 flat
8 , , PUNCT , 10 punct
9 who who PRON WP 10 nsubj
10 founded found VERB VBD 4 parataxis
11 the the DET DT 12 det
12 school school NOUN NN 10 obj`,
			want: []want{{tuple: "founded | Ada Brandt | the school", clause: SVO, key: "found"}},
		},
		{
			name: "relative who after a name and its place stands for the name",
			tree: `
1 They they PRON PRP 2 nsubj
2 met meet VERB VBD 0 root
3 Lena Lena PROPN NNP 2 obj
4 Ortiz Ortiz PROPN NNP 3 flat
5 from from ADP IN 6 case
6 Chile Chile PROPN NNP 3 nmod
7 , , PUNCT , 9 punct
8 who who PRON WP 9 nsubj
9 coached coach VERB VBD 2 parataxis
10 the the DET DT 11 det
11 team team NOUN NN 9 obj`,
			want: []want{{tuple: "coached | Lena Ortiz from Chile | the team", clause: SVO, key: "coach"}},
			not:  []string{"coached | Chile | the team"},
		},
		{
			name: "relative who after a common noun's named modifier stands for the name",
			tree: `
1 She she PRON PRP 2 nsubj
2 thanked thank VERB VBD 0 root
3 the the DET DT 4 det
4 friends friend NOUN NNS 2 obj
5 of of ADP IN 6 case
6 Omar Omar PROPN NNP 4 nmod
7 , , PUNCT , 9 punct
8 who who PRON WP 9 nsubj
9 moved move VERB VBD 2 parataxis
10 to to ADP IN 11 case
11 Lyon Lyon PROPN NNP 9 obl`,
			want: []want{{tuple: "moved to | Omar | Lyon", clause: SVA, key: "move_to"}},
		},
		{
			name: "relative who after a name in company stands for that name",
			tree: `
1 Both both PRON DT 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 nominated nominate VERB VBN 0 root
4 for for ADP IN 5 case
5 Grammys Grammys PROPN NNPS 3 obl
6 , , PUNCT , 8 punct
7 alongside alongside ADP IN 8 case
8 Mara Mara PROPN NNP 5 nmod
9 , , PUNCT , 11 punct
10 who who PRON WP 11 nsubj
11 wrote write VERB VBD 3 parataxis
12 the the DET DT 13 det
13 score score NOUN NN 11 obj`,
			want: []want{{tuple: "wrote | Mara | the score", clause: SVO, key: "write"}},
			not:  []string{"wrote | Grammys , alongside Mara | the score"},
		},
		{
			name: "relative which hung on a verb may stand for the clause and gives no subject",
			tree: `
1 The the DET DT 2 det
2 mayor mayor NOUN NN 3 nsubj
3 resigned resign VERB VBD 0 root
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 3 obl
6 , , PUNCT , 8 punct
7 which which PRON WDT 8 nsubj
8 surprised surprise VERB VBD 3 parataxis
9 the the DET DT 10 det
10 council council NOUN NN 8 obj`,
			want: []want{{tuple: "resigned on | The mayor | Monday", clause: SVA, key: "resign_on"}},
			not:  []string{"surprised | Monday | the council"},
		},
		{
			name: "participial clause without a subordinator stays out",
			tree: `
1 The the DET DT 2 det
2 council council NOUN NN 3 nsubj
3 met meet VERB VBD 0 root
4 on on ADP IN 5 case
5 Friday Friday PROPN NNP 3 obl
6 , , PUNCT , 7 punct
7 hoping hope VERB VBG 3 advcl
8 to to PART TO 9 mark
9 settle settle VERB VB 7 xcomp
10 the the DET DT 11 det
11 strike strike NOUN NN 9 obj`,
			want: []want{{tuple: "met on | The council | Friday", clause: SVA, key: "meet_on"}},
			not:  []string{"met on | The council | Friday | hoping to settle the strike"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(parseTree(t, tc.tree))
			byText := map[string]Tuple{}
			var all []string
			for _, tu := range got {
				byText[render(tu)] = tu
				all = append(all, render(tu))
				if tu.Confidence <= 0 || tu.Confidence >= 1 {
					t.Errorf("%q: confidence %v outside (0,1)", render(tu), tu.Confidence)
				}
			}
			for _, w := range tc.want {
				tu, ok := byText[w.tuple]
				if !ok {
					t.Errorf("missing %q; got %q", w.tuple, all)
					continue
				}
				if tu.Negated != w.negated || tu.Passive != w.passive || tu.Modality != w.modality || tu.Attribution != w.attrib {
					t.Errorf("%q: negated %v passive %v modality %q attribution %q; want %v %v %q %q",
						w.tuple, tu.Negated, tu.Passive, tu.Modality, tu.Attribution, w.negated, w.passive, w.modality, w.attrib)
				}
				if w.clause != "" && tu.Clause != w.clause {
					t.Errorf("%q: clause %s, want %s", w.tuple, tu.Clause, w.clause)
				}
				if w.key != "" && tu.Key != w.key {
					t.Errorf("%q: key %q, want %q", w.tuple, tu.Key, w.key)
				}
			}
			for _, n := range tc.not {
				if _, ok := byText[n]; ok {
					t.Errorf("unwanted %q; got %q", n, all)
				}
			}
		})
	}
}

// TestArgumentSpans checks that argument spans are contiguous token ranges
// whose text is exactly the sentence's words there, so a caller can map
// them to byte offsets.
func TestArgumentSpans(t *testing.T) {
	s := parseTree(t, `
1 Glazer Glazer PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 a a DET DT 4 det
4 stake stake NOUN NN 2 obj
5 in in ADP IN 7 case
6 Manchester Manchester PROPN NNP 7 compound
7 United United PROPN NNP 4 nmod
8 . . PUNCT . 2 punct`)
	for _, light := range []bool{true, false} {
		tus := ExtractWith(s, Options{LightVerbNouns: light})
		wantRel := map[bool]string{true: "bought a stake in | Glazer | Manchester United", false: "bought | Glazer | a stake in Manchester United"}[light]
		var rendered []string
		for _, tu := range tus {
			rendered = append(rendered, render(tu))
		}
		if !strings.Contains(strings.Join(rendered, "\n"), wantRel) {
			t.Errorf("light=%v: %q missing from %q", light, wantRel, rendered)
		}
		for _, tu := range tus {
			for _, a := range tu.Args {
				if a.Span.Start < 0 || a.Span.End > s.Len() || a.Span.Len() <= 0 {
					t.Fatalf("light=%v %q: span %v out of the sentence", light, render(tu), a.Span)
				}
				if got := strings.Join(s.Words[a.Span.Start:a.Span.End], " "); got != a.Text {
					t.Errorf("light=%v %q: span text %q != arg text %q", light, render(tu), got, a.Text)
				}
				if a.Head < a.Span.Start || a.Head >= a.Span.End {
					t.Errorf("light=%v %q: head %d outside span %v", light, render(tu), a.Head, a.Span)
				}
			}
		}
	}
}

// TestArgBytes maps arguments of a tokenised line back to its text.
func TestArgBytes(t *testing.T) {
	line := "Glazer  bought a stake in Manchester United."
	s := Tokenize(line)
	// the tree a parser would give, by word position
	heads := []int{2, 0, 4, 2, 7, 7, 4, 2}
	rels := []string{"nsubj", "root", "det", "obj", "case", "compound", "nmod", "punct"}
	upos := []string{"PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"}
	if len(s.Words) != len(heads) {
		t.Fatalf("tokens %q", s.Words)
	}
	s.Head, s.Deprel, s.UPOS = heads, rels, upos
	var found bool
	for _, tu := range Extract(s) {
		for _, a := range tu.Args {
			b, e, ok := a.Bytes(s)
			if !ok {
				t.Fatalf("%q: no byte range", a.Text)
			}
			if got := line[b:e]; strings.Join(strings.Fields(got), " ") != a.Text {
				t.Errorf("%q: bytes %d-%d give %q", a.Text, b, e, got)
			}
			found = found || line[b:e] == "Manchester United"
		}
	}
	if !found {
		t.Errorf("no argument maps to %q", "Manchester United")
	}
	if _, _, ok := (Arg{Span: Span{0, 1}}).Bytes(&syntax.Sentence{Words: []string{"x"}}); ok {
		t.Errorf("a sentence without offsets gave a byte range")
	}
}

// TestExtractDamagedInput: no parse, a cyclic parse, an overlong sentence
// give no tuples and no panic.
func TestExtractDamagedInput(t *testing.T) {
	long := &syntax.Sentence{}
	for i := 0; i <= MaxWords; i++ {
		long.Words = append(long.Words, "w")
		long.Head = append(long.Head, 0)
		long.Deprel = append(long.Deprel, "root")
	}
	cases := []struct {
		name string
		s    *syntax.Sentence
	}{
		{"nil", nil},
		{"no parse", &syntax.Sentence{Words: []string{"Sony", "sued", "Apple"}}},
		{"cycle", &syntax.Sentence{Words: []string{"Sony", "sued", "Apple"}, UPOS: []string{"PROPN", "VERB", "PROPN"},
			Head: []int{2, 3, 2}, Deprel: []string{"nsubj", "conj", "obj"}}},
		{"heads out of range", &syntax.Sentence{Words: []string{"Sony", "sued"}, UPOS: []string{"PROPN", "VERB"},
			Head: []int{9, -4}, Deprel: []string{"nsubj", "xcomp"}}},
		{"too long", long},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.s)
			if c.name != "cycle" && len(got) != 0 {
				t.Errorf("got %d tuples, want none", len(got))
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vodafone has drafted in William Morrow .", "Vodafone|has|drafted|in|William|Morrow|."},
		{"Sony sued Apple (Reuters), he said.", "Sony|sued|Apple|(|Reuters|)|,|he|said|."},
		{"It isn't Glazer's club.", "It|is|n't|Glazer|'s|club|."},
		{"the U.S. firm paid $5 in Cambridge , Mass. , last year", "the|U.S.|firm|paid|$|5|in|Cambridge|,|Mass.|,|last|year"},
		{"Archie Roach 's partner said `` no '' .", "Archie|Roach|'s|partner|said|``|no|''|."},
		{"Shares rose 5%. Reynolds fell.", "Shares|rose|5|%|.|Reynolds|fell|."},
	}
	for _, tc := range tests {
		s := Tokenize(tc.in)
		if got := strings.Join(s.Words, "|"); got != tc.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for i, w := range s.Words {
			if tc.in[s.Starts[i]:s.Ends[i]] != w {
				t.Errorf("Tokenize(%q): word %d %q has offsets of %q", tc.in, i, w, tc.in[s.Starts[i]:s.Ends[i]])
			}
		}
	}
}

func TestLemmaFallback(t *testing.T) {
	tests := []struct{ word, xpos, want string }{
		{"drafted", "VBN", "draft"}, {"said", "VBD", "say"}, {"bought", "VBD", "buy"},
		{"creating", "VBG", "create"}, {"stopped", "VBD", "stop"}, {"carries", "VBZ", "carry"},
		{"sues", "VBZ", "sue"}, {"was", "VBD", "be"}, {"n't", "RB", "not"}, {"Sony", "NNP", "sony"},
	}
	for _, tc := range tests {
		if got := lemmaOf(tc.word, tc.xpos); got != tc.want {
			t.Errorf("lemmaOf(%q, %s) = %q, want %q", tc.word, tc.xpos, got, tc.want)
		}
	}
}

// TestRandomTreesKeepInvariants feeds random (often nonsensical, cyclic)
// parses, as a damaged model might produce: Extract must not panic, and
// every argument must stay a valid span of the sentence.
func TestRandomTreesKeepInvariants(t *testing.T) {
	rels := []string{"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "case", "det", "amod", "conj", "cc",
		"xcomp", "ccomp", "advcl", "acl", "acl:relcl", "appos", "nmod", "nmod:poss", "aux", "aux:pass", "cop",
		"mark", "advmod", "compound:prt", "parataxis", "punct", "root", "expl", "fixed"}
	upos := []string{"NOUN", "PROPN", "VERB", "ADJ", "ADP", "DET", "PRON", "AUX", "PUNCT", "CCONJ", "SCONJ", "ADV"}
	words := []string{"who", "which", "that", "said", "not", "(", ")", "to", "in", "by", "Sony", "bought", "is", "'s", "."}
	seed := uint64(42)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int((seed >> 33) % uint64(n))
	}
	for iter := 0; iter < 3000; iter++ {
		n := 1 + rnd(25)
		s := &syntax.Sentence{}
		for i := 0; i < n; i++ {
			s.Words = append(s.Words, words[rnd(len(words))])
			s.UPOS = append(s.UPOS, upos[rnd(len(upos))])
			s.XPOS = append(s.XPOS, []string{"NN", "VBD", "VBN", "WDT", "IN", "MD"}[rnd(6)])
			s.Head = append(s.Head, rnd(n+1))
			s.Deprel = append(s.Deprel, rels[rnd(len(rels))])
		}
		for _, tu := range Extract(s) {
			for _, a := range tu.Args {
				if a.Span.Start < 0 || a.Span.End > n || a.Span.Start > a.Span.End {
					t.Fatalf("iteration %d: %q: span %v outside %d words", iter, render(tu), a.Span, n)
				}
			}
			for _, k := range tu.RelTokens {
				if k < 0 || k >= n {
					t.Fatalf("iteration %d: %q: relation token %d outside %d words", iter, render(tu), k, n)
				}
			}
		}
	}
}
