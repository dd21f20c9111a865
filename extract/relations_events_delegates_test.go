package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestDelegatesOwnEvent: a body whose ministers, officials or delegates
// are the subject of a sentence that places "their" gathering took part
// in it; a plan, envoys that are an object, envoys of no named body and
// two bodies' envoys joined give nothing. Every sentence is invented.
func TestDelegatesOwnEvent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // participatedIn facts of the rule, sorted
	}{
		{"fronted, ministers with their ministry",
			"Debt relief backed\n\nAt their meeting in Lisbon, G20 finance ministers agreed to cut the debts of poor nations.",
			[]string{"G20 participatedIn their meeting in Lisbon"}},
		{"after the subject",
			"Trade row\n\nAsean officials agreed a tariff cut at their summit in Manila on Friday.",
			[]string{"Association of Southeast Asian Nations participatedIn their summit in Manila"}},
		{"the named meeting of the body",
			"Ministers meet\n\nThe Opec meeting was expected to be short. At their meeting in Vienna, Opec oil ministers kept output steady.",
			[]string{"Organization of the Petroleum Exporting Countries participatedIn Opec meeting"}},
		{"a modal: still to come",
			"Trade row\n\nAsean officials will agree a tariff cut at their summit in Manila on Friday.",
			nil},
		{"the envoys are an object",
			"Trade row\n\nThe farmers met Asean officials at their summit in Manila on Friday.",
			nil},
		{"no body before the envoys",
			"Trade row\n\nSenior officials agreed a tariff cut at their summit in Manila on Friday.",
			nil},
		{"two bodies' envoys",
			"Trade row\n\nAt their meeting in Lisbon, G20 ministers and Opec officials agreed to cut output.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if f.Rule == ruleDelegatesOwnEvent {
					got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
