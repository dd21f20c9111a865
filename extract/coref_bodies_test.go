package extract

import "testing"

// TestBodyDescriptions: "the bloc", "the alliance", "the agency", "the
// watchdog", "the organisation" and "the body" bind only to an
// organisation the text shows to be of the kind (by its name, by a noun
// written beside it, or as the one bloc named), and bind nothing rather
// than the latest organisation of another kind. Every text is invented.
func TestBodyDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"bloc by its name",
			"Trade talks\n\nMalvania applied to join the Southern Trade Alliance in March. Ministers met in Quito on Friday. Ferrovia, which joined the bloc in 2010, backed the bid.",
			"the bloc", "Southern Trade Alliance"},
		{"alliance named once, three sentences back",
			"Coalition deal\n\nThe Farmers' Party voted on Sunday to join the ruling Renewal Alliance. Delegates met in Graz. The vote was 400 to 90. The Liberal Party said it would leave the alliance in May.",
			"the alliance", "Renewal Alliance"},
		{"alliance called so after its name",
			"Coalition rift\n\nThe left-wing Popular Front alliance tabled the motion on Monday. The Greens joined the alliance in 2021.",
			"the alliance", "Popular Front"},
		{"alliance is no firm named last",
			"Car deal\n\nTorvik Motors and Halden Cars signed a memorandum on Monday. The alliance will save both firms money.",
			"The alliance", ""},
		{"watchdog by a noun before its name",
			"Phone lines\n\nMedia watchdog Telcheck fined Brixnet £50,000 on Monday. The watchdog said the firm had misled callers.",
			"The watchdog", "Telcheck"},
		{"agency is no firm named last",
			"Job cuts\n\nStaff at Corvex were told of the cuts on Monday, the agency quoted a worker as saying.",
			"the agency", ""},
		{"agency by its name",
			"Drug approval\n\nThe Medicines Review Agency approved the drug on Monday. Dr Ann Hale of Pellam Pharma welcomed the news. The agency said the trials had been thorough.",
			"The agency", "Medicines Review Agency"},
		{"organisation may be any organisation just named",
			"Pirate jailed\n\nA trader was jailed at Wexley Crown Court on Tuesday. The Vinyl Rights Group worked on the case for two years. The organisation's director said piracy would go on.",
			"The organisation", "Vinyl Rights Group"},
		{"body only when called one",
			"Domain fears\n\nTrade body Netwise said the scheme was flawed. The body will write to ministers.",
			"The body", "Netwise"},
		{"a body that may be a corpse binds nothing",
			"Police inquiry\n\nThe Metropolitan Police said a man had been arrested. Officers found the body on Tuesday.",
			"the body", ""},
		{"a bloc with a member count",
			"Summit\n\nLeaders of the Southern Trade Alliance met in Lima. The nine-member bloc agreed to cut tariffs.",
			"The nine-member bloc", "Southern Trade Alliance"},
		{"two blocs, neither dominating",
			"Summit\n\nLeaders of the Southern Trade Alliance and the Pacific Coast Union met in Lima on Monday. Bolivia joined the bloc in 2010.",
			"the bloc", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}

// TestBodyDescriptionFacts: a resolved bloc description takes part in
// facts as its name would. Every text is invented.
func TestBodyDescriptionFacts(t *testing.T) {
	runFactCases(t, []string{Joined, MemberOf}, []factCase{
		{"joined the bloc", "Trade talks\n\nMalvania applied to join the Southern Trade Alliance in March. Ministers met in Quito on Friday. Bolivia, which joined the bloc in 2010, backed the bid.",
			[]string{"Bolivia joined Organization:Southern Trade Alliance"}, nil},
		{"the bloc with a firm named last", "Car deal\n\nTorvik Motors and Halden Cars signed a memorandum on Monday. Bolivia joined the alliance in 2010.",
			nil, []string{"Bolivia joined Organization:Halden Cars", "Bolivia joined Organization:Torvik Motors"}},
	})
}

// TestUnionDescriptions: "the union" binds only to an organisation whose
// name says union or that the text calls one, never to the latest public
// body or firm of another kind; with none, it binds nothing. Every text
// is invented.
func TestUnionDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"a union named before a firm",
			"Brewery strike\n\nThe Brewery Workers Union called a strike at three plants on Monday. Kelmark Brewing said the walkout would cost it 2m pounds a day. The union said talks had failed.",
			"The union", "Brewery Workers Union"},
		{"a union called so by a noun before its name",
			"Pay talks\n\nTrade union Unitas rejected the offer from Kelmark Brewing on Monday. Kelmark Brewing said it would not raise it. The union will ballot its members in May.",
			"The union", "Unitas"},
		{"the union of states by its name",
			"Trade talks\n\nMalvania applied to join the European Union in March. Ministers met in Quito on Friday. Ferrovia said the union should reply by June.",
			"the union", "European Union"},
		{"an investment authority is no union",
			"Steel deal\n\nThe Harbour Investment Authority, which owns 9% of Kelmark Steel, backed the merger. \"We will hold them to it,\" said Jon Reed, the union's regional secretary.",
			"the union", ""},
		{"a firm named last is no union",
			"Plant closure\n\nKelmark Steel will close its Dorvik plant next year. The union said it would fight the plan.",
			"The union", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}

// TestUnionDescriptionFacts: a union's officer named through "the
// union's" is a member of the union, not of a fund or firm named before.
// Every text is invented.
func TestUnionDescriptionFacts(t *testing.T) {
	runFactCases(t, []string{LeaderOf, MemberOf}, []factCase{
		{"officer of a union named before a firm", "Steel deal\n\nThe Steelworkers Union represents 20,000 workers at Kelmark Steel. The Harbour Investment Authority, which owns 9% of Kelmark Steel, backed the merger. \"We will hold them to it,\" said Jon Reed, the union's general secretary.",
			nil, []string{"Jon Reed leaderOf Organization:Harbour Investment Authority", "Jon Reed memberOf Organization:Harbour Investment Authority"}},
		{"officer with only a fund before", "Steel deal\n\nThe Harbour Investment Authority, which owns 9% of Kelmark Steel, backed the merger. \"We will hold them to it,\" said Jon Reed, the union's general secretary.",
			nil, []string{"Jon Reed leaderOf Organization:Harbour Investment Authority", "Jon Reed memberOf Organization:Harbour Investment Authority"}},
	})
}

// TestGroupDescriptionsOfBlocs: "the group" may mean a bloc of states the
// story is about ("Norway will leave the Organisation of Arctic Oil
// Countries ... the group's next conference"), by the same recency and
// topic as a firm, and a count of a bloc's members ("the nine-member
// bloc") is no description that keeps the bloc from binding when it was
// named further back. Two blocs of which neither dominates, a group the text has not
// named yet, and a group that is no definite description bind nothing.
// Every text is invented.
func TestGroupDescriptionsOfBlocs(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"the group of a bloc just named",
			"Oil exit\n\nNorway will leave the Organisation of Arctic Oil Countries at the end of the year, its energy minister said on Tuesday. He hoped the group's next conference would agree new quotas.",
			"the group", "Organisation of Arctic Oil Countries"},
		{"the group of a bloc that is the story's topic",
			"Oil exit\n\nNorway will leave the Organisation of Arctic Oil Countries at the end of the year. The Organisation of Arctic Oil Countries pumps a third of the world's oil. Analysts in Oslo said the loss would not hurt. Prices rose on Monday. Denmark said it would not follow Norway out of the group.",
			"the group", "Organisation of Arctic Oil Countries"},
		{"a bloc named two sentences back, then by its member count",
			"Summit ends\n\nLeaders of the Atlantic Nations Community met in Porto on Thursday. The talks on fishing ran late. The nine-member bloc agreed to cut tariffs.",
			"The nine-member bloc", "Atlantic Nations Community"},
		{"two blocs, neither dominating",
			"Trade talks\n\nNorway left the Organisation of Arctic Oil Countries and the Coastal Trade Alliance in 2019. The group said it regretted the move.",
			"The group", ""},
		{"the group before any candidate",
			"Oil exit\n\nThe group said on Monday that Norway would leave the Organisation of Arctic Oil Countries.",
			"The group", ""},
		{"a group of people is no reference",
			"Oil exit\n\nNorway will leave the Organisation of Arctic Oil Countries next year. A group of protesters gathered outside the ministry.",
			"A group", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}
