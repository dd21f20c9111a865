package gazetteer

import (
	"slices"
	"testing"
)

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		surface   string
		name      string
		kind      Kind
		country   string
		ambiguous bool
	}{
		// Countries by common name, official name, alias and acronym.
		{"Belarus", "Belarus", Country, "", false},
		{"Republic of Belarus", "Belarus", Country, "", false},
		{"UK", "United Kingdom", Country, "", false},
		{"Britain", "United Kingdom", Country, "", false},
		{"Great Britain", "United Kingdom", Country, "", false},
		{"US", "United States", Country, "", false},
		{"USA", "United States", Country, "", false},
		{"United States of America", "United States", Country, "", false},
		{"Russian Federation", "Russia", Country, "", false},
		{"Burma", "Myanmar", Country, "", false},
		{"Turkey", "Turkey", Country, "", true},
		{"Türkiye", "Turkey", Country, "", true},
		{"Czechia", "Czech Republic", Country, "", false},
		{"Holland", "Netherlands", Country, "", false},
		{"the Netherlands", "Netherlands", Country, "", false},
		{"Côte d'Ivoire", "Ivory Coast", Country, "", false},
		{"Côte d’Ivoire", "Ivory Coast", Country, "", false},
		{"Georgia", "Georgia", Country, "", true},
		// The UK's nations are countries inside the United Kingdom.
		{"Scotland", "Scotland", Country, "United Kingdom", false},
		{"Northern Ireland", "Northern Ireland", Country, "United Kingdom", false},
		// Cities: country resolved, accents folded, former names.
		{"Minsk", "Minsk", City, "Belarus", false},
		{"Baku", "Baku", City, "Azerbaijan", false},
		{"Kiev", "Kyiv", City, "Ukraine", false},
		{"Sao Paulo", "São Paulo", City, "Brazil", false},
		{"St Petersburg", "Saint Petersburg", City, "Russia", false},
		{"St Louis", "St. Louis", City, "United States", false},
		{"Panama City", "Panama City", City, "Panama", false}, // the capital, not Florida's
		{"Astana", "Astana", City, "Kazakhstan", false},
		{"Nur-Sultan", "Astana", City, "Kazakhstan", false},
		{"Washington", "Washington", City, "United States", false},
		{"New York", "New York", City, "United States", false},
		{"London", "London", City, "United Kingdom", false},
		// City names that are English words are flagged.
		{"Reading", "Reading", City, "United Kingdom", true},
		{"Nice", "Nice", City, "France", true},
		{"Split", "Split", City, "Croatia", true},
		// Places.
		{"Middle East", "Middle East", Place, "", false},
		{"Balkans", "Balkans", Place, "", false},
		{"the Balkans", "Balkans", Place, "", false},
		{"Crimea", "Crimea", Place, "Ukraine", false},
		// First-level subdivisions, in English and local spellings; the
		// province keeps "Quebec", the city "Québec" and "Quebec City".
		{"Saskatchewan", "Saskatchewan", Place, "Canada", false},
		{"Quebec", "Quebec", Place, "Canada", false},
		{"Québec", "Québec", City, "Canada", false},
		{"Quebec City", "Québec", City, "Canada", false},
		{"Puglia", "Apulia", Place, "Italy", false},
		{"Catalunya", "Catalonia", Place, "Spain", false},
		{"Orissa", "Odisha", Place, "India", false},
		{"Roraima", "Roraima", Place, "Brazil", false},
		{"Bolívar", "Bolívar", Place, "Venezuela", true},
		{"Inner Mongolia", "Inner Mongolia", Place, "China", false},
		{"Aceh", "Aceh", Place, "Indonesia", false},
		{"Bali", "Bali", Place, "Indonesia", false}, // not India's town Bāli
		{"Helmand", "Helmand", Place, "Afghanistan", false},
		{"Mindanao", "Mindanao", Place, "Philippines", false},
		{"East Germany", "East Germany", Country, "", false},
		{"Texas", "Texas", Place, "United States", false},
		{"Gaza", "Gaza Strip", Place, "", false},
		// Organisations and their acronyms in both house styles.
		{"UN", "United Nations", Organization, "", false},
		{"United Nations", "United Nations", Organization, "", false},
		{"NATO", "North Atlantic Treaty Organization", Organization, "", false},
		{"Nato", "North Atlantic Treaty Organization", Organization, "", false},
		{"CIS", "Commonwealth of Independent States", Organization, "", false},
		{"CSTO", "Collective Security Treaty Organization", Organization, "", false},
		{"Opec", "Organization of the Petroleum Exporting Countries", Organization, "", false},
		{"Tories", "Conservative Party", Organization, "", false},
		{"Lib Dems", "Liberal Democrats", Organization, "", false},
		{"Labour", "Labour Party", Organization, "", false},
		{"BBC", "British Broadcasting Corporation", Organization, "", false},
		{"Fed", "Federal Reserve", Organization, "", true},
		// Events.
		{"Olympics", "Olympic Games", Event, "", false},
		// Hong Kong is a city in news usage, inside China.
		{"Hong Kong", "Hong Kong", City, "China", false},
		// Seats of power speak as organisations.
		{"Kremlin", "Kremlin", Organization, "Russia", false},
		// Small towns named in news despite their size.
		{"Davos", "Davos", City, "Switzerland", false},
		// Whitespace runs count as one space.
		{"United\n  Nations", "United Nations", Organization, "", false},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.surface)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.surface)
			continue
		}
		if e.Name != tt.name || e.Kind != tt.kind || e.Country != tt.country || e.Ambiguous != tt.ambiguous {
			t.Errorf("Lookup(%q) = {%q %v country=%q ambiguous=%v}, want {%q %v country=%q ambiguous=%v}",
				tt.surface, e.Name, e.Kind, e.Country, e.Ambiguous, tt.name, tt.kind, tt.country, tt.ambiguous)
		}
		if e.Type != tt.kind.String() {
			t.Errorf("Lookup(%q).Type = %q, want %q", tt.surface, e.Type, tt.kind)
		}
	}
}

func TestLookupMisses(t *testing.T) {
	g := Default()
	// Lowercase words, ISO codes that are ordinary tokens, and context-only
	// aliases are not names. "Canaries" is Norwich City's nickname, and
	// Punjab and Amazonas are regions of two countries each, so none
	// names one place. "Java" is as often the programming language as the
	// island.
	for _, s := range []string{"reading", "nice", "BY", "GB", "AZ", "", "the", "Parliament", "President", "Canaries", "Punjab", "Amazonas", "Java"} {
		if e, ok := g.Lookup(s); ok {
			t.Errorf("Lookup(%q) = %q %v, want no match", s, e.Name, e.Kind)
		}
	}
}

func TestAmbiguityFlags(t *testing.T) {
	g := Default()
	tests := []struct {
		surface                        string
		ambiguous, commonWord, homonym bool
	}{
		{"London", false, false, false},
		{"Minsk", false, false, false},
		{"China", false, true, false},      // a word, but the country when capitalised
		{"Jordan", true, false, false},     // a country and a person's name
		{"Reading", true, true, true},      // English word; also Reading, Pennsylvania
		{"Jackson", true, false, false},    // first name, city below a million
		{"Victoria", true, false, true},    // first name; several cities
		{"Hitachi", true, false, false},    // better known as a company
		{"Durham", false, false, true},     // cities in the US and England
		{"Birmingham", false, false, true}, // Alabama is a tenth of England's
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.surface)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.surface)
			continue
		}
		if e.Ambiguous != tt.ambiguous || e.CommonWord != tt.commonWord || e.Homonym != tt.homonym {
			t.Errorf("Lookup(%q) flags ambiguous=%v commonWord=%v homonym=%v, want %v %v %v",
				tt.surface, e.Ambiguous, e.CommonWord, e.Homonym, tt.ambiguous, tt.commonWord, tt.homonym)
		}
	}
	// Accent folding must not turn small foreign towns into English words
	// or surnames: Göd, Būsh, García keep their accents only.
	for _, s := range []string{"God", "Bush", "Come", "Can", "Garcia"} {
		if e, ok := g.Lookup(s); ok {
			t.Errorf("Lookup(%q) = %q %v, want no match", s, e.Name, e.Kind)
		}
	}
	// A place named in the hand list beats a same-named small city.
	if e, ok := g.Lookup("West End"); !ok || e.Kind != Place || e.Country != "United Kingdom" {
		t.Errorf("Lookup(West End) = %+v %v", e, ok)
	}
	if e, ok := g.Lookup("Ulster"); !ok || e.Name != "Ulster" || !e.Ambiguous {
		t.Errorf("Lookup(Ulster) = %+v %v, want the ambiguous province", e, ok)
	}
}

func TestCountryBeatsCity(t *testing.T) {
	g := Default()
	// Luxembourg, Singapore, Djibouti are countries and cities; the
	// country holds the name, the city is still a known capital.
	for _, name := range []string{"Luxembourg", "Singapore", "Djibouti"} {
		e, ok := g.Lookup(name)
		if !ok || e.Kind != Country {
			t.Errorf("Lookup(%q) = %v %v, want a Country", name, e.Kind, ok)
		}
		if c, ok := g.IsCapital(name); !ok || c != name {
			t.Errorf("IsCapital(%q) = %q %v, want %q", name, c, ok, name)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	tests := map[string]string{
		"Belarusian":  "Belarus",
		"Belorussian": "Belarus",
		"Azerbaijani": "Azerbaijan",
		"Azeri":       "Azerbaijan",
		"British":     "United Kingdom",
		"Briton":      "United Kingdom",
		"American":    "United States",
		"Americans":   "United States",
		"French":      "France",
		"Dutch":       "Netherlands",
		"Russian":     "Russia",
		"Russians":    "Russia",
		"Ukrainian":   "Ukraine",
		"Georgian":    "Georgia",
		"Chinese":     "China",
		"Indian":      "India",
		"Iraqis":      "Iraq",
		"Kazakh":      "Kazakhstan",
		"Scottish":    "Scotland",
		"European":    "Europe",
		"Tory":        "Conservative Party",
	}
	for word, want := range tests {
		if got, ok := g.Demonym(word); !ok || got != want {
			t.Errorf("Demonym(%q) = %q %v, want %q", word, got, ok, want)
		}
	}
	for _, w := range []string{"Belarus", "belarusian", "President", ""} {
		if got, ok := g.Demonym(w); ok {
			t.Errorf("Demonym(%q) = %q, want none", w, got)
		}
	}
	if e, ok := g.DemonymEntry("European"); !ok || e.Kind != Place {
		t.Errorf("DemonymEntry(European) = %v %v, want Place", e.Kind, ok)
	}
}

func TestIsCapital(t *testing.T) {
	g := Default()
	tests := map[string]string{
		"Minsk":      "Belarus",
		"Baku":       "Azerbaijan",
		"Moscow":     "Russia",
		"London":     "United Kingdom",
		"Washington": "United States",
		"Kiev":       "Ukraine",
		"Kyiv":       "Ukraine",
		"Brasilia":   "Brazil",
	}
	for city, want := range tests {
		if got, ok := g.IsCapital(city); !ok || got != want {
			t.Errorf("IsCapital(%q) = %q %v, want %q", city, got, ok, want)
		}
	}
	for _, c := range []string{"Manchester", "Reading", "Belarus", "Nato"} {
		if got, ok := g.IsCapital(c); ok {
			t.Errorf("IsCapital(%q) = %q, want none", c, got)
		}
	}
}

func TestContextual(t *testing.T) {
	g := Default()
	if got := g.Contextual("Commonwealth"); !slices.Contains(got, "Commonwealth of Independent States") {
		t.Errorf("Contextual(Commonwealth) = %v, want the CIS among them", got)
	}
	// By default "Commonwealth" is the Commonwealth of Nations.
	if e, ok := g.Lookup("Commonwealth"); !ok || e.Name != "Commonwealth of Nations" {
		t.Errorf("Lookup(Commonwealth) = %q %v", e.Name, ok)
	}
	if got := g.Contextual("Belarus"); len(got) != 0 {
		t.Errorf("Contextual(Belarus) = %v, want none", got)
	}
}

func TestPrefixAndMaxWords(t *testing.T) {
	g := Default()
	for _, p := range []string{"United", "United Arab", "North Atlantic Treaty", "Commonwealth of"} {
		if !g.HasPrefix(p) {
			t.Errorf("HasPrefix(%q) = false", p)
		}
	}
	for _, p := range []string{"Belarus", "Nato", "said", "United Arab Emirates"} {
		if g.HasPrefix(p) {
			t.Errorf("HasPrefix(%q) = true, want false", p)
		}
	}
	if m := g.MaxWords(); m < 6 || m > 15 {
		t.Errorf("MaxWords = %d, want the length of names like Organization for Security and Co-operation in Europe", m)
	}
	// Every multi-word key's first word is a prefix.
	n := 0
	g.Entries(func(e Entry) bool {
		n++
		return true
	})
	if n != g.Len() || n < 20000 {
		t.Errorf("Entries visited %d of %d", n, g.Len())
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{
		"X\tName\t\t\t0\t\t\t\n",           // unknown kind
		"N\tName\t\t\tmany\t\t\t\n",        // bad population
		"N\tName\n",                        // too few fields
		"D\tBelarusian\tBelarus\n",         // demonym of unknown entry
		"N\tA\t\t\t0\t\t\t\nD\tAish\n",     // short demonym line
		"N\tA\t\t\t0\t\t\t\nK\tMinskish\n", // short capital line
	}
	for _, s := range bad {
		if _, err := parse(s); err == nil {
			t.Errorf("parse(%q): want error", s)
		}
	}
	g, err := parse("# comment\nN\tAland\t\tAX\t0\ta\tAhvenanmaa;Aaland\t\nD\tAlandish\tAland\nK\tMariehamn\tAland")
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := g.Lookup("Aaland"); !ok || e.Name != "Aland" || !e.Ambiguous || e.Code != "AX" {
		t.Errorf("Lookup(Aaland) = %+v %v", e, ok)
	}
	if c, ok := g.IsCapital("Mariehamn"); !ok || c != "Aland" {
		t.Errorf("IsCapital(Mariehamn) = %q %v", c, ok)
	}
}

func TestLookupDoesNotAllocate(t *testing.T) {
	g := Default()
	allocs := testing.AllocsPerRun(100, func() {
		g.Lookup("Belarus")
		g.Lookup("United  Nations")
		g.Lookup("Côte d’Ivoire")
		g.Lookup("Nowhereland")
		g.HasPrefix("United")
		g.Demonym("Belarusian")
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", allocs)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	words := []string{"Belarus", "the", "President", "United Nations", "Minsk", "said", "Nato", "Reading", "United Arab"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		g.Lookup(words[i%len(words)])
	}
}
