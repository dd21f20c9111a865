package extract

import "testing"

// TestUnnamedClubs: a club introduced by "club" before a name the entity
// stage reads as no organisation leaves "the club" unbound rather than
// bound to the fund or paper named last; a club read as an organisation,
// and a "former club" named beside the story's own, change nothing. Every
// text is invented.
func TestUnnamedClubs(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"a club whose name is read as a place",
			"Club debts\n\nShares in struggling German football club Hanover fell on Monday. Property fund Velmar Capital, which owns the stadium, met creditors on Friday. Velmar Capital wants a say in how it is run. The club posted a loss of 40m euros.",
			"The club", ""},
		{"a club read as an organisation still binds",
			"Club debts\n\nShares in struggling English football club Grimsvale United fell on Monday. The club posted a loss of 40m pounds.",
			"The club", "Grimsvale United"},
		{"a former club is another club",
			"Manager named\n\nGrimsvale United have named Tom Ardley as manager. Ardley had been linked with a return to former club Dorvik but chose Grimsvale United. The club will unveil him on Tuesday.",
			"The club", "Grimsvale United"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}
