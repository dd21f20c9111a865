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

// TestTownsThatAreWords: a town whose name is also a common word is the
// town before a site it holds ("the Oxford factory") and after a part of
// it ("the outskirts of Oxford"), not an organisation by default; a site
// named after a firm, or a town modifying another noun, is not read so.
// Invented sentences.
func TestTownsThatAreWords(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Car news\n\nSome 300 jobs will go at the Oxford factory this year.",
			[]string{"City:Oxford"}, []string{"Organization:Oxford"}},
		{"Car news\n\nThe carmaker builds vans on the outskirts of Oxford.",
			[]string{"City:Oxford"}, nil},
		{"Car news\n\nThe firm opened a depot in the centre of Reading last year.",
			[]string{"City:Reading"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	// Negative: a town word modifying another noun after the site noun
	// ("the Oxford factory workers") or no site at all is not read.
	for _, text := range []string{
		"Car news\n\nThe Oxford factory workers voted to strike.",
		"Books news\n\nThe Oxford dictionary added 500 words.",
	} {
		d := extractText(t, text)
		for _, e := range d.Entities {
			if e.Name == "Oxford" && e.Type == City {
				t.Errorf("%q: Oxford typed City", text)
			}
		}
	}
}

// TestSiteOfNamedVenue: a name after a venue's name and "at" is the
// venue's site ("the Emirates Stadium at Ashburton Grove"); after a firm's
// name it is not read. Invented sentences.
func TestSiteOfNamedVenue(t *testing.T) {
	checkEntities(t, "Football news\n\nThe club will move into the new Harbour Stadium at Brackwater Grove next year.",
		[]string{"Place:Brackwater Grove", "Place:Harbour Stadium"}, nil)
	d := extractText(t, "Business news\n\nShe was a manager at Tenby Holdings at Brackwater Grove.")
	for _, e := range d.Entities {
		if e.Name == "Brackwater Grove" && e.Type == Place {
			t.Errorf("Brackwater Grove after a firm typed Place")
		}
	}
}
