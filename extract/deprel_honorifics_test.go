package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/deprules"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestHonorificStartRules runs invented sentences through the whole
// extractor: a person named with a title of rank the parser heads the
// name at still takes part, while "Mr" and a mention at the start of the
// sentence are left as they were.
func TestHonorificStartRules(t *testing.T) {
	if _, err := deprules.Default(); err != nil {
		t.Skip(err)
	}
	x := testExtractor(t)
	for _, c := range []struct {
		text, subj, obj string
		want            bool
	}{
		{"Thorne speaks\n\nLiberal Democrat leader Sir Edmund Thorne has told his party's autumn conference in Bournemouth that it must be ready for power.\n", "Edmund Thorne", "autumn conference", true},
		{"Vale speaks\n\nGreen Party leader Dame Alice Vale told her party's spring conference in Harrogate that the vote was won.\n", "Alice Vale", "spring conference", true},
		{"Vale speaks\n\nGreen Party leader Dame Alice Vale will tell her party's spring conference in Harrogate that the vote was won.\n", "Alice Vale", "spring conference", false},
	} {
		doc, err := x.Extract(t.Context(), "t.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range doc.Facts {
			s, o := doc.Entities[f.Subject].Name, doc.Entities[f.Object].Name
			if f.Predicate == ParticipatedIn && strings.Contains(strings.ToLower(s), strings.ToLower(c.subj)) && strings.Contains(strings.ToLower(o), strings.ToLower(c.obj)) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: participatedIn %s -> %s = %v, want %v", c.text, c.subj, c.obj, got, c.want)
		}
	}
}

func TestHonorificStart(t *testing.T) {
	text := "Leader Sir Edmund Thorne spoke, as did Mr Tom Hale."
	toks := textseg.Tokenize(text, 0, len(text), nil)
	at := func(w string) int {
		for i, tk := range toks {
			if tk.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	if got := honorificStart(toks, at("Edmund")); got != at("Sir") {
		t.Errorf("Sir Edmund: first = %d, want %d", got, at("Sir"))
	}
	if got := honorificStart(toks, at("Tom")); got != at("Tom") {
		t.Errorf("Mr Tom: first = %d, want %d (Mr is left out)", got, at("Tom"))
	}
	if got := honorificStart(toks, -1); got != -1 {
		t.Errorf("absent mention: first = %d, want -1", got)
	}
	if got := honorificStart(toks, 0); got != 0 {
		t.Errorf("first token: first = %d, want 0", got)
	}
}
