package extract

import "testing"

// TestActListMembersAreBands: names listed after "bands including", "groups
// such as" are acts though their shape says a person; after "artists"
// (solo singers too) or with a person's mark (a title) they stay persons.
func TestActListMembersAreBands(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// Positives: every member of the list, first, middle and last.
		{"Bands including Kelvane, Ellis Varden and Quillfeather will play in Bristol.", "Kelvane", Organization},
		{"Bands including Kelvane, Ellis Varden and Quillfeather will play in Bristol.", "Ellis Varden", Organization},
		{"The promoter booked groups such as Tarrant and Dessler for the summer.", "Dessler", Organization},
		{"Young bands like Hollins will play the smaller stage in Leeds.", "Hollins", Organization},
		// Near misses: artists may be solo singers; a name after the
		// list's verb; a title marks a person.
		{"Artists including Dido Maren will play in Leeds.", "Dido Maren", Person},
		{"Bands including Kelvane will play, said Ellis Varden.", "Ellis Varden", Person},
		{"Groups such as Oxfam welcomed Minister Ellis Varden to the meeting.", "Ellis Varden", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}
