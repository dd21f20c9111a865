package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "A did X and the Ashby rail union (ARU) spokesman Ray Dunn said: …":
// the spokesperson named after a title that spells out the body, its
// acronym in brackets, speaks for the body, not the subject of the
// clause before. A title that is no spokesperson's ("chief") leaves the
// person speaking in his own name.
func TestSpokespersonBracketedBody(t *testing.T) {
	tom := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	ray := qtEnt{name: "Ray Dunn", typ: model.Person, forms: []string{"Ray Dunn", "Dunn"}}
	aru := qtEnt{name: "ARU", typ: model.Organization, forms: []string{"ARU"}, kind: model.MentionAcronym}
	qtRun(t, []qtCase{
		{
			name: "a clause before and a spokesman whose title spells out the body",
			text: "Rail\n\nThe strike ended on Monday.\n\nTom Vale had stepped down in May and Ashby rail union (ARU) spokesman Ray Dunn said: \"He was the best leader we had.\"",
			ents: []qtEnt{tom, ray, aru},
			want: []qtWant{{"He was the best leader", "ARU", ""}},
		},
		{
			name: "a spokeswoman whose title spells out the body, opening the sentence",
			text: "Rail\n\nThe strike ended on Monday.\n\nThe rail union (ARU) spokeswoman Lena Carr said: \"We are pleased.\"",
			ents: []qtEnt{tom, aru, {name: "Lena Carr", typ: model.Person, forms: []string{"Lena Carr"}}},
			want: []qtWant{{"We are pleased", "ARU", ""}},
		},
		{
			name: "a chief speaks in his own name",
			text: "Rail\n\nThe strike ended on Monday.\n\nTom Vale had stepped down in May and ARU chief Ray Dunn said: \"He was the best leader we had.\"",
			ents: []qtEnt{tom, ray, aru},
			want: []qtWant{{"He was the best leader", "Ray Dunn", ""}},
		},
	})
}
