package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Document-wide constructions, on invented sentences. Each case names its own
// cast, since some rules read the document as a whole (the one event of
// a story, the country a capital stands for).
func TestRelationsDocument(t *testing.T) {
	company := []relEnt{
		{"Fiat", Organization, nil},
		{"Ford", Organization, nil},
		{"John Smith", Person, []string{"Smith", "Mr Smith"}},
		{"Anna Berg", Person, []string{"Berg"}},
		{"Tom Reed", Person, []string{"Reed"}},
	}
	cup := []relEnt{
		{"African Youth Games", Event, nil},
		{"Kenya", Country, nil},
		{"Zambia", Country, nil},
		{"Namibia", Country, nil},
		{"Nairobi", City, nil},
		{"Bolton", City, nil},
	}
	g7 := []relEnt{
		{"G7 meeting", Event, nil},
		{"G7", Organization, nil},
		{"London", City, nil},
	}
	sevens := []relEnt{
		{"England", Country, nil},
		{"Samoa", Country, nil},
		{"Dubai", City, nil},
		{"Hong Kong", City, nil},
		{"Rugby World Cup Sevens", Event, nil},
		{"Los Angeles Sevens", Event, nil},
	}
	worldCup := []relEnt{
		{"2011 Rugby World Cup", Event, []string{"World Cup"}},
		{"Japan", Country, nil},
		{"South Korea", Country, nil},
		{"John Smith", Person, []string{"Smith"}},
	}
	worldCup02 := []relEnt{
		{"2002 World Cup", Event, []string{"World Cup"}},
		{"Japan", Country, nil},
		{"South Korea", Country, nil},
		{"John Smith", Person, []string{"Smith"}},
	}
	places := []relEnt{
		{"Cairo", City, nil},
		{"Egypt", Country, nil},
		{"Kirkuk", City, nil},
		{"Baghdad", City, nil},
		{"Iraq", Country, nil},
	}
	placesNoEgypt := []relEnt{
		{"Cairo", City, nil},
		{"Kirkuk", City, nil},
		{"Baghdad", City, nil},
	}
	forum := []relEnt{
		{"World Economic Forum", Event, nil},
		{"Davos", City, nil},
		{"Viktor Yushchenko", Person, []string{"Mr Yushchenko", "Yushchenko"}},
		{"Gerhard Schroeder", Person, nil},
		{"Manuel Barosso", Person, nil},
		{"Jacques Chirac", Person, []string{"Chirac"}},
		{"Bill Gates", Person, nil},
		{"European Union", Organization, nil},
	}
	forum = append(forum, relEnt{"Tony Blair", Person, []string{"Mr Blair"}}, relEnt{"Mahmoud Abbas", Person, nil},
		relEnt{"Angelina Jolie", Person, nil}, relEnt{"Switzerland", Country, []string{"~Swiss"}})
	const arriving = "Leaders are arriving in Davos for the World Economic Forum. "
	const davos = "Davos hosted World Economic Forum"
	cities := []relEnt{
		{"Cameroon", Country, nil},
		{"Yaounde", City, nil},
		{"Tehran", City, nil},
		{"Imam Khomeini Airport", Place, nil},
		{"Coldplay", Organization, nil},
		{"Jonny Buckland", Person, nil},
	}
	trips := []relEnt{
		{"Moscow", City, nil},
		{"London", City, nil},
		{"Russia", Country, nil},
		{"United Kingdom", Country, nil},
		{"Jack Straw", Person, []string{"Straw"}},
		{"Tony Blair", Person, []string{"Blair"}},
	}
	meet := []relEnt{
		{"Ehud Olmert", Person, []string{"Olmert"}},
		{"Ruhi Dogusoy", Person, nil},
		{"Turkcell", Organization, nil},
		{"World Social Forum", Event, nil},
		{"Porto Alegre", City, nil},
		{"Brazil", Country, []string{"~Brazilian"}},
	}
	flight := []relEnt{
		{"George Bush", Person, []string{"Bush"}},
		{"Frankfurt", City, nil},
		{"Lufthansa", Organization, nil},
	}
	cases := []struct {
		name string
		ents []relEnt
		text string
		want []string
	}{
		// A group of executives named in the next sentence.
		{"group set to leave", company,
			"Three senior executives of Fiat are set to leave in May. The trio are John Smith, Anna Berg and Tom Reed.",
			[]string{"Anna Berg plansToLeave Fiat", "John Smith plansToLeave Fiat", "Tom Reed plansToLeave Fiat"}},
		{"group resigned", company,
			"Two directors of Fiat resigned on Friday. They were Anna Berg and Tom Reed.",
			[]string{"Anna Berg left Fiat", "Tom Reed left Fiat"}},
		{"group not leaving", company,
			"Three senior executives of Fiat are not going to leave. The trio are John Smith, Anna Berg and Tom Reed.", nil},
		{"group in apposition", company,
			"Three senior executives of Fiat, John Smith, Anna Berg and Tom Reed, have resigned.",
			[]string{"Anna Berg left Fiat", "John Smith left Fiat", "Tom Reed left Fiat"}},
		{"role then named", company,
			"The guitarist with rock band Fiat has quit the music business. John Smith told a radio station he was tired.",
			[]string{"John Smith left Fiat"}},
		{"role will quit, then named", company,
			"The drummer with rock band Fiat is to quit the music business. John Smith told a radio station he was tired.",
			[]string{"John Smith plansToLeave Fiat"}},
		{"role has not quit", company,
			"The guitarist with rock band Fiat has not quit the music business. John Smith told a radio station so.", nil},
		{"role, next sentence opens with another word", company,
			"The guitarist with rock band Fiat has quit the music business. Later John Smith told a radio station.", nil},
		{"group count differs", company,
			"Two senior executives of Fiat are set to leave. The trio are John Smith, Anna Berg and Tom Reed.", nil},
		{"group may leave", company,
			"Three executives of Fiat may leave. The trio are John Smith, Anna Berg and Tom Reed.", nil},

		// The post read from another mention of the person.
		{"former chief then resigned", company,
			"The plan was drawn up by former Fiat chief executive John Smith. Mr Smith subsequently resigned.",
			[]string{"John Smith left Fiat"}},
		{"former chief cannot plan to leave", company,
			"The plan was drawn up by former Fiat chief executive John Smith. Mr Smith is to leave his post.", nil},
		{"co-head of group X", company,
			"The co-head of carmaker Fiat John Smith is to leave his post.",
			[]string{"John Smith plansToLeave Fiat"}},
		{"deputy head of group X", company,
			"The deputy head of carmaker Fiat John Smith is to leave his post.", nil},
		{"two posts", company,
			"Fiat chairman John Smith spoke first. Ford chairman Smith agreed. Mr Smith resigned on Friday.", nil},
		{"post stated by a copula, then left", company,
			"John Smith was director of Fiat for two years. Mr Smith left his post abruptly last week.",
			[]string{"John Smith left Fiat"}},
		{"past post by a copula cannot plan to leave", company,
			"John Smith was director of Fiat for two years. Mr Smith is to leave his post.", nil},
		{"present post by a copula, to leave", company,
			"John Smith is the chief executive of Fiat. Mr Smith is to leave his post in May.",
			[]string{"John Smith leaderOf Fiat", "John Smith plansToLeave Fiat"}},
		{"a deputy's post by a copula", company,
			"John Smith was deputy director of Fiat for two years. Mr Smith left his post abruptly last week.", nil},
		{"a title with no body", company,
			"John Smith was a director at Fiat for two years. Mr Smith left his post abruptly last week.", nil},

		// Hosting a stage of the story's one tournament.
		{"will host teams in group in city", cup,
			"The African Youth Games start in June. Zambia will host Kenya and Namibia in the third group in Nairobi.",
			[]string{"Nairobi locatedIn Zambia", "Nairobi willHost African Youth Games", "Zambia willHost African Youth Games"}},
		{"present host a stage", cup,
			"The African Youth Games start in June. Kenya host the first group.",
			[]string{"Kenya willHost African Youth Games"}},
		{"stage will be hosted in", cup,
			"The African Youth Games start in June. The second group will be hosted in Namibia in April.",
			[]string{"Namibia willHost African Youth Games"}},
		{"stage could be hosted in", cup,
			"The African Youth Games start in June. The second group could be hosted in Namibia.", nil},
		{"club hosts a club", cup,
			"The African Youth Games start in June. Bolton host Nairobi on Saturday.", nil},
		{"refused to host", cup,
			"The African Youth Games start in June. Zambia refused to host the third group.", nil},

		// "their meeting in London, G7 ministers"
		{"their meeting in", g7,
			"At their meeting in London, G7 finance ministers backed the plan.",
			[]string{"G7 participatedIn G7 meeting", "London hosted G7 meeting"}}, // participatedIn: relations_events_delegates.go
		{"their meeting in next week", g7,
			"At their meeting in London next week, G7 ministers will discuss debt.",
			[]string{"London willHost G7 meeting"}},
		{"their meeting without the body", g7,
			"At their meeting in London, the ministers backed the plan.", nil},

		// Event places under a condition on something else; "they".
		{"if they are to win the event in city next month", sevens,
			"England must improve if they are to win the Rugby World Cup Sevens in Hong Kong next month.",
			[]string{"Hong Kong willHost Rugby World Cup Sevens"}},
		{"if there is an event", sevens,
			"If there is a Rugby World Cup Sevens in Hong Kong, England will play.", nil},
		{"they beat", sevens,
			"England won the tournament in Dubai. However, they beat Samoa in the recent Los Angeles Sevens.",
			[]string{"England participatedIn Los Angeles Sevens", "Samoa participatedIn Los Angeles Sevens"}},
		{"they did not beat", sevens,
			"England won the tournament in Dubai. However, they did not beat Samoa in the Los Angeles Sevens.", nil},

		// Another edition of an event.
		{"other edition co-hosted", worldCup,
			"Smith said the 2002 football World Cup, co-hosted by Japan and South Korea, was a success.", nil},
		{"same edition co-hosted", worldCup02,
			"Smith said the 2002 football World Cup, co-hosted by Japan and South Korea, was a success.",
			[]string{"Japan hosted 2002 World Cup", "South Korea hosted 2002 World Cup"}},

		// Taking part in a gathering under way.
		{"is to speak", forum, arriving + "Ukraine's new president, Viktor Yushchenko, is to speak.",
			[]string{davos, "Viktor Yushchenko participatedIn World Economic Forum"}},
		{"is not to speak", forum, arriving + "Ukraine's new president, Viktor Yushchenko, is not to speak.",
			[]string{davos}},
		{"speak to reporters", forum, arriving + "Viktor Yushchenko is to speak to reporters.",
			[]string{davos}},
		{"is to speak at a future forum", forum,
			"Leaders will gather in Davos for the World Economic Forum next week. Viktor Yushchenko is to speak.", nil},
		{"among them will be here", forum,
			arriving + "The European Union's top leaders, among them Gerhard Schroeder and Manuel Barosso, will be here too.",
			[]string{davos, "Gerhard Schroeder participatedIn World Economic Forum", "Manuel Barosso participatedIn World Economic Forum"}},
		{"would be here", forum, arriving + "Gerhard Schroeder would be here if he could.",
			[]string{davos}},
		{"announced his attendance", forum, arriving + "Jacques Chirac announced his attendance on Monday.",
			[]string{davos, "Jacques Chirac participatedIn World Economic Forum"}},
		{"cancelled his attendance", forum, arriving + "Jacques Chirac cancelled his attendance on Monday.",
			[]string{davos}},
		{"a regular at", forum, arriving + "Bill Gates, the world's richest man and a regular at Davos, will focus on charity.",
			[]string{"Bill Gates participatedIn World Economic Forum", davos}},

		// Places named with their country or city; band members.
		{"the country capital city", cities, "She works in the Cameroon capital Yaounde.",
			[]string{"Yaounde locatedIn Cameroon"}},
		{"the country city of", cities, "She works in the Cameroon city of Yaounde.",
			[]string{"Yaounde locatedIn Cameroon"}},
		{"country capital without article", cities, "Cameroon capital Yaounde grew.", nil},
		{"city's new airport", cities, "The army closed Tehran's new Imam Khomeini Airport.",
			[]string{"Imam Khomeini Airport locatedIn Tehran"}},
		{"band guitarist", cities, "Coldplay guitarist Jonny Buckland said so.",
			[]string{"Jonny Buckland memberOf Coldplay"}},
		{"former band guitarist", cities, "Former Coldplay guitarist Jonny Buckland said so.", nil},

		// Dated to a day in a city by the opening adjunct.
		{"in city on day, X said", trips, "In Moscow on Friday, Mr Straw said Russia should sign the deal.",
			[]string{"Jack Straw visited Moscow"}},
		{"leader in own capital", trips, "In London on Friday, Mr Blair said Russia should sign the deal.", nil},
		{"in city on day, X will say", trips, "In Moscow on Friday, Mr Straw will urge Russia to sign.", nil},
		{"in city on day, police arrested", trips, "In Moscow on Friday, police arrested Mr Straw.", nil},

		{"event in the resort of city", forum,
			"Aids tops the agenda on the first day of the World Economic Forum in the Swiss resort of Davos.",
			[]string{davos, "Davos locatedIn Switzerland"}},
		{"someone's opening speech", forum, arriving + "Leaders will listen to Tony Blair's opening speech on Wednesday.",
			[]string{davos, "Tony Blair participatedIn World Economic Forum"}},
		{"whose attendance was announced", forum, arriving + "The themes stressed by Mr Blair - whose attendance was announced at the last minute - are familiar.",
			[]string{davos, "Tony Blair participatedIn World Economic Forum"}},
		{"expected to attend including", forum,
			arriving + "Twenty leaders are expected to attend including Jacques Chirac - due to speak by video link - and Mahmoud Abbas.",
			[]string{davos, "Jacques Chirac participatedIn World Economic Forum", "Mahmoud Abbas participatedIn World Economic Forum"}},
		{"will not attend including", forum,
			arriving + "Twenty leaders will not attend, including Jacques Chirac.", []string{davos}},
		{"be there, as will", forum,
			arriving + "Viktor Yushchenko will also be there - as will Mahmoud Abbas.",
			[]string{davos, "Mahmoud Abbas participatedIn World Economic Forum", "Viktor Yushchenko participatedIn World Economic Forum"}},
		{"put in an appearance from to", forum,
			arriving + "Showbiz figures will also put in an appearance, from the singer Bono to Angelina Jolie.",
			[]string{"Angelina Jolie participatedIn World Economic Forum", davos}},
		{"speech elsewhere, event not begun", forum,
			"Leaders will gather for the World Economic Forum next week. They will listen to Tony Blair's opening speech.", nil},

		// Attending a meeting between people; crowds converging on a place.
		{"reported to have attended a meeting between", meet,
			"Ehud Olmert was reported in June to have attended a meeting between Ruhi Dogusoy, Turkcell's chief operating officer, and executives from telecoms firms.",
			[]string{"Ehud Olmert metWith Ruhi Dogusoy"}},
		{"attended a meeting between", meet,
			"Ehud Olmert attended a meeting between Ruhi Dogusoy and bankers.",
			[]string{"Ehud Olmert metWith Ruhi Dogusoy"}},
		{"will attend a meeting between", meet,
			"Ehud Olmert will attend a meeting between Ruhi Dogusoy and bankers.", nil},
		{"hopes to attend a meeting between", meet,
			"Ehud Olmert hopes to attend a meeting between Ruhi Dogusoy and bankers.", nil},
		{"expected to converge on for", meet,
			"About 100,000 people are expected to converge on the Brazilian resort of Porto Alegre for the World Social Forum.",
			[]string{"Porto Alegre locatedIn Brazil", "Porto Alegre willHost World Social Forum"}},
		{"converged on for", meet,
			"About 100,000 people converged on Porto Alegre for the World Social Forum.",
			[]string{"Porto Alegre hosted World Social Forum"}},
		{"did not converge on", meet,
			"Protesters did not converge on Porto Alegre for the World Social Forum.", nil},

		// An arrival told without a place, then a landing.
		{"arrival then landing", flight,
			"Lufthansa may sue after the arrival of George Bush disrupted flights. It blamed Air Force One landing at Frankfurt airport.",
			[]string{"George Bush visited Frankfurt"}},
		{"awaited arrival then landing", flight,
			"Lufthansa is awaiting the arrival of George Bush on Friday. It fears Air Force One landing at Frankfurt airport.", nil},
		{"arrival, landing much later", flight,
			"Lufthansa may sue after the arrival of George Bush disrupted flights. Lufthansa said so. Lufthansa said more. It blamed Air Force One landing at Frankfurt airport.", nil},

		// Cities placed by cues, confirmed by the gazetteer.
		{"government in capital", places,
			"Egypt is worried. The government in Cairo now believes the talks will fail.",
			[]string{"Cairo locatedIn Egypt"}},
		{"government in capital, country not named", placesNoEgypt,
			"The government in Cairo now believes the talks will fail.", nil},
		{"hotel in capital", places,
			"Egypt is worried. A hotel in Cairo was closed.", nil},
		{"across the country", places,
			"Iraq needs engineers. The firm has staff across the country in Kirkuk and Baghdad.",
			[]string{"Baghdad locatedIn Iraq", "Kirkuk locatedIn Iraq"}},
		{"cities without the country", places,
			"Iraq needs engineers. The firm has staff in Kirkuk and Baghdad.", nil},
		{"across the country, wrong country", places,
			"Egypt needs engineers. The firm has staff across the country in Kirkuk and Baghdad.", nil},
	}
	x := &Extractor{gaz: gazetteer.Default()}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rc := relCase{text: c.text, ents: c.ents}
			if c.name == "leader in own capital" {
				rc.leader = [][2]string{{"Tony Blair", "United Kingdom"}}
			}
			checkRelations(t, x, rc, c.want)
		})
	}
}
