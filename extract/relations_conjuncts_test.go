package extract

import (
	"strings"
	"testing"
)

// TestConjunctFacts: a fact a rule gave one name of a list goes to the
// other names with the rule's name plus "+conj"; a possessive, "between",
// "then", "but not", "or", a list of mixed kinds and a name the fact's
// other end belongs to alone keep it with the one name. Every sentence
// is invented.
func TestConjunctFacts(t *testing.T) {
	const head = "Floods hit cities\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // "S | pred | O | rule" facts the pass gives
		none       []string // subjects that get no "+conj" fact
	}{
		{"two places",
			head + "Heavy rain flooded streets in Tabriz and Shiraz in Iran on Monday.",
			[]string{"Tabriz | locatedIn | Iran | locatedIn/in+conj"}, nil},
		{"a list of three",
			head + "Heavy rain flooded streets in Tabriz, Qom and Shiraz in Iran on Monday.",
			[]string{"Tabriz | locatedIn | Iran | locatedIn/in+conj", "Qom | locatedIn | Iran | locatedIn/in+conj"}, nil},
		{"a possessive",
			head + "Heavy rain flooded streets in Tabriz and Shiraz's suburbs in Iran on Monday.",
			nil, []string{"Tabriz", "Shiraz"}},
		{"between",
			head + "Heavy rain flooded streets between Tabriz and Shiraz in Iran on Monday.",
			nil, []string{"Tabriz"}},
		{"and then",
			head + "Heavy rain flooded streets in Tabriz and then Shiraz in Iran on Monday.",
			nil, []string{"Tabriz"}},
		{"but not",
			head + "Heavy rain flooded streets in Tabriz but not Shiraz in Iran on Monday.",
			nil, []string{"Tabriz"}},
		{"or",
			head + "Heavy rain flooded streets in Tabriz or Shiraz in Iran on Monday.",
			nil, []string{"Tabriz"}},
		{"two lists paired",
			"Candidates elected\n\nTom Reid and Sam Cole of the Green Party and the Labour Party respectively were elected on Friday.",
			nil, []string{"Tom Reid", "Sam Cole"}},
		{"a comma alone",
			head + "Heavy rain flooded streets in Tabriz, Shiraz in Iran on Monday.",
			nil, []string{"Tabriz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if strings.HasSuffix(f.Rule, conjSuffix) {
					got = append(got, d.Entities[f.Subject].Name+" | "+f.Predicate+" | "+d.Entities[f.Object].Name+" | "+f.Rule)
				}
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("want %q, got %q", w, got)
				}
			}
			for _, n := range tc.none {
				for _, g := range got {
					if strings.HasPrefix(g, n+" | ") {
						t.Errorf("%s gets %q", n, g)
					}
				}
			}
		})
	}
}

// TestConjGap: the words that join two names of a list.
func TestConjGap(t *testing.T) {
	for _, tc := range []struct {
		words   string
		and, ok bool
	}{
		{",", false, true},
		{"and", true, true},
		{"&", true, true},
		{", and", true, true},
		{"and the", true, true},
		{"and Mr", true, true},
		{"", false, false},
		{"and then", false, false},
		{"but not", false, false},
		{"or", false, false},
		{"and drew with", false, false},
		{"rather than", false, false},
	} {
		toks := tokensOf(tc.words)
		and, ok := conjGap(toks, 0, len(toks))
		if and != tc.and || ok != tc.ok {
			t.Errorf("conjGap(%q) = %v, %v; want %v, %v", tc.words, and, ok, tc.and, tc.ok)
		}
	}
}

// TestConjTitled: a singular role noun before a list's first name is
// that name's own title; a plural one names the whole list.
func TestConjTitled(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"praised winger Kerr", true},
		{"Newcastle prop Kalman", true},
		{"praised wingers Kerr", false},
		{"flooded streets in Tabriz", false},
	} {
		toks := tokensOf(tc.words)
		if got := conjTitled(toks, len(toks)-1); got != tc.want {
			t.Errorf("conjTitled(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}
