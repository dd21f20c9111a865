package extract

import "testing"

// TestTitleFactsRound3 covers the round-3 title constructions, each with
// negatives; every sentence is invented.
func TestTitleFactsRound3(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A nationality before a co-role: the role is held in the "of" owner.
		{"Karl Brandt, the German co-head of Nordavia, said the deal was done.", "Karl Brandt leaderOf Nordavia"},
		// Closing comma left out before the verb.
		{"Karl Brandt, the German co-head of Nordavia will also step down next year.", "Karl Brandt leaderOf Nordavia"},
		{"Karl Brandt, the German finance director of Nordavia will also step down next year.", ""},
		// A descriptor with a demonym and "and" before the owner.
		{"The French co-head of European rail and shipping group NRG Pierre Lemaire is to leave.", "Pierre Lemaire leaderOf NRG"},
		{"The French head of sales at Nordavia Pierre Lemaire is to leave.", ""},
		// A regional boss does not run the whole firm.
		{"Sales rose, said Andrew Pike, European boss of Nordavia which ran the survey.", ""},
		{"Sales rose, said Andrew Pike, chief executive of Nordavia which ran the survey.", "Andrew Pike leaderOf Nordavia"},
		// An auxiliary before "replaced".
		{"Ann Lee has replaced Tom Hale as chief executive of Brightcode, the firm said.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee could replace Tom Hale as chief executive of Brightcode.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestBareTitleRound3 covers bare "President/Prime Minister X" with the
// country from context.
func TestBareTitleRound3(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// Lower-case BBC style.
		{"Moldova will hold elections in May, prime minister Ivan Petrov has announced.", "Ivan Petrov leaderOf Moldova"},
		// A weekday before the title does not own it.
		{"Moldova's parliament met on Monday. Lawmakers debated the budget for hours. But on Wednesday Prime Minister Ivan Petrov said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		// A defeated rival or candidate is not the holder.
		{"Moldova voted on Sunday. Voters defeated presidential candidate and Prime Minister Ivan Petrov at the polls.", ""},
		// Countries in a list are the topic, not the holder's own.
		{"Talks on Moldova, Romania and Bulgaria dominated. Only one aide of President Ivan Petrov will attend. The Serbian government may send more.", ""},
		{"Disputes over Romania and Bulgaria dominated. Only one aide of President Ivan Petrov will attend. Serbia may send more.", "Ivan Petrov leaderOf Serbia"},
		// A country inside a compound modifier is not the holder's.
		{"Costs rose in Romania and Bulgaria. One of President Ivan Petrov's pledges was to cut the deficit. Critics say Serbia-related costs were left out.", ""},
		// England has no prime minister of its own.
		{"Prime minister Tony Blair has defended his plans for schools in England.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
