package extract

import "testing"

// TestDescribedCountries: a country description with modifiers ("the
// Nordic nation", "the former Soviet republic", "the island state")
// stands for the one recent country that fits its region, or, with
// descriptive words alone, the only recent country; the relation rules
// then read the country. Two countries that fit, a country outside the
// region, a demonym ("the French nation"), a ranking word ("the first
// nation") or a bare "the state" bind nothing. Every sentence is
// invented.
func TestDescribedCountries(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
		fact               string // a fact that must be found ("" for none)
	}{
		{"region adjective",
			"Talks\n\nFinland turned down the offer on Monday. The Nordic country has been a member of the European Union since 1995.",
			"The Nordic country", "Finland", "Finland memberOf European Union"},
		{"two-word region",
			"Loans\n\nKazakhstan signed the loan agreement in Astana. The Central Asian nation joined the World Trade Organization in 2015.",
			"The Central Asian nation", "Kazakhstan", "Kazakhstan joined World Trade Organization"},
		{"former Soviet republic",
			"Energy\n\nMoldova asked for help with its gas bill. The former Soviet republic later left the Commonwealth of Independent States.",
			"The former Soviet republic", "Moldova", ""},
		{"descriptive words, one country",
			"Aid\n\nMadagascar appealed for food aid after the cyclone. The island nation hosted the regional summit in 2019.",
			"The island nation", "Madagascar", ""},
		{"the region picks one of two",
			"Oil\n\nKuwait and Brazil raised output in March. The Gulf state is a member of Opec.",
			"The Gulf state", "Kuwait", "Kuwait memberOf Organization of the Petroleum Exporting Countries"},
		{"two countries fit the region",
			"Oil\n\nKuwait and Qatar raised output in March. The Gulf state is a member of Opec.",
			"The Gulf state", "", ""},
		{"outside the region",
			"Trade\n\nPortugal backed the plan on Tuesday. The Balkan country joined Nato in 2009.",
			"The Balkan country", "", ""},
		{"descriptive words, two countries",
			"Aid\n\nMalta and Cyprus appealed for help with migrants. The island nation hosted the talks.",
			"The island nation", "", ""},
		{"a demonym names a people",
			"Strikes\n\nPortugal faced a general strike. The Spanish nation watched closely.",
			"The Spanish nation", "", ""},
		{"a ranking word brings in another",
			"Treaty\n\nLatvia signed the treaty on Friday. The first nation to ratify it was Estonia.",
			"The first nation", "", ""},
		{"a bare state is the government",
			"Pensions\n\nEstonia changed its pension rules. The state will pay more to older workers.",
			"The state", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
			if tc.fact != "" && !hasFactString(d, tc.fact) {
				t.Errorf("no fact %q", tc.fact)
			}
			for _, e := range d.Entities {
				if e.Name == "Nordic" || e.Name == "Balkan" || e.Name == "Central Asian" {
					t.Errorf("the region adjective %q became an entity", e.Name)
				}
			}
		})
	}
}

// hasFactString reports whether d has the fact "Subject predicate Object"
// by entity names.
func hasFactString(d *Document, want string) bool {
	for _, f := range d.Facts {
		if d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name == want {
			return true
		}
	}
	return false
}
