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

// TestReverendBeforeName: "the Reverend" before a full name is a title,
// not part of the name, so the person is named without it and a later
// "Mr" and the surname join that person (and their quote goes to them);
// "Rev" keeps working, and a body named with the word is untouched.
func TestReverendBeforeName(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"full name, then surname",
			`The town is safe, said the Reverend Martin Oakes. "Please stay away from the river this week," Mr Oakes said.`,
			[]string{"Person:Martin Oakes"}, []string{"Organization:Reverend Martin Oakes", "Person:Oakes"}},
		{"short form",
			"The Rev Martin Oakes led the service in Leeds.",
			[]string{"Person:Martin Oakes"}, nil},
		// Negative: a name that merely holds the word as a noun phrase.
		{"no name after it",
			"The Church of the Good Shepherd opened in Leeds.",
			[]string{"City:Leeds"}, []string{"Person:Reverend"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkListed(t, keys(entitySummary(d)), tc.want, tc.absent)
			if tc.name != "full name, then surname" {
				return
			}
			said := false
			for _, q := range d.Quotes {
				if q.Speaker >= 0 && d.Entities[q.Speaker].Name == "Martin Oakes" {
					said = true
				}
			}
			if !said {
				t.Errorf("quote not given to Martin Oakes")
			}
		})
	}
}
