package source

import (
	"testing"
	"unicode/utf8"
)

func TestNameOfRoundTrip(t *testing.T) {
	for _, c := range []struct{ path, name string }{
		{"wire/a.txt", "wire/a.txt"},
		{"50% off.txt", "50% off.txt"}, // valid: kept as given
		{"caf\xe9.txt", "caf%E9.txt"},
		{"50%\xfe.txt", "50%25%FE.txt"},
		{"d\xff\xfe/\u00e9t\xe9.md", "d%FF%FE/\u00e9t%E9.md"},
		{"\xe2\x82.txt", "%E2%82.txt"}, // a truncated sequence: each byte
	} {
		got := NameOf(c.path)
		if got != c.name || !utf8.ValidString(got) {
			t.Errorf("NameOf(%q) = %q, want %q", c.path, got, c.name)
		}
		if back := PathOf(got); back != c.path {
			t.Errorf("PathOf(%q) = %q, want %q", got, back, c.path)
		}
	}
}
