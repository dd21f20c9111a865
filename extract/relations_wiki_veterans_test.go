package extract

import "testing"

// TestFrontedVeterans runs the extractor on invented biographies: a
// fronted "A <war> veteran" phrase gives its clause's subject
// participatedIn the war; a veteran the sentence only mentions, or a
// phrase not fronted, gives nothing from this rule.
func TestFrontedVeterans(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S participatedIn O" of rule participatedIn/fronted-veteran
		not  []string
	}{
		{
			text: "A Korean War veteran, Walter Brandt later taught history in Ohio.",
			want: []string{"Walter Brandt participatedIn Korean War"},
		},
		{
			text: "Walter Brandt was born in Ohio in 1928. A Korean War veteran who later worked as a surveyor, he retired in 1990.",
			want: []string{"Walter Brandt participatedIn Korean War"},
		},
		{
			text: "A veteran of the Vietnam War, Helen Marsh became a nurse in Denver.",
			want: []string{"Helen Marsh participatedIn Vietnam War"},
		},
		{
			text: "Walter Brandt met a Korean War veteran, Tom Reese, in Ohio.",
			not:  []string{"Walter Brandt participatedIn Korean War"},
		},
		{
			text: "A Korean War memorial, the stone was unveiled by Walter Brandt.",
			not:  []string{"Walter Brandt participatedIn Korean War"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, "Title\n\n"+tc.text)
		for _, w := range tc.want {
			if got[w] != "participatedIn/fronted-veteran" {
				t.Errorf("%q: want %q from participatedIn/fronted-veteran, got rule %q (facts %v)", tc.text, w, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}
