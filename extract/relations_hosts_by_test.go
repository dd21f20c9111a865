package extract

import (
	"strings"
	"testing"
)

func TestHostedByAfterEvent(t *testing.T) {
	cases := []struct {
		text string
		want []string // facts of the hosted-by rules (this one and the dependency rules')
	}{
		// A place between the event and the participle, and a relative
		// clause before it, by tense.
		{"Smith spoke at the Harbour Games in Perth, hosted by Chile this year.", []string{"Chile hosted Harbour Games"}},
		{"The Andean Open in Perth, which was hosted by the Harbour Trust, ended on Sunday.", []string{"Harbour Trust hosted Andean Open"}},
		{"The Atlantic Cup in Perth, which will be hosted by Chile and Lisbon, opens in May.", []string{"Chile willHost Atlantic Cup", "Lisbon willHost Atlantic Cup"}},
		{"Smith hopes to win the Global Robotics Fair in Lisbon, which is to be hosted by Chile.", []string{"Chile willHost Global Robotics Fair"}},
		// A person hosting a show is its presenter; a denied host none.
		{"The Pacific Music Awards in Lisbon, hosted by John Smith, drew millions.", nil},
		{"The Andean Open in Perth was not hosted by Chile.", nil},
		{"The Harbour Games in Perth, not hosted by Chile this time, ended.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool {
		return strings.HasSuffix(f.Rule, "hosted-by") || strings.HasSuffix(f.Rule, "hosted/passive")
	})
}
