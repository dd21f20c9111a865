package graph

import "testing"

// The refusal of an input over the limit names both sizes in the unit the
// limit was set in; a small limit must not read as "0 MiB".
func TestSizeText(t *testing.T) {
	cases := []struct {
		n    int
		want string
	}{
		{938, "938 bytes"},
		{1 << 10, "1 KiB"},
		{1536, "1.5 KiB"},
		{1 << 20, "1 MiB"},
		{3 << 19, "1.5 MiB"},
		{4 << 20, "4 MiB"},
		{20_971_520 + 1<<19, "20.5 MiB"},
		{2 << 30, "2 GiB"},
	}
	for _, c := range cases {
		if got := sizeText(c.n); got != c.want {
			t.Errorf("sizeText(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
