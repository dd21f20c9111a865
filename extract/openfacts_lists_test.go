package extract

import (
	"context"
	"testing"
)

// TestOpenFactsLists: a list of objects still gives each its fact once
// the list checks of openfacts/lists.go apply, and subjects offered as
// alternatives give none.
func TestOpenFactsLists(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want, not  []string // "Subject key Object"
	}{
		{"alternative subjects", "Kessler Motors or Orbis Media will buy Dunmore Steel next year.",
			nil, []string{"Kessler Motors buy Dunmore Steel", "Orbis Media buy Dunmore Steel"}},
		{"owner before its noun", "Coach Brian Kessler has worked with Tom Bellamy and Jane Corr since 2001.",
			[]string{"Brian Kessler work_with Tom Bellamy", "Brian Kessler work_with Jane Corr"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), c.name, []byte("Headline\n\n"+c.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			got := openLines(doc)
			for _, w := range c.want {
				if !hasOpen(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				if hasOpen(got, n) {
					t.Errorf("unexpected %q in %q", n, got)
				}
			}
		})
	}
}
