package extract

import (
	"strings"
	"testing"
)

// TestLowerHeadEvents: an event name written with a lower-case head ("the
// Kestrel Pixel awards", "the Iraq war", "the Turin motor show") is an
// Event under the name as written; a head that modifies another noun, a
// head after a lower-case word and a phrase without "the" give none.
// Every sentence is invented.
func TestLowerHeadEvents(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string // Event names that must and must not be found
	}{
		{"Games news\n\nThe studio won two prizes at the Kestrel Pixel awards in Leeds.",
			[]string{"Kestrel Pixel awards"}, nil},
		{"War memories\n\nHer grandfather served in the Iraq war as a medic.",
			[]string{"Iraq war"}, nil},
		{"Car news\n\nThe firm unveiled its new hatchback at the Turin motor show on Tuesday.",
			[]string{"Turin motor show"}, nil},
		{"War memories\n\nThe Iraq war veteran spoke in Leeds on Monday.",
			nil, []string{"Iraq war", "Iraq war veteran"}},
		{"Trade news\n\nThe trade war with Iraq hurt exports.",
			nil, []string{"trade war", "Iraq war"}},
		{"Games news\n\nThe Kestrel Pixel awards ceremony was held in Leeds.",
			nil, []string{"Kestrel Pixel awards"}},
	} {
		d := extractText(t, tc.text)
		events := map[string]bool{}
		for _, e := range d.Entities {
			if e.Type == Event {
				events[e.Name] = true
			}
		}
		for _, w := range tc.want {
			if !events[w] {
				t.Errorf("%q: want Event %q, got %v", tc.text, w, events)
			}
		}
		for _, n := range tc.not {
			if events[n] {
				t.Errorf("%q: unwanted Event %q", tc.text, n)
			}
		}
	}
}

// TestOwnedDescriptionAfterNamedEvent: a description whose head a named
// event ends in refers back to that event, unless a name before its head
// that no named event holds makes it another one ("the Bafta awards"
// after "the Screen Actors Guild awards"). Invented sentences.
func TestOwnedDescriptionAfterNamedEvent(t *testing.T) {
	text := "Film awards\n\nSwank and Foxx were among the winners at the Kestrel Pixel awards at the weekend. " +
		"The next ceremony is the Bafta awards, which take place at London's Odeon Leicester Square on 12 February."
	d := extractText(t, text)
	var facts []string
	for _, f := range d.Facts {
		facts = append(facts, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
	}
	if !strings.Contains(strings.Join(facts, "|"), "Odeon Leicester Square willHost Bafta awards") {
		t.Errorf("want Odeon Leicester Square willHost Bafta awards, got %q", facts)
	}
}

// TestStatuetteCeremony: an award's statuette before "ceremony" names
// the ceremony ("the main Oscar ceremony"), mid-sentence as at the
// start, and the statuette alone is no entity; "won an Oscar" and a
// ceremony noun modifying another noun name nothing. Invented sentences.
func TestStatuetteCeremony(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Film news\n\nThe main Oscar ceremony will be held in Los Angeles on 27 February.",
			[]string{"Event:Oscar ceremony"}, []string{"Oscar"}},
		{"Film news\n\nCritics said the Grammy ceremony will be held in Denver in March.",
			[]string{"Event:Grammy ceremony"}, []string{"Grammy"}},
		{"Film news\n\nThe Oscar ceremony was watched by millions.",
			[]string{"Event:Oscar ceremony"}, []string{"Oscar"}},
		// Negative: the statuette won, or the ceremony a modifier.
		{"Film news\n\nShe won an Oscar at the ceremony last year.",
			nil, []string{"Oscar", "Oscar ceremony"}},
		{"Film news\n\nThe Oscar ceremony host was praised by critics.",
			nil, []string{"Oscar ceremony"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	d := extractText(t, "Film news\n\nThe main Oscar ceremony will be held in Los Angeles on 27 February.")
	found := false
	for _, f := range d.Facts {
		if d.Entities[f.Subject].Name == "Los Angeles" && f.Predicate == "willHost" && d.Entities[f.Object].Name == "Oscar ceremony" {
			found = true
		}
	}
	if !found {
		t.Errorf("want Los Angeles willHost Oscar ceremony")
	}
}

// TestStatuetteCeremonyJoinsAwards: the ceremony of a statuette is the
// awards the story names ("the Oscars ... the Oscar ceremony"), one
// event; with no awards named it stays an event of its own. Invented
// sentences.
func TestStatuetteCeremonyJoinsAwards(t *testing.T) {
	d := extractText(t, "Film news\n\nThe Oscars drew a record audience. Critics praised the host of the Oscar ceremony.")
	n := 0
	for _, e := range d.Entities {
		if e.Type == Event {
			n++
			if e.Name != "Academy Awards" {
				t.Errorf("event %q, want Academy Awards only", e.Name)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d events, want 1", n)
	}
}
