package extract

import (
	"strings"
	"testing"
)

// TestWartimeService: a service told in the past and dated by a war gives
// the war taken part in but no membership of the force now; a service
// still going on, or not dated by a war, keeps the membership. Every
// sentence is invented.
func TestWartimeService(t *testing.T) {
	for _, tc := range []struct {
		text   string
		member bool
	}{
		{"Tom Hale served with the Royal Velmoran Air Force during World War II.", false},
		{"Ann Lee served as a nurse in the Royal Velmoran Navy throughout the Korean War.", false},
		{"Tom Hale has served in the Royal Velmoran Navy since 2001.", true},
		{"Ann Lee served in the Velmoran Senate for ten years.", true},
	} {
		got := strings.Join(factsOf(extractText(t, tc.text), MemberOf), "; ")
		if (got != "") != tc.member {
			t.Errorf("%q: memberOf %q, want a membership: %v", tc.text, got, tc.member)
		}
	}
}
