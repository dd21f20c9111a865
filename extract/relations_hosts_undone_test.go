package extract

import (
	"strings"
	"testing"
)

// TestHostCalledOff: an event told with its place hosts nothing when its
// own clause cancels, puts back or moves it away; a verb that undoes
// something else (after a preposition, in another clause) or is negated
// leaves the hosting. Every sentence is invented.
func TestHostCalledOff(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts, sorted
	}{
		{"cancelled",
			"Summit off\n\nThe Baltic Summit in Riga was cancelled on Monday.",
			nil},
		{"called off",
			"Summit off\n\nThis year's Baltic Summit in Riga has been called off.",
			nil},
		{"moved away",
			"Final moved\n\nThe Baltic Cup final in Leeds has been moved to York.",
			nil},
		{"clause, cancelled",
			"Final off\n\nThe Baltic Cup final, which was to begin on 6 May in Riga, was cancelled.",
			nil},
		{"held in, then moved",
			"Summit moved\n\nThe Baltic Summit was due to be held in Riga but was moved to Tallinn.",
			nil},
		{"held in, another clause cancelled",
			"Summit ends\n\nThe Baltic Summit was held in Riga, but the dinner was cancelled.",
			[]string{"Riga hosted Baltic Summit"}},
		{"wanted there",
			"Summit wish\n\nThe ministers want the Baltic Summit to be held in Riga.",
			nil},
		{"asked for",
			"Final wish\n\nLatvia urged the Baltic Cup final to be staged in Riga.",
			nil},
		{"expected there",
			"Summit plans\n\nOfficials expect the Baltic Summit to be held in Riga next year.",
			[]string{"Riga willHost Baltic Summit"}},
		{"not cancelled",
			"Summit on\n\nThe Baltic Summit in Riga, which was not cancelled, ended on Monday.",
			[]string{"Riga hosted Baltic Summit"}},
		{"another clause cancelled",
			"Summit ends\n\nThe Baltic Summit in Riga was a success, but the dinner was cancelled.",
			[]string{"Riga hosted Baltic Summit"}},
		{"something else cancelled",
			"Tickets\n\nTickets for the Baltic Cup final, which begins on 6 May in Riga, were cancelled.",
			[]string{"Riga willHost Baltic Cup final"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := hostingFacts(extractText(t, tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
