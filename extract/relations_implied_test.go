package extract

import (
	"strings"
	"testing"
)

// The memberships GOLD.md has a joining imply, and the cases where the
// text undoes them (all sentences invented).
func TestRelationsImpliedMemberships(t *testing.T) {
	world := []relEnt{
		{"Fiat", Organization, nil},
		{"Ford", Organization, nil},
		{"Slovenia", Country, nil},
		{"European Union", Organization, []string{"EU"}},
		{"John Smith", Person, []string{"Smith"}},
		{"Tom Hale", Person, nil},
	}
	x := &Extractor{}
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"country joined", "Slovenia joined the EU in 2004.", []string{"Slovenia joined European Union", "Slovenia memberOf European Union"}},
		{"person joined", "Smith joined Fiat in 2003.", []string{"John Smith joined Fiat", "John Smith memberOf Fiat"}},
		{"joined as head", "Smith joined Fiat as chief executive in 2003.", []string{"John Smith joined Fiat"}},
		{"joined then resigned", "Smith joined Fiat in 2003. Smith resigned last year.", []string{"John Smith joined Fiat"}},
		{"former", "Smith joined Fiat in 2003. The former engineer is 60.", []string{"John Smith joined Fiat", "John Smith memberOf Fiat"}},
		{"former before someone else", "Smith joined Fiat in 2003. Smith will replace former Ford engineer Tom Hale.", []string{"John Smith joined Fiat", "John Smith memberOf Fiat"}},
		{"former before the one who joined", "Smith joined Fiat in 2003. Ford praised former Fiat engineer John Smith.", []string{"John Smith joined Fiat"}},
		{"a career: only the first told", "Smith joined Fiat on Monday. Smith joined Ford in 1990.", []string{"John Smith joined Fiat", "John Smith joined Ford", "John Smith memberOf Fiat"}},
		{"wants to join", "Slovenia wants to join the EU.", nil},
		{"another resigned", "Smith joined Fiat in 2003. Tom Hale resigned on Monday and will be replaced by Smith.", []string{"John Smith joined Fiat", "John Smith memberOf Fiat"}},
		{"another, who quit", "Smith joined Fiat in 2003. Tom Hale, who quit in May, praised Smith.", []string{"John Smith joined Fiat", "John Smith memberOf Fiat"}},
		{"the one who joined has resigned", "Smith joined Fiat in 2003. Tom Hale said Smith had resigned.", []string{"John Smith joined Fiat"}},
		{"the one who joined, who quit", "Smith joined Fiat in 2003. Tom Hale praised Smith, who quit in May.", []string{"John Smith joined Fiat"}},
		// A sentence telling of a move from one body to another: its
		// leaving and a bare former post are the old body's.
		{"left one to join another", "Smith left Ford in 2003 to join Fiat.", []string{"John Smith joined Fiat", "John Smith left Ford", "John Smith memberOf Fiat"}},
		{"former post, quit one to join another", "Former engineer John Smith left Ford to join Fiat in 2003.", []string{"John Smith joined Fiat", "John Smith left Ford", "John Smith memberOf Fiat"}},
		{"left one to join another, then resigned", "Smith left Ford in 2003 to join Fiat. Smith resigned last year.", []string{"John Smith joined Fiat", "John Smith left Ford"}},
		{"left one to join another, and died", "Smith left Ford in 2003 to join Fiat and died in 2010.", []string{"John Smith joined Fiat", "John Smith left Ford"}},
		{"a former post at a body, quit one to join another", "Former Slovenia engineer John Smith left Ford to join Fiat in 2003.", []string{"John Smith joined Fiat", "John Smith left Ford"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkRelations(t, x, relCase{text: c.text, ents: world}, c.want)
		})
	}
}

// TestPronounPosts covers a leader role or a party role told of a
// pronoun that coreference resolves to the person named before; an
// unresolved or non-subject pronoun gives nothing. Invented sentences.
func TestPronounPosts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Simon Hale returned to Dublin on Friday. He has been chief executive of Brightcode since 2014.", "Simon Hale leaderOf Brightcode"},
		{"Ann Rowe was first elected in 2010. She sits as a Labour MP for a seat in Leeds.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe was first elected in 2010. A Republican, she has served in the Senate since 2014.", "Ann Rowe memberOf Republican Party"},
		{"Ann Rowe was first elected in 2010. A Republican, Tom Hale, has served in the Senate since 2014.", ""},
		{"Ann Rowe was first elected in 2010. A Republican and a Democrat, she said, could never agree.", ""},
		{"Simon Hale returned to Dublin on Friday. He could become chief executive of Brightcode.", ""},
		{"Simon Hale returned to Dublin on Friday. He is not chief executive of Brightcode.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == rulePronounRole || f.Rule == rulePronounParty })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestImpliedPartyLeader covers the membership a party's leadership
// implies, for a party the entity stage names without "Party" ("Labor"),
// and none for the head of a company.
func TestImpliedPartyLeader(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The independents backed Labor, making Labor leader Steve Bracks premier.", "Steve Bracks memberOf Labor"},
		{"The Labour Party met in Leeds. Labour leader Tom Hale spoke first.", "Tom Hale memberOf Labour Party"},
		{"Brightcode chairman Tom Hale spoke first.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleImpliedLeader })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeftMembershipDropped: a title's membership is dropped when the
// same sentence tells the holder left that body; a membership told apart
// from the departure stays. Invented sentences.
func TestLeftMembershipDropped(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Lawmaker defects.\n\nConservative MP Ann Hale crossed the floor to join the Liberal Democrats on Monday.",
			[]string{"Ann Hale left Conservative Party", "Ann Hale memberOf Liberal Democrats"}, []string{"Ann Hale memberOf Conservative Party"}},
		{"Lawmaker speaks.\n\nLabour MP Tom Reed spoke against the bill on Monday.",
			[]string{"Tom Reed memberOf Labour Party"}, nil},
	} {
		_, got := factRules(t, tc.text)
		for _, w := range tc.want {
			if got[w] == "" {
				t.Errorf("%q: missing %q (facts %v)", tc.text, w, got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}
