package extract

import "testing"

// TestGazetteerKeepsSpelling: the gazetteer types a name but does not
// respell it when the text's letters differ only by accents or case; a
// real alias ("US") still maps to the gazetteer's name; an Irish province
// in a sports story is its rugby side.
func TestGazetteerKeepsSpelling(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"The bank moved its head office to Zurich last year.",
			[]string{"City:Zurich"}, []string{"Zürich"}},
		{"The bank moved its head office to Zürich last year.",
			[]string{"City:Zürich"}, []string{"Zurich"}},
		// A real alias is canonicalised, not kept.
		{"The US raised its interest rates on Tuesday.",
			[]string{"Country:United States"}, []string{"US"}},
		{"Munster's rugby players won the cup match against Biarritz.",
			[]string{"Organization:Munster"}, []string{"Münster"}},
		{"Leinster scrum-half Tom Kerr was picked for the league match and the cup final.",
			[]string{"Organization:Leinster"}, nil},
		// Negative: outside a sports story the province is not a team.
		{"Farmers in Munster complained about the new milk prices.",
			nil, []string{"Münster"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	d := extractText(t, "Farmers in Munster complained about the new milk prices.")
	for _, e := range d.Entities {
		if e.Name == "Munster" && e.Type == Organization {
			t.Errorf("Munster outside sport typed %s", e.Type)
		}
	}
}

func TestSpellingVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Munster", "Münster", true},
		{"Beziers", "Béziers", true},
		{"Uefa", "UEFA", true},
		{"Munster", "Munster", false},
		{"US", "United States", false},
		{"Munster", "Münstereifel", false},
	}
	for _, tc := range tests {
		if got := spellingVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("spellingVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCompanyRegionUnit: a region after a company the gazetteer knows is
// the company's unit, never a person after a title; a country elsewhere
// stays a country.
func TestCompanyRegionUnit(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"\"Sales grew,\" said Anna Holm, Chief Executive of AOL UK, on Monday.",
			[]string{"Organization:AOL UK", "Person:Anna Holm"}, []string{"UK"}},
		{"Carl Berg, president of Microsoft Europe, spoke in Paris.",
			[]string{"Organization:Microsoft Europe"}, []string{"Europe"}},
		// Negative: a country after a title with no company is a country.
		{"Anna Holm, the President of France, spoke in Paris.",
			[]string{"Country:France"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	for _, tc := range tests {
		for _, e := range extractText(t, tc.text).Entities {
			if e.Type == Person && (e.Name == "UK" || e.Name == "Europe" || e.Name == "France") {
				t.Errorf("%q: region %s typed Person", tc.text, e.Name)
			}
		}
	}
}

// TestWeekdayPaper: a weekday opening a newspaper's name belongs to it; a
// weekday after "on" or before a longer capitalised name is a date.
func TestWeekdayPaper(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The story ran in the Sunday Telegraph after the vote.",
			[]string{"Organization:Sunday Telegraph"}, []string{"Telegraph"}},
		{"She told the Sunday Times that she would stay.",
			[]string{"Organization:Sunday Times"}, []string{"Times", "The Times"}},
		{"On Sunday Times Square was full of tourists.",
			[]string{"Place:Times Square"}, []string{"Sunday Times"}},
		{"He spoke on Sunday Mail readers' questions.",
			nil, []string{"Sunday Mail"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestPossessiveInsideName: a collective owner's possessive followed by
// capitalised words is part of the name; a country's possessive before a
// title, or an owner before a song title, is not.
func TestPossessiveInsideName(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"She won a prize at the People's Choice Awards in Los Angeles.",
			[]string{"Event:People's Choice Awards"}, []string{"Choice Awards"}},
		{"The Women's Tennis Association cleared the player on Monday.",
			[]string{"Organization:Women's Tennis Association"}, []string{"Tennis Association"}},
		{"Brazil's President Lula arrived in Lisbon.",
			[]string{"Country:Brazil", "Person:Lula"}, []string{"Brazil's President Lula"}},
		{"Queen's Who Wants to Live Forever was a favourite of the voters.",
			nil, []string{"Queen's Who Wants"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// Two nationality adjectives sharing one capitalised head name one thing
// of both nations; a lower-case head or a demonym head joins nothing.
func TestSharedDemonymHead(t *testing.T) {
	for _, tc := range []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"British and Irish Lions coach Tom Hale named his squad on Monday.",
			[]string{"Organization:British and Irish Lions"}, []string{"Irish Lions"}},
		{"Tom Hale will lead the Scandinavian and Baltic Alliance next year.",
			[]string{"Organization:Scandinavian and Baltic Alliance"}, []string{"Baltic Alliance"}},
		{"British and Irish fans travelled to Auckland for the tour.",
			nil, []string{"British and Irish fans", "British and Irish"}},
		{"French and Germans met in Paris on Monday.",
			nil, []string{"French and Germans"}},
	} {
		checkEntities(t, "Title\n\n"+tc.text, tc.want, tc.notAny)
	}
}

func TestSpeakerBeforeName(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"The motion was ruled out of order by Speaker Helen Morrow on Tuesday.", "Helen Morrow", Person},
		{"Assembly Speaker Peter Lindqvist said the vote would be held.", "Peter Lindqvist", Person},
		{"The motion was ruled out of order by Speaker Helen Morrow on Tuesday.", "Speaker Helen Morrow", ""},
		// Not before a full name: a product or a body, not a title.
		{"Shares in Bright Speaker Systems rose on Tuesday.", "Speaker Systems", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestCongressParty(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"Leaders of the Congress party met in Mumbai on Friday.", "Congress", Organization},
		{"Leaders of the Congress party met in Mumbai on Friday.", "US Congress", ""},
		// Without "party" the gazetteer's US legislature stays.
		{"Congress voted on the budget on Friday.", "US Congress", Organization},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestCountryOpenedName(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"Tottenham signed Norway Under-21 international Lars Dahl.", "Norway Under-21", Organization},
		// A first name that is also a country's stays a person.
		{"Jordan Mabry scored twice on Saturday.", "Jordan Mabry", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestShortDatelineCities: a city of four letters or fewer in capitals is
// read from the gazetteer only where a dateline opens the sentence; the
// same word elsewhere is left as the text has it (mostly an acronym).
func TestShortDatelineCities(t *testing.T) {
	checkEntities(t, "Budget passed\n\nKIEV, May 2 (Reuters) - The parliament voted on Tuesday to approve the budget.",
		[]string{"City:Kyiv"}, []string{"KIEV"})
	checkEntities(t, "Talks held\n\nROME (AP) - Ministers met on Monday.", []string{"City:Rome"}, nil)
	checkEntities(t, "Row grows\n\nThe LIMA group said on Monday it would sue the firm.", nil, []string{"Lima"})
}

// TestLoneKorean: "Korean" alone names no one country, so it forms no
// entity (a team or body it would be taken for), while the person after
// it is formed.
func TestLoneKorean(t *testing.T) {
	checkEntities(t, "Roddick through\n\nAndy Roddick dropped a set to Korean player Hyung-Taik Lee in San Jose.",
		[]string{"Person:Hyung-Taik Lee"}, []string{"Korean"})
	checkEntities(t, "Growth slows\n\nThe Korean economy grew by 3% last year, officials in Seoul said.",
		[]string{"City:Seoul"}, []string{"Korean"})
}

// An event's edition before its name belongs to the name: a year, or a
// year and the event's sport ("the 2002 football World Cup"). A sport
// word without a year, or a year before a sport word that is no part of
// an event's name, joins nothing. Every sentence is invented.
func TestEventEditionInName(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Officials recalled the 2006 football World Cup, co-hosted by Peru and Chile.",
			[]string{"Event:2006 football World Cup"}, []string{"World Cup"}},
		{"Fans still talk about the 2010 World Cup in Lima.",
			[]string{"Event:2010 World Cup"}, nil},
		{"He watched the football World Cup on television.",
			nil, []string{"football World Cup"}},
		{"In 2006 football fans filled the stadium in Lima.",
			nil, []string{"2006 football"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
