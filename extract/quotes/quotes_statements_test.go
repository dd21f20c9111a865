package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A statement's author named after the noun: the page it was put on, or
// "issued by"; and "read" as the verb of a statement. All sentences are
// invented.
func TestStatementSource(t *testing.T) {
	marsh := qtEnt{name: "Lena Marsh", typ: model.Person, forms: []string{"Lena Marsh", "Marsh"}}
	marshHer := qtEnt{name: "Lena Marsh", typ: model.Person, forms: []string{"her"}, kind: model.MentionPronoun}
	orbitel := qtEnt{name: "Orbitel", typ: model.Organization, forms: []string{"Orbitel"}}
	ministry := qtEnt{name: "Health Ministry", typ: model.Organization, forms: []string{"Health Ministry"}}
	qtRun(t, []qtCase{
		{
			name: "on a possessive pronoun's website",
			text: "Singer Lena Marsh cancelled the tour.\n\n\"The doctors have told Lena to rest for two months,\" a statement on her website said.",
			ents: []qtEnt{marsh, marshHer},
			want: []qtWant{{"The doctors have told Lena", "Lena Marsh", "spokesman-for"}},
		},
		{
			name: "on a body's website, by possessive",
			text: "Fuel cut\n\n\"We apologise to every customer affected by the cut,\" a statement on Orbitel's website said.",
			ents: []qtEnt{orbitel},
			want: []qtWant{{"We apologise to every customer", "Orbitel", "spokesman-for"}},
		},
		{
			name: "on the body's website, said before the subject",
			text: "Fuel cut\n\n\"We apologise to every customer affected by the cut,\" said a statement on the Orbitel website.",
			ents: []qtEnt{orbitel},
			want: []qtWant{{"We apologise to every customer", "Orbitel", "spokesman-for"}},
		},
		{
			name: "issued by a body, with read",
			text: "Fuel cut\n\n\"Supplies will be restored as soon as the pipe is repaired,\" read a statement issued by Orbitel.",
			ents: []qtEnt{orbitel},
			want: []qtWant{{"Supplies will be restored", "Orbitel", "spokesman-for"}},
		},
		{
			name: "a body's statement read",
			text: "Fuel cut\n\n\"No patient will be put at risk by the cut in supplies,\" the Health Ministry's statement read.",
			ents: []qtEnt{ministry},
			want: []qtWant{{"No patient will be put at risk", "Health Ministry", "spokesman-for"}},
		},
		{
			name: "a person's message read",
			text: "Flood\n\nLena Marsh wrote from the coast. \"The water came up through the floor in minutes,\" Marsh's message read.",
			ents: []qtEnt{marsh},
			want: []qtWant{{"The water came up through", "Lena Marsh", "spokesman-for"}},
		},
		// near misses
		{
			name:         "read out: the reader voices another's words",
			text:         "Awards\n\nKen Dale could not attend, so Lena Marsh read out his speech. \"I am honoured and proud to receive this prize tonight.\"",
			ents:         []qtEnt{marsh, {name: "Ken Dale", typ: model.Person, forms: []string{"Ken Dale"}}},
			want:         []qtWant{{"I am honoured and proud", "", ""}},
			unattributed: 1,
		},
		{
			name:         "a statement on a topic names no author",
			text:         "Fuel cut\n\nOrbitel cut supplies. \"Supplies will be restored when the pipe is repaired,\" a statement on the crisis said.",
			ents:         []qtEnt{orbitel},
			unattributed: 1,
		},
		{
			name:         "a statement on a topic before a website names no author",
			text:         "Fuel cut\n\nOrbitel cut supplies. \"Supplies will be restored when the pipe is repaired,\" a statement on the crisis on its website said.",
			ents:         []qtEnt{orbitel},
			unattributed: 1,
		},
		{
			name:         "a statement issued after a meeting names no author",
			text:         "Fuel cut\n\nOrbitel cut supplies. \"Supplies will be restored when the pipe is repaired,\" a statement issued after the meeting said.",
			ents:         []qtEnt{orbitel},
			unattributed: 1,
		},
		{
			name:         "a website with no owner named",
			text:         "Fuel cut\n\nOrbitel cut supplies. \"Supplies will be restored when the pipe is repaired,\" a statement on the website said.",
			ents:         []qtEnt{orbitel},
			unattributed: 1,
		},
	})
}

// "read" is a verb of saying only with a written statement as subject.
func TestReadsStatement(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`"We are sorry," a BBC statement read.`, true},
		{`"We are sorry," Jo Bloggs's message read.`, true},
		{`"We are sorry," read a statement from the club.`, true},
		{`Helen Mirren read out his speech.`, false},
		{`It turns it into a form that can be read by the tablets.`, false},
		{`She read the letter twice before signing it.`, false},
	}
	for _, tc := range tests {
		q := &quoter{text: tc.text}
		i := strings.Index(tc.text, "read")
		if got := q.readsStatement(qtok{i, i + 4, qkWord}); got != tc.want {
			t.Errorf("%q: readsStatement = %v, want %v", tc.text, got, tc.want)
		}
	}
}
