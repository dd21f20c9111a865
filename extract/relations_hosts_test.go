package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// hostWorld is the cast of the hosting sentences below (all invented).
var hostWorld = []relEnt{
	{"Perth", City, nil},
	{"Lisbon", City, nil},
	{"Chile", Country, nil},
	{"Estadio Nacional", Place, nil},
	{"Andean Open", Event, nil},
	{"Pacific Music Awards", Event, []string{"@the ceremony"}},
	{"Harbour Games", Event, nil},
	{"Atlantic Cup", Event, nil},
	{"Global Robotics Fair", Event, nil},
	{"Harbour Lights", Event, nil},
	{"John Smith", Person, []string{"Smith"}},
	{"Harbour Trust", Organization, nil},
}

// hostRuleCase is one invented sentence and the facts, sorted, that the
// rules under test give for it.
type hostRuleCase = struct {
	text string
	want []string
}

// checkHostFacts extracts each case's sentence over hostWorld and
// compares the facts keep selects (the rules under test), sorted, with
// the case's want; every hosting test shares it, so that each test holds
// only its sentences and which rules it reads.
func checkHostFacts(t *testing.T, cases []hostRuleCase, keep func(f Fact) bool) {
	t.Helper()
	x := &Extractor{}
	for _, tc := range cases {
		a := relCase{text: tc.text, ents: hostWorld}.build(t)
		x.findRelations(a)
		var got []string
		for _, f := range a.doc.Facts {
			if keep(f) {
				got = append(got, fmt.Sprintf("%s %s %s", a.doc.Entities[f.Subject].Name, f.Predicate, a.doc.Entities[f.Object].Name))
			}
		}
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

func TestHostClauses(t *testing.T) {
	cases := []struct {
		text string
		want []string // facts of the event-clause-in rules
	}{
		// A relative clause of starting, told in the present: to come.
		{"Smith is fit for the Andean Open, which begins on 3 March in Perth.", []string{"Perth willHost Andean Open"}},
		{"Smith hopes to play the Andean Open which starts next month in Perth.", []string{"Perth willHost Andean Open"}},
		// Passives of holding, by tense.
		{"The Pacific Music Awards ceremony will be held in Lisbon on 5 May.", []string{"Lisbon willHost Pacific Music Awards"}},
		{"The Pacific Music Awards ceremony will take place at Lisbon's Estadio Nacional.", []string{"Estadio Nacional willHost Pacific Music Awards", "Lisbon willHost Pacific Music Awards"}},
		{"Smith spoke at the Global Robotics Fair, held last week in Lisbon.", []string{"Lisbon hosted Global Robotics Fair"}},
		{"The Harbour Games has started on Monday in Perth with a parade.", []string{"Perth hosted Harbour Games"}},
		// An acronym, a ceremony or the finals between event and place.
		{"Smith opened the Global Robotics Fair (GRF) in Lisbon on Monday.", []string{"Lisbon hosted Global Robotics Fair"}},
		{"Smith starred at the Atlantic Cup finals in Chile.", []string{"Chile hosted Atlantic Cup"}},
		{"Smith reached the Andean Open semis in Perth.", []string{"Perth hosted Andean Open"}},
		{"Smith may appear at the Global Robotics Fair (GRF) in Lisbon, which takes place in May, organisers say.", []string{"Lisbon willHost Global Robotics Fair"}},
		// "takes place" in the present, a date before the place: an
		// edition to come, unless the clause says it is on now or every
		// year. ("takes place in" right after the verb is heldIn's.)
		{"The Harbour Games, which takes place on 4 July at Lisbon's Estadio Nacional, sold out.", []string{"Estadio Nacional willHost Harbour Games", "Lisbon willHost Harbour Games"}},
		{"Smith flies to the Global Robotics Fair, which takes place next month in Lisbon.", []string{"Lisbon willHost Global Robotics Fair"}},
		{"Smith spoke on the first day of the Global Robotics Fair, which takes place on Monday in Lisbon, Chile this week.", []string{"Lisbon hosted Global Robotics Fair"}},
		{"The Andean Open, which takes place on 1 May in Perth every year, draws big crowds.", []string{"Perth hosted Andean Open"}},
		{"The Andean Open, which takes place without fans, is in Perth.", nil},
		// "festival" after a name that leaves it out stands for the event.
		{"The Harbour Lights festival, which takes place at Lisbon's Estadio Nacional in July, sold out.", []string{"Estadio Nacional willHost Harbour Lights", "Lisbon willHost Harbour Lights"}},
		{"The Harbour Lights festival director, who lives in Lisbon, resigned.", nil},
		// An apposed infinitive of holding: planned, so to come.
		{"Smith will curate the Harbour Lights festival, to be held at Lisbon's Estadio Nacional in June.", []string{"Estadio Nacional willHost Harbour Lights", "Lisbon willHost Harbour Lights"}},
		{"Smith will curate the Harbour Games, to be honest, at Lisbon's Estadio Nacional in June.", nil},
		// A date between the event and its place; the tense from the date.
		{"Smith will perform at the Pacific Music Awards on 13 February in Lisbon.", []string{"Lisbon willHost Pacific Music Awards"}},
		{"The Pacific Music Awards will be handed out in Lisbon on 5 May.", []string{"Lisbon willHost Pacific Music Awards"}},
		// A venue not typed as a place stands in the town after it.
		{"The Pacific Music Awards will be held on 8 December at the Harbour Trust in Lisbon.", []string{"Lisbon willHost Pacific Music Awards"}},
		// A description the coreference stage tied to the event.
		{"Smith collected two prizes at the ceremony at Lisbon's Estadio Nacional.", []string{"Estadio Nacional hosted Pacific Music Awards", "Lisbon hosted Pacific Music Awards"}},
		// A cup's final, or a dated game of it, is one match of a
		// competition played at many grounds.
		{"Smith scored in the Atlantic Cup final in Lisbon.", nil},
		{"Smith plays Jones in the Atlantic Cup on Sunday in Lisbon.", nil},
		// Conditional, denied, or a modal other than "will": nothing.
		{"Smith will decide whether the Harbour Games ceremony will be held in Perth.", nil},
		{"The Harbour Games ceremony could be held in Perth.", nil},
		// A condition on taking part leaves the place taken for granted:
		// an entry still in doubt is for an event to come.
		{"Smith is undecided about whether to take part in the Andean Open in Perth.", []string{"Perth willHost Andean Open"}},
		{"Smith has not decided whether to contest next month's Harbour Games in Lisbon.", []string{"Lisbon willHost Harbour Games"}},
		{"It is unclear if Smith will be fit in time for the Atlantic Cup finals in Chile.", []string{"Chile willHost Atlantic Cup"}},
		{"Smith asked whether the Andean Open in Perth would sell out.", nil},
		{"Smith will go if the Harbour Games in Lisbon are safe.", nil},
		// A description of someone between the event and its clause.
		{"The Andean Open, the pride of the Harbour Trust, has started in Perth.", []string{"Perth hosted Andean Open"}},
		{"The Andean Open, Lisbon and Chile have started talks in Perth.", nil},
		// An event and its place fronted before the subject, no comma.
		{"At the Global Robotics Fair in Lisbon Smith showed a robot.", []string{"Lisbon hosted Global Robotics Fair"}},
		{"At the Global Robotics Fair in Lisbon visitors will see robots.", []string{"Lisbon willHost Global Robotics Fair"}},
		{"At the Global Robotics Fair in Lisbon's Estadio Nacional Smith showed a robot.", nil},
		// A list of places, or a place modifying a noun, is not the host.
		{"Smith trained at the Harbour Games finals in Perth, Lisbon and Chile.", nil},
		{"Smith wilted at the Andean Open semis in the Perth heat.", nil},
		// A site noun after the place's name says what kind of site it is.
		{"The Pacific Music Awards were held at the Estadio Nacional fairground on Monday.", []string{"Estadio Nacional hosted Pacific Music Awards"}},
		{"The Pacific Music Awards were held at the Estadio Nacional offices on Monday.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool { return strings.HasSuffix(f.Rule, "/event-clause-in") })
}

func TestGatheredFor(t *testing.T) {
	cases := []struct {
		text string
		want []string // facts of the gathered-in-for rules
	}{
		{"Thousands of fans have gathered in Perth for the Harbour Games.", []string{"Perth hosted Harbour Games"}},
		{"Experts gathered at the Harbour Trust in Lisbon for the Global Robotics Fair last week.", []string{"Lisbon hosted Global Robotics Fair"}},
		{"The finalists were brought together in Lisbon on 3-5 May for the Andean Open.", []string{"Lisbon hosted Andean Open"}},
		// A gathering still to come is left to the document rules.
		{"The finalists will be brought together in Lisbon on 3-5 May for the Andean Open.", nil},
		// Not gathered there for the event, or not at all.
		{"The finalists were brought in Lisbon for the Andean Open.", nil},
		{"Fans did not gather in Perth for the Harbour Games.", nil},
		{"Fans gathered in Perth before the Harbour Games.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool { return strings.HasSuffix(f.Rule, "/gathered-in-for") })
}

// TestGatheredAtVenue runs the whole extractor on invented stories:
// people gathered at a venue named by a venue noun, in a sentence naming
// no event, at the event the story leads with.
func TestGatheredAtVenue(t *testing.T) {
	const lead = "Farewell to a poet\n\nWriters paid tribute to poet Ann Lowe at a funeral in Leeds. "
	cases := []struct {
		text string
		want []string // facts of hosted/gathered-at-venue
	}{
		{lead + "Friends gathered at the Hallam Cathedral on Friday.", []string{"Hallam Cathedral hosted funeral in Leeds"}},
		{lead + "Friends gathered at St Mary's Church on Friday.", []string{"St Mary's Church hosted funeral in Leeds"}},
		// Still to come, at a place no venue noun names, for another event.
		{lead + "Friends will gather at the Hallam Cathedral next week.", nil},
		{lead + "Protesters gathered at the Danish embassy on Friday.", nil},
		{lead + "Friends gathered at the Hallam Cathedral for the Leeds Book Fair.", nil},
		// A cup is played at many grounds.
		{"Cup final\n\nFans cheered the Coastal Cup in Leeds on Saturday. Supporters gathered at the Harlow Stadium before kick-off.", nil},
	}
	for _, tc := range cases {
		_, facts := factRules(t, tc.text)
		var got []string
		for f, rule := range facts {
			if rule == ruleGatherVenueHosted {
				got = append(got, f)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
