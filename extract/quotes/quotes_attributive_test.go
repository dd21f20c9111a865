package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A person the text names only as a modifier of a noun ("the Hartley
// Cup meeting", the meeting's name typed a person by mistake) is no
// antecedent for "said the athlete" or "he said"; a person also named as
// a subject or an object elsewhere still is.
func TestModifierOnlyPersons(t *testing.T) {
	person := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms}
	}
	mia := person("Mia Holt", "Mia Holt", "Holt")
	cup := person("Hartley Cup", "Hartley Cup")
	lena := person("Lena Carr", "Lena Carr")
	qtRun(t, []qtCase{
		{
			name: "said the athlete after a meeting named as a modifier",
			text: "Sport\n\nMia Holt is hopeful of a medal next month.\n\nThe 24-year-old came third in the 800m at the Hartley Cup meeting in Oslo. \"It was a hard race and I learned a lot,\" said the Leeds athlete.",
			ents: []qtEnt{mia, cup},
			want: []qtWant{{"It was a hard race", "Mia Holt", "said-after"}},
		},
		{
			name: "he said after a meeting named as a modifier",
			text: "Sport\n\nMia Holt is hopeful of a medal next month.\n\nThe 24-year-old came third in the 800m at the Hartley Cup meeting in Oslo. \"It was a hard race and I learned a lot,\" she said.",
			ents: []qtEnt{mia, cup},
			want: []qtWant{{"It was a hard race", "Mia Holt", ""}},
		},
		{
			name: "a rival named as an object stays a candidate",
			text: "Sport\n\nMia Holt is hopeful of a medal next month.\n\nThe 800m was won by Lena Carr in Oslo. \"It was a hard race and I learned a lot,\" said the Leeds athlete.",
			ents: []qtEnt{mia, lena},
			want: []qtWant{{"It was a hard race", "Lena Carr", ""}},
		},
		{
			name: "a person named as a modifier and as a subject stays a candidate",
			text: "Sport\n\nMia Holt is hopeful of a medal next month.\n\nLena Carr won in Oslo. Fans filled the Lena Carr stand on Sunday. \"It was a hard race and I learned a lot,\" said the Leeds athlete.",
			ents: []qtEnt{mia, lena},
			want: []qtWant{{"It was a hard race", "Lena Carr", ""}},
		},
	})
}
