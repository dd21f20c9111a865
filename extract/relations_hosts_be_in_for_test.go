package extract

import "testing"

// TestBeInFor: "X is/was in PLACE for EVENT" makes the place host the
// event and X take part; a plan, a negation, a time that is no event or
// a place that is no town give nothing. Every sentence is invented.
func TestBeInFor(t *testing.T) {
	for _, tc := range []struct {
		text      string
		fact, nof string // a fact that must and one that must not be found
	}{
		{text: "Trade\n\nMs Carla Oyelaran, who is in Oslo for a meeting of Nordic finance ministers, declined to comment.",
			fact: "Oslo hosted meeting of Nordic finance ministers"},
		{text: "Trade\n\nMs Carla Oyelaran, who is in Oslo for a meeting of Nordic finance ministers, declined to comment.",
			fact: "Carla Oyelaran participatedIn meeting of Nordic finance ministers"},
		{text: "Games\n\nMr Tom Reed was in Helsinki last week for the Baltic Games.",
			fact: "Helsinki hosted Baltic Games"},
		{text: "Games\n\nMr Tom Reed will be in Helsinki for the Baltic Games.",
			nof: "Helsinki hosted Baltic Games"},
		{text: "Games\n\nMr Tom Reed was not in Helsinki for the Baltic Games.",
			nof: "Tom Reed participatedIn Baltic Games"},
		{text: "Games\n\nMr Tom Reed was in Helsinki for a week before the Baltic Games.",
			nof: "Helsinki hosted Baltic Games"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.nof))
		})
	}
}
