package extract

import (
	"strings"
	"testing"
)

// TestStateBodyName: names of bodies of states, and names of bodies whose
// members are persons or firms. Every name but the well-known blocs is
// invented.
func TestStateBodyName(t *testing.T) {
	for name, want := range map[string]bool{
		"G8": true, "G-20": true, "European Union": true, "Nato": true,
		"UN Security Council": true, "Arab League": true, "Group of Eight": true,
		"Nordlantic Trade Organisation": true, "Commonwealth": true,
		"Royal Society": false, "Brightcode": false, "Garnet Bank": false,
		"Gx": false, "G": false, "Ravenholt Sharks": false,
	} {
		if got := stateBodyName(name); got != want {
			t.Errorf("stateBodyName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestCountryChairmanship: a country's chairmanship or presidency of a
// body of states makes it a member; of a society, a firm or a club, it
// gives nothing. Every sentence is invented.
func TestCountryChairmanship(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Aid will dominate the UK's chairmanship of the G8 this year.", "United Kingdom memberOf G8"},
		{"Ministers say trade is the theme of France's presidency of the European Union.", "France memberOf European Union"},
		{"Ministers praised the UK's chairmanship of the Royal Society last year.", ""},
		{"Critics attacked Germany's chairmanship of the Garnet Academy of Painters in Berlin.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleChairmanship })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
