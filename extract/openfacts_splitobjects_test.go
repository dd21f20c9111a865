package extract

import (
	"testing"
)

// TestSplitObjects: a describing phrase before a name still leaves the
// name the verb's object (the whole extractor, however the parse splits
// it); a wish, a demonym subject and a negated verb do not link.
func TestSplitObjects(t *testing.T) {
	checkOpenCases(t, []openCase{
		// Positives.
		{"Tom Bellamy married actress Jane Corrigan in 1962 and they moved to Dorset.",
			[]string{"Tom Bellamy marry Jane Corrigan"}, nil},
		{"Kessler Rovers will play league side Westbridge United in the first round.",
			[]string{"Kessler Rovers play Westbridge United"}, nil},
		{"An angry Paul Marsh pushed referee Alan Brody after being shown the red card.",
			[]string{"Paul Marsh push Alan Brody"}, nil},
		// Negatives: a wish, a country standing for a player, a denial.
		{"Westbridge chairman Rupert Lane was desperate to give former coach Steve Wilde every chance to succeed.",
			nil, []string{"Rupert Lane be_desperate_give Steve Wilde"}},
		{"Marco Ferri will face Tomas Brandt after the Spaniard ousted sixth seed Filippo Verdi 6-4 6-3.",
			nil, []string{"Spain oust Filippo Verdi"}},
		{"Paul Marsh did not push referee Alan Brody after the match.",
			nil, []string{"Paul Marsh push Alan Brody"}},
	})
}
