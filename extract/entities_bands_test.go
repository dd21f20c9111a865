package extract

import "testing"

func TestGroupPluralNames(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A plural no surname takes ends a team, act or firm, even
		// after a first name.
		{"Rhondda Ospreys beat the visitors on Saturday.", "Rhondda Ospreys", Organization},
		{"Tickets for the Karlo Juniors game sold out.", "Karlo Juniors", Organization},
		{"Fans cheered when Sunny Mondays played their old hits.", "Sunny Mondays", Organization},
		{"The deal gave Wendell Films the rights to the book.", "Wendell Films", Organization},
		{"Analysts at Bramwell Brothers expect a rise.", "Bramwell Brothers", Organization},
		// A plural that is also a surname keeps the person.
		{"The match was won by Peter Banks in the final set.", "Peter Banks", Person},
		{"The role went to Keanu Reeves last year.", "Keanu Reeves", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
	// Common words ending in an act plural name an act, but not after a
	// capitalised "The" (a work's title) nor before "of".
	acts := []struct {
		text string
		name string
		want bool
	}{
		{"The prize went to Paper Sisters for their second album.", "Paper Sisters", true},
		{"Critics praised The Garden Boys at the National Theatre.", "Garden Boys", false},
		{"The stage was shared with the Garden Boys of Kent.", "Garden Boys", false},
		{"Sales of Silver Arrow rose, the firm said.", "Silver Arrow", false},
	}
	for _, tt := range acts {
		d := extractText(t, tt.text)
		i := entityOfForm(d, tt.name)
		if got := i >= 0 && d.Entities[i].Type == Organization; got != tt.want {
			t.Errorf("%q: organisation %q = %v, want %v (entities %v)", tt.text, tt.name, got, tt.want, d.Entities)
		}
	}
	// The plural alone is the named team once the full name is given.
	d := extractText(t, "Rhondda Ospreys signed a new lock. The Ospreys hope he will stay.")
	if i, j := entityOfForm(d, "Rhondda Ospreys"), entityOfForm(d, "Ospreys"); i < 0 || i != j {
		t.Errorf("Ospreys and Rhondda Ospreys: entities %d and %d, want one; have %v", i, j, d.Entities)
	}
}

func TestActNamedLikeEvent(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// An act's noun before the name anywhere in the story beats the
		// event head its last word would be.
		{"The bill has punk band Velvet Day on Friday. Velvet Day played first.", "Velvet Day", Organization},
		{"Fans cheered rock group Kestrel Festival at the show.", "Kestrel Festival", Organization},
		// Without one the head still makes an event.
		{"Crowds gathered for the Kestrel Festival in the town.", "Kestrel Festival", Event},
		// A title credited to it, or the story counting it among the
		// artists, says the same.
		{"At number four is Paper Lanterns by Velvet Day, up two places.", "Velvet Day", Organization},
		{"In addition to Velvet Day, other artists in the download top 10 include two newcomers.", "Velvet Day", Organization},
		// A deadline's "by" is no credit.
		{"The striker hopes to be fit by Velvet Day, his coach said.", "Velvet Day", Event},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestActsListedWithPeople(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// An event-headed name listed among people is an act, at every
		// mention of it.
		{"The show had sets by Anna Price, Tom Hale and Velvet Day. Critics liked Velvet Day most.", "Velvet Day", Organization},
		{"Guests included Anna Price, Velvet Day, Tom Hale and others.", "Velvet Day", Organization},
		// Beside one person only, it keeps its event reading.
		{"Anna Price and the Kestrel Festival drew crowds.", "Kestrel Festival", Event},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestActsByPluralVerb(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A plural verb after a name opening its clause: a group.
		{"Corwin Maddox were the surprise winners of the night.", "Corwin Maddox", Organization},
		{"In this year's readers' poll, Felicity Brand were voted best live act.", "Felicity Brand", Organization},
		{"The tour sold out in a day, while Corwin Maddox are still recording.", "Corwin Maddox", Organization},
		// A singular verb keeps the person.
		{"Corwin Maddox was the surprise winner of the night.", "Corwin Maddox", Person},
		// The verb of a list or of an earlier subject is not the name's.
		{"Fans of Anton Brandt and Corwin Maddox were at the gig.", "Corwin Maddox", Person},
		{"The Pale Hours, led by singer and songwriter, Corwin Maddox have a new album.", "Corwin Maddox", Person},
		{"Critics who heard Corwin Maddox were impressed by the set.", "Corwin Maddox", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
	// A part of a longer name keeps the longer name's entity.
	d := extractText(t, "Fans backed Hapoel Corwin Maddox in the cup. Corwin Maddox are the first side from the town to play in Europe.")
	if i, j := entityOfForm(d, "Hapoel Corwin Maddox"), entityOfForm(d, "Corwin Maddox"); i < 0 || i != j {
		t.Errorf("Corwin Maddox and Hapoel Corwin Maddox: entities %d and %d, want one; have %v", i, j, d.Entities)
	}
}

func TestCommonWordTeams(t *testing.T) {
	// In a team-sport story common words ending in a team plural name a
	// club; elsewhere such a run stays no entity (a work's or a
	// product's title).
	sport := "Harbour Sharks beat the visitors 21-12 in the league on Saturday, their coach said after the rugby match. The lock joined Harbour Sharks in 2003."
	checkEntityType(t, sport, "Harbour Sharks", Organization)
	film := "Cinema\n\nThe film Harbour Sharks opens in cinemas on Friday, its director said."
	d := extractText(t, film)
	if i := entityOfForm(d, "Harbour Sharks"); i >= 0 && d.Entities[i].Type == Organization {
		t.Errorf("%q: Harbour Sharks typed Organization", film)
	}
}
