package extract

import "testing"

// TestJoinedOrdinaryTitles: a title of ordinary capitalised words joined
// by "of" or "to" inside a sentence is a work, and neither piece of it
// is an entity; bodies, places, roles, known names, sentence openers and
// words written alone elsewhere keep their entities.
func TestJoinedOrdinaryTitles(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives: titles cut at "of", "of the", "to", each written
		// more than once, as a name that recurs would be.
		{"Critics praised Harvest of Embers on Monday. Sales of Harvest of Embers rose in Japan, and Harvest of Embers topped the chart.",
			[]string{"Country:Japan"}, []string{"Harvest", "Embers", "Harvest of Embers"}},
		{"Fans queued for Keeper of the Tides in Leeds. Keeper of the Tides outsold every rival, and a sequel to Keeper of the Tides is planned.",
			[]string{"City:Leeds"}, []string{"Keeper", "Tides"}},
		{"The festival opens with Ladder to Heaven, said Tom Reed. Ladder to Heaven cost $5m, and Ladder to Heaven opens in Leeds in May.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Ladder", "Heaven"}},
		// Negatives: a body's head, a place head, a role, a known name,
		// a sentence's own first word, a word written alone elsewhere.
		{"Tom Reed of the Chamber of Commerce spoke in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"Tom Reed, the Secretary of State, spoke in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"Quillsoft bought shares in the Bank of Japan on Monday.",
			[]string{"Organization:Bank of Japan"}, nil},
		{"Users of Apple computers rose. Apple said sales doubled.",
			[]string{"Organization:Apple"}, nil},
		{"The firm sold millions of Apple devices, and Apple said sales doubled.",
			[]string{"Organization:Apple"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
