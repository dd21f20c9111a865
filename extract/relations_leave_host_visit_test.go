package extract

import (
	"testing"
)

// relWorld2 is the cast of the leaving, hosting, visit and location
// sentences below (all invented).
var relWorld2 = []relEnt{
	{"Hong Kong", City, nil},
	{"Finland", Country, []string{"~Finnish"}},
	{"Namibia", Country, nil},
	{"Zambia", Country, nil},
	{"Lusaka", City, nil},
	{"London", City, nil},
	{"Birmingham", City, nil},
	{"Dubai", City, nil},
	{"Frankfurt", City, nil},
	{"Hessen", Place, nil},
	{"Germany", Country, []string{"~German"}},
	{"Samoa", Country, nil},
	{"Rugby World Cup Sevens", Event, nil},
	{"World Championships", Event, nil},
	{"African Youth Games", Event, nil},
	{"World Indoor Championships", Event, nil},
	{"World Sevens series", Event, nil},
	{"Los Angeles Sevens", Event, nil},
	{"G7 meeting", Event, nil},
	{"Late Night Show", Event, nil},
	{"Golden Boot Award", Event, nil},
	{"Group of Seven", Organization, []string{"G7"}},
	{"International Monetary Fund", Organization, []string{"IMF"}},
	{"United States", Country, []string{"US"}},
	{"Fiat", Organization, nil},
	{"Ford", Organization, nil},
	{"John Smith", Person, []string{"Smith", "^he", "^He"}},
	{"George Bush", Person, []string{"Bush", "Mr Bush"}},
	{"Kenya", Country, nil},
}

func TestRelationsLeaveHostVisit(t *testing.T) {
	x := &Extractor{}
	cases := []struct {
		name string
		text string
		want []string
	}{
		// group 7: leaving
		{"is to leave his post", "Smith, chief executive of Fiat, is to leave his post.", []string{"John Smith leaderOf Fiat", "John Smith plansToLeave Fiat"}},
		{"will also step down", "Smith, the chairman of Fiat, will also step down in May.", []string{"John Smith leaderOf Fiat", "John Smith plansToLeave Fiat"}},
		{"subsequently resigned", "Smith, the chairman of Fiat, subsequently resigned.", []string{"John Smith leaderOf Fiat", "John Smith left Fiat"}},
		{"resigned from", "Smith resigned from Fiat last year.", []string{"John Smith left Fiat"}},
		{"stepped down as ceo of", "Smith stepped down as chief executive of Fiat.", []string{"John Smith left Fiat"}},
		{"did not resign", "Smith, the chairman of Fiat, did not resign.", []string{"John Smith leaderOf Fiat"}},
		{"co-head no closing comma", "Smith, the German co-head of Fiat will also step down next year.", []string{"John Smith plansToLeave Fiat"}},
		{"co-head when clause", "Smith, the German co-head of Fiat will also step down when his contract expires next year.", []string{"John Smith plansToLeave Fiat"}},
		{"co-head apposition", "Smith, the German co-head of Fiat, is to leave his post.", []string{"John Smith plansToLeave Fiat"}},
		{"deputy head apposition", "Smith, the deputy head of Fiat, is to leave his post.", nil},
		{"dash relative", "Mr Bush - who became chairman of Fiat in 2004 - will step down in January.", []string{"George Bush leaderOf Fiat", "George Bush plansToLeave Fiat"}},
		{"resigned with no post named", "Smith resigned on Friday.", nil},
		{"resigned from another body", "Smith, chairman of Fiat, resigned from Ford.", []string{"John Smith leaderOf Fiat", "John Smith left Ford"}},
		{"denied he would step down", "Smith, the chairman of Fiat, may step down.", []string{"John Smith leaderOf Fiat"}},

		// group 8: hosting
		{"event in city next month", "England will play in the Rugby World Cup Sevens in Hong Kong next month.", []string{"Hong Kong willHost Rugby World Cup Sevens"}},
		{"event in country this summer", "She hopes to compete at the World Championships in Finland this summer.", []string{"Finland willHost World Championships"}},
		{"event in city last month", "She won gold at the World Championships in Finland last month.", []string{"Finland hosted World Championships"}},
		{"will be hosted in", "The African Youth Games will be hosted in Namibia.", []string{"Namibia willHost African Youth Games"}},
		{"was hosted in", "The African Youth Games was hosted in Namibia in 2002.", []string{"Namibia hosted African Youth Games"}},
		{"could be hosted in", "The African Youth Games could be hosted in Namibia.", nil},
		{"will host in city", "Zambia will host the African Youth Games in Lusaka.", []string{"Lusaka locatedIn Zambia", "Lusaka willHost African Youth Games", "Zambia willHost African Youth Games"}},
		{"ran in city at event", "Smith ran in Birmingham at the World Indoor Championships.", []string{"Birmingham hosted World Indoor Championships", "John Smith participatedIn World Indoor Championships"}},
		{"won first event in city", "Kenya won the first event of the World Sevens series in Dubai.", []string{"Kenya participatedIn World Sevens series"}}, // Dubai held one leg, not the series (relations_hosts_ahead.go)
		{"won the title of a person", "Kenya won the support of Samoa.", nil},
		{"will win first event", "Kenya hope to win the first event of the World Sevens series.", nil},
		{"beat in the event", "Kenya beat Samoa in the recent Los Angeles Sevens.", []string{"Kenya participatedIn Los Angeles Sevens", "Samoa participatedIn Los Angeles Sevens"}},
		{"event in city this week is under way", "Smith joins the field for the World Championships in Finland this week.", []string{"Finland hosted World Championships"}},
		{"past then but hoping", "Smith was sixth in Athens but is hoping for gold at the World Championships in Finland this summer.", []string{"Finland willHost World Championships"}},
		{"not held in", "There were no African Youth Games in Namibia this year.", nil},
		{"did not run at", "Smith did not run in Birmingham at the World Indoor Championships.", nil},
		{"city at unnamed event", "Smith ran in Birmingham at the weekend.", nil},
		{"meeting in city named event", "At the G7 meeting in London, ministers agreed.", []string{"London hosted G7 meeting"}},
		{"this week's edition is under way", "Smith was due to run at this week's World Championships in Finland.", []string{"Finland hosted World Championships"}},
		{"next month's edition is to come", "Smith won a place at next month's World Championships in Finland.", []string{"Finland willHost World Championships"}},
		{"verbless stretch after a comma takes the future", "Smith will miss the Rugby World Cup Sevens, but also the World Championships in Finland.", []string{"Finland willHost World Championships"}},
		{"verbless stretch after a comma takes the past", "Smith missed the Rugby World Cup Sevens, but also the World Championships in Finland.", []string{"Finland hosted World Championships"}},
		{"a stretch with its own verb keeps its tense", "Smith will rest, as he played at the World Championships in Finland.", []string{"Finland hosted World Championships", "John Smith participatedIn World Championships"}},
		{"a presenter hosts no show", "Smith hosted the Late Night Show for ten years.", nil},
		{"a prize is no event", "Smith won the Golden Boot Award in 2004.", nil},
		{"a contest is one", "Smith won the World Championships in 2004.", []string{"John Smith participatedIn World Championships"}},
		{"a side led on the pitch", "Smith leads Kenya against Samoa on Saturday.", nil},
		{"a company led", "Smith leads Fiat, the carmaker.", []string{"John Smith leaderOf Fiat"}},

		// group 9: visits as nouns
		{"arrival of X in Y", "Police prepared for the arrival of Mr Bush in Frankfurt.", []string{"George Bush visited Frankfurt"}},
		{"awaited arrival", "Police are awaiting the arrival of Mr Bush in Frankfurt.", nil},
		{"expected arrival", "The expected arrival of Mr Bush in Frankfurt was delayed.", nil},
		{"arrival of an unnamed", "The arrival of troops in Frankfurt was quiet.", nil},
		{"landed at airport", "Mr Bush landed at Frankfurt airport on Tuesday.", []string{"George Bush visited Frankfurt"}},
		{"will land at airport", "Mr Bush will land at Frankfurt airport on Tuesday.", nil},
		{"arrival on the leg", "The arrival of Mr Bush on the German leg of his tour was late.", []string{"George Bush visited Germany"}},
		{"leg still to come", "Mr Bush will begin the German leg of his tour next week.", nil},
		{"leg of a race is no visit", "Smith won the German leg of the World Sevens series.", []string{"John Smith participatedIn World Sevens series"}},
		{"X's visit to Y", "Mr Bush's visit to Germany was brief.", []string{"George Bush visited Germany"}},
		{"planned visit", "Mr Bush's planned visit to Germany was cancelled.", nil},
		{"landing at airport", "Mr Bush arrived, landing at Frankfurt airport.", []string{"George Bush visited Frankfurt"}},
		{"german leg", "Mr Bush spoke on the German leg of his European tour.", []string{"George Bush visited Germany"}},

		// group 10: location and membership
		{"state of", "Frankfurt, in the state of Hessen, is busy.", []string{"Frankfurt locatedIn Hessen"}},
		{"possessive state of", "Frankfurt's state of Hessen voted.", []string{"Frankfurt locatedIn Hessen"}},
		{"city comma country", "Jobs went in Frankfurt, Germany, on Monday.", []string{"Frankfurt locatedIn Germany"}},
		{"region's capital", "Hessen's capital Frankfurt is busy.", []string{"Frankfurt locatedIn Hessen"}},
		{"state of a company is not a place", "Fiat's state of health worried Frankfurt.", nil},
		{"capital of an unnamed region", "Hessen's capital markets grew.", nil},
		{"largest of members", "The US, the largest of the IMF's 184 members, agreed.", []string{"United States memberOf International Monetary Fund"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rc := relCase{text: c.text, ents: relWorld2}
			checkRelations(t, x, rc, c.want)
		})
	}
}
