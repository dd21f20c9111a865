package extract

import (
	"strings"
	"testing"
)

// TestPlaceChains runs the whole extractor on invented sentences: an
// address chain places each name in every name after it, and a list of
// places places nothing.
func TestPlaceChains(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S locatedIn O" facts of rule (default locatedIn/address-chain)
		rule string
		not  []string // facts that must not appear, whatever the rule
		typ  map[string]EntityType
	}{
		{
			text: "He grew up in Edmonton, Alberta, Canada, and moved south.",
			want: []string{"Edmonton locatedIn Alberta", "Edmonton locatedIn Canada", "Alberta locatedIn Canada"},
			typ:  map[string]EntityType{"Alberta": Place},
		},
		{
			text: "Ripton is a small town in Massachusetts, United States.",
			want: []string{"Massachusetts locatedIn United States"},
		},
		{
			text: "Raymond Hermantier was an actor, born in Lyon, France as Raymond Maroutian.",
			want: []string{"Lyon locatedIn France"},
		},
		{
			text: "The factory in Salford, Greater Manchester, will close next year.",
			want: []string{"Salford locatedIn Greater Manchester"},
			typ:  map[string]EntityType{"Greater Manchester": Place},
		},
		{
			text: "Rain flooded hundreds of homes in Galway, Ireland.",
			want: []string{"Galway locatedIn Ireland"},
			typ:  map[string]EntityType{"Galway": City},
		},
		{
			text: "The community was built in Okotoks, Alberta, Canada, with solar heating.",
			want: []string{"Okotoks locatedIn Alberta", "Okotoks locatedIn Canada", "Alberta locatedIn Canada"},
			typ:  map[string]EntityType{"Okotoks": City, "Alberta": Place},
		},
		{
			text: "The company has offices in both Los Angeles, California and Detroit, Michigan.",
			want: []string{"Los Angeles locatedIn California"},
		},
		{
			text: "The fire in Dumfries, south-west Scotland, spread quickly.",
			want: []string{"Dumfries locatedIn Scotland"},
		},
		{
			text: "Shrewsbury, a market town in Shropshire, won the award.",
			want: []string{"Shrewsbury locatedIn Shropshire"},
			rule: "dep:locatedIn/place-noun",
			typ:  map[string]EntityType{"Shropshire": Place},
		},
		{
			text: "A native of Syracuse, New York, Jane Smith studied law in Boston.",
			want: []string{"Syracuse locatedIn New York"},
		},
		{
			text: "Her father was a native of Bolton, Lancashire, England [4] and a miner.",
			want: []string{"Bolton locatedIn Lancashire", "Bolton locatedIn England", "Lancashire locatedIn England"},
		},
		{
			text: "Born in Wuxi, Jiangsu province, the painter moved to Shanghai.",
			want: []string{"Wuxi locatedIn Jiangsu"},
		},
		{
			text: "Officials from Leeds, Yorkshire county council met on Monday.",
			not:  []string{"Leeds locatedIn Yorkshire"},
		},
		{
			text: "The firm sells its phones in Europe, Latin America and the Middle East.",
			not:  []string{"Europe locatedIn Latin America", "Latin America locatedIn Middle East"},
		},
		{
			text: "The band toured London, Paris and Berlin last year.",
			not:  []string{"London locatedIn Paris", "Paris locatedIn Berlin"},
		},
		{
			text: "Fans came from France, Germany, Italy to watch the final.",
			not:  []string{"France locatedIn Germany", "Germany locatedIn Italy"},
		},
		{
			// A site noun types the name before it a site
			// (entities_places.go), which then lies in the place after.
			text: "The firm owns the Kelvaro Dam mine in South Australia, the biggest of its kind.",
			want: []string{"Kelvaro Dam locatedIn South Australia"},
			rule: "locatedIn/venue-noun",
		},
		{
			text: "Speaking in Moscow, Russia said it would not sign.",
			not:  []string{"Moscow locatedIn Russia"},
		},
		{
			text: "Shares in Vodafone, Europe's biggest mobile firm, rose by 2%.",
			not:  []string{"Vodafone locatedIn Europe"},
		},
		// Typing from the predicate noun and the region noun ending a
		// name, and what two place facts imply together.
		{
			text: "Zabiele is a village in the district of Gmina Wielbark, within Szczytno County, in northern Poland.",
			want: []string{"Zabiele locatedIn Poland", "Zabiele locatedIn Szczytno County"},
			rule: "locatedIn/transitive",
			typ:  map[string]EntityType{"Zabiele": City, "Szczytno County": Place},
		},
		{
			text: "Cy Becker is a neighbourhood in northeast Edmonton, Alberta, Canada.",
			want: []string{"Cy Becker locatedIn Canada"},
			rule: "locatedIn/transitive",
			typ:  map[string]EntityType{"Cy Becker": Place},
		},
		{
			text: "John Smithers is a city councillor in Leeds, and he is a farmer.",
			typ:  map[string]EntityType{"John Smithers": Person},
		},
		// A name built as a region noun "of" a name is a region.
		{
			text: "Mola is a town of the Metropolitan City of Bari, in the region of Apulia.",
			typ:  map[string]EntityType{"Metropolitan City of Bari": Place},
		},
		{
			text: "The City of London Corporation raised its fees, the clerk said.",
			not:  []string{"City of London Corporation locatedIn London"},
		},
		// Where a region lies is world knowledge when the text names the
		// region and the country but never says the one holds the other:
		// GOLD.md leaves it out, and so do the news gold sets.
		{
			text: "Floods hit towns in Bavaria on Monday. Germany sent soldiers to help.",
			not:  []string{"Bavaria locatedIn Germany"},
		},
		{
			text: "He was a Representative from Illinois. The United States later honoured him.",
			not:  []string{"Illinois locatedIn United States"},
		},
		{
			// An address places the town in the state, not the state in
			// a country the text names elsewhere.
			text: "The firm has offices in Detroit, Michigan. Its rivals in the United States are larger.",
			want: []string{"Detroit locatedIn Michigan"},
			rule: "locatedIn/city-comma-country",
			not:  []string{"Michigan locatedIn United States"},
		},
		{
			text: "Notts County beat Derby County 2-1 in the league match, and the striker scored the goal of the season.",
			typ:  map[string]EntityType{"Notts County": Organization},
		},
		// A compass word before a place the text names elsewhere names a
		// part of it; a name the gazetteer knows is its own place.
		{
			text: "The port lies in Southern Italy. Italy has many such ports.",
			want: []string{"Southern Italy locatedIn Italy"},
			rule: "locatedIn/compass-name",
			typ:  map[string]EntityType{"Southern Italy": Place},
		},
		{
			text: "He toured South Africa last year. Africa was new to him.",
			not:  []string{"South Africa locatedIn Africa"},
		},
		{
			text: "He grew up in East Germany. Germany was divided then.",
			not:  []string{"East Germany locatedIn Germany"},
		},
		// A town placed in a region and a country in one sentence puts
		// the region in the country, unless the gazetteer places the
		// region elsewhere or in no country.
		{
			text: "Santa Elena de Uairén is a small Venezuelan city in the state of Bolívar near the border.",
			want: []string{"Bolívar locatedIn Venezuela"},
			rule: "locatedIn/region-of-town",
		},
		{
			text: "Lyon, a French city in Europe, hosted the final.",
			not:  []string{"Europe locatedIn France"},
		},
		// Towns listed under a demonym and a plural place noun lie in
		// the demonym's country; a list that does not close the clause,
		// or names that are not places, give nothing.
		{
			text: "Other Brazilian cities that trade with the town are Manaus, Santarém, Macapá and Belém.",
			want: []string{"Manaus locatedIn Brazil", "Santarém locatedIn Brazil", "Belém locatedIn Brazil"},
			rule: "locatedIn/demonym-list",
		},
		{
			text: "He visited the Brazilian cities of Manaus and Belém last year.",
			want: []string{"Manaus locatedIn Brazil", "Belém locatedIn Brazil"},
			rule: "locatedIn/demonym-list",
		},
		{
			text: "Brazilian cities that trade with Caracas are growing fast.",
			not:  []string{"Caracas locatedIn Brazil"},
		},
		{
			text: "French towns such as Lyon and Bordeaux, said Mr Smith, are cheaper.",
			not:  []string{"Lyon locatedIn France"},
		},
		// A list after "of" may be the subject, closed by an auxiliary;
		// a modifier of the towns may stand before the plural noun; the
		// noun makes the listed names places whatever the typer guessed.
		{
			text: "The Austrian provinces of Tyrol and Carinthia were cut off by snow.",
			want: []string{"Tyrol locatedIn Austria", "Carinthia locatedIn Austria"},
			rule: "locatedIn/demonym-list",
		},
		{
			text: "Avalanches closed the Swiss mountain resorts of Arosa and Klosters on Sunday.",
			want: []string{"Arosa locatedIn Switzerland", "Klosters locatedIn Switzerland"},
			rule: "locatedIn/demonym-list",
			typ:  map[string]EntityType{"Arosa": City, "Klosters": City},
		},
		{
			text: "The Greek cantons of Nora and Pell have voted.",
			want: []string{"Nora locatedIn Greece", "Pell locatedIn Greece"},
			rule: "locatedIn/demonym-list",
			typ:  map[string]EntityType{"Nora": Place, "Pell": Place},
		},
		{
			text: "The Italian football clubs of Lazio and Roma were fined.",
			not:  []string{"Lazio locatedIn Italy", "Roma locatedIn Italy"},
		},
		{
			text: "The Portuguese ports of call were Tangier and Cadiz.",
			not:  []string{"Tangier locatedIn Portugal", "Cadiz locatedIn Portugal"},
		},
		{
			text: "The French fans of Ajax and Anderlecht were fined.",
			not:  []string{"Ajax locatedIn France", "Anderlecht locatedIn France"},
		},
		// Two rules reading a chain both ways: the weaker reading goes.
		{
			text: "Mola is a town of the Metropolitan City of Bari, in the region of Apulia, in Southern Italy. Italy is warm.",
			want: []string{"Apulia locatedIn Southern Italy"},
			rule: "locatedIn/in",
			not:  []string{"Southern Italy locatedIn Apulia"},
		},
		// A name after "the (demonym) state of" is a region, where the
		// gazetteer only guessed a town of another country.
		{
			text: "Frankston is a suburb in the Australian state of Victoria.",
			want: []string{"Frankston locatedIn Victoria"},
			rule: "dep:locatedIn/place-noun",
			typ:  map[string]EntityType{"Victoria": Place},
		},
		{
			text: "Victoria Beckham flew to Victoria on Monday.",
			not:  []string{"Victoria locatedIn Australia"},
		},
		// A town's named parts lie in it; a list that does not close the
		// clause, or a subject that is no place, gives nothing.
		{
			text: "Bohumín is a town in the Czech Republic. Bohumín consists of Old Bohumín and industrial New Bohumín, while villages are part of the town.",
			want: []string{"Old Bohumín locatedIn Bohumín", "New Bohumín locatedIn Bohumín"},
			rule: "locatedIn/consists-of",
		},
		{
			text: "Leeds consists of Headingley and Roundhay, its two largest districts, the council said.",
			want: []string{"Headingley locatedIn Leeds", "Roundhay locatedIn Leeds"},
			rule: "locatedIn/consists-of",
		},
		{
			text: "Microsoft comprises Xbox and Windows divisions.",
			not:  []string{"Xbox locatedIn Microsoft"},
		},
		{
			text: "Leeds consists of Headingley and Roundhay Park Services Ltd staff.",
			not:  []string{"Headingley locatedIn Leeds"},
		},
		// A state named like its city: after a town of the same country
		// the name is the state.
		{
			text: "She was a city councillor in Mill Creek, Washington.",
			want: []string{"Mill Creek locatedIn Washington"},
			typ:  map[string]EntityType{"Washington": Place},
		},
		{
			text: "He flew from Frankfurt, New York to Leeds.",
			not:  []string{"Frankfurt locatedIn New York"},
		},
		{
			text: "She met him in Boston, New York and Chicago.",
			not:  []string{"Boston locatedIn New York"},
		},
		// "and" before a preposition opens a new phrase, not a list item.
		{
			text: "Students at colleges in Saratoga Springs, New York, and at others in Leeds wrote.",
			want: []string{"Saratoga Springs locatedIn New York"},
		},
		{
			text: "Prints hang at colleges in Saratoga Springs, New York and an old mill in Leeds.",
			want: []string{"Saratoga Springs locatedIn New York"},
			typ:  map[string]EntityType{"New York": Place},
		},
		{
			text: "Rain fell on Kent, Surrey and Sussex overnight.",
			not:  []string{"Kent locatedIn Surrey"},
		},
		// A unit named before a region noun lies in the region after "of";
		// a known region first, or a town after "of", is the other reading.
		{
			text: "Marston Fen is a hamlet in the Brackwold district of North Yorkshire, England.",
			want: []string{"Brackwold locatedIn North Yorkshire"},
			rule: "locatedIn/unit-of-region",
			not:  []string{"North Yorkshire locatedIn Brackwold"},
		},
		{
			text: "Pellow is a village in the Tarnvik region of Upper Saldria.",
			want: []string{"Tarnvik locatedIn Upper Saldria"},
			rule: "locatedIn/unit-of-region",
		},
		{
			text: "Flooding hit the Kent district of Sevenoaks on Friday.",
			not:  []string{"Kent locatedIn Sevenoaks"},
		},
		// A participle may stand between the predicate noun and the place.
		{
			text: "Castelvetro is a small town located in the province of Asti, Italy.",
			want: []string{"Castelvetro locatedIn Asti"},
			rule: "dep:locatedIn/place-noun",
			typ:  map[string]EntityType{"Castelvetro": City},
		},
		// A river's article places the river where its lead says.
		{
			text: "The Wenna is a river in Tyrol, Austria. It flows north.",
			want: []string{"Wenna locatedIn Tyrol"},
			rule: "locatedIn/article-lead",
		},
		// First-level subdivisions from the gazetteer are places.
		{
			text: "The mine is in the Canadian province of Saskatchewan, near the border.",
			want: []string{"Saskatchewan locatedIn Canada"},
			rule: "locatedIn/demonym-place-noun",
			typ:  map[string]EntityType{"Saskatchewan": Place},
		},
	}
	for _, tc := range tests {
		d, got := factRules(t, "Title\n\n"+tc.text)
		rule := tc.rule
		if rule == "" {
			rule = "locatedIn/address-chain"
		}
		for _, w := range tc.want {
			if got[w] != rule {
				t.Errorf("%q: want %q from %s, got rule %q (facts %v)", tc.text, w, rule, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
		for name, typ := range tc.typ {
			found := false
			for _, e := range d.Entities {
				if strings.EqualFold(e.Name, name) {
					found = true
					if e.Type != typ {
						t.Errorf("%q: %s typed %s, want %s", tc.text, name, e.Type, typ)
					}
				}
			}
			if !found {
				t.Errorf("%q: no entity %s", tc.text, name)
			}
		}
	}
}

// TestRegionOfName checks which names read as "region noun of a name".
func TestRegionOfName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Metropolitan City of Bari", true},
		{"Province of Alberta", true},
		{"County of Kent", true},
		{"City of London Corporation", false},
		{"Bank of England", false},
		{"University of Leeds", false},
		{"Region of", false},
	}
	for _, tc := range tests {
		if got := regionOfName(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("regionOfName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestArticlePlaces runs the whole extractor on invented articles: an
// article that opens by placing a town places the towns it names later
// in the same country and region, unless the text or the gazetteer puts
// them elsewhere; a news story, which opens otherwise, gets nothing.
func TestArticlePlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string // facts of rule locatedIn/article-country or -region
		not  []string // facts that must not appear, whatever the rule
	}{
		{
			text: "Brackwell\n\nBrackwell is a small town in Ontario, Canada. Its market draws buyers from Ottawa. Its mayor visited Manchester last year.",
			want: []string{"Ottawa locatedIn Canada", "Ottawa locatedIn Ontario"},
			not:  []string{"Manchester locatedIn Canada", "Manchester locatedIn Ontario"},
		},
		{
			text: "Dunmore Valley\n\nDunmore Valley is located in Alameda County, California, United States. Traffic from Fremont and Pleasanton crosses it.",
			want: []string{"Fremont locatedIn United States", "Fremont locatedIn California", "Pleasanton locatedIn United States"},
			not:  []string{"Fremont locatedIn Alameda County"},
		},
		// A place named beside another country is left to that sentence.
		{
			text: "Brackwell\n\nBrackwell is a small town in Ontario, Canada. It is twinned with Dijon in France and with Tours.",
			not:  []string{"Dijon locatedIn Canada", "Tours locatedIn Canada"},
		},
		// A news story does not open by placing its first name.
		{
			text: "Toronto fans cheer\n\nFans in Toronto, Canada, cheered as the team beat rivals from Ottawa.",
			not:  []string{"Ottawa locatedIn Canada"},
		},
		// A site the text puts in another town, and a bare site noun
		// taken for a name, are left out.
		{
			text: "Brackwell\n\nBrackwell is a small town in Ontario, Canada. Its square is second only to Harlow Square in Boston. From the Airport a bus runs to Ottawa.",
			want: []string{"Ottawa locatedIn Canada"},
			not:  []string{"Harlow Square locatedIn Canada", "Airport locatedIn Canada"},
		},
		// A person's article places nothing.
		{
			text: "John Brackwell\n\nJohn Brackwell is a Canadian singer from Winnipeg, Manitoba. He has played in Ottawa.",
			not:  []string{"Ottawa locatedIn Canada", "Ottawa locatedIn Manitoba"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, tc.text)
		for _, w := range tc.want {
			if r := got[w]; r != "locatedIn/article-country" && r != "locatedIn/article-region" {
				t.Errorf("%q: want %q from an article rule, got rule %q (facts %v)", tc.text, w, r, got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}

// TestRegionCountries runs the whole extractor on invented sentences: a
// country described as a nation of a continent or a region of several
// countries lies in it, whether the region is named or only its demonym.
func TestRegionCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S locatedIn O"
		not  []string
	}{
		{text: "Aid reached the African country of Malawi last week.", want: []string{"Malawi locatedIn Africa"}},
		{text: "Exports rose in Asian economies such as Vietnam and Thailand.", want: []string{"Vietnam locatedIn Asia", "Thailand locatedIn Asia"}},
		{text: "Bonds are sold to Asian states such as Japan and China, since the dollar is strong.", want: []string{"Japan locatedIn Asia", "China locatedIn Asia"}},
		{text: "Moldova, which is one of the smallest countries in Europe, voted.", want: []string{"Moldova locatedIn Europe"}},
		{text: "Chile is one of the richest nations in South America.", want: []string{"Chile locatedIn South America"}},
		{text: "Tourists flock to the Caribbean island nation of Jamaica.", want: []string{"Jamaica locatedIn Caribbean"}},
		{text: "Japan is one of the richest countries in the world.", not: []string{"Japan locatedIn Asia"}},
		{text: "Rich European countries such as Germany pay more than others.", not: []string{"Germany locatedIn Europe"}},
		{text: "France, the biggest team in Europe, won the cup.", not: []string{"France locatedIn Europe"}},
		{text: "The African nation's leader visited Kenya.", not: []string{"Kenya locatedIn Africa"}},
		{text: "Asian countries such as China, Singapore and Paris were named.", not: []string{"China locatedIn Asia", "Singapore locatedIn Asia"}},
		// "the Dutch capital" places the capital the text names elsewhere.
		{text: "The band opened its tour in Amsterdam. Weeks later fans queued for days in the Dutch capital, police said.", want: []string{"Amsterdam locatedIn Netherlands"}},
		{text: "The Norwegian capital was quiet. The band then flew to Rotterdam.", not: []string{"Rotterdam locatedIn Norway"}},
		{text: "Workers in the Norwegian capital struck on Monday.", not: []string{"Oslo locatedIn Norway"}},
	}
	for _, tc := range tests {
		_, got := factRules(t, "Title\n\n"+tc.text)
		for _, w := range tc.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%q: missing %q (facts %v)", tc.text, w, got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}

// TestSitesInTowns runs the extractor on invented sentences: a named site
// (a college, a hospital, a museum) lies in the place named right after
// it, but not in that place's country, and a firm or a possessed place
// gives nothing.
func TestSitesInTowns(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S locatedIn O" facts of locatedIn/site-in-town
		not  []string // facts that must not appear, whatever the rule
	}{
		{text: "She lectures at Whitfield College in Norwich on Fridays.", want: []string{"Whitfield College locatedIn Norwich"}},
		{text: "He was taken to Hallam Hospital in Sheffield after the crash.", want: []string{"Hallam Hospital locatedIn Sheffield"}},
		{text: "The paintings went to Bowdoin University, located in Lisbon, Portugal, last year.", want: []string{"Bowdoin University locatedIn Lisbon"}, not: []string{"Bowdoin University locatedIn Portugal"}},
		{text: "The University of Tromsø in Norway opened a lab.", want: []string{"University of Tromsø locatedIn Norway"}},
		{text: "Barclays in London cut 300 jobs.", not: []string{"Barclays locatedIn London"}},
		// "at" after a building typed a place: its site, a town or a
		// named ground, never a side playing at a ground or a country.
		{text: "The club will move to its new Harlow Stadium at Fenwick Meadow next year.", want: []string{"Harlow Stadium locatedIn Fenwick Meadow"}},
		{text: "Whitfield University at Twickenham won the varsity match.", not: []string{"Whitfield University locatedIn Twickenham"}},
		{text: "The Harlow Stadium at England's disposal was full.", not: []string{"Harlow Stadium locatedIn England"}},
		{text: "Fans left the Harlow Stadium at Fenwick Meadow's gate.", not: []string{"Harlow Stadium locatedIn Fenwick Meadow"}},
		{text: "He studied at Whitfield College in 2004 and moved to Leeds.", not: []string{"Whitfield College locatedIn Leeds"}},
		{text: "Staff from Greyfield Foods in Leeds joined the strike.", not: []string{"Greyfield Foods locatedIn Leeds"}},
		{text: "The show opens at Norwich's famous Maddermarket Theatre in May.", want: []string{"Maddermarket Theatre locatedIn Norwich"}},
		{text: "She taught at Glasgow's Whitfield College for ten years.", want: []string{"Whitfield College locatedIn Glasgow"}},
		{text: "Shares in Surrey's Greyfield Foods fell by 3%.", not: []string{"Greyfield Foods locatedIn Surrey"}},
		{text: "Europe's Hallam Hospital is the largest.", not: []string{"Hallam Hospital locatedIn Europe"}},
		{text: "Pupils at Leeds's Whitfield School 4 won the cup.", not: []string{"Whitfield School locatedIn Leeds"}},
	}
	for _, tc := range tests {
		want := map[string]string{}
		for _, w := range tc.want {
			want[w] = siteRule
		}
		checkFactRules(t, tc.text, want, tc.not)
	}
}

// TestVenuesAndSiteLines checks the venue shapes: a place name, a site
// noun and "in" a place ("the Harwood Hall hotel in Cheshire"), a site, a
// comma and the town closing its phrase ("Whitfield Hospital, Norwich"),
// and a site named for a town the text names ("the Perth Arena"). A
// firm's name before the noun, a town named inside another town, lists
// and a town named like a person give nothing.
func TestVenuesAndSiteLines(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // "S locatedIn O" -> rule
		not  []string          // facts that must not appear, whatever the rule
	}{
		{text: "The squad will stay at the Harwood Hall hotel in Cheshire this week.", want: map[string]string{"Harwood Hall locatedIn Cheshire": venueRule}},
		{text: "The party was held at the Hilton hotel in Paris.", not: []string{"Hilton locatedIn Paris"}},
		{text: "The prize will be handed out at the Carvell Mayhew cinema in London.", want: map[string]string{"Carvell Mayhew locatedIn London": venueRule}},
		{text: "Output at the Nissan plant in Sunderland rose.", not: []string{"Nissan locatedIn Sunderland"}},
		{text: "Fans packed the Liverpool stadium in Anfield on Saturday.", not: []string{"Liverpool locatedIn Anfield"}},
		{text: "She was treated at Whitfield Hospital, Norwich, for burns.", want: map[string]string{"Whitfield Hospital locatedIn Norwich": siteRule}},
		{text: "Whitfield Hospital, Norwich", want: map[string]string{"Whitfield Hospital locatedIn Norwich": siteRule}},
		{text: "The award was handed out at the Kelsey Theater, Denver.", want: map[string]string{"Kelsey Theater locatedIn Denver": siteRule}},
		{text: "He is a fellow at Whitfield College, Norwich and lives in Leeds.", want: map[string]string{"Whitfield College locatedIn Norwich": siteRule}},
		{text: "He visited Kent, Leeds and York last year.", not: []string{"Kent locatedIn Leeds"}},
		{text: "Ticket offices in Asia, London and Paris opened.", not: []string{"Asia locatedIn London"}},
		{text: "The quake hit Tabriz in north-western Iran.", want: map[string]string{"Tabriz locatedIn Iran": "locatedIn/in"}},
		// A site named for a town the text names too.
		{text: "Fans packed the Perth Arena on Sunday. Perth was quiet.", want: map[string]string{"Perth Arena locatedIn Perth": siteRule}},
		{text: "The band played the Leeds Academy. Leeds fans loved it.", want: map[string]string{"Leeds Academy locatedIn Leeds": siteRule}},
		{text: "Fans packed the Jackson Arena on Sunday. Mr Jackson sang in Jackson.", not: []string{"Jackson Arena locatedIn Jackson"}},
		// A town in capitals opening a wire dateline is named as a town.
		{text: "PERTH (Reuters) - Flights were cancelled on Monday.\n\nPassengers waited at Perth Airport.", want: map[string]string{"Perth Airport locatedIn Perth": siteRule}},
		{text: "Flights were cancelled on Monday. Passengers waited at Perth Airport.", not: []string{"Perth Airport locatedIn Perth"}},
		// A town written only as the venue's short form is not named as a place.
		{text: "The band played at Manchester's Salford Academy on Friday. Fans queued for the Salford gig.", want: map[string]string{"Salford Academy locatedIn Manchester": siteRule}, not: []string{"Salford Academy locatedIn Salford"}},
		{text: "The singer will play the Perth Arena. Tickets for a Perth concert sold out.", not: []string{"Perth Arena locatedIn Perth"}},
		{text: "The singer will play the Perth Arena. Tickets for the Perth concert sold out in Perth.", want: map[string]string{"Perth Arena locatedIn Perth": siteRule}},
		{text: "The singer will play the Perth Arena. Fellow Perth band the Reds joined her.", want: map[string]string{"Perth Arena locatedIn Perth": siteRule}},
		{text: "The band played the Kelso Hall. The hall in Leeds was full.", not: []string{"Kelso Hall locatedIn Leeds"}},
		{text: "She teaches at the University of Surrey. Surrey is green.", not: []string{"University of Surrey locatedIn Surrey"}},
		{text: "He joined the State University of New York in Albany. New York has many colleges.", not: []string{"State University of New York locatedIn New York"}},
	}
	for _, tc := range tests {
		checkFactRules(t, tc.text, tc.want, tc.not)
	}
}

// TestSitesOfTheTown checks "the city's SITE": the site lies in the town
// named last, in its sentence or the one before; a town named further
// back, or "the city's" before no site, gives nothing.
func TestSitesOfTheTown(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // "S locatedIn O" -> rule
		not  []string          // facts that must not appear, whatever the rule
	}{
		{text: "The band sold out its Leeds concerts. Fans queued outside the city's Kelso Arena.", want: map[string]string{"Kelso Arena locatedIn Leeds": townRefRule}},
		{text: "The final was played in Granada, and the city's new Alcazar Stadium was full.", want: map[string]string{"Alcazar Stadium locatedIn Granada": townRefRule}},
		{text: "The band played in Leeds. It rained. Then it snowed. Fans queued outside the city's Kelso Arena.", not: []string{"Kelso Arena locatedIn Leeds"}},
		{text: "The band played in Leeds. Fans praised the city's Kelso Brothers.", not: []string{"Kelso Brothers locatedIn Leeds"}},
	}
	for _, tc := range tests {
		checkFactRules(t, tc.text, tc.want, tc.not)
	}
}

// checkFactRules extracts text under a title line and checks that each
// wanted "S predicate O" fact came from its rule and that no unwanted
// fact appears, whatever rule would give it.
func checkFactRules(t *testing.T, text string, want map[string]string, not []string) {
	t.Helper()
	_, got := factRules(t, "Title\n\n"+text)
	for w, rule := range want {
		if got[w] != rule {
			t.Errorf("%q: want %q from %s, got rule %q (facts %v)", text, w, rule, got[w], got)
		}
	}
	for _, n := range not {
		if r, ok := got[n]; ok {
			t.Errorf("%q: unwanted %q (rule %s)", text, n, r)
		}
	}
}

// TestArticleUnits runs the whole extractor on invented articles about a
// place: the regional capital lies in the place's first-level region, and
// a town that names a unit the place lies in lies in that unit; a news
// story, and a place on the border of two regions, get nothing.
func TestArticleUnits(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
		not  []string
	}{
		{
			text: "Dobrowice\n\nDobrowice is a village in the administrative district of Gmina Strzelno, within Lipka County, Kuyavian Voivodeship, in central Poland. It lies approximately west of Strzelno, north of Lipka, and south of the regional capital Torlin.",
			want: map[string]string{
				"Torlin locatedIn Kuyavian Voivodeship":   "locatedIn/regional-capital",
				"Strzelno locatedIn Gmina Strzelno":       "locatedIn/unit-seat",
				"Strzelno locatedIn Kuyavian Voivodeship": "locatedIn/transitive",
			},
			not: []string{"Torlin locatedIn Lipka County", "Torlin locatedIn Gmina Strzelno"},
		},
		{
			text: "Harkot\n\nHarkot is a city in Sindra, Pakistan, that lies north of the provincial capital of Merab.",
			want: map[string]string{"Merab locatedIn Sindra": "locatedIn/regional-capital"},
		},
		// Two first-level regions: whose capital it is is unclear.
		{
			text: "Harkot\n\nHarkot is a town on the border of Sindra and Lomar, Pakistan. The provincial capital Merab lies to the north.",
			not:  []string{"Merab locatedIn Sindra", "Merab locatedIn Lomar"},
		},
		// A news story does not open by placing a place.
		{
			text: "Floods hit Sindra\n\nFloods hit the village of Harkot in Sindra, Pakistan, on Monday. Aid reached the provincial capital Merab.",
			not:  []string{"Merab locatedIn Sindra"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, tc.text)
		for w, rule := range tc.want {
			if got[w] != rule {
				t.Errorf("%q: want %q from %s, got rule %q (facts %v)", tc.text, w, rule, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}

// TestNamedBeforePlaceNoun checks that names between "the" and a place
// noun ending its phrase are typed places, alone or listed, and that a
// place noun modifying another noun types nothing.
func TestNamedBeforePlaceNoun(t *testing.T) {
	tests := []struct {
		text  string
		place []string // names typed Place
		not   []string // names not typed Place
	}{
		{
			text:  "Tarven is bounded on the west by the Holloran neighbourhood and on the south by the Dorrance and Mallet-Oake neighbourhoods.",
			place: []string{"Holloran", "Dorrance", "Mallet-Oake"},
		},
		{
			text:  "The road runs east of the future Quillan neighbourhood.",
			place: []string{"Quillan"},
		},
		{
			text: "He spoke to the Marrow district attorney on Monday.",
			not:  []string{"Marrow"},
		},
		{
			text:  "Floods hit villages in the Varenne department on Monday.",
			place: []string{"Varenne"},
		},
		{
			text: "He wrote to the marketing department of Tarrow Foods.",
			not:  []string{"Tarrow Foods"},
		},
		{
			text: "He spoke to the Marrow district attorney on Monday.",
			not:  []string{"Marrow"},
		},
	}
	for _, tc := range tests {
		d := extractText(t, "Title\n\n"+tc.text)
		types := map[string]EntityType{}
		for _, e := range d.Entities {
			types[e.Name] = e.Type
		}
		for _, n := range tc.place {
			if types[n] != Place {
				t.Errorf("%q: %q typed %q, want Place (entities %v)", tc.text, n, types[n], types)
			}
		}
		for _, n := range tc.not {
			if types[n] == Place {
				t.Errorf("%q: %q typed Place", tc.text, n)
			}
		}
	}
}

// TestArticleLead runs the whole extractor on invented articles whose
// opening sentence places the article's place behind an apposition or a
// bracket; a sea the place lies on is no place of its country, and an
// online community is no place.
func TestArticleLead(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
		not  []string
	}{
		{
			text: "Viareggio\n\nViareggio, known locally as Torre (Torrese:), is a town and comune of the Province of Pisa, in the region of Tuscany, in Central Italy, on the Tyrrhenian Sea. Its port is among the busiest in Italy.",
			want: map[string]string{
				"Viareggio locatedIn Province of Pisa": "locatedIn/article-lead",
				"Viareggio locatedIn Italy":            "locatedIn/transitive",
			},
			not: []string{"Tyrrhenian Sea locatedIn Italy", "Tyrrhenian Sea locatedIn Tuscany"},
		},
		{
			text: "Brook Meadow Village\n\nThe Brook Meadow Village (BMV) is a planned community in Okotoks, Alberta, Canada, built around a shared boiler.",
			want: map[string]string{
				"Brook Meadow Village locatedIn Okotoks": "locatedIn/article-lead",
				"Brook Meadow Village locatedIn Canada":  "locatedIn/transitive",
			},
		},
		{
			text: "Bantayan\n\nBantayan is in Tamblot Province, Philippines, on Bantayan Island. Boats leave from the pier.",
			want: map[string]string{
				"Bantayan locatedIn Tamblot Province": "locatedIn/article-lead",
				"Bantayan locatedIn Philippines":      "locatedIn/transitive",
			},
		},
		{
			text: "Marlow Springs\n\nMarlow Springs is a census-designated place (CDP) in Tarrow County, Kentucky, United States. The population was 812.",
			want: map[string]string{
				"Marlow Springs locatedIn Tarrow County": "locatedIn/article-lead",
				"Marlow Springs locatedIn United States": "locatedIn/transitive",
			},
		},
		{
			text: "Barville\n\nBarville is a commune in the Somme department in Hauts-de-France in northern France.",
			want: map[string]string{"Barville locatedIn Somme": "locatedIn/article-lead"},
		},
		// "is in" opens an article only before a place.
		{
			text: "Bantayan\n\nBantayan is in talks with Tamblot Province, Philippines, about a new pier.",
			not:  []string{"Bantayan locatedIn Tamblot Province"},
		},
		{
			text: "Mallowfield\n\nMallowfield is an online community in which users in Okotoks, Alberta, Canada trade games.",
			not:  []string{"Mallowfield locatedIn Okotoks", "Mallowfield locatedIn Canada"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, tc.text)
		for w, rule := range tc.want {
			if got[w] != rule {
				t.Errorf("%q: want %q from %s, got rule %q (facts %v)", tc.text, w, rule, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}

// TestStreetName checks the names opened by a street noun, and that an
// article places such a street in its country.
func TestStreetName(t *testing.T) {
	for name, want := range map[string]bool{
		"Piazza Garibaldi":   true,
		"Via Dante Rossi":    true,
		"Calle Mayor":        true,
		"Rue de la Paix":     true,
		"Via":                false,
		"Plaza Hotel":        false,
		"Vialli Rossi":       false,
		"Corsodyl Mouthwash": false,
	} {
		if got := streetName(name); got != want {
			t.Errorf("streetName(%q) = %v, want %v", name, got, want)
		}
	}
	checkFactRules(t, "Trani, commonly called Trani (Tranese:), is a town and comune of the Province of Barletta, in the region of Apulia, Italy. Its bakers work on Via Carlo Bruni, near the port.",
		map[string]string{"Via Carlo Bruni locatedIn Italy": "locatedIn/article-country"}, nil)
}

// TestArticleNeighbours runs the extractor on invented articles about a
// neighbourhood: the neighbourhoods it names by its own lead noun lie in
// its town; a village's article, or a neighbour the text puts in another
// town, gives nothing.
func TestArticleNeighbours(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S locatedIn O" of rule locatedIn/article-neighbours
		not  []string
	}{
		{
			text: "Larkfield Rise\n\nLarkfield Rise is a residential neighbourhood in west Winnipeg, Manitoba, Canada. It is bounded on the north by the Tessard neighbourhood and on the south by the Ambery and Colwick neighbourhoods.",
			want: []string{"Tessard locatedIn Winnipeg", "Ambery locatedIn Winnipeg", "Colwick locatedIn Winnipeg"},
		},
		{
			text: "Larkfield Rise\n\nLarkfield Rise is a village in Manitoba, Canada. It lies near the Tessard neighbourhood of Winnipeg.",
			not:  []string{"Tessard locatedIn Winnipeg"},
		},
		{
			text: "Larkfield Rise\n\nLarkfield Rise is a neighbourhood in Winnipeg, Manitoba, Canada. Its founders came from the Tessard neighbourhood in Regina.",
			not:  []string{"Tessard locatedIn Winnipeg"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, tc.text)
		for _, w := range tc.want {
			if got[w] != "locatedIn/article-neighbours" {
				t.Errorf("%q: want %q from locatedIn/article-neighbours, got rule %q (facts %v)", tc.text, w, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}

// factRules extracts text and maps each of its facts, written "Subject
// predicate Object", to the rule that made it.
func factRules(t *testing.T, text string) (*Document, map[string]string) {
	t.Helper()
	d := extractText(t, text)
	got := map[string]string{}
	for _, f := range d.Facts {
		got[d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name] = f.Rule
	}
	return d, got
}

// checkUnwanted fails each fact of not that got holds.
func checkUnwanted(t *testing.T, text string, got map[string]string, not []string) {
	t.Helper()
	for _, n := range not {
		if r, ok := got[n]; ok {
			t.Errorf("%q: unwanted %q (rule %s)", text, n, r)
		}
	}
}

// TestSharedHostPlaces runs the whole extractor on invented articles: a
// site and the one town that held an event lie one in the other, and so
// do a town and the one country that held it; an event held by two towns
// or two countries, and a site the text places in another town, place
// nothing by the rule.
func TestSharedHostPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string // "S locatedIn O" facts of locatedIn/shared-host
		not  []string // facts that must not appear, whatever the rule
	}{
		{text: "Guests gathered at the Harbour Music Awards in Halifax on Monday. The ceremony at the Maritime Hall lasted four hours.",
			want: []string{"Maritime Hall locatedIn Halifax"}},
		{text: "Bands from ten countries played at the Nordic Jazz Festival in Norway last week. The festival, held in Tromso, drew 20,000 fans.",
			want: []string{"Tromso locatedIn Norway"}},
		{text: "The Coastal Cup will be held in Leeds and York next year. The final at the Riverside Stadium is already sold out.",
			not: []string{"Riverside Stadium locatedIn Leeds", "Riverside Stadium locatedIn York"}},
		{text: "Bands played at the Nordic Jazz Festival in Norway and Sweden last week. The festival, held in Tromso, drew 20,000 fans.",
			not: []string{"Tromso locatedIn Norway", "Tromso locatedIn Sweden"}},
		{text: "Guests gathered at the Harbour Music Awards in Halifax on Monday. The ceremony at the Maritime Hall in Truro lasted four hours.",
			not: []string{"Maritime Hall locatedIn Halifax"}},
		// A body named like a venue is a site: the church a funeral in
		// Leeds was held at lies in Leeds.
		{text: "Writers paid tribute to poet Ann Lowe at a funeral in Leeds. Friends gathered at St Mary's Church on Friday.",
			want: []string{"St Mary's Church locatedIn Leeds"}},
	}
	for _, tc := range tests {
		want := map[string]string{}
		for _, w := range tc.want {
			want[w] = sharedHostRule
		}
		checkFactRules(t, tc.text, want, tc.not)
	}
}
