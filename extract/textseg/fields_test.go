package textseg

import (
	"strings"
	"testing"
)

// TestFirstField: FirstField agrees with the first of strings.Fields on
// leading white space of every kind, a lone word, no word at all, text
// beyond ASCII (where strings.Fields takes its Unicode path) and bytes
// that are not UTF-8.
func TestFirstField(t *testing.T) {
	for _, s := range []string{
		"",
		"   ",
		"title in Doha last week",
		" \t\n crown, the third",
		"champion",
		"winner\u00a0of the cup",
		"\u00a0\u2003finalist Müller",
		"\u0085semi-finalist\u0085again",
		"café owner",
		"\xff\xfe bad bytes",
		"holder\v\fnext",
	} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := FirstField(s); got != want {
			t.Errorf("FirstField(%q) = %q, want %q", s, got, want)
		}
	}
}
