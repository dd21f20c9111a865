package extract

import "testing"

// TestEventDescriptions: "the festival", "the ceremony", "the race" stand
// for the one event of their kind named before them; a description with
// two candidates, one after an indefinite event ("an exhibition event"),
// one beside another event of its sentence, or one that is part of a
// longer phrase ("the festival director", "the race to sign") binds
// nothing. Every sentence is invented.
func TestEventDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"festival after its name",
			"Film news\n\nThe Cannes Film Festival opens on Wednesday with a French drama. Critics say the festival has a strong line-up this year.",
			"the festival", "Cannes Film Festival"},
		{"ceremony means the awards",
			"Music night\n\nThe Brit Awards were held in London on Tuesday. Joss Stone sang at the ceremony before a crowd of 3,000.",
			"the ceremony", "Brit Awards"},
		{"race means a marathon",
			"Athletics\n\nPaula Radcliffe will run in the London Marathon in April. Radcliffe won the race in 2002 and 2003.",
			"the race", "London Marathon"},
		{"event means a contest",
			"Athletics\n\nThe European Indoor Championships open in Madrid next month. Kelly Holmes must decide a day before the event begins.",
			"the event", "European Indoor Championships"},
		{"two festivals",
			"Film news\n\nThe Berlin Film Festival and the Venice Film Festival named their juries on Monday. The festival will open in February.",
			"The festival", ""},
		{"an indefinite event since",
			"Tennis\n\nThe Wimbledon Championships ended in July. In October she played at an exhibition event in Belgium, and she took the medicine during the event.",
			"the event", ""},
		{"kind that no event named has",
			"Cricket\n\nThe Cannes Film Festival opens on Wednesday. England begin the tour in Cape Town next week.",
			"the tour", ""},
		{"noun after the head",
			"Film news\n\nThe Cannes Film Festival opens on Wednesday. Critics praised the festival director for the line-up.",
			"the festival", ""},
		{"quantified prizes",
			"Music night\n\nThe Brit Awards were held in London on Tuesday. Of all the awards handed out, best album mattered most.",
			"the awards", ""},
		{"service means the funeral",
			"Tributes\n\nThe actor's funeral took place in Boston on Friday. Among the mourners at the service was the city's mayor.",
			"the service", "actor's funeral"},
		{"two hearings",
			"Court news\n\nA hearing in Leeds and a hearing in York were set for May. Lawyers said the hearing would be short.",
			"the hearing", ""},
		{"this year's edition",
			"Film news\n\nThe Venice Film Festival names its jury on Monday. Some 200 films will be shown at this year's festival.",
			"this year's festival", "Venice Film Festival"},
		{"the evening's edition",
			"Music night\n\nThe Mobo Awards were handed out in London. Two rappers performed at Thursday's event.",
			"Thursday's event", "Mobo Awards"},
		{"last year's edition is another",
			"Film news\n\nThe Venice Film Festival names its jury on Monday. The director won a prize at last year's festival.",
			"last year's festival", ""},
		{"next year's edition is another",
			"Film news\n\nThe Venice Film Festival names its jury on Monday. Its director will stand down after next year's festival.",
			"next year's festival", ""},
		{"this year's with two of the kind",
			"Film news\n\nThe Berlin Film Festival and the Venice Film Festival named their juries on Monday. Few stars will come to this year's festival.",
			"this year's festival", ""},
		{"final after a final named",
			"Cup news\n\nRovers beat United to reach the Northern Cup final. The first leg of the final will be played in Leeds in May.",
			"the final", "Northern Cup final"},
		{"final after a final of another year",
			"Cup news\n\nRovers lost the 2001 Northern Cup final to United. Rovers reached the final again this year.",
			"the final", ""},
		{"a day's final is this edition's",
			"Tennis\n\nSafin lost the Southern Open final to Hewitt. He beat Roddick in Sunday's final.",
			"Sunday's final", ""},
		{"race to do something",
			"Racing\n\nThe Grand National is run at Aintree in April. Three owners have joined the race to buy the favourite.",
			"the race", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}

// TestEventDescriptionFacts: a resolved event description takes part in
// facts as the event's name would. Every sentence is invented.
func TestEventDescriptionFacts(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // a fixed fact that must be extracted
	}{
		{"hosted by",
			"Comedy night\n\nThe British Comedy Awards took place in London on Saturday. The ceremony was hosted by comedian Jonathan Ross.",
			"Jonathan Ross hosted Event:British Comedy Awards"},
		{"performing at a described concert",
			"Charity gig\n\nTickets for Saturday's concert at Glasgow's SECC sold out in an hour. Travis and Texas are among the acts performing at the concert.",
			"Travis participatedIn Event:Saturday's concert"},
		{"performing at this year's edition",
			"Music night\n\nThe Mobo Awards were held in London on Tuesday. Keane performed at this year's awards.",
			"Keane participatedIn Event:Mobo Awards"},
		{"it held at",
			"Music night\n\nThe Mobo Awards return next month with ten new categories. The show will be presented by a radio host. It will be held at the Royal Albert Hall.",
			"Royal Albert Hall willHost Event:Mobo Awards"},
		{"held in",
			"Film news\n\nThe Sundance Film Festival opens next week. The festival is held in the mountain town of Park City each January.",
			"Park City hosted Event:Sundance Film Festival"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				g := d.Entities[f.Subject].Name + " " + f.Predicate + " " + string(d.Entities[f.Object].Type) + ":" + d.Entities[f.Object].Name
				if g == tc.want {
					return
				}
				got = append(got, g)
			}
			t.Errorf("facts %v, want %q among them", got, tc.want)
		})
	}
}

// TestEventIt: a subject "it" staging an event ("It will be held at",
// "It takes place in") is the one contest or ceremony the story has
// named, when the sentence before is about that event; two events of
// the kind, an indefinite event since, a sentence before about a body,
// or one about something else (a film "takes place" too) bind nothing.
// Every sentence is invented.
func TestEventIt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the referent of "It", "" for none
	}{
		{"after the show",
			"Music night\n\nThe Mobo Awards return next month with ten new categories. The show will be presented by a radio host. It will be held at the Royal Albert Hall.",
			"Mobo Awards"},
		{"after the name",
			"Film news\n\nOrganisers unveiled the Leeds Film Festival line-up on Monday, with 80 films from 20 countries. It takes place in November.",
			"Leeds Film Festival"},
		{"a summit",
			"Summit news\n\nThe Nato Summit opens in November with talks on Ukraine. It will be held in Riga.",
			"Nato Summit"},
		{"a summit and a tournament",
			"Summit news\n\nThe Nato Summit clashes with the Riga Open tennis tournament. It will be held in Riga.",
			""},
		{"two awards",
			"Music night\n\nThe Mobo Awards and the Brit Awards named their nominees on Monday. The show will be presented by a radio host. It will be held at the Royal Albert Hall.",
			""},
		{"a body's sentence before",
			"Film news\n\nThe Leeds Film Festival opens in November. Leeds City Council approved a new arts budget on Monday. It will be held in the town hall.",
			""},
		{"a film takes place",
			"Film news\n\nThe drama won a prize at the Leeds Film Festival. The film shows a priest who falls in love. It takes place in Kerala.",
			""},
		{"an indefinite event since",
			"Film news\n\nThe Leeds Film Festival opens in November. Organisers also plan an exhibition at the festival. It will be held in the town hall.",
			""},
		{"not a staging verb",
			"Music night\n\nThe Mobo Awards return next month. The show will be presented by a radio host. It held auditions for the band on Monday.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, "It"); got != tc.want {
				t.Errorf("It resolves to %q, want %q", got, tc.want)
			}
		})
	}
}
