package extract

import "testing"

// TestDescribedEventsAtVenues: a described event placed at a venue
// written with its article ("at the Royal Albert Hall") is placed, and the
// venue hosts it; near misses are not.
func TestDescribedEventsAtVenues(t *testing.T) {
	tests := []struct {
		name, text string
		fact       string // a fact that must be found
		notFact    string // a fact that must not be found
	}{
		{
			name: "a concert at a hall, article before the name",
			text: "Charity night.\n\nTom Hale performed at a charity concert at the Royal Albert Hall on Friday.",
			fact: "Royal Albert Hall hosted charity concert at the Royal Albert Hall",
		},
		{
			name: "the performer took part",
			text: "Charity night.\n\nTom Hale performed at a charity concert at the Royal Albert Hall on Friday.",
			fact: "Tom Hale participatedIn charity concert at the Royal Albert Hall",
		},
		{
			name: "a match still to come at a stadium",
			text: "Rugby.\n\nThe coach will name his side on Monday for the match at the Millennium Stadium next week.",
			fact: "Millennium Stadium willHost match at the Millennium Stadium",
		},
		{
			// The church is typed as the body that runs it; its name ends
			// in a venue's word.
			name: "a funeral at a church typed as a body",
			text: "Tributes.\n\nFriends gathered for a funeral at the Abyssinian Baptist Church in Harlem on Saturday.",
			fact: "Abyssinian Baptist Church hosted funeral at the Abyssinian Baptist Church",
		},
		{
			// A body's name that is no venue's: the meeting is placed by
			// nothing, and the body does not host it by this rule.
			name:    "a meeting at a ministry",
			text:    "Budget.\n\nTom Hale spoke at a meeting at the Treasury on Monday.",
			notFact: "Treasury hosted meeting at the Treasury",
		},
		{
			// "in the" is not read past: the dinner is not placed by it.
			name:    "a dinner in a country written with its article",
			text:    "Envoy.\n\nIn May Tom Hale attended a state dinner in the Czech Republic.",
			notFact: "Czech Republic hosted state dinner in the Czech Republic",
		},
		{
			name:    "a possessive venue is not cut short",
			text:    "Awards.\n\nAnn Lee attended the ceremony at the Alex Theater's main hall on Sunday.",
			notFact: "Alex Theater hosted ceremony at the Alex Theater",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.notFact))
		})
	}
}
