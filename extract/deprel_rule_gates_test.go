package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/deprules"
)

// TestDepRuleGates runs invented sentences through the whole extractor
// for the dependency rules whose facts depRelations and relState.add gate
// by name: a governor or premier leads a region (regionHeadRule), which
// no other leader role reaches; a politician belongs, and a candidate
// stands, for a party only (partyOnlyRules); an event called off after
// its place, or only wished for, is hosted nowhere (depHostedPassiveRule).
func TestDepRuleGates(t *testing.T) {
	if _, err := deprules.Default(); err != nil {
		t.Skip(err)
	}
	x := testExtractor(t)
	for _, c := range []struct {
		text, subj, pred, obj string
		want                  bool
	}{
		{"Alma Trevino served as Governor of Ohio from 1991 to 1997.\n", "Alma Trevino", LeaderOf, "Ohio", true},
		{"Dale Kirwan served as premier of Manitoba until 2003.\n", "Dale Kirwan", LeaderOf, "Manitoba", true},
		{"Dale Kirwan served as Deputy Premier of Manitoba until 2003.\n", "Dale Kirwan", LeaderOf, "Manitoba", false},
		{"Dale Kirwan was a former premier of Manitoba.\n", "Dale Kirwan", LeaderOf, "Manitoba", false},
		{"Aino Lehtinen served as Prime Minister of Finland from 1991 to 1995.\n", "Aino Lehtinen", LeaderOf, "Finland", true},
		{"Aino Lehtinen served as Foreign Minister of Finland from 1991 to 1995.\n", "Aino Lehtinen", LeaderOf, "Finland", false},
		// "was" before the post tells it as over (titles_past.go), as
		// for "was the governor of Texas".
		{"Aino Lehtinen was the Prime Minister of Finland.\n", "Aino Lehtinen", LeaderOf, "Finland", false},
		{"Sigrid Haugen is a Norwegian politician for the Centre Party.\n", "Sigrid Haugen", MemberOf, "Centre Party", true},
		{"Edwin Marsh was a British Labour Party politician.\n", "Edwin Marsh", MemberOf, "Labour Party", true},
		{"Edwin Marsh is a European Union politician.\n", "Edwin Marsh", MemberOf, "European Union", false},
		{"Edwin Marsh criticised a politician of the Liberal Party.\n", "Edwin Marsh", MemberOf, "Liberal Party", false},
		// A candidate stands for a party; a seat's body is no side.
		{"Mark Hollis will stand for the Green Party in Bristol West.\n", "Mark Hollis", MemberOf, "Green Party", true},
		{"Mark Hollis will stand for the European Parliament in June.\n", "Mark Hollis", MemberOf, "European Parliament", false},
		{"Mark Hollis stood for the Green Party in 1997.\n", "Mark Hollis", MemberOf, "Green Party", false},
		// An event called off after its place, or only asked for, is
		// hosted nowhere (depHostedPassiveRule, relations_hosts_dep.go).
		{"Leaders will attend the Harbour Summit in June.\n\nThe summit, which was to be held in Tallinn, has been called off.\n", "Tallinn", WillHost, "Harbour Summit", false},
		{"Leaders will attend the Harbour Summit in June.\n\nThe summit, which was to be held in Tallinn, has been postponed.\n", "Tallinn", WillHost, "Harbour Summit", false},
		{"Leaders will attend the Harbour Summit in June.\n\nEstonia pushed for the summit to be held in Tallinn.\n", "Tallinn", Hosted, "Harbour Summit", false},
		{"Leaders will attend the Harbour Summit in June.\n\nThe summit, which was to be held in Tallinn, was not cancelled.\n", "Tallinn", WillHost, "Harbour Summit", true},
		{"Leaders will attend the Harbour Summit in June.\n\nThe summit, which is to be held in Tallinn, has been welcomed.\n", "Tallinn", WillHost, "Harbour Summit", true},
	} {
		doc, err := x.Extract(t.Context(), "t.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range doc.Facts {
			if f.Predicate == c.pred && doc.Entities[f.Subject].Name == c.subj && doc.Entities[f.Object].Name == c.obj {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: %s %s %s = %v, want %v", c.text, c.subj, c.pred, c.obj, got, c.want)
		}
	}
}
