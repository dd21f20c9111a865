package extract

import (
	"strings"
	"testing"
)

// TestWirePartyMemberships covers the party memberships wire copy tells
// beside a name (relations_wire_parties.go). Every sentence is invented;
// each construction has a negative: a firm in the same phrase, a past
// post, a body the story does not make a party.
func TestWirePartyMemberships(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // facts that must be found
		not  []string // facts that must not be
	}{
		// "X of PARTY", "X, of the PARTY".
		{"The coalition talks collapsed after the election. Opposition spokesman Tomas Hegedus, of the Liberal Party, welcomed the vote.",
			[]string{"Tomas Hegedus memberOf Liberal Party"}, nil},
		{"The coalition talks collapsed after the election. Analyst Tomas Hegedus, of Brightcode Capital, welcomed the vote.",
			nil, []string{"Tomas Hegedus memberOf Brightcode Capital"}},
		// A party the story describes by a political adjective.
		{"Mirela Vasic of Zorvat said the vote was lost. The centrist Zorvat has 40 seats in parliament after the election.",
			[]string{"Mirela Vasic memberOf Zorvat"}, nil},
		{"Mirela Vasic of Zorvat said the vote was lost. Zorvat has 40 shops after the election.",
			nil, []string{"Mirela Vasic memberOf Zorvat"}},
		// "PARTY post NAME", with the post's head leading the party.
		{"The centrist Zorvat won the election. Zorvat leader Mirela Vasic thanked voters.",
			[]string{"Mirela Vasic memberOf Zorvat", "Mirela Vasic leaderOf Zorvat"}, nil},
		{"The centrist Zorvat won the election. Zorvat deputy leader Mirela Vasic thanked voters.",
			[]string{"Mirela Vasic memberOf Zorvat"}, []string{"Mirela Vasic leaderOf Zorvat"}},
		{"The centrist Zorvat won the election. Former Zorvat leader Mirela Vasic thanked voters.",
			nil, []string{"Mirela Vasic memberOf Zorvat"}},
		// A party's initials the story never spells out.
		{"The Free Citizens Movement, the largest party in parliament, lost the election. At home, FCM leader Mirela Vasic said the vote was rigged.",
			[]string{"Mirela Vasic memberOf Free Citizens Movement", "Mirela Vasic leaderOf Free Citizens Movement"}, nil},
		// "NAME's PARTY", "NAME, whose PARTY ...".
		{"The coalition needs the votes of Mirela Vasic's Unity Party, the largest party in the assembly.",
			[]string{"Mirela Vasic memberOf Unity Party"}, nil},
		{"Critics attacked Prime Minister Mirela Vasic's Unity Party government after the election.",
			nil, []string{"Mirela Vasic memberOf Unity Party"}},
		{"The coalition needs the votes of Mirela Vasic's Brightcode Capital, the largest lender in the city.",
			nil, []string{"Mirela Vasic memberOf Brightcode Capital"}},
		{"The cabinet met after the election. Mirela Vasic, whose centrist Zorvat governs in a coalition, spoke first.",
			[]string{"Mirela Vasic memberOf Zorvat"}, nil},
		{"The cabinet met after the election. Mirela Vasic, whose Brightcode Capital owns the land, spoke first.",
			nil, []string{"Mirela Vasic memberOf Brightcode Capital"}},
		// "PARTY, whose post, NAME", "Its post, NAME".
		{"The plan was rejected by the opposition Zorvat, whose coordinator, Mirela Vasic, called it a betrayal of voters.",
			[]string{"Mirela Vasic memberOf Zorvat", "Mirela Vasic leaderOf Zorvat"}, nil},
		{"The coalition lost a partner on Monday when Zorvat, a regional party with six lawmakers, walked out. Its general secretary, Mirela Vasic, said the talks were over.",
			[]string{"Mirela Vasic memberOf Zorvat"}, nil},
		{"The coalition lost a partner on Monday when Brightcode Capital sold its stake. Its general secretary, Mirela Vasic, said the talks were over.",
			nil, []string{"Mirela Vasic memberOf Brightcode Capital"}},
		// A leader of a party the story describes is a member of it.
		{"The centrist Zorvat lost the election. Mirela Vasic, who leads Zorvat, left parliament.",
			[]string{"Mirela Vasic memberOf Zorvat"}, nil},
		{"Zorvat lost its biggest client. Mirela Vasic, who leads Zorvat, left the firm.",
			nil, []string{"Mirela Vasic memberOf Zorvat"}},
	} {
		d := extractText(t, tc.text)
		got := map[string]bool{}
		for _, f := range d.Facts {
			got[d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: missing %q (facts %v)", tc.text, w, wireFactList(got))
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: unwanted %q", tc.text, n)
			}
		}
	}
}

func wireFactList(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return strings.Join(out, "; ")
}
