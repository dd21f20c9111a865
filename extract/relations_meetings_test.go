package extract

import "testing"

// TestMeetingsWithoutMeet runs the whole extractor on invented sentences:
// persons who signed one agreement together, or one received by the
// other, met; bodies, plans and separate documents give nothing.
func TestMeetingsWithoutMeet(t *testing.T) {
	tests := []struct {
		text string
		want [][2]string // metWith pairs, either direction
		rule string
		not  [][2]string
	}{
		{
			text: "Peruvian President Ana Torres and Chilean President Luis Varga signed the gas deal in Lima on Tuesday.",
			want: [][2]string{{"Ana Torres", "Luis Varga"}},
			rule: coSignRule,
		},
		{
			text: "Prime Minister Olav Berg and Mr Tomas Lind have signed a new border treaty.",
			want: [][2]string{{"Olav Berg", "Tomas Lind"}},
			rule: coSignRule,
		},
		{
			text: "Ms Ana Ruiz signed the accord with Prime Minister Li Wen at the palace.",
			want: [][2]string{{"Ana Ruiz", "Li Wen"}},
			rule: signWithRule,
		},
		{
			text: "Mr Jan Duda was received with military honours at the palace by German President Karl Weiss.",
			want: [][2]string{{"Jan Duda", "Karl Weiss"}},
			rule: receptionRule,
		},
		{
			text: "Ms Amara Obi was warmly greeted by Pope Leo at the Vatican on Sunday.",
			want: [][2]string{{"Amara Obi", "Leo"}},
			rule: receptionRule,
		},
		{
			text: "Ana Torres and Luis Varga will sign the deal in Lima next week.",
			not:  [][2]string{{"Ana Torres", "Luis Varga"}},
		},
		{
			text: "Wayne Rooney and Alan Smith signed new contracts with the club.",
			not:  [][2]string{{"Wayne Rooney", "Alan Smith"}},
		},
		{
			text: "Goalkeeper Tim Vance signed a deal with Chelsea, manager Jose Mourinho said.",
			not:  [][2]string{{"Tim Vance", "Jose Mourinho"}},
		},
		{
			text: "Mr Olav Berg's plan was welcomed by Mr Tomas Lind on Monday.",
			not:  [][2]string{{"Olav Berg", "Tomas Lind"}},
		},
		{
			text: "Mr Jan Duda will be received by President Karl Weiss on Friday.",
			not:  [][2]string{{"Jan Duda", "Karl Weiss"}},
		},
		{
			text: "Mr Jan Duda was received by the crowd, and President Karl Weiss spoke.",
			not:  [][2]string{{"Jan Duda", "Karl Weiss"}},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, "Title\n\n"+tc.text)
		pair := func(p [2]string) (string, bool) {
			for _, k := range []string{p[0] + " metWith " + p[1], p[1] + " metWith " + p[0]} {
				if r, ok := got[k]; ok {
					return r, true
				}
			}
			return "", false
		}
		for _, w := range tc.want {
			if r, _ := pair(w); r != tc.rule {
				t.Errorf("%q: want %v metWith from %s, got %q (facts %v)", tc.text, w, tc.rule, r, got)
			}
		}
		for _, n := range tc.not {
			if r, ok := pair(n); ok {
				t.Errorf("%q: unwanted %v metWith (rule %s)", tc.text, n, r)
			}
		}
	}
}
