package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "A beat B and C said: …": a clause whose verb is an irregular past
// before "and" leaves the speech to the subject of the second clause,
// not to the team or body that opens the first; with no second subject
// the first clause's subject speaks, not the one it beat.
func TestIrregularPastClauses(t *testing.T) {
	tom := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	ray := qtEnt{name: "Ray Dunn", typ: model.Person, forms: []string{"Ray Dunn", "Dunn"}}
	rovers := qtEnt{name: "Ashby Rovers", typ: model.Organization, forms: []string{"Ashby Rovers", "Rovers"}}
	town := qtEnt{name: "Kelso Town", typ: model.Organization, forms: []string{"Kelso Town"}}
	qtRun(t, []qtCase{
		{
			name: "a team beat a team and the manager said",
			text: "Sport\n\nRovers manager Tom Vale was proud.\n\nRovers beat Kelso Town 2-0 with a late header and Vale said: \"It was a night to remember.\"",
			ents: []qtEnt{tom, rovers, town},
			want: []qtWant{{"It was a night to remember", "Tom Vale", "said-before"}},
		},
		{
			name: "prices fell and the named person said",
			text: "Business\n\nAshby Rovers sold its ground in May.\n\nAshby Rovers sold the stand for £2m and Ray Dunn said: \"It was the right price.\"",
			ents: []qtEnt{ray, rovers},
			want: []qtWant{{"It was the right price", "Ray Dunn", "said-before"}},
		},
		{
			name: "one subject for both verbs: the winner speaks, not the one beaten",
			text: "Sport\n\nThe final was played on Sunday.\n\nTom Vale beat Ray Dunn in the final and said: \"It was a night to remember.\"",
			ents: []qtEnt{tom, ray},
			want: []qtWant{{"It was a night to remember", "Tom Vale", ""}},
		},
	})
}
