package extract

import (
	"strings"
	"testing"
)

func TestCohostPartners(t *testing.T) {
	cases := []struct {
		text string
		want []string // facts of the cohost-with rules
	}{
		// The partners after "with", in the tense of the verb group.
		{"Chile will co-host the Atlantic Cup with Perth and Lisbon.", []string{"Lisbon willHost Atlantic Cup", "Perth willHost Atlantic Cup"}},
		{"Chile co-hosted the Harbour Games with the Harbour Trust in 2019.", []string{"Harbour Trust hosted Harbour Games"}},
		{"Chile is to co-host the Andean Open with Lisbon.", []string{"Lisbon willHost Andean Open"}},
		// "co-stage": its subject too, which hostVerb does not read.
		{"Chile will also co-stage the Atlantic Cup with Lisbon.", []string{"Chile willHost Atlantic Cup", "Lisbon willHost Atlantic Cup"}},
		{"Chile co-staged the Harbour Games with Perth.", []string{"Chile hosted Harbour Games", "Perth hosted Harbour Games"}},
		// Denied, conditional or only sought: nothing.
		{"Chile will not co-host the Atlantic Cup with Lisbon.", nil},
		{"Chile could co-host the Atlantic Cup with Lisbon.", nil},
		{"Chile hopes to co-host the Atlantic Cup with Lisbon.", nil},
		{"Chile bid to co-stage the Atlantic Cup with Lisbon.", nil},
		// "with" something other than a host, or a plain host verb.
		{"Chile co-hosted the Harbour Games with great success.", nil},
		{"Chile co-hosted the Harbour Games with John Smith.", nil},
		{"Chile hosted the Harbour Games with Lisbon.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool { return strings.HasSuffix(f.Rule, "/cohost-with") })
}
