package extract

import (
	"slices"
	"testing"
)

// TestHonorificBeforeFirstWord: "Sir" or "Dame" before a knight's first
// name, and "Mr" before the first word of a name written surname first,
// name the person named in full; a lone word under an honorific of the
// other gender, or one that is also someone's surname, does not.
func TestHonorificBeforeFirstWord(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
		// noAlias is a "Type:Name" and a form that must not be its alias.
		noAlias [2]string
	}{
		{"a knight's first name",
			"Singer Sir Desmond Halloway will open the festival. Sir Desmond said he was delighted.",
			[]string{"Person:Desmond Halloway"}, []string{"Person:Sir Desmond"}, [2]string{}},
		{"a dame's first name",
			"Actress Dame Rosalind Featherby won the award. Dame Rosalind thanked the jury.",
			[]string{"Person:Rosalind Featherby"}, []string{"Person:Dame Rosalind"}, [2]string{}},
		{"surname first",
			"Bank governor Chen Weiguo resigned on Monday. Mr Chen said the bank was sound.",
			[]string{"Person:Chen Weiguo"}, []string{"Person:Chen"}, [2]string{}},
		// Negatives.
		{"honorific of the other gender",
			"Singer Sir Desmond Halloway will open the festival. Mrs Desmond said the hall was full.",
			[]string{"Person:Desmond Halloway"}, nil, [2]string{"Person:Desmond Halloway", "Mrs Desmond"}},
		{"the word is someone's surname",
			"Bank governor Chen Weiguo resigned. His deputy Li Chen stays. Mr Chen said the bank was sound.",
			[]string{"Person:Chen Weiguo", "Person:Li Chen"}, nil, [2]string{"Person:Chen Weiguo", "Mr Chen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := entitySummary(extractText(t, tc.text))
			checkListed(t, keys(es), tc.want, tc.absent)
			if e, ok := es[tc.noAlias[0]]; ok && slices.Contains(e.Aliases, tc.noAlias[1]) {
				t.Errorf("%s has alias %q", tc.noAlias[0], tc.noAlias[1])
			}
		})
	}
}
