package extract

import "testing"

// TestWireSuspendedMembers: a country or body suspended from a bloc is
// still its member; a person suspended from a club is not read here.
// Every sentence is invented.
func TestWireSuspendedMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Chad and Sudan, which remain suspended from the African Union, sent no delegates.",
			[]string{"Chad memberOf African Union", "Sudan memberOf African Union"}, nil},
		{"Chad was suspended from the African Union in March after the coup.",
			[]string{"Chad memberOf African Union"}, nil},
		{"Tom Hale was suspended from Brightcode United for three matches.",
			nil, []string{"Tom Hale memberOf Brightcode United"}},
		{"Chad was expelled from the African Union in March after the coup.",
			nil, []string{"Chad memberOf African Union"}},
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
