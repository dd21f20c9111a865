package extract

import "testing"

// TestCoachedSides: in a sports story "their" in a sentence opened by a
// side's coach, manager or captain is that side's; a plural noun or
// another side named before the pronoun, a title that is not the side's
// ("director of rugby"), and a story that is not about sport leave it
// open. Every sentence is invented.
func TestCoachedSides(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		fact             string // a fact the binding must give, if any
	}{
		{"club manager",
			"Football\n\nLeeds manager Tom Hale said their display in the 2-0 defeat to Hull was poor. The striker missed two chances and the keeper was booked.",
			"Leeds", ""},
		{"the side's display at an event",
			"Football\n\nLeeds manager Tom Hale said their display in the Champions League was poor. The striker missed two chances and the keeper was booked.",
			"Leeds", "Leeds participatedIn Champions League"},
		{"national coach in a sports story",
			"Rugby\n\nGeorgia coach Levan Beridze was angry after their defeat against Spain in the Six Nations. The fly-half kicked four penalties and the scrum-half scored a try.",
			"Georgia", ""},
		{"captain",
			"Football\n\nLeeds captain Tom Hale wants the fans to back the side. He said their away form had to improve. The striker missed two chances and the keeper was booked.",
			"", ""}, // the pronoun is in another sentence with no title
		{"a plural noun before their",
			"Football\n\nLeeds manager Tom Hale praised his players for their patience in the 2-0 win over Hull. The striker missed two chances and the keeper was booked.",
			"", ""},
		{"another side before their",
			"Football\n\nLeeds manager Tom Hale warned Hull ahead of their cup tie on Saturday. The striker missed two chances and the keeper was booked.",
			"", ""},
		{"a title that is not the side's",
			"Rugby\n\nLeeds chairman Tom Hale said their display in the 20-12 defeat to Hull was poor. The fly-half kicked four penalties and the scrum-half scored a try.",
			"", ""},
		{"not a sports story",
			"Markets\n\nLeeds manager Tom Hale said their shares fell sharply after the results.",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, "their", 1); got != tc.want {
				t.Errorf("their resolves to %q, want %q", got, tc.want)
			}
			if tc.fact != "" && !hasFactString(d, tc.fact) {
				t.Errorf("missing fact %s; have %v", tc.fact, d.Facts)
			}
		})
	}
}
