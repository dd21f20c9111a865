package extract

import "testing"

// TestRoleCompoundFacts: a role word before another person noun ("the
// veteran diplomat", "the star striker") is one description whose head is
// the second noun; bound to someone named, it carries that person's facts
// through the relation rules. A capitalised word after the role word, or
// a noun that is no person, leaves the phrase as before. Every sentence
// is invented.
func TestRoleCompoundFacts(t *testing.T) {
	for _, tc := range []struct {
		name, text, fact string
		want             bool
	}{
		{"veteran diplomat leads",
			"Aid\n\nMarta Kessler spoke to reporters in Vienna. The veteran diplomat has headed the Red Cross since 2016.",
			"Marta Kessler leaderOf Red Cross", true},
		{"veteran campaigner quits",
			"Politics\n\nDerek Hollis gave a speech in Leeds. The veteran campaigner quit the Labour Party in 2018.",
			"Derek Hollis left Labour Party", true},
		{"star striker plays",
			"Football\n\nDiego Ramos trained alone on Friday. The star striker played in the World Cup last year.",
			"Diego Ramos participatedIn World Cup", true},
		{"a denied relation gives nothing",
			"Politics\n\nDerek Hollis gave a speech in Leeds. The veteran campaigner has never left the Labour Party.",
			"Derek Hollis left Labour Party", false},
		{"no person noun after the role word",
			"Politics\n\nDerek Hollis gave a speech in Leeds. The veteran status of the seat helped Labour.",
			"Derek Hollis memberOf Labour Party", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := hasFactString(d, tc.fact); got != tc.want {
				t.Errorf("fact %q found %v, want %v", tc.fact, got, tc.want)
			}
		})
	}
}
