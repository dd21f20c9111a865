package extract

import (
	"strings"
	"testing"
)

func TestOrgsInSpeakerSlots(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// The name after a spokes-noun and "for" is the body spoken for.
		{"Prices will rise next year, said a spokeswoman for Dorrit Re, the reinsurer.", "Dorrit Re", Organization},
		{`"Spam is cheap," said Anya Kessel, spokesman for Vortal Nordic.`, "Vortal Nordic", Organization},
		// A person spoken for: a known first name after "for" stays a person.
		{"A spokesman for Michael Jordan said the case was closed.", "Michael Jordan", Person},
		// An honorific on the name elsewhere keeps the person.
		{`"We are pleased," said a spokesman for Dorrit Keane. Mr Keane was not available.`, "Dorrit Keane", Person},
		// A speech verb after the name elsewhere keeps the person.
		{`"We are pleased," said a spokesman for Dorrit Keane. "I am tired," Dorrit Keane said on Monday.`, "Dorrit Keane", Person},
		// A first name before the spokes-noun: a person's spokesman.
		{`"No comment," said Gordon Brown spokesman Tom Archer.`, "Gordon Brown", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestBodyHeadOf(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// Common words after a body's head and "of" name the body.
		{`"Sales fell," said Ruth Okafor, president of Bright Signal, which tracks cinema takings.`, "Bright Signal", Organization},
		{"Dan Pryce, the chief executive of Green Lantern, said profits rose.", "Green Lantern", Organization},
		{"Ama Reyes, founder of Open Kitchen, opened a second cafe on Monday.", "Open Kitchen", Organization},
		// A part's head: the words after "of" may be a department.
		{"Ruth Okafor, head of Global Markets, said rates would rise.", "Global Markets", ""},
		{"Dan Pryce, director of Public Affairs, declined to comment.", "Public Affairs", ""},
		{"Ama Reyes, vice-president of Consumer Sales, left the firm.", "Consumer Sales", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestDescribedBodyOfHead(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A body's noun between the head's "of" and the name says what it
		// is, even when the name opens with a first name.
		{"Files move faster now, said Ivo Brandt, founder and chairman of P2P network Rose Hollow.", "Rose Hollow", Organization},
		{"Kim Dale, president of the film studio Jack Lantern, praised the deal.", "Jack Lantern", Organization},
		// An owner has horses too: no body slot.
		{"Kim Dale, owner of racehorse Rose Hollow, was delighted after the race.", "Rose Hollow", Person},
		// A possessive breaks the description: the name is another's.
		{"Kim Dale, chairman of the club's striker Rose Hollow, left. Mr Hollow scored twice.", "Rose Hollow", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestEventsHeldSomewhere: a name guessed a person from its first word
// is an event when it is scheduled somewhere ("Asia Aid will be held in
// Bangkok"); a person detained somewhere, or one the story marks with an
// honorific, stays a person. Invented sentences.
func TestEventsHeldSomewhere(t *testing.T) {
	checkEntities(t, "Music news\n\nThe channel's Carol Relief will be held in Manila on 3 March.",
		[]string{"Event:Carol Relief", "City:Manila"}, []string{"Person:Carol Relief"})
	checkEntities(t, "Music news\n\nRosa Harvest will take place at Hyde Park in July.",
		[]string{"Event:Rosa Harvest"}, nil)
	for _, text := range []string{
		"Crime news\n\nJohn Smith was held in Manila for a week.",
		"Crime news\n\nMr Smith said he was innocent. John Smith will be held in Manila until the trial.",
		"Crime news\n\nJohn Keller will be held in Manila until the trial.",
	} {
		d := extractText(t, text)
		for _, e := range d.Entities {
			if e.Type == Event && strings.Contains(e.Name, "John") {
				t.Errorf("%q: %s typed Event", text, e.Name)
			}
		}
	}
}
