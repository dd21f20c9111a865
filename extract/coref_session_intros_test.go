package extract

import "testing"

// TestSessionAfterIndefinite: "the conference" after "a conference on
// ..." is that unnamed conference, not the event named before it; with
// no such phrase between, or one about another noun, it binds to the
// named event. Every sentence is invented.
func TestSessionAfterIndefinite(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the entity of the last "conference", "" for none
	}{
		{"a conference of its own since the named event",
			"Trade\n\nPaul Hart is attending the Oslo Trade Summit this week. On Thursday he spoke at a conference on farming in Bergen. \"Tariffs must fall for all of us,\" he told the conference.",
			""},
		{"no indefinite conference between",
			"Trade\n\nPaul Hart is attending the Oslo Trade Conference this week. On Thursday he spoke to farmers in Bergen. \"Tariffs must fall for all of us,\" he told the conference.",
			"Oslo Trade Conference"},
		{"an indefinite phrase about another noun",
			"Trade\n\nPaul Hart is attending the Oslo Trade Conference this week. On Thursday he gave a speech on farming in Bergen. \"Tariffs must fall for all of us,\" he told the conference.",
			"Oslo Trade Conference"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			at, got := -1, ""
			for n := 0; ; n++ {
				o := wordOffset(d.Text, "conference", n)
				if o < 0 {
					break
				}
				at = o
			}
			for _, m := range d.Mentions {
				if m.Kind == MentionRole && m.Start <= at && at < m.End {
					got = d.Entities[m.Entity].Name
				}
			}
			if got != tc.want {
				t.Errorf("the conference -> %q, want %q", got, tc.want)
			}
		})
	}
}
