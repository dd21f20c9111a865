package extract

import "testing"

// TestWireDatelineTitles: a bare prime minister's or chancellor's title
// in a wire story leads the dateline city's country, unless that
// country's holder of the title is named, the post is a past or deputy
// one, a state's premier, or the country has no such chancellor. Every story is invented.
func TestWireDatelineTitles(t *testing.T) {
	for _, tc := range []struct {
		text    string
		want    []string
		not     []string
		comment string
	}{
		{"BERLIN, June 4 (AP) — Kenyan President Paul Otieno arrived in Germany on Wednesday for a visit to Kenya's biggest trading partner in Europe. He held talks with Chancellor Hans Weber on trade between Kenya and Germany.",
			[]string{"Hans Weber leaderOf Germany"}, nil, "the dateline's chancellor"},
		{"NEW DELHI, May 2 (Reuters) - A regional party quit the ruling alliance in India and Nepal on Monday, dealing a blow to Prime Minister Ravi Kulkarni before the vote.",
			[]string{"Ravi Kulkarni leaderOf India"}, nil, "the dateline's prime minister"},
		{"LONDON, June 4 (AP) — Kenyan President Paul Otieno arrived in Britain on Wednesday. He held talks with Chancellor Hans Weber on trade between Kenya and Britain.",
			nil, []string{"Hans Weber leaderOf United Kingdom"}, "Britain's chancellor runs the Treasury"},
		{"BERLIN, June 4 (AP) — Kenyan President Paul Otieno arrived in Germany on Wednesday. He held talks with former Chancellor Hans Weber on trade between Kenya and Germany.",
			nil, []string{"Hans Weber leaderOf Germany"}, "a past post"},
		{"KUALA LUMPUR, Oct 2 (AP) — Malaysian Prime Minister Farid Osman opened the summit in Malaysia on Sunday with guests from Vietnam and Laos. Prime Minister Jose Alves wept as the anthem played.",
			nil, []string{"Jose Alves leaderOf Malaysia"}, "the dateline country's prime minister is another"},
		{"Kenyan President Paul Otieno arrived in Germany on Wednesday for a visit to Kenya's biggest trading partner in Europe. He held talks with Chancellor Hans Weber on trade between Kenya and Germany.",
			nil, []string{"Hans Weber leaderOf Germany"}, "no dateline"},
		{"BERLIN, June 4 (AP) — Bavaria's parties agreed on Tuesday to form the southern German state's next government.\n\nState premier Hans Weber of the Christian Social Union will remain in office at the head of a minority coalition.",
			nil, []string{"Hans Weber leaderOf Germany"}, "a state's premier"},
	} {
		_, got := factRules(t, tc.text)
		for _, w := range tc.want {
			if got[w] == "" {
				t.Errorf("%s: %q: missing %q (facts %v)", tc.comment, tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if got[n] != "" {
				t.Errorf("%s: %q: unwanted %q by %s", tc.comment, tc.text, n, got[n])
			}
		}
	}
}
