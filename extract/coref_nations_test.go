package extract

import "testing"

// TestSoleOfNation: two businesses named side by side and then told apart
// by country ("Russian energy giant Volkov and India's Tarang ... The
// Indian firm"): the one recent candidate the text ties to the
// description's country is meant when every other is tied to another; a
// candidate of unknown country, or two of the same, leaves the
// description unresolved. Every sentence is invented.
func TestSoleOfNation(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"one of the country among two tied",
			"Energy pact\n\nThe deals are to be led by Russian energy giant Volkov Oil and India's Tarang Petroleum. The Indian firm will also hold talks on a stake in a refinery.",
			"The Indian firm", "Tarang Petroleum"},
		{"one of the country, named first",
			"Car talks\n\nItalian carmaker Rossa Motors met US car giant Atlas Motors on Tuesday. Atlas Motors and Rossa Motors gave no details. The Italian firm wants to sell its car unit.",
			"The Italian firm", "Rossa Motors"},
		{"the other's country unknown",
			"Energy pact\n\nThe deals are to be led by Volkov Oil and India's Tarang Petroleum. The Indian firm will also hold talks on a stake in a refinery.",
			"The Indian firm", ""},
		{"two of the country",
			"Energy pact\n\nThe deals are to be led by Indian energy giant Volkov Oil and India's Tarang Petroleum. The Indian firm will also hold talks on a stake in a refinery.",
			"The Indian firm", ""},
		{"none of the country",
			"Energy pact\n\nThe deals are to be led by Russian energy giant Volkov Oil and Chinese firm Tarang Petroleum. The Indian firm will also hold talks on a stake in a refinery.",
			"The Indian firm", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}
