package extract

import (
	"strings"
	"testing"
)

func TestAppositiveHost(t *testing.T) {
	cases := []struct {
		text string
		want []string // facts of the country-event-apposition rules
	}{
		// A country's described event, its name after the comma.
		{"Smith won at Chile's top music awards, the Pacific Music Awards, on Monday.", []string{"Chile hosted Pacific Music Awards"}},
		{"Chile's biggest festival, the Harbour Games, will return next year.", []string{"Chile willHost Harbour Games"}},
		// A city's possessive, no kind of event, or a denial: nothing.
		{"Chile's biggest festival, the Harbour Games, could be cancelled.", nil},
		{"Smith won at Lisbon's top music awards, the Pacific Music Awards.", nil},
		{"Smith joined Chile's top band, the Harbour Games.", nil},
		{"Smith never went to Chile's biggest festival, the Harbour Games.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool { return strings.HasSuffix(f.Rule, "/country-event-apposition") })
}
