package extract

import "testing"

// TestBareSeriesJoinsQualifiedForm: a bare "World Cup" in a text that
// names one sport's World Cup is that one; with no qualified form, or
// two, the bare name stays the gazetteer's own.
func TestBareSeriesJoinsQualifiedForm(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		// Positives: one qualified form named, before or after the bare one.
		{"Fiji will play Samoa at the Rugby World Cup in Lyon. Fiji last won a World Cup match in 2007.",
			[]string{"Event:Rugby World Cup", "City:Lyon"}, []string{"World Cup"}},
		{"Ravi Menon said the World Cup squad was settled. Sri Lanka open their Cricket World Cup campaign in Colombo.",
			[]string{"Event:Cricket World Cup", "City:Colombo"}, []string{"World Cup"}},
		{"Hockey World Cup hosts India beat Spain in Bhubaneswar on Friday.",
			[]string{"Event:Hockey World Cup"}, []string{"World Cup"}},
		// Near misses: football's World Cup alone; two sports' cups
		// leave the bare name as it is.
		{"Brazil won the World Cup in Yokohama.",
			[]string{"Event:World Cup", "City:Yokohama"}, []string{"Rugby World Cup"}},
		{"The Rugby World Cup and the Cricket World Cup both fall in 2031. The World Cup draw is in Paris.",
			[]string{"Event:Rugby World Cup", "Event:Cricket World Cup", "Event:World Cup"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestHandGazetteerPlacesAndEvents: names the package data lacks or
// spells otherwise, added by hand in tools/gazetteer/hand, are typed by
// the gazetteer.
func TestHandGazetteerPlacesAndEvents(t *testing.T) {
	checkEntities(t, "The prince flew to Monte Carlo on Friday.", []string{"City:Monte Carlo"}, nil)
	checkEntities(t, "Millions of pilgrims gathered in Mecca for the Hajj.", []string{"Event:Hajj", "City:Mecca"}, nil)
	checkEntities(t, "Tom Verrel won the British Grand Prix at Silverstone on Sunday.", []string{"Place:Silverstone", "Person:Tom Verrel"}, nil)
	checkEntities(t, "Sam Orrin crashed at Brands Hatch in practice.", []string{"Place:Brands Hatch", "Person:Sam Orrin"}, nil)
}
