package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// relWorld is the cast of the invented sentences below.
var relWorld = []relEnt{
	{"Georgia", Country, []string{"~Georgian"}},
	{"Ukraine", Country, []string{"~Ukrainian"}},
	{"Belarus", Country, []string{"~Belarusian"}},
	{"Azerbaijan", Country, []string{"~Azerbaijani"}},
	{"Russia", Country, []string{"~Russian"}},
	{"France", Country, []string{"~French"}},
	{"Germany", Country, []string{"~German"}},
	{"Brazil", Country, []string{"~Brazilian"}},
	{"Switzerland", Country, []string{"~Swiss"}},
	{"Turkey", Country, []string{"~Turkish"}},
	{"Commonwealth of Independent States", Organization, []string{"CIS", "Commonwealth"}},
	{"European Union", Organization, []string{"EU"}},
	{"World Trade Organisation", Organization, []string{"WTO"}},
	{"Arsenal", Organization, nil},
	{"Chelsea", Organization, nil},
	{"Labour Party", Organization, []string{"Labour"}},
	{"Group of Eight", Organization, []string{"G8"}},
	{"World Economic Forum", Organization, nil},
	{"Jacques Chirac", Person, []string{"Chirac", "Mr Chirac"}},
	{"Gerhard Schroeder", Person, []string{"Schroeder"}},
	{"Washington", City, nil},
	{"European Parliament", Organization, nil},
	{"Nuclear Non-Proliferation Treaty", Event, nil},
	{"Colin Powell", Person, []string{"Powell"}},
	{"Aleksandr Lukashenko", Person, []string{"Lukashenko", "@the President", "@the Belarusian leader", "^He"}},
	{"Tony Blair", Person, []string{"Blair", "Mr Blair"}},
	{"George Bush", Person, []string{"Bush", "Mr Bush"}},
	{"Vladimir Putin", Person, []string{"Putin", "Mr Putin"}},
	{"John Smith", Person, []string{"Smith"}},
	{"Baku", City, nil},
	{"Davos", City, nil},
	{"Porto Alegre", City, nil},
	{"Moscow", City, nil},
	{"Paris", City, nil},
	{"Europe", Place, nil},
	{"European Games", Event, []string{"first European Games"}},
	{"Six Nations", Event, nil},
	{"36th session of the CIS security council", Event, nil},
	{"Baku summit", Event, nil},
	{"G8 summit", Event, nil},
}

func TestRelationsTable(t *testing.T) {
	x := &Extractor{}
	cases := []struct {
		name    string
		text    string
		speaker string
		leader  [][2]string
		want    []string
	}{
		// left / plansToLeave
		{"possessive withdrawal", "Turnout fell, which is due to Georgia’s withdrawal from the Commonwealth.", "", nil,
			[]string{"Georgia left Commonwealth of Independent States"}},
		{"withdrew from", "Georgia withdrew from the CIS in 2008.", "", nil,
			[]string{"Georgia left Commonwealth of Independent States"}},
		{"pulled out of", "Last year Russia pulled out of the WTO after a dispute.", "", nil,
			[]string{"Russia left World Trade Organisation"}},
		{"quit", "Ukraine quit the CIS on Tuesday.", "", nil,
			[]string{"Ukraine left Commonwealth of Independent States"}},
		{"follow suit plans", "Georgia left the CIS in 2008. Ukraine announced plans to follow suit.", "", nil,
			[]string{"Georgia left Commonwealth of Independent States",
				"Ukraine memberOf Commonwealth of Independent States",
				"Ukraine plansToLeave Commonwealth of Independent States"}},
		{"announced plans to leave", "Ukraine announced plans to leave the CIS.", "", nil,
			[]string{"Ukraine memberOf Commonwealth of Independent States",
				"Ukraine plansToLeave Commonwealth of Independent States"}},
		{"will leave", "Ukraine will leave the Commonwealth next year.", "", nil,
			[]string{"Ukraine memberOf Commonwealth of Independent States",
				"Ukraine plansToLeave Commonwealth of Independent States"}},
		{"threatened to quit", "Belarus has threatened to quit the CIS.", "", nil,
			[]string{"Belarus memberOf Commonwealth of Independent States",
				"Belarus plansToLeave Commonwealth of Independent States"}},
		{"negated withdrawal", "Belarus has not announced its withdrawal from the CIS.", "", nil, nil},
		{"did not leave", "Belarus did not leave the CIS.", "", nil, nil},
		{"conditional leave", "Officials said Ukraine could leave the CIS if talks fail.", "", nil, nil},
		{"if clause", "If Ukraine leaves the CIS, trade will suffer.", "", nil, nil},
		{"announced withdrawal", "Ukraine announced its withdrawal from the CIS.", "", nil,
			[]string{"Ukraine memberOf Commonwealth of Independent States",
				"Ukraine plansToLeave Commonwealth of Independent States"}},
		{"withdrawn from shops (passive, no org)", "The drug was withdrawn from shops in France.", "", nil, nil},
		{"left a city is not leaving an org", "Mr Putin left Moscow on Friday.", "", nil, nil},
		{"officials from a country are not the country", "Officials from Ukraine left the EU summit early.", "", nil, nil},

		// joined / memberOf
		{"joined", "Turkey joined the WTO in 1995.", "", nil,
			[]string{"Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"refused to join", "France refused to join the WTO.", "", nil, nil},
		{"wants to join", "Ukraine wants to join the EU.", "", nil, nil},
		{"member of apposition", "Germany, a founding member of the EU, objected.", "", nil,
			[]string{"Germany memberOf European Union"}},
		{"is a member of", "France is a member of the WTO.", "", nil,
			[]string{"France memberOf World Trade Organisation"}},
		{"is not a member of", "Russia is not a member of the WTO.", "", nil, nil},
		{"membership of", "Analysts welcomed Russia’s membership of the WTO.", "", nil,
			[]string{"Russia memberOf World Trade Organisation"}},
		{"proposed membership", "Talks on Russia's proposed membership of the WTO went well.", "", nil, nil},
		{"member states list", "EU member states such as France and Germany disagreed.", "", nil,
			[]string{"France memberOf European Union", "Germany memberOf European Union"}},
		{"speaker's member states", "“We must use the CIS capacity to strengthen security in the member states,” the President said.",
			"Aleksandr Lukashenko", [][2]string{{"Aleksandr Lukashenko", "Belarus"}},
			[]string{"Belarus memberOf Commonwealth of Independent States"}},
		{"we are a member", "“We are a member of the CIS and we will stay,” the President said.",
			"Aleksandr Lukashenko", [][2]string{{"Aleksandr Lukashenko", "Belarus"}},
			[]string{"Belarus memberOf Commonwealth of Independent States"}},
		{"member states without a leading speaker", "“We must use the CIS capacity in the member states,” the President said.",
			"Aleksandr Lukashenko", nil, nil},
		{"joins from", "Smith joins Arsenal from Chelsea for £2m.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith left Chelsea", "John Smith memberOf Arsenal"}},

		// hosted / willHost / locatedIn
		{"hosted definite session", "The President noted that Belarus hosted the session five years ago. The 36th session of the CIS security council opened.", "", nil,
			[]string{"Belarus hosted 36th session of the CIS security council"}},
		{"will host with demonym and city", "“It will be useful for our Azerbaijani friends who will host the first European Games in Baku next year,” he said.", "", nil,
			[]string{"Azerbaijan willHost European Games", "Baku locatedIn Azerbaijan", "Baku willHost European Games"}},
		{"demonym without people noun", "Azerbaijani oil firms will host the European Games party.", "", nil, nil},
		{"city of", "The Brazilian city of Porto Alegre will host the rival World Economic Forum.", "", nil,
			[]string{"Porto Alegre locatedIn Brazil", "Porto Alegre willHost World Economic Forum"}},
		{"resort", "Leaders are arriving in the Swiss mountain resort Davos for the annual World Economic Forum.", "", nil,
			[]string{"Davos hosted World Economic Forum", "Davos locatedIn Switzerland"}},
		{"event in city", "Mr Blair spoke at the World Economic Forum in Davos on Friday.", "", nil,
			[]string{"Davos hosted World Economic Forum", "Tony Blair participatedIn World Economic Forum"}},
		{"held in", "The European Games, held in Baku, drew large crowds.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"to be held in", "The European Games are to be held in Baku.", "", nil,
			[]string{"Baku willHost European Games"}},
		{"city comma country", "The talks took place in Paris, France, last week.", "", nil,
			[]string{"Paris locatedIn France"}},
		{"comma country as subject is not an address", "In Moscow, Russia said it would respond.", "", nil, nil},
		{"capital", "Talks were held in Russia's capital Moscow.", "", nil,
			[]string{"Moscow locatedIn Russia"}},
		{"past event in city despite a later plan", "After winning gold at the European Games in Baku, Smith said he was due to retire.", "", nil,
			[]string{"Baku hosted European Games", "John Smith participatedIn European Games"}},
		{"future event in city", "Smith will compete at the European Games in Baku on 18 February.", "", nil,
			[]string{"Baku willHost European Games"}},
		{"was due to take part", "Smith was due to take part in the European Games but withdrew.", "", nil, nil},
		{"leave if", "Smith will leave Arsenal if they fail to qualify.", "", nil, nil},
		{"former squad", "Former Arsenal captain John Smith spoke.", "", nil, nil},
		{"politics talks", "Prime Minister Tony Blair held talks with French President Jacques Chirac in Paris on Monday.", "", nil,
			[]string{"Tony Blair metWith Jacques Chirac"}},
		{"met two", "Mr Blair met Mr Chirac and German Chancellor Gerhard Schroeder in Berlin.", "", nil,
			[]string{"Tony Blair metWith Gerhard Schroeder", "Tony Blair metWith Jacques Chirac"}},
		{"flew for talks", "Mr Blair flew to Washington for talks with Mr Bush.", "", nil,
			[]string{"Tony Blair metWith George Bush", "Tony Blair visited Washington"}},
		{"will fly for talks", "Mr Blair will fly to Washington for talks with Mr Bush.", "", nil, nil},
		{"in a city for talks", "Mr Putin, in Paris for talks with Mr Chirac, said so.", "", nil,
			[]string{"Vladimir Putin metWith Jacques Chirac", "Vladimir Putin visited Paris"}},
		{"invited for talks", "Mr Blair invited Mr Putin to Paris for talks with Mr Chirac.", "", nil, nil},
		{"during talks", "The deal was agreed by Mr Blair during talks with Mr Bush.", "", nil, nil},
		{"party MP", "Labour MP John Smith resigned.", "", nil,
			[]string{"John Smith memberOf Labour Party"}},
		{"coordinated members", "France and Germany are members of the EU.", "", nil,
			[]string{"France memberOf European Union", "Germany memberOf European Union"}},
		{"bid to join", "Turkey's bid to join the EU was discussed.", "", nil, nil},
		{"comprises states", "The Group of Eight (G8), which comprises the EU and Russia, met.", "", nil,
			[]string{"Russia memberOf Group of Eight"}},
		{"forum typed as organisation", "Mr Chirac attended the World Economic Forum in Davos.", "", nil,
			[]string{"Davos hosted World Economic Forum", "Jacques Chirac participatedIn World Economic Forum"}},
		{"is in a city", "Mr Blair is in Washington for talks with Mr Bush.", "", nil,
			[]string{"Tony Blair visited Washington"}},
		{"is in talks", "Arsenal is in talks with Chelsea.", "", nil,
			[]string{"Arsenal metWith Chelsea"}},
		{"on a visit", "Mr Putin, on a visit to Paris, praised Mr Chirac.", "", nil,
			[]string{"Vladimir Putin visited Paris"}},
		{"elected org leader", "Smith was elected Labour leader in 1994.", "", nil,
			[]string{"John Smith leaderOf Labour Party", "John Smith memberOf Labour Party"}},
		{"named chief alone", "Smith was named Arsenal chief on Monday.", "", nil, nil},
		{"appointed head of", "Smith was appointed head of the WTO in May.", "", nil,
			[]string{"John Smith leaderOf World Trade Organisation"}},
		{"appoint as manager", "Arsenal appoint Smith as manager.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith leaderOf Arsenal"}},
		{"during a trip", "Mr Putin discussed the plans during a trip to Paris last year.", "", nil,
			[]string{"Vladimir Putin visited Paris"}},
		{"in talks with unresolved it", "Turkey said it is in talks with the WTO.", "", nil, nil},
		{"sentence-initial after talks", "Speaking after talks with Mr Bush, Mr Blair said the war was over.", "", nil,
			[]string{"Tony Blair metWith George Bush"}},
		{"reduced relative in a PP", "Ukraine was invited to take part in the European Games taking place in Baku next week.", "", nil,
			[]string{"Baku willHost European Games"}},
		{"relative in a PP", "Turkey failed to win the European Games, which are held in Baku.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"relative after of", "Mr Putin met the head of the WTO, who joined the EU.", "", nil, nil},
		{"club named after a city", "Smith joins Baku from Chelsea.", "", nil,
			[]string{"John Smith joined Baku", "John Smith left Chelsea", "John Smith memberOf Baku"}},
		{"envoy", "Turkey's envoy to the WTO said so. The EU ambassador to the WTO agreed.", "", nil,
			[]string{"European Union memberOf World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"org members including", "EU members, including France, objected.", "", nil,
			[]string{"France memberOf European Union"}},
		{"missed a trip", "Smith missed out on the tour to Paris with an injury.", "", nil, nil},
		{"coordinated titled subjects", "Prime Minister Tony Blair and President Vladimir Putin visited Baku.", "", nil,
			[]string{"Tony Blair visited Baku", "Vladimir Putin visited Baku"}},
		{"host city placed by the text", "Russia will host the European Games at Baku in Azerbaijan.", "", nil,
			[]string{"Baku locatedIn Azerbaijan", "Baku willHost European Games", "Russia willHost European Games"}},
		{"reported would", "Ukraine said it would leave the CIS.", "", nil,
			[]string{"Ukraine memberOf Commonwealth of Independent States", "Ukraine plansToLeave Commonwealth of Independent States"}},
		{"plain would", "Ukraine would leave the CIS under such a deal.", "", nil, nil},
		{"reported would not", "Ukraine said it would not leave the CIS.", "", nil, nil},
		{"one of the member states", "The law failed when France, one of the largest EU member states, rejected it.", "", nil,
			[]string{"France memberOf European Union"}},
		{"dash member", "Germany - a large EU member - asked for time.", "", nil,
			[]string{"Germany memberOf European Union"}},
		{"board member appositive org", "Smith, a board member of Turkey's top club, Arsenal, spoke.", "", nil,
			[]string{"John Smith memberOf Arsenal"}},
		{"comma is not a list", "Arsenal held talks with Chelsea, Smith said.", "", nil,
			[]string{"Arsenal metWith Chelsea"}},
		{"became possessive title", "Smith became Turkey's new prime minister in 2003.", "", nil,
			[]string{"John Smith leaderOf Turkey"}},
		{"toured", "Mr Putin toured France and visited Paris.", "", nil,
			[]string{"Vladimir Putin visited France", "Vladimir Putin visited Paris"}},
		{"hosted a person", "Mr Bush hosted Mr Blair at his ranch.", "", nil,
			[]string{"George Bush metWith Tony Blair"}},
		{"relative clause with commas", "Arsenal, which owns grounds in Paris, Baku and Moscow, also began talks with Chelsea.", "", nil,
			[]string{"Arsenal metWith Chelsea"}},
		{"event opens in", "The European Games opened in Baku on Friday.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"event will open in", "The European Games will open in Baku next June.", "", nil,
			[]string{"Baku willHost European Games"}},
		{"a person opening in a city", "Smith opened in Paris with a win.", "", nil, nil},
		{"hosted in", "The European Games, hosted in Baku, were a success.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"played host to", "Baku played host to the European Games.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"since accession", "Trade grew fast since Turkey's accession to the WTO.", "", nil,
			[]string{"Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"accession alone", "Turkey's accession to the EU divides opinion.", "", nil, nil},
		{"support accession", "We support Ukraine's fast accession to the WTO.", "", nil, nil},
		{"apposition after envoy", "The EU ambassador to the WTO, John Smith, said so.", "", nil,
			[]string{"European Union memberOf World Trade Organisation"}},
		{"subject before a mis-tagged verb", "Smith spent four years at Chelsea, making 125 appearances, before signing for Arsenal.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith memberOf Arsenal"}},
		{"participle then pronoun subject", "After signing for Arsenal he played 164 games.", "", nil, nil},
		{"held talks together", "Mr Blair and Mr Chirac held talks on Monday.", "", nil,
			[]string{"Tony Blair metWith Jacques Chirac"}},
		{"will hold talks together", "Mr Blair and Mr Chirac will hold talks on Monday.", "", nil, nil},
		{"resigned as chairman of", "Smith resigned as chairman of Arsenal on Friday.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"quit as possessive manager", "Smith quit as Arsenal's manager.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"will step down", "Smith will step down as chief executive of the WTO in May.", "", nil,
			[]string{"John Smith plansToLeave World Trade Organisation"}},
		{"has led", "Smith has led Labour since 1994.", "", nil,
			[]string{"John Smith leaderOf Labour Party", "John Smith memberOf Labour Party"}},
		{"treaty typed as event", "Turkey withdrew from the Nuclear Non-Proliferation Treaty in 2003.", "", nil,
			[]string{"Turkey left Nuclear Non-Proliferation Treaty"}},
		{"appositive list of members", "Turkey, France and Germany, the three EU members leading the talks, agreed.", "", nil,
			[]string{"France memberOf European Union", "Germany memberOf European Union", "Turkey memberOf European Union"}},
		{"title with of", "Talks between Mr Blair and US Secretary of State Colin Powell went well.", "", nil,
			[]string{"Tony Blair metWith Colin Powell"}},
		{"head of an org is not the org", "Mr Blair met the head of the WTO.", "", nil, nil},
		{"will attend", "Mr Putin will attend the European Games.", "", nil, nil},
		{"is attending", "Mr Putin is attending the European Games.", "", nil,
			[]string{"Vladimir Putin participatedIn European Games"}},
		{"mep", "French MEP John Smith told the European Parliament so.", "", nil,
			[]string{"John Smith memberOf European Parliament"}},
		{"appointing", "Arsenal ended its search by appointing coach John Smith.", "", nil,
			[]string{"John Smith joined Arsenal"}},
		{"would host", "France would host the European Games if asked.", "", nil, nil},

		// metWith / visited / participatedIn
		{"met often with", "Mr Blair met frequently with Mr Bush.", "", nil,
			[]string{"Tony Blair metWith George Bush"}},
		{"met with", "Mr Blair met with Mr Bush at the White House.", "", nil,
			[]string{"Tony Blair metWith George Bush"}},
		{"held talks with", "Mr Putin held talks with Lukashenko in Moscow on Monday.", "", nil,
			[]string{"Vladimir Putin metWith Aleksandr Lukashenko"}},
		{"talks between", "Talks between Mr Blair and Mr Putin came close to a deal.", "", nil,
			[]string{"Tony Blair metWith Vladimir Putin"}},
		{"will meet", "Mr Blair will meet Mr Bush next week.", "", nil, nil},
		{"due to hold talks", "Mr Blair is due to hold talks with Mr Bush.", "", nil, nil},
		{"met targets", "Arsenal met its targets this year.", "", nil, nil},
		{"pronoun meets", "He met with heads of delegations taking part in the European Games.", "", nil, nil},
		{"visited", "Mr Putin visited Paris and Davos last week.", "", nil,
			[]string{"Vladimir Putin visited Davos", "Vladimir Putin visited Paris"}},
		{"visit to", "Mr Putin's recent visit to Paris angered Mr Bush.", "", nil,
			[]string{"Vladimir Putin visited Paris"}},
		{"planned visit", "Mr Putin's planned visit to Paris was cancelled.", "", nil, nil},
		{"will visit", "Mr Putin will visit Paris in May.", "", nil, nil},
		{"relative attends", "France, which attends the World Economic Forum every year, disagreed.", "", nil,
			[]string{"France participatedIn World Economic Forum"}},
		{"took part in", "Lukashenko took part in the European Games opening.", "", nil, nil},
		{"took part in event", "Ukraine took part in the European Games.", "", nil,
			[]string{"Ukraine participatedIn European Games"}},
		{"event teams", "Six Nations teams France, Turkey and Germany agreed.", "", nil,
			[]string{"France participatedIn Six Nations", "Germany participatedIn Six Nations", "Turkey participatedIn Six Nations"}},

		{"participle clause first", "Joining Arsenal as a teenager, Smith rose quickly.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith memberOf Arsenal"}},
		{"participle after subordinator", "Smith played for Chelsea before joining Arsenal.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith memberOf Arsenal"}},
		{"club signed player", "Arsenal have signed Chelsea midfielder John Smith.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith memberOf Arsenal"}},
		{"squad noun", "Arsenal captain John Smith was injured.", "", nil,
			[]string{"John Smith memberOf Arsenal"}},
		{"of which member", "He praised the WTO, of which France is a member.", "", nil,
			[]string{"France memberOf World Trade Organisation"}},
		{"city list is not an address", "Flights go to Paris, France and Moscow.", "", nil, nil},
		{"surprise appearance", "Mr Bush made a surprise appearance in Davos.", "", nil,
			[]string{"George Bush visited Davos"}},
		{"won with", "Smith won the Six Nations with Arsenal in 1995.", "", nil,
			[]string{"Arsenal participatedIn Six Nations", "John Smith participatedIn Six Nations"}},

		// memberOf from lists of an organisation's states and members
		{"org countries such as", "Tariffs hit EU countries such as France and Germany.", "", nil,
			[]string{"France memberOf European Union", "Germany memberOf European Union"}},
		{"org nations in particular", "The rate, which G8 nations, in particular Russia, have criticised, stays.", "", nil,
			[]string{"Russia memberOf Group of Eight"}},
		{"org countries without a list", "EU countries face new tariffs from Russia.", "", nil, nil},
		{"org countries and a later name", "EU countries agreed, Germany said.", "", nil, nil},
		{"whose members include", "He praised the WTO, whose members also include Brazil and Turkey.", "", nil,
			[]string{"Brazil memberOf World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"possessive members include", "The EU's members include France.", "", nil,
			[]string{"France memberOf European Union"}},
		{"whose members exclude", "He praised the WTO, whose members criticised Brazil.", "", nil, nil},

		{"presidency possessive", "France's presidency of the EU ended in June.", "", nil,
			[]string{"France memberOf European Union"}},
		{"its presidency", "Germany has made trade a theme for its 2007 presidency of the G8.", "", nil,
			[]string{"Germany memberOf Group of Eight"}},
		{"holds the presidency", "Turkey, which holds the rotating EU presidency, objected.", "", nil,
			[]string{"Turkey memberOf European Union"}},
		{"takes over the presidency", "Turkey takes over the EU presidency in January.", "", nil,
			[]string{"Turkey memberOf European Union"}},
		{"will take over the presidency", "Turkey will take over the presidency of the EU.", "", nil, nil},
		{"planned presidency", "France's planned presidency of the EU was discussed.", "", nil, nil},
		{"presidency of a country", "Mr Putin's presidency of Russia ends.", "", nil, nil},

		// hosted / willHost from "a <noun> in <city>" and the "<city> <noun>"
		{"summit in a city", "Leaders will gather for a summit in Baku. The Baku summit is vital.", "", nil,
			[]string{"Baku willHost Baku summit"}},
		{"summit in another city", "Leaders met at a summit in Paris. The Baku summit is vital.", "", nil, nil},
		{"cancelled summit in a city", "Leaders met after a planned summit in Baku. The Baku summit was cancelled.", "", nil, nil},

		{"body meets in a place", "The G8 countries will meet at Baku in Azerbaijan. The G8 summit matters.", "", nil,
			[]string{"Baku locatedIn Azerbaijan", "Baku willHost G8 summit"}},
		{"body met in a place", "G8 finance ministers met in Baku on Friday. The G8 summit mattered.", "", nil,
			[]string{"Baku hosted G8 summit"}},
		{"body might meet", "G8 leaders might meet in Baku. The G8 summit matters.", "", nil, nil},
		{"body meets without a named meeting", "EU leaders met in Baku on Friday.", "", nil, nil},

		// participatedIn from "be among those attending" and "the meeting"
		{"among those attending", "Prime Minister Tony Blair and French President Jacques Chirac are among the 20 leaders attending the European Games.", "", nil,
			[]string{"Jacques Chirac participatedIn European Games", "Tony Blair participatedIn European Games"}},
		{"attending the meeting", "Leaders are arriving for the European Games. Mr Blair and Mr Putin are among those attending the event.", "", nil,
			[]string{"Tony Blair participatedIn European Games", "Vladimir Putin participatedIn European Games"}},
		{"the meeting with two events near", "The European Games and the Six Nations began. Mr Putin is attending the event.", "", nil, nil},
		{"among those who will attend", "Mr Blair is among the leaders who will attend the European Games.", "", nil, nil},

		{"subject of a reported clause", "Mr Blair said Turkey had joined the WTO in 1995.", "", nil,
			[]string{"Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"object of told is not a subject", "Mr Blair told Turkey he had joined the WTO.", "", nil, nil},

		// visited / joined from appositions and passives
		{"apposition in a city", "Mr Putin, in Paris for a visit to Mr Chirac, said so.", "", nil,
			[]string{"Vladimir Putin visited Paris"}},
		{"apposition speaking in", "Mr Putin, speaking in Baku, said so.", "", nil,
			[]string{"Vladimir Putin visited Baku"}},
		{"closing apposition comma", "The record was set by a Russian, Mr Putin, in Paris last year.", "", nil, nil},
		{"apposition in a list", "Mr Putin, in Paris and Davos, said so.", "", nil, nil},
		{"is currently in", "Mr Blair is currently in Washington on a visit.", "", nil,
			[]string{"Tony Blair visited Washington"}},
		{"readmitted to", "Turkey was readmitted to the Commonwealth in 2004.", "", nil,
			[]string{"Turkey joined Commonwealth of Independent States", "Turkey memberOf Commonwealth of Independent States"}},
		{"will be admitted to", "Turkey will be admitted to the WTO.", "", nil, nil},
		{"admitted to a hospital", "Mr Blair was admitted to hospital in Paris.", "", nil, nil},

		{"squad apposition", "John Smith, the Labour MP for Hamilton, said so.", "", nil,
			[]string{"John Smith memberOf Labour Party"}},
		{"squad apposition possessive", "John Smith, Arsenal's captain, was injured.", "", nil,
			[]string{"John Smith memberOf Arsenal"}},
		{"squad apposition candidate", "John Smith, the Labour candidate, lost.", "", nil, nil},
		{"squad apposition former", "John Smith, a former Arsenal captain, spoke.", "", nil, nil},

		// participatedIn / joined from sport and conference constructions
		{"beat in event", "Turkey beat France in the Six Nations last week.", "", nil,
			[]string{"France participatedIn Six Nations", "Turkey participatedIn Six Nations"}},
		{"beat with score in event", "Turkey beat France 24-10 in the Six Nations.", "", nil,
			[]string{"France participatedIn Six Nations", "Turkey participatedIn Six Nations"}},
		{"will beat", "Turkey will beat France in the Six Nations.", "", nil, nil},
		{"beat in a city", "Turkey beat France in Paris.", "", nil, nil},
		{"told delegates at", "Mr Blair told delegates at the World Economic Forum that aid worked.", "", nil,
			[]string{"Tony Blair participatedIn World Economic Forum"}},
		{"moved to a club", "Smith moved to Arsenal in 2001 and later switched to Chelsea.", "", nil,
			[]string{"John Smith joined Arsenal", "John Smith joined Chelsea"}},
		{"moved to a city", "Smith moved to Paris in 2001.", "", nil, nil},
		{"will move to", "Smith will move to Arsenal.", "", nil, nil},
		{"country's parliament", "Ukraine's parliament voted to leave the CIS.", "", nil,
			[]string{"Ukraine memberOf Commonwealth of Independent States", "Ukraine plansToLeave Commonwealth of Independent States"}},
		{"country's team is not the country", "Ukraine's team left the CIS arena.", "", nil, nil},

		{"one of the members of", "France is one of the founding members of the WTO.", "", nil,
			[]string{"France memberOf World Trade Organisation"}},
		{"one of the former members of", "France is one of the former members of the WTO.", "", nil, nil},
		{"org which includes", "The EU, which includes France and Germany, agreed.", "", nil,
			[]string{"France memberOf European Union", "Germany memberOf European Union"}},
		{"org includes a person", "The WTO includes Mr Blair on its panel.", "", nil, nil},
		{"will include", "The EU will include Turkey one day.", "", nil, nil},
		{"coordination with an article", "Turkey, France and the Commonwealth joined the WTO.", "", nil,
			[]string{"Commonwealth of Independent States joined World Trade Organisation", "Commonwealth of Independent States memberOf World Trade Organisation", "France joined World Trade Organisation", "France memberOf World Trade Organisation", "Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"possessive capital", "Moscow, Russia's capital, was calm.", "", nil,
			[]string{"Moscow locatedIn Russia"}},

		{"hosted talks with", "Mr Blair hosted talks with Mr Chirac at Downing Street.", "", nil,
			[]string{"Tony Blair metWith Jacques Chirac"}},
		{"talks in a city between", "Talks in Paris between Mr Blair and Mr Chirac ended.", "", nil,
			[]string{"Tony Blair metWith Jacques Chirac"}},
		{"the talks in a city between", "The talks in Paris between Mr Blair and Mr Chirac ended.", "", nil,
			[]string{"Tony Blair metWith Jacques Chirac"}},
		{"talks in a city", "Talks in Paris went well for Mr Blair and Mr Chirac.", "", nil, nil},

		{"sacked as club coach", "Smith has been sacked as Arsenal coach.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"sacked as manager of", "Smith was sacked as manager of Arsenal.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"sacked by", "Smith was sacked by Arsenal on Friday.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"club sacked player", "Arsenal sacked Smith on Friday.", "", nil,
			[]string{"John Smith left Arsenal"}},
		{"could be sacked", "Smith could be sacked by Arsenal.", "", nil, nil},
		{"claim dismissed by court", "The claim was dismissed by Arsenal.", "", nil, nil},
		{"dismissed as a stunt", "Smith dismissed the claims as a stunt by Arsenal.", "", nil, nil},

		{"became the nth member", "Turkey became the 149th member of the WTO in 2001.", "", nil,
			[]string{"Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"will become a member", "Turkey will become a member of the WTO.", "", nil, nil},
		{"ratified a treaty", "Turkey ratified the Nuclear Non-Proliferation Treaty in 1980.", "", nil,
			[]string{"Turkey joined Nuclear Non-Proliferation Treaty", "Turkey memberOf Nuclear Non-Proliferation Treaty"}},
		{"has not ratified", "Turkey has not ratified the Nuclear Non-Proliferation Treaty.", "", nil, nil},
		{"ratified an organisation", "Turkey ratified the WTO deal.", "", nil, nil},
		{"expelled from", "Turkey was expelled from the Commonwealth in 2002.", "", nil,
			[]string{"Turkey left Commonwealth of Independent States"}},
		{"could be expelled", "Turkey could be expelled from the Commonwealth.", "", nil, nil},

		{"it in a subordinate clause", "Turkey opened its banks when it joined the WTO in 2002.", "", nil,
			[]string{"Turkey joined World Trade Organisation", "Turkey memberOf World Trade Organisation"}},
		{"it in a subordinate clause, person subject", "Mr Blair smiled when it joined the WTO.", "", nil, nil},

		{"member of the org's board", "“No,” said John Smith, a member of the Arsenal management board.", "", nil,
			[]string{"John Smith memberOf Arsenal"}},
		{"org board member", "He told fellow Arsenal board member John Smith so.", "", nil,
			[]string{"John Smith memberOf Arsenal"}},
		{"largest of the org's n members", "France, the largest of the WTO's 148 members, objected.", "", nil,
			[]string{"France memberOf World Trade Organisation"}},
		{"is a large org member", "Germany is a large EU member, so its vote counts.", "", nil,
			[]string{"Germany memberOf European Union"}},
		{"is not an org member", "Turkey is not an EU member.", "", nil, nil},
		{"dash coordinated adjectives", "Germany - a large and therefore crucial EU member - asked for time.", "", nil,
			[]string{"Germany memberOf European Union"}},

		{"region of", "Fighting spread in the Europe region of Russia.", "", nil,
			[]string{"Europe locatedIn Russia"}},
		{"city of a person", "The Paris region of Mr Putin's empire.", "", nil, nil},
		{"welcomed a person", "Mr Chirac welcomed Mr Putin to Paris on Monday.", "", nil,
			[]string{"Jacques Chirac metWith Vladimir Putin", "Vladimir Putin visited Paris"}},
		{"received a named warning", "Mr Chirac received Mr Putin warning.", "", nil, nil},
		{"welcomed a decision", "Mr Chirac welcomed Mr Putin's decision.", "", nil, nil},
		{"received a country", "Mr Chirac received France's backing.", "", nil, nil},

		{"will stage", "Baku will stage the European Games in 2015.", "", nil,
			[]string{"Baku willHost European Games"}},
		{"staged", "Baku staged the European Games last year.", "", nil,
			[]string{"Baku hosted European Games"}},
		{"staged a protest", "Baku staged a protest at the European Games.", "", nil, nil},
		{"staged in", "The European Games were staged in Baku.", "", nil,
			[]string{"Baku hosted European Games"}},

		{"came fifth at", "Smith, who came fifth in the 5,000m at the European Games, was happy.", "", nil,
			[]string{"John Smith participatedIn European Games"}},
		{"reached the final of", "Smith reached the final of the European Games last year.", "", nil,
			[]string{"John Smith participatedIn European Games"}},
		{"came from", "Smith came from Paris to the European Games.", "", nil, nil},
		{"hopes to reach the final", "Smith hopes to reach the final of the European Games.", "", nil, nil},

		// leaderOf from company titles the title stage leaves open
		{"bare company title", "Arsenal sold shares. Arsenal made a profit. “We did well,” chief executive John Smith said.", "", nil,
			[]string{"John Smith leaderOf Arsenal"}},
		{"bare title, two firms nearby", "Arsenal grew. Arsenal made a profit and Chelsea a loss. Chief executive John Smith said so.", "", nil, nil},
		{"bare title, not the main firm", "Arsenal made a profit. Arsenal grew. Chelsea did not. Chairman John Smith said so.", "", nil, nil},
		{"bare title, former", "Arsenal made a profit. Arsenal grew. Former chief executive John Smith said so.", "", nil, nil},
		{"bare title, functional", "Arsenal made a profit. Arsenal grew. Finance director John Smith said so.", "", nil, nil},
		{"bare title of a named part", "Arsenal made a profit. Arsenal grew. The Arsenal academy chairman John Smith said so.", "", nil, nil},
		{"bare title, unknown owner", "Arsenal made a profit. Arsenal grew. Gunners boss John Smith said so.", "", nil, nil},
		{"apposition title of possessive", "“We are fine,” says John Smith, director of the EU's European Parliament.", "", nil,
			[]string{"John Smith leaderOf European Parliament"}},
		{"apposition title of with a body noun", "John Smith, chairman of the Arsenal foundation, warned Chelsea.", "", nil,
			[]string{"John Smith leaderOf Arsenal"}},
		{"apposition coordinated titles", "John Smith, chairman and chief executive of Arsenal, spoke.", "", nil,
			[]string{"John Smith leaderOf Arsenal"}},
		{"dash relative", "Mr Putin - who was elected president of Russia in 2000 - spoke.", "", nil,
			[]string{"Vladimir Putin leaderOf Russia"}},
		{"apposition deputy title", "John Smith, deputy chairman of Arsenal, spoke.", "", nil, nil},
		{"apposition minister", "John Smith, foreign minister of Turkey, spoke.", "", nil, nil},

		// leaderOf from verbs
		{"who leads", "Smith, who heads the WTO, said so.", "", nil,
			[]string{"John Smith leaderOf World Trade Organisation"}},
		{"elected president of", "Mr Putin was elected president of Russia in 2000.", "", nil,
			[]string{"Vladimir Putin leaderOf Russia"}},
		{"led by", "The CIS, led by Smith, met in Baku.", "", nil,
			[]string{"John Smith leaderOf Commonwealth of Independent States"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rc := relCase{text: c.text, ents: relWorld, speaker: c.speaker, leader: c.leader}
			checkRelations(t, x, rc, c.want)
		})
	}
}

// TestRelationsProvenance checks that every fact names its rule and
// sentence, and that a fact stated twice is kept once, from the first
// sentence.
func TestRelationsProvenance(t *testing.T) {
	rc := relCase{text: "Georgia quit the CIS in 2008. Analysts recalled that Georgia left the CIS after the war.", ents: relWorld}
	a := rc.build(t)
	(&Extractor{}).findRelations(a)
	if len(a.doc.Facts) != 1 {
		t.Fatalf("want one fact, got %v", relFacts(a.doc))
	}
	f := a.doc.Facts[0]
	if f.Sentence != 0 || !strings.HasPrefix(f.Rule, "left/") || f.Confidence <= 0 || f.Confidence > 1 {
		t.Errorf("fact %+v: want sentence 0, a left/ rule and a confidence in (0,1]", f)
	}
}

// FuzzRelations runs the relation rules on arbitrary text with the test
// cast's mentions and checks the facts' invariants: valid indexes, a rule
// and sentence for each, confidence in (0,1], argument types that fit, and
// no repeated fact.
func FuzzRelations(f *testing.F) {
	for _, s := range []string{
		"Georgia left the CIS in 2008. Ukraine announced plans to follow suit.",
		"“It will be useful for our Azerbaijani friends who will host the first European Games in Baku next year,” he said.",
		"Talks between Mr Blair and Mr Putin, Mr Bush and Lukashenko came close to a deal , , which who leads",
		"member states of member of the of which is a member ( ) , which comprises",
		"Smith joins Arsenal from Chelsea from from from .",
		"the the the 's 's withdrawal from from the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 || !utf8.ValidString(text) {
			return
		}
		a := relCase{text: text, ents: relWorld}.build(t)
		(&Extractor{}).findRelations(a)
		seen := map[[3]string]bool{}
		for _, fa := range a.doc.Facts {
			if fa.Subject < 0 || fa.Subject >= len(a.doc.Entities) || fa.Object < 0 || fa.Object >= len(a.doc.Entities) {
				t.Fatalf("fact %+v: entity index out of range", fa)
			}
			if fa.Sentence < 0 || fa.Sentence >= len(a.doc.Sentences) || fa.Rule == "" || fa.Confidence <= 0 || fa.Confidence > 1 {
				t.Fatalf("fact %+v: bad provenance", fa)
			}
			k := [3]string{a.doc.Entities[fa.Subject].Name, fa.Predicate, a.doc.Entities[fa.Object].Name}
			if seen[k] {
				t.Fatalf("repeated fact %v", k)
			}
			seen[k] = true
		}
	})
}

// TestSquadNounDemonym: a demonym before a squad noun names the national
// side the player is in ("Welsh striker Tom Price" in a story of the
// Wales side), but after an owner it is the player's nationality and the
// owner's squad is meant ("their Welsh striker"). Every text is invented.
func TestSquadNounDemonym(t *testing.T) {
	const rest = " two weeks' wages after his row with manager Alan Hale.\n\nChairman Ron Dale said no player was bigger than this club. Wales beat Italy on Saturday.\n"
	runFactCases(t, []string{MemberOf}, []factCase{
		{"the national side", "Price fined after row\n\nNewport have fined Welsh striker Tom Price" + rest,
			[]string{"Tom Price memberOf Organization:Wales"}, nil},
		{"the owner's squad", "Price fined after row\n\nNewport have fined their Welsh striker Tom Price" + rest,
			nil, []string{"Tom Price memberOf Organization:Wales"}},
	})
}
