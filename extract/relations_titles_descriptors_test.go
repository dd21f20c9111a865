package extract

import (
	"strings"
	"testing"
)

// TestApposTitleDescriptors covers the two apposition shapes of
// relations_titles_descriptors.go: a "PLACE-based" descriptor before the
// body's name and an "at HOST" after it, with near misses: a department
// or a deputy's post, a descriptor that names no kind of body, a person
// before "-based", a host after a lower-case unit, a past post.
func TestApposTitleDescriptors(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Prices will rise, said Tom Harker, head of Leeds-based games developer Pixelforge Studios, on Monday.", "Tom Harker leaderOf Pixelforge Studios"},
		{"Costs rose, according to Ana Ruiz, director of Madrid-based consulting group Valtera Partners.", "Ana Ruiz leaderOf Valtera Partners"},
		{"Costs rose, according to Ana Ruiz, director of the Madrid-based oil and gas consultancy Valtera Partners.", "Ana Ruiz leaderOf Valtera Partners"},
		{"Costs rose, said Ana Ruiz, deputy director of Madrid-based consulting group Valtera Partners.", ""},
		{"Costs rose, said Ana Ruiz, head of marketing at Madrid-based games developer Valtera Studios.", ""},
		{"Costs rose, said Ana Ruiz, head of Madrid-based games Valtera Studios.", ""},
		{"Costs rose, said Ana Ruiz, former head of Madrid-based games developer Valtera Studios.", ""},
		{"Wages must fall, said Karl Brenner, director of the Institute for Labour Economics at Bonn University.", "Karl Brenner leaderOf Institute for Labour Economics"},
		{"Wages must fall, said Karl Brenner, director of the Institute for Labour Economics at Bonn University, on Monday.", "Karl Brenner leaderOf Institute for Labour Economics"},
		{"Wages must fall, said Karl Brenner, director of research at Bonn University.", ""},
		{"Wages must fall, said Karl Brenner, deputy director of the Institute for Labour Economics at Bonn University.", ""},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if f.Predicate == LeaderOf {
				got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
