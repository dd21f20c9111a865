package extract

import "testing"

// TestRelativeJoins: joining and leaving told in a relative clause, with
// the member as the clause's subject (listed members included) or the
// body joined as its antecedent. Every sentence is invented.
func TestRelativeJoins(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Chad, Sudan and Eritrea, which remain barred from the bloc after the coups and which quit the Arab League in March last year, sent no delegates.",
			[]string{"Chad left Arab League", "Sudan left Arab League", "Eritrea left Arab League"}, nil},
		{"Both nations belong to the Commonwealth, which Rwanda joined in 2009.",
			[]string{"Rwanda joined Commonwealth of Nations", "Rwanda memberOf Commonwealth of Nations"}, nil},
		{"Its rival belongs to the Star Alliance, which Air Chathams joined in 2021 through a codeshare.",
			[]string{"Air Chathams joined Star Alliance"}, nil},
		// A description resolved to a body is the body joined.
		{"The Wessex Alliance Party met in Bath on Monday. The Wessex Farmers Union, which joined the party in 2019, sent ten delegates.",
			[]string{"Wessex Farmers Union joined Wessex Alliance Party"}, nil},
		// The verb has an object of its own: the antecedent is not what was joined.
		{"Both nations belong to the Commonwealth, which Rwanda joined the talks about in 2009.",
			nil, []string{"Rwanda joined Commonwealth of Nations"}},
		// A city is left, not a body.
		{"Peru, which quit Lima in 1992, has since raised output.",
			nil, []string{"Peru left Lima"}},
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

// TestCrossedFloor: a lawmaker who crossed the floor left the party the
// sentence gave and joined the one named after "to join"; a threat to
// cross is no move. Every sentence is invented.
func TestCrossedFloor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Lawmaker defects.\n\nConservative MP Ann Hale crossed the floor to join the Liberal Democrats on Monday.",
			[]string{"Ann Hale left Conservative Party", "Ann Hale joined Liberal Democrats", "Ann Hale memberOf Liberal Democrats"}, nil},
		{"Lawmaker defects.\n\nLabour MP Tom Reed crossed the floor in March.",
			[]string{"Tom Reed left Labour Party"}, nil},
		{"Lawmaker defects.\n\nLabour MP Tom Reed threatened to cross the floor to join the Liberal Democrats.",
			nil, []string{"Tom Reed left Labour Party", "Tom Reed joined Liberal Democrats"}},
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
