package extract

import "testing"

// TestApposedPlaces checks places described after their name by a place
// noun under a demonym or a region's name, with invented sentences.
func TestApposedPlaces(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // "S locatedIn O" -> rule
		not  []string          // facts that must not appear, whatever the rule
	}{
		{text: "Gunmen attacked Kirkuk, the northern Iraqi city, on Sunday.",
			want: map[string]string{"Kirkuk locatedIn Iraq": apposedPlaceRule}},
		{text: "Voters in Saxony, the eastern German state, backed the coalition on Sunday.",
			want: map[string]string{"Saxony locatedIn Germany": apposedPlaceRule}},
		{text: "The festival was held near Kinross, a small Scottish town.",
			want: map[string]string{"Kinross locatedIn Scotland": apposedPlaceRule}},
		{text: "Officials in Salt Lake City, the Utah capital, said the bid was strong.",
			want: map[string]string{"Salt Lake City locatedIn Utah": apposedPlaceRule}},
		// "A town in Y" after a preposition, where the parse seldom hangs
		// the noun from the name.
		{text: "Police in Dresden, a city in eastern Germany, made arrests.",
			want: map[string]string{"Dresden locatedIn Germany": apposedPlaceRule}},
		{text: "Fans gathered in Lille, a city in northern France, on Saturday.",
			want: map[string]string{"Lille locatedIn France": apposedPlaceRule}},
		// A firm, not a place.
		{text: "Staff at Siemens, a big employer in Germany, walked out.",
			not: []string{"Siemens locatedIn Germany"}},
		// "Near" is not "in".
		{text: "Police in Dresden, a city near Poland, made arrests.",
			not: []string{"Dresden locatedIn Poland"}},
		// An organisation described by "state" is no place.
		{text: "Gazprom, the Russian state, bought the field.",
			not: []string{"Gazprom locatedIn Russia"}},
		// The noun does not end the phrase: a firm, not a place.
		{text: "Investors in Leeds, a British port city company, lost money.",
			not: []string{"Leeds locatedIn United Kingdom"}},
		// No place noun: a description of something else.
		{text: "Fans in Lyon, the French champions, celebrated.",
			not: []string{"Lyon locatedIn France"}},
		// A town before the noun: both are towns to the typer.
		{text: "Protesters marched in Camden, the London borough, on Monday.",
			not: []string{"Camden locatedIn London"}},
		// A person described by a demonym and a role.
		{text: "The award went to Anna Kowalski, a Polish village teacher, last year.",
			not: []string{"Anna Kowalski locatedIn Poland"}},
	}
	for _, tc := range tests {
		checkFactRules(t, tc.text, tc.want, tc.not)
	}
}
