package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Frames of wire copy: an opening mark typed against its verb ("said,""),
// an absolute clause ("with X stating:"), a colon after a sentence that
// already quoted a fragment, and a second verb of saying coordinated after
// a fragment too short to keep. Each with a near miss that must stay as it
// was.
func TestWireFrames(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	dunn := qtEnt{name: "Ray Dunn", typ: model.Person, forms: []string{"Ray Dunn", "Dunn"}}
	paper := qtEnt{name: "The Courier", typ: model.Organization, forms: []string{"The Courier"}}
	qtRun(t, []qtCase{
		{
			name: "an opening mark glued to 'said,'",
			text: "Art\n\nVale said,\" the prints show how he worked with light\". The show opens soon.",
			ents: []qtEnt{vale},
			want: []qtWant{{"the prints show how he worked", "Tom Vale", ""}},
		},
		{
			name:   "a closing mark after a comma and a non-verb opens nothing",
			text:   "Art\n\nthe prints were on show,\" the curator added. The show opens soon.",
			ents:   []qtEnt{vale},
			absent: []string{"the curator added"},
		},
		{
			name: "with NAME stating: the name speaks, not the sentence's subject",
			text: "Politics\n\nThe Courier quoted critics like Ray Dunn, with Dunn stating: \"This plan is clumsy and unthinking.\"",
			ents: []qtEnt{paper, dunn},
			want: []qtWant{{"This plan is clumsy", "Ray Dunn", "said-before"}},
		},
		{
			name: "a colon after a quoted fragment: the sentence's subject",
			text: "Politics\n\nOn Wednesday, Vale defended the record whilst promising a \"formal update\" soon: \"We are working intensely on the bill.\"",
			ents: []qtEnt{vale},
			want: []qtWant{{"We are working intensely", "Tom Vale", "colon"}},
		},
		{
			name: "and said after a short fragment: the sentence's speaker",
			text: "Politics\n\nDunn said his party has backed the idea \"for months\", and said it was \"damning that the ministry is not doing this already\".",
			ents: []qtEnt{dunn},
			want: []qtWant{{"damning that the ministry", "Ray Dunn", "said-partial"}},
		},
		{
			name: "in the words of a role and a name: the person",
			text: "Court\n\nThe case was grim, and in the words of the Crown prosecutor, Tom Vale, QC, \"the child suffered for many months before her death.\"",
			ents: []qtEnt{vale, {name: "Crown", typ: model.Organization, forms: []string{"Crown"}}},
			want: []qtWant{{"the child suffered for many months", "Tom Vale", "words-of"}},
		},
		{
			name:         "words of a song name nobody",
			text:         "Music\n\nThe crowd sang the words of the old song, \"we will walk on through the rain tonight.\"",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
		{
			name: "a semicolon and links carry the speaker on",
			text: "War\n\n\"The provocation deserves harsh punishment\", The Courier added; and, later, \"the troops were ordered to the front line at once.\"",
			ents: []qtEnt{paper},
			want: []qtWant{{"The provocation deserves", "The Courier", "said-after"}, {"the troops were ordered", "The Courier", "continuation"}},
		},
		{
			name:         "a semicolon then a new subject: not carried",
			text:         "War\n\n\"The provocation deserves harsh punishment\", The Courier added; the army, later, \"ordered the troops to the front line at once.\"",
			ents:         []qtEnt{paper},
			want:         []qtWant{{"The provocation deserves", "The Courier", "said-after"}},
			unattributed: 1,
		},
		{
			name: "a body's letter reads: the body",
			text: "Politics\n\nThe Courier letter reads \"we may extend the use of the form to other claimants\", but no plans exist.",
			ents: []qtEnt{paper},
			want: []qtWant{{"we may extend the use", "The Courier", "spokesman-for"}},
		},
		{
			name:   "reading a title quotes nobody",
			text:   "Books\n\nRay Dunn reads \"War and Peace\" every winter.",
			ents:   []qtEnt{dunn},
			absent: []string{"War and Peace"},
		},
		{
			name: "a named body notes, then the quote",
			text: "Science\n\nThe Courier notes, \"Ground-level ozone causes more damage to plants than any other pollutant\", highlighting air quality.",
			ents: []qtEnt{paper},
			want: []qtWant{{"Ground-level ozone causes", "The Courier", "said-before"}},
		},
		{
			name:         "notes as a noun before the quote: nobody",
			text:         "Science\n\nThe meeting notes, \"ground-level ozone causes more damage to plants than any other pollutant\", were leaked.",
			ents:         []qtEnt{paper},
			unattributed: 1,
		},
		{
			name: "asserted that: the subject",
			text: "Court\n\nRay Dunn asserted that the officials \"plied the detective with a grand conspiracy theory\".",
			ents: []qtEnt{dunn},
			want: []qtWant{{"plied the detective", "Ray Dunn", "said-partial"}},
		},
	})
}
