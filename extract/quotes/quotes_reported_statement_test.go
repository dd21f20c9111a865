package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A quotation closed with a full stop, then a new sentence whose clause
// quotes a few words of its own ("… But the bank said it was “very
// surprised”"): that sentence is its speaker's own reported statement,
// so it does not attribute the quotation before it. A bare attribution
// sentence, or one that goes on to a quotation after a comma, still does.
func TestReportedStatementAfterQuote(t *testing.T) {
	anna := qtEnt{name: "Anna Kovac", typ: model.Person, forms: []string{"Anna Kovac", "Kovac"}}
	orbis := qtEnt{name: "Orbis Bank", typ: model.Organization, forms: []string{"Orbis Bank", "Orbis"}}
	qtRun(t, []qtCase{
		{
			name: "a body's reported statement with its own quoted words",
			text: "Banks\n\nLawyer Anna Kovac said: \"My client has done nothing wrong and will be cleared in full.\" But Orbis said it was \"deeply troubled by the ruling\" in the case.",
			ents: []qtEnt{anna, orbis},
			want: []qtWant{{"My client has done nothing wrong", "Anna Kovac", ""}, {"deeply troubled by the ruling", "Orbis Bank", ""}},
		},
		{
			name: "a person's reported statement with its own quoted words",
			text: "Banks\n\nOrbis Bank said: \"The ruling changes nothing for our customers or our staff.\" Kovac said she would \"keep fighting the case\" in the courts.",
			ents: []qtEnt{anna, orbis},
			want: []qtWant{{"The ruling changes nothing", "Orbis Bank", ""}, {"keep fighting the case", "Anna Kovac", ""}},
		},
		{
			name: "a bare attribution sentence still attributes",
			text: "Banks\n\n\"The ruling changes nothing for our customers or our staff.\" Kovac said so on Monday.",
			ents: []qtEnt{anna, orbis},
			want: []qtWant{{"The ruling changes nothing", "Anna Kovac", ""}},
		},
	})
}
