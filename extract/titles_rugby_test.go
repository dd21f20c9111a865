package extract

import (
	"strings"
	"testing"
)

// TestRugbyDirectors: a club's director of rugby leads it in a sports
// story; another director, a story about no sport, or a town the story
// names no club after give nothing.
func TestRugbyDirectors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The fly-half kicked two penalties and the flanker scored a try in the match. After the game, Ravenholt Sharks director of rugby Tom Hale praised the squad.", "Tom Hale leaderOf Ravenholt Sharks"},
		{"The fly-half kicked two penalties and the flanker scored a try in the match. After the game, Ravenholt Sharks rugby director Tom Hale praised the squad.", "Tom Hale leaderOf Ravenholt Sharks"},
		{"The fly-half kicked two penalties for Harlow Sharks and the flanker scored a try in the match. Harlow director of rugby Tom Hale praised the squad.", "Tom Hale leaderOf Harlow Sharks"},
		{"The fly-half kicked two penalties and the flanker scored a try in the match. After the game, Ravenholt Sharks director of marketing Tom Hale praised the squad.", ""},
		// A past post: "former" or "ex-" before the club.
		{"The fly-half kicked two penalties and the flanker scored a try in the match. Former Ravenholt Sharks director of rugby Tom Hale praised the squad.", ""},
		{"The fly-half kicked two penalties and the flanker scored a try in the match. The pundit, a former Ravenholt Sharks rugby director, Tom Hale praised the squad.", ""},
		{"The fly-half kicked two penalties and the flanker scored a try in the match. Ex-Ravenholt Sharks director of rugby Tom Hale praised the squad.", ""},
		{"The fly-half kicked two penalties and the flanker scored a try in the match. But ex-Ravenholt Sharks director of rugby Tom Hale praised the squad.", ""},
		{"Shares in Ravenholt Sharks rose on Monday. Ravenholt Sharks director of rugby Tom Hale sold his stake.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleRugbyDirector })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
