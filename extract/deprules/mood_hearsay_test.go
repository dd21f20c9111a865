package deprules

import (
	"slices"
	"testing"
)

// TestMoodHearsay checks that a clause completing a noun of report, or
// opened by "it is rumoured", is hedged however the parser attached it,
// while a report a verb confirms and a plain clause keep their tense.
// Every text is invented; the trees copy the parser's attachments.
func TestMoodHearsay(t *testing.T) {
	for _, c := range []struct {
		name, rows, trig string
		want             mood
	}{
		{"reports that, read as a relative clause", `
comment comment VERB VB 0 root
on on ADP IN 3 case
reports report NOUN NNS 1 obl
that that PRON WDT 7 obj
Dumont Dumont PROPN NNP 7 nsubj
had have AUX VBD 7 aux
met meet VERB VBN 3 acl:relcl
Vogel Vogel PROPN NNP 7 obj`, "met", moodHedge},
		{"speculation that, hung on the main verb", `
There there PRON EX 2 expl
was be VERB VBD 0 root
speculation speculation NOUN NN 2 nsubj
that that SCONJ IN 6 mark
Dumont Dumont PROPN NNP 6 nsubj
met meet VERB VBD 2 advcl
Vogel Vogel PROPN NNP 6 obj`, "met", moodHedge},
		{"it is rumoured that", `
It it PRON PRP 3 nsubj:pass
is be AUX VBZ 3 aux:pass
rumoured rumour VERB VBN 0 root
that that SCONJ IN 6 mark
Dumont Dumont PROPN NNP 6 nsubj
met meet VERB VBD 3 advcl
Vogel Vogel PROPN NNP 6 obj`, "met", moodHedge},
		// Near misses: a confirmed report and a stated clause.
		{"confirmed reports that", `
office office NOUN NN 2 nsubj
confirmed confirm VERB VBD 0 root
reports report NOUN NNS 2 obj
that that SCONJ IN 6 mark
Dumont Dumont PROPN NNP 6 nsubj
met meet VERB VBD 3 acl
Vogel Vogel PROPN NNP 6 obj`, "met", moodDone},
		{"stated", `
Dumont Dumont PROPN NNP 2 nsubj
met meet VERB VBD 0 root
Vogel Vogel PROPN NNP 2 obj`, "met", moodDone},
	} {
		s := handTree(t, c.rows)
		trig := slices.Index(s.Words, c.trig)
		if got := newTree(s, nil).mood(trig); got != c.want {
			t.Errorf("%s: mood %d, want %d", c.name, got, c.want)
		}
	}
}
