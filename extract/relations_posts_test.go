package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Post and decision constructions on invented sentences, with negatives.
func TestRelationsPosts(t *testing.T) {
	gov := []relEnt{
		{"HM Treasury", Organization, []string{"Treasury"}},
		{"Acme Bank", Organization, nil},
		{"Jane Doe", Person, []string{"Ms Doe"}},
	}
	trip := []relEnt{
		{"Gordon Brown", Person, []string{"Mr Brown"}},
		{"Jane Doe", Person, []string{"Ms Doe"}},
		{"China", Country, nil},
	}
	towns := []relEnt{
		{"Normanton", City, nil},
		{"West Yorkshire", Place, nil},
	}
	cases := []struct {
		name string
		ents []relEnt
		text string
		want []string
	}{
		{"stepped down from his post", gov,
			"Ms Doe stepped down from her Treasury post last year.", []string{"Jane Doe left HM Treasury"}},
		{"resigned from board seat", gov,
			"Jane Doe resigned from her Acme Bank board seat on Monday.", []string{"Jane Doe left Acme Bank"}},
		{"will step down from post: nothing", gov,
			"Ms Doe will step down from her Treasury post in May.", nil},
		{"to step down from post: nothing", gov,
			"Ms Doe wants to step down from her Treasury position.", nil},
		{"did not resign from post", gov,
			"Ms Doe did not resign from her Treasury post.", nil},
		{"possessive without post noun", gov,
			"Ms Doe stepped down from her Treasury duties.", nil},
		{"decision while on a trip", trip,
			"Mr Brown's decision to announce the date while on a trip to China was sensible, Ms Doe said.",
			[]string{"Gordon Brown visited China"}},
		{"decision while planning a trip", trip,
			"Mr Brown's decision to announce the date before a planned trip to China was sensible.", nil},
		{"criticism of a decision on a trip", trip,
			"Ms Doe attacked Mr Brown's decision to announce the date while on a trip to China.", []string{"Jane Doe visited China"}},
		// Typed right by the entity stage, "City in Region" already holds;
		// business-106 misses it only because of the types it gets.
		{"town in county", towns,
			"She is defending the party's stronghold of Normanton in West Yorkshire.",
			[]string{"Normanton locatedIn West Yorkshire"}},
	}
	x := &Extractor{gaz: gazetteer.Default()}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkRelations(t, x, relCase{text: c.text, ents: c.ents}, c.want)
		})
	}
}

// TestBodiesChoseHeads: a body that elected or named someone "as its
// leader" gives leaderOf, with the person's earlier post before the name;
// a deputy's post, a plan, a refusal and another's choice give none.
// Invented sentences.
func TestBodiesChoseHeads(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" for no leaderOf
	}{
		{"The Liberal Democratic Party elected former defence minister Haruka Morimoto as its leader on Saturday.", "Haruka Morimoto leaderOf Liberal Democratic Party"},
		{"The Green Party unanimously elected deputy leader Anna Berg as its new leader.", "Anna Berg leaderOf Green Party"},
		{"Barclays has appointed finance director Tom Hale as its chief executive.", "Tom Hale leaderOf Barclays"},
		{"Barclays has appointed finance director Tom Hale as its deputy chairman.", ""},
		{"Barclays has appointed finance director Tom Hale as its spokesman.", ""},
		{"Barclays will appoint finance director Tom Hale as its chief executive.", ""},
		{"Barclays plans to appoint finance director Tom Hale as its chief executive.", ""},
		{"Barclays praised finance director Tom Hale as its best employee.", ""},
		{"Barclays has appointed finance director Tom Hale, and Anna Berg as its chief executive.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == LeaderOf })
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%q: leaderOf %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestChosenToHead: a choice already made with an infinitive of leading
// ("was appointed to head ORG", "elected X to lead ORG") gives leaderOf;
// a plan, a refusal, a request and a post with no body named give none.
// Invented sentences.
func TestChosenToHead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" for no leaderOf
	}{
		{"Neema Mushi was appointed to head the African Union Commission last year.", "Neema Mushi leaderOf African Union Commission"},
		{"Tom Hale, who has been named to run Barclays, spoke on Monday.", "Tom Hale leaderOf Barclays"},
		{"The congress elected veteran official Jan Vos to lead FIFA until 2030.", "Jan Vos leaderOf FIFA"},
		{"Tom Hale will be appointed to head Barclays next year.", ""},
		{"Tom Hale has not been appointed to head Barclays.", ""},
		{"Tom Hale was asked to head Barclays.", ""},
		{"The board will appoint Tom Hale to run Barclays.", ""},
		{"Tom Hale was appointed to head an inquiry into Barclays.", ""},
		{"Tom Hale, who appointed Ann Lee to run Barclays, spoke on Monday.", "Ann Lee leaderOf Barclays"},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == LeaderOf })
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
			t.Errorf("%q: leaderOf %q, want %q", tc.text, got, tc.want)
		}
	}
}
