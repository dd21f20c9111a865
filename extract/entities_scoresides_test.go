package extract

import "testing"

// TestScoreLineSidesWithOf: a score-line headline names each side whole,
// "of" included; the story's repeats of the name are that side, and so is
// the word before "of" alone.
func TestScoreLineSidesWithOf(t *testing.T) {
	story := "Queen of the South 2-1 Partick\n\nQueen of the South moved up to fourth with a win over Partick in Dumfries on Saturday. Derek Lyle scored twice before the visitors pulled one back.\n"
	checkEntityType(t, story, "Queen of the South", Organization)
	checkEntityType(t, story, "South", "")
	story = "Saints of Annan 3-1 Gretna\n\nSaints of Annan beat Gretna at home on Saturday. Graham Bell scored twice for Saints in the first half.\n"
	checkEntityType(t, story, "Saints of Annan", Organization)
	checkJoined(t, story, "Saints of Annan", "Saints", true)
	checkEntityType(t, story, "Annan", "")
	// Without a score line the words stay apart.
	checkEntityType(t, "Sons of the Desert meet\n\nThe Sons of the Desert society met in Leeds on Friday.\n", "Sons of the Desert", "")
}

// TestScoreLineSidesTyped: each side of a score-line headline is a team,
// though its name reads as a person's, and a side short for "United"
// is the full name the story gives it.
func TestScoreLineSidesTyped(t *testing.T) {
	checkEntityType(t, "Glenn 0-3 Kingsport\n\nKingsport brushed aside Glenn to reach the semi-finals on Saturday.\n", "Glenn", Organization)
	story := "Kelso Utd 2-0 Kingsport\n\nKelso United eased into the last eight with a win over Kingsport. Jon Reid scored twice.\n"
	checkJoined(t, story, "Kelso United", "Kelso Utd", true)
	// A name beside a score that is no headline stays a person's.
	checkEntityType(t, "Kingsport win\n\nKingsport won 3-0 and Glenn Hale scored twice.\n", "Glenn Hale", Person)
}
