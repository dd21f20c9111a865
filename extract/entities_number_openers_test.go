package extract

import "testing"

// TestNumberOpenersOfNames: a number word opening a sentence stays in the
// name when the gazetteer knows the name it opens or the text writes the
// same pair inside a sentence; a number word counting what follows is
// dropped as before.
func TestNumberOpenersOfNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		// Positives: a known name; a pair the text writes mid-sentence.
		{"Six Nations holders Wales travel to Rome on Sunday.",
			[]string{"Event:Six Nations", "Country:Wales", "City:Rome"}, []string{"Nations"}},
		{"Six Nations organisers met in Dublin. Wales hope to win the Six Nations again.",
			[]string{"Event:Six Nations", "City:Dublin"}, []string{"Nations"}},
		{"Three Bridges Trust staff marched in Leeds. Members of the Three Bridges Trust said pay was too low.",
			[]string{"Organization:Three Bridges Trust", "City:Leeds"}, []string{"Bridges Trust"}},
		// Near misses: the number counts people or things; the word
		// alone recurs but not the pair.
		{"Six Labour MPs voted against the bill in London.",
			[]string{"City:London"}, []string{"Six Labour"}},
		{"Wales won the Six Nations. Six Dan Kerrow penalties sealed the match in Cardiff.",
			[]string{"Person:Dan Kerrow", "City:Cardiff"}, []string{"Six Dan Kerrow"}},
		{"Two Norwegian climbers died near Everest on Monday.",
			nil, []string{"Two Norwegian"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
