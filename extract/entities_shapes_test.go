package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestEntityShapes covers name shapes the held-out set got wrong:
// sports adjectives before a descriptor ("Athens Olympic gold medallist")
// taken for a person, and places, nationalities or acronyms in front of a
// common word ("Texas Instruments", "ISP AOL") typed as people.
func TestEntityShapes(t *testing.T) {
	tests := []struct {
		text      string
		want      []string // "Type:Name", each must be present
		notPerson []string // names that must not be Person entities
		notAny    []string // names that must not be entities at all
	}{
		{"Athens Olympic gold medallist Kelly Holmes won again in Leeds.",
			[]string{"Person:Kelly Holmes"}, nil, []string{"Athens Olympic"}},
		{"Sydney Olympic 100m champion Maurice Greene pulled out.",
			[]string{"Person:Maurice Greene"}, nil, []string{"Sydney Olympic"}},
		{"European Indoor champion Sara Lund ran in Glasgow.",
			[]string{"Person:Sara Lund"}, nil, []string{"European Indoor"}},
		// Negative: the adjective ends an organisation's name.
		{"British Olympic Association chairman Colin Moynihan spoke.",
			[]string{"Organization:British Olympic Association", "Person:Colin Moynihan"}, nil, nil},
		{"Shares in Texas Instruments rose after the results.",
			[]string{"Organization:Texas Instruments"}, []string{"Texas Instruments"}, nil},
		{"The ISP AOL cut its prices.",
			nil, []string{"ISP AOL"}, nil},
		// Negatives: a place-like first name, initials, a nationality
		// before a first name stay people.
		{"Milan Baros scored twice in the second half.",
			[]string{"Person:Milan Baros"}, nil, nil},
		{"PJ Harvey released a new album on Monday.",
			[]string{"Person:PJ Harvey"}, nil, nil},
		// Boundaries: an acronym glued to a person's name, coordinated
		// bodies, a weekday surname, a product model after a maker.
		{"Aerospace group EADS Philippe Camus said orders rose.",
			[]string{"Organization:EADS", "Person:Philippe Camus"}, nil, []string{"EADS Philippe Camus"}},
		{"Talks between EADS and BAE Systems stalled.",
			[]string{"Organization:EADS", "Organization:BAE Systems"}, nil, []string{"EADS and BAE Systems"}},
		{"Officials at the Food and Drug Administration agreed.",
			[]string{"Organization:Food and Drug Administration"}, nil, nil},
		{"Green MEP Anna Holm voted against.",
			[]string{"Person:Anna Holm"}, nil, nil},
		{"England sevens coach Mike Friday named his squad.",
			[]string{"Person:Mike Friday"}, nil, []string{"Mike"}},
		{"Kate said Friday was the day.",
			nil, nil, []string{"Kate Friday"}},
		{"Mike Friday 12 was the headline.",
			nil, nil, []string{"Mike Friday"}},
		{"The first Airbus A380 flew from Toulouse.",
			[]string{"Organization:Airbus", "City:Toulouse"}, nil, []string{"Airbus A380"}},
		{"Radio DJ Tom Hart played the record.",
			[]string{"Person:Tom Hart"}, nil, []string{"DJ Tom Hart"}},
		// Place nouns after an unknown name; foreign company openers.
		{"The jet landed at Frankfurt's Rhein-Main airport.",
			[]string{"Place:Rhein-Main airport"}, nil, []string{"Rhein-Main"}},
		{"Fans packed the Westfalen stadium.",
			[]string{"Place:Westfalen stadium"}, nil, nil},
		{"Commuters crowded Marseille's Vaubrun station on Monday.",
			[]string{"Place:Vaubrun station"}, nil, []string{"Vaubrun"}},
		// Negative: a broadcaster's station is no place.
		{"The Kestrel Television station aired the debate.",
			nil, nil, []string{"Kestrel Television station"}},
		// Negative: after an article the name modifies "station" ("the
		// sheriff's station in Morley").
		{"Deputies said he walked into the Morley station and surrendered.",
			nil, nil, []string{"Morley station"}},
		{"Shares in Deutsche Boerse fell.",
			[]string{"Organization:Deutsche Boerse"}, []string{"Deutsche Boerse"}, nil},
		// Negative: a person's name before "stadium" stays a person.
		{"Fans chanted for Tom Reed stadium staff.",
			nil, nil, []string{"Tom Reed stadium"}},
		{"England beat Fiji in the Los Angeles Sevens.",
			[]string{"Event:Los Angeles Sevens"}, []string{"Los Angeles Sevens"}, nil},
	}
	for _, tc := range tests {
		checkEntityTypes(t, tc.text, tc.want, tc.notPerson, tc.notAny)
	}
}

// TestCompanyPrefersMainOrganisation: "the company" refers to the
// business the story is about (named in the headline or lead and most
// often) rather than to one named in passing just before; without a clear
// main business it stays unresolved.
func TestCompanyPrefersMainOrganisation(t *testing.T) {
	tests := []struct {
		text, want string // want: the organisation "joined the company" resolves to
	}{
		{"Fiat names new car boss\n\nFiat has named a new head of its car unit. Fiat said Tom Reed would go. " +
			"Mr Reed had come from Ferrari. He only joined the company in 2003.", "Fiat"},
		// Negative: neither is named far more often, so the phrase
		// stays unresolved (coref_nominals.go refuses competing
		// candidates rather than guess the latest).
		{"Car bosses move\n\nFiat and Ferrari swapped staff. Tom Reed had come from Ferrari to Fiat. " +
			"He only joined the company in 2003.", ""},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		got := ""
		for _, f := range d.Facts {
			if f.Predicate == Joined {
				got = d.Entities[f.Object].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: joined %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGazetteerNamesWithAnd: a known name with "and" inside stays whole;
// two unknown names joined by "and" stay apart.
func TestGazetteerNamesWithAnd(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"The tiny state of St Kitts and Nevis joined the talks.",
			[]string{"Country:Saint Kitts and Nevis"}, []string{"St Kitts", "Nevis"}},
		{"Trinidad and Tobago beat Mexico.",
			[]string{"Country:Trinidad and Tobago", "Country:Mexico"}, []string{"Tobago"}},
		{"The plane landed in Frankfurt, in the state of Hessen.",
			[]string{"City:Frankfurt", "Place:Hesse"}, nil},
		{"Talks between Poland and Hungary stalled.",
			[]string{"Country:Poland", "Country:Hungary"}, []string{"Poland and Hungary"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.not)
	}
}

// TestCountryInitials: an undefined acronym spelling the initials of a
// country the story names is that country, not a new organisation.
func TestCountryInitials(t *testing.T) {
	d := extractText(t, "South Africa lost in Lusaka. SA coach Tom Reed was angry.")
	for _, e := range d.Entities {
		if e.Name == "SA" {
			t.Errorf("SA is a separate entity %s", e.Type)
		}
		if e.Name == "South Africa" && !textseg.Contains(e.Aliases, "SA") {
			t.Errorf("South Africa aliases %v lack SA", e.Aliases)
		}
	}
	// Negative: without the country, the acronym stays its own entity.
	d = extractText(t, "SA coach Tom Reed was angry in Lusaka.")
	if _, ok := entitySummary(d)["Country:South Africa"]; ok {
		t.Errorf("SA alone became South Africa")
	}
}

// TestKeyFollowsFinalType: an entity retyped after resolution (an unknown
// name that a following country makes a city) gets the key, and so the
// IRI, of its final type.
func TestKeyFollowsFinalType(t *testing.T) {
	tests := []struct {
		text string
		name string
	}{
		{"The carmaker may cut jobs at its plant in Kelsterbrunn, Germany.", "Kelsterbrunn"},
		{"Union leaders met workers from Wroclawek, Poland, on Monday.", "Wroclawek"},
		{"Shares in Vodafone rose in London on Monday.", "Vodafone"},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		found := false
		for _, e := range d.Entities {
			if e.Name != tc.name {
				continue
			}
			found = true
			if want := strings.ToLower(string(e.Type)) + "/" + textseg.Slug(e.Name); e.Key != want {
				t.Errorf("%q: %s typed %s has key %q, want %q", tc.text, e.Name, e.Type, e.Key, want)
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", tc.text, tc.name)
		}
	}
}
