package extract

import "testing"

// TestVenueAfterPrep: a name nothing else types is a ground, site or town
// when a venue cue stands before its preposition; role nouns, stakes and
// possessives leave it an organisation. All sentences are invented.
func TestVenueAfterPrep(t *testing.T) {
	tests := []struct {
		text, name string
		want       EntityType
	}{
		// A fixture at a ground.
		{"Rovers lost again\n\nRovers were beaten in the cup tie at Brackwell on Saturday, their third defeat in a row.", "Brackwell", Place},
		// A national side "at" a ground.
		{"Scots ready\n\nThe coach named his squad to face Scotland at Dunmorrow next week.", "Dunmorrow", Place},
		// A site in a town.
		{"Plant to close\n\nThe carmaker said the factory in Harlowby would shut next year with the loss of 900 jobs.", "Harlowby", City},
		// "near" alone names a town.
		{"Festival sold out\n\nThe three-day event, held on farmland near Kelmscoton, sold out in two days.", "Kelmscoton", City},
		// Role nouns before "at" and stakes before "in" mean a firm.
		{"Rates steady\n\nMarkets were calm, said Joe Pell, an analyst at Brackwood.", "Brackwood", Organization},
		{"Shares jump\n\nShares in Quorvex rose 6% after the results.", "Quorvex", Organization},
		// After "a town in" comes the region: the place-noun rule's
		// Place, not a town.
		{"Award for town\n\nMorlow, a small market town in Easthaven, won the award.", "Easthaven", Place},
		// A venue noun after the name makes it a building or ground.
		{"Prize night\n\nThe ceremony will be held at the Carvell Mayhew cinema in London on 20 March.", "Carvell Mayhew", Place},
		{"Fans wait\n\nFans camped outside Oslo's Vindrak theatre in the snow.", "Vindrak", Place},
		// A mine, a museum or a gallery after the name is a site too.
		{"Mine sold\n\nThe firm owns the Kelvaro Dam mine in Western Australia, the biggest of its kind.", "Kelvaro Dam", Place},
		{"Show opens\n\nCrowds queued outside the Drellin gallery on Sunday.", "Drellin", Place},
		// A noun after the venue noun makes it a modifier: a business.
		{"Group sells\n\nThe group sold the Vistoria cinema chain last year.", "Vistoria", Organization},
		// A possessive after the name is a firm's unit, not a place.
		{"Deal agreed\n\nThe deal was signed at a meeting at Zentrica's London offices on Monday.", "Zentrica", Organization},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		got := EntityType("<missing>")
		for _, e := range d.Entities {
			if e.Name == tt.name {
				got = e.Type
			}
		}
		if got != tt.want {
			t.Errorf("%q in %q: type %s, want %s", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestVenueNounModifier: a site noun followed by another noun is a
// modifier ("the X museum shop"), and leaves the name no site.
func TestVenueNounModifier(t *testing.T) {
	for _, text := range []string{
		"Shop opens\n\nThe Drellin museum shop opened on Sunday, staff said.",
		"Jobs cut\n\nThe Kelvaro mine workers union called a strike.",
	} {
		for _, e := range extractText(t, text).Entities {
			if (e.Name == "Drellin" || e.Name == "Kelvaro") && e.Type == Place {
				t.Errorf("%q: %s typed Place", text, e.Name)
			}
		}
	}
}
