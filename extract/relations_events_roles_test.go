package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestEventRoles: a role in a kind of event (a trial's witness, a
// festival's act, an awards ceremony's presenter) puts its holder in the
// sentence's or the story's one event of that kind; two events of the
// kind, an event of another kind, one no name resolves, a role still to
// come and a person merely spoken of give nothing. Every text is
// invented.
func TestEventRoles(t *testing.T) {
	const trial = "Fraud trial hears from aide\n\nThe trial of Jonas Kessler entered its third week in Frankfurt on Monday.\n\n"
	const fest = "Festival sells out\n\nTickets for the Westmoor Folk Festival sold out in two days.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the facts of eventRoles, sorted
	}{
		{"witness in apposition",
			trial + "The court heard that the prosecution's second witness, accountant Eva Brandt, had shredded files.",
			[]string{"Eva Brandt participatedIn trial of Jonas Kessler"}},
		{"witness of another trial",
			trial + "The court heard that a witness in the 1998 trial, accountant Eva Brandt, had shredded files.",
			nil},
		{"witness spoken of",
			trial + "Eva Brandt said the witnesses had been paid.",
			nil},
		{"among the acts, done",
			fest + "The Vessels and Kite Parade were among the headline acts last year.",
			[]string{"Kite Parade participatedIn Westmoor Folk Festival", "Vessels participatedIn Westmoor Folk Festival"}},
		{"among the acts, to come",
			fest + "The Vessels and Kite Parade are among the acts lined up to appear.",
			nil},
		{"among the acts, two festivals",
			fest + "The Harbour Jazz Festival opens in June.\n\nThe Vessels and Kite Parade were among the headline acts.",
			nil},
		{"playing at the festival",
			fest + "Rosa Quill was a session singer for years, playing at the festival in 2001.",
			[]string{"Rosa Quill participatedIn Westmoor Folk Festival"}},
		{"played at a trial",
			trial + "Singer Rosa Quill last played at the trial in 2001.",
			nil},
		{"played at the festival, denied",
			fest + "Singer Rosa Quill never played at the festival.",
			nil},
		{"presented by, at the awards",
			"Game wins twice\n\nDoom Knight won best PC game at the Silver Pixel awards, presented by comedian Tom Farrow.",
			[]string{"Tom Farrow participatedIn Silver Pixel awards"}},
		{"hosted by, ceremony to come",
			"Oscars host named\n\nThe Academy Awards ceremony, hosted by comedian Tom Farrow, takes place in February.",
			nil},
		{"a festival's role of another kind",
			fest + "The festival's witness, accountant Eva Brandt, said nothing.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if f.Rule == ruleEventRole {
					got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
