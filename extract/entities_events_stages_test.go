package extract

import "testing"

// TestStageEvents: a named competition followed by a round word ("the
// Davis Cup final", "the 2006 World Cup final") gives the stage as an
// Event of its own beside the competition, which the rules reading the
// round word reach; a counted or indefinite stage ("his third Cup final",
// "a Cup final"), a stage named by its other side ("the Cup final against
// Leeds", left to the match reader) and a plural round give none. Every
// sentence is invented.
func TestStageEvents(t *testing.T) {
	for _, tc := range []struct {
		text       string
		events     []string // Event names or aliases that must exist
		noEvents   []string // and must not
		fact, none string   // a fact that must and one that must not be found
	}{
		{text: "Tennis\n\nThe Spanish captain picked Tomas Berdal for the Davis Cup final in Valencia.",
			events: []string{"Davis Cup final"}, fact: "Valencia hosted Davis Cup final"},
		{text: "Rugby\n\nThe fly-half has not played since the 2007 World Cup final in Paris.",
			events: []string{"2007 World Cup final"}, fact: "Paris hosted 2007 World Cup final"},
		{text: "Football\n\nThe Hapoel Lod club won the Israeli Cup final two years ago.",
			events: []string{"Israeli Cup final"}},
		{text: "Football\n\nThe two sides meet in an all Kenyan Moran Cup final in Nairobi next month.",
			events: []string{"Moran Cup final", "Moran Cup"}, noEvents: []string{"Kenyan Moran Cup", "Kenyan Moran Cup final"}},
		{text: "Rugby\n\nRovers face Leeds in the Halton Cup quarter-final tie at Headingley.",
			events: []string{"Halton Cup quarter-final tie"}},
		{text: "Football\n\nHe was dropped for his third Carling Cup final in five years.",
			noEvents: []string{"Carling Cup final"}},
		{text: "Football\n\nThe club has never reached a Carling Cup final.",
			noEvents: []string{"Carling Cup final"}},
		{text: "Football\n\nThey qualified for the World Cup finals in Germany.",
			noEvents: []string{"World Cup finals", "World Cup final"}},
		{text: "Football\n\nHe will miss the Carling Cup final against Leeds on Sunday.",
			noEvents: []string{"Carling Cup final"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEvents(t, d, tc.events, tc.noEvents)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.none))
		})
	}
}
