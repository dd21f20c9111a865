package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A bare verb of saying after an emphatic "did" frames the partial
// quotation of its that-clause (qBaseSpeechVerbs). All sentences are
// invented.
func TestEmphaticDoFrames(t *testing.T) {
	bloggs := qtEnt{name: "Jo Bloggs", typ: model.Person, forms: []string{"Jo Bloggs"}}
	bound := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms, kind: model.MentionPronoun}
	}
	qtRun(t, []qtCase{
		{
			name: "an emphatic did before a bare verb of saying",
			text: "Music\n\nSales at the label were steady, Jo Bloggs, its head, told reporters on Monday.\n\nShe did, however, admit that small shops have \"lost the young buyers for good\", because of downloads.",
			ents: []qtEnt{bloggs, bound("Jo Bloggs", "She")},
			want: []qtWant{{"lost the young", "Jo Bloggs", "pronoun-carry"}},
		},
	})
}

// afterEmphaticDo admits a bare verb of saying only after an affirmative
// "did"/"does" of its own sentence.
func TestAfterEmphaticDo(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"He did, however, admit that it was late.", true},
		{"She does also insist that the plan works.", true},
		{"They did at least concede that it was late.", true},
		{"He did not admit that it was late.", false},
		{"Did he admit that it was late?", false},
		{"He refused to admit that it was late.", false},
		{"It was done. Admit it, he said.", false},
	} {
		var verb string
		for _, w := range strings.Fields(tc.text) {
			if w = strings.Trim(w, ".,?"); qBaseSpeechVerbs[strings.ToLower(w)] {
				verb = w
				break
			}
		}
		q := newQuoter(&model.Document{Text: tc.text})
		pos := strings.Index(tc.text, verb)
		if got := q.isSpeechVerb(qtok{s: pos, e: pos + len(verb), kind: qkWord}, false); got != tc.want {
			t.Errorf("%q: %q is a verb of saying %v, want %v", tc.text, verb, got, tc.want)
		}
	}
}
