package extract

import "testing"

// TestTitledPersonObject: a body or country before a title and a person
// is no argument of an open fact; the person is (and a fixed fact on the
// same pair keeps the open one out).
func TestTitledPersonObject(t *testing.T) {
	tests := []struct {
		text   string
		absent []string // open facts that must not be emitted
		want   []string // open facts that must be
	}{
		{"Mr Blayne met Russian President Vladimir Potanin in Moscow on Monday.",
			[]string{"Blayne meet Russia"}, nil},
		{"Mr Brownlow met Bank of England governor Mervyn Kingsley in London.",
			[]string{"Brownlow meet Bank of England"}, nil},
		{"Mr Blayne will visit US President George Bushell at the White House next month.",
			[]string{"Blayne visit United States"}, nil},
		// Negative: a body with no title after it stays the argument.
		{"Vodafone bought Mannesmann for a record sum last year.",
			nil, []string{"Vodafone buy Mannesmann"}},
	}
	for _, tc := range tests {
		got := openLines(extractText(t, "News\n\n"+tc.text+"\n"))
		for _, a := range tc.absent {
			if hasOpen(got, a) {
				t.Errorf("%s\n open fact %q on the body before a title; got %q", tc.text, a, got)
			}
		}
		for _, w := range tc.want {
			if !hasOpen(got, w) {
				t.Errorf("%s\n missing %q; got %q", tc.text, w, got)
			}
		}
	}
}
