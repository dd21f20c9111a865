package extract

import "testing"

// TestPartyPostMemberships covers the posts and standings beside a name
// that make a person a member of a party (relations_party_posts.go).
// Every sentence is invented; each construction has near misses: a past
// standing, a firm or a war in the same phrase, a head of a company.
func TestPartyPostMemberships(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // facts that must be found
		not  []string // facts that must not be
	}{
		// "NAME, a [modifiers] NOUN of PARTY".
		{"The minority cabinet fell after the election. Tomas Hegedus, a 58-year-old veteran of the centrist Zorvat, was named to lead talks.",
			[]string{"Tomas Hegedus memberOf Zorvat"}, nil},
		{"The coalition talks went on after the election. Tomas Hegedus, a senior figure in the Liberal Party, was named to lead them.",
			[]string{"Tomas Hegedus memberOf Liberal Party"}, nil},
		{"The coalition talks went on after the election. Tomas Hegedus, a former stalwart of the Liberal Party, was named to lead them.",
			nil, []string{"Tomas Hegedus memberOf Liberal Party"}},
		{"The coalition talks went on after the election. Tomas Hegedus, a critic of the Liberal Party, was named to lead them.",
			nil, []string{"Tomas Hegedus memberOf Liberal Party"}},
		{"The bank's shares rose on Monday. Tomas Hegedus, a 30-year veteran of Brightcode Capital, was named to lead it.",
			nil, []string{"Tomas Hegedus memberOf Brightcode Capital"}},
		// "the party's [new] POST, [honorific] NAME"; a head leads it.
		{"The Liberal Party met in Leeds after the election. The speech was introduced by the party's new president, Dr Anja Brenner, who took the post in May.",
			[]string{"Anja Brenner memberOf Liberal Party", "Anja Brenner leaderOf Liberal Party"}, nil},
		{"The Liberal Party met in Leeds after the election. The speech was introduced by the party's campaign director, Anja Brenner, who joined in May.",
			[]string{"Anja Brenner memberOf Liberal Party"}, []string{"Anja Brenner leaderOf Liberal Party"}},
		{"Brightcode Capital met investors in Leeds on Monday. The speech was introduced by the firm's new president, Anja Brenner, who took the post in May.",
			nil, []string{"Anja Brenner memberOf Brightcode Capital"}},
		{"The Liberal Party met in Leeds after the election. The speech was introduced by the party's former president, Anja Brenner, who left in May.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		// "Its [REGION] POST, NAME": "its" bound to a party of the story.
		{"The Liberal Party came second in the election. Its general secretary, Anja Brenner, met the president on Monday.",
			[]string{"Anja Brenner memberOf Liberal Party"}, []string{"Anja Brenner leaderOf Liberal Party"}},
		{"The far-right Unity Front won seats in the election and will join the coalition. Its Kent leader, Anja Brenner, will become finance minister.",
			[]string{"Anja Brenner memberOf Unity Front"}, []string{"Anja Brenner leaderOf Unity Front"}},
		{"The Liberal Party came second in the election. Its former treasurer, Anja Brenner, met the president on Monday.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		{"Brightcode Capital made a loss in the quarter. Its finance director, Anja Brenner, met investors on Monday.",
			nil, []string{"Anja Brenner memberOf Brightcode Capital"}},
		// "NAME, its|the party's POST,": the post set after the name.
		{"The Liberal Party came second in the election. Anja Brenner, its general secretary, said talks would go on.",
			[]string{"Anja Brenner memberOf Liberal Party"}, []string{"Anja Brenner leaderOf Liberal Party"}},
		{"The Liberal Party met in Leeds after the election. Anja Brenner, the party's new president, spoke first.",
			[]string{"Anja Brenner memberOf Liberal Party", "Anja Brenner leaderOf Liberal Party"}, nil},
		{"The Liberal Party met in Leeds after the election. Anja Brenner, the party's former president, spoke first.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		{"The Liberal Party met in Leeds after the election. Anja Brenner, a critic of the party's president, spoke first.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		{"Brightcode Capital met investors in Leeds on Monday. Anja Brenner, its new president, spoke first.",
			nil, []string{"Anja Brenner memberOf Brightcode Capital"}},
		{"The Liberal Party backed the plan, but Brightcode Capital did not. Anja Brenner, its general secretary, said talks would go on.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		// "NAME, who chairs the party's BODY".
		{"The Liberal Party lost the election. Its leader named Anja Brenner, who chairs the party's policy board, as minister without portfolio.",
			[]string{"Anja Brenner memberOf Liberal Party"}, []string{"Anja Brenner leaderOf Liberal Party"}},
		{"The Liberal Party lost the election. Anja Brenner, who sits on the party's national executive, called for calm.",
			[]string{"Anja Brenner memberOf Liberal Party"}, nil},
		{"The Liberal Party lost the election. Anja Brenner, who criticised the party's policy board, called for calm.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		{"Brightcode Capital hosted the fundraiser. Anja Brenner, who chairs the party's guest list, gave a speech about the election.",
			nil, []string{"Anja Brenner memberOf Brightcode Capital"}},
		// A party leader's predecessor as leader.
		{"Liberal Party leader Tomas Hegedus spoke in Leeds. Hegedus, who succeeded Anja Brenner as leader in 2022, promised a fight at the election.",
			[]string{"Anja Brenner memberOf Liberal Party"}, nil},
		{"Liberal Party leader Tomas Hegedus spoke in Leeds. Hegedus, who succeeded Anja Brenner as treasurer in 2022, promised a fight at the election.",
			nil, []string{"Anja Brenner memberOf Liberal Party"}},
		{"Brightcode Capital chief executive Tomas Hegedus spoke in Leeds. Hegedus, who succeeded Anja Brenner as chairman in 2022, promised growth.",
			nil, []string{"Anja Brenner memberOf Brightcode Capital"}},
		// A body whose leader's sentence goes on to "the party" is a party.
		{"The coalition lost its majority after the election. On Monday ZVP leader Tomas Hegedus told reporters after a meeting of the party's executive that talks were over.",
			[]string{"Tomas Hegedus memberOf ZVP", "Tomas Hegedus leaderOf ZVP"}, nil},
		{"The coalition lost its majority after the election. On Monday ZVP leader Tomas Hegedus warned that his party could walk out.",
			[]string{"Tomas Hegedus memberOf ZVP"}, nil},
		{"The coalition lost its majority after the election. On Monday ZVP leader Tomas Hegedus attended the Liberal Party conference with his party's staff.",
			nil, []string{"Tomas Hegedus memberOf ZVP"}},
		{"Sales rose in the quarter. Brightcode chief Tomas Hegedus threw a party for his staff.",
			nil, []string{"Tomas Hegedus memberOf Brightcode"}},
		{"ZVP leader Tomas Hegedus said the party was over for cheap flights, as fuel prices rose again.",
			nil, []string{"Tomas Hegedus memberOf ZVP"}},
	} {
		d := extractText(t, tc.text)
		got := map[string]bool{}
		for _, f := range d.Facts {
			got[d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: missing %q (facts %v)", tc.text, w, wireFactList(got))
			}
		}
		for _, n := range tc.not {
			if got[n] {
				t.Errorf("%q: unwanted %q", tc.text, n)
			}
		}
	}
}

// TestPartyStandingWords checks the token readers on their own: the
// word test the standing reader uses for modifiers.
func TestPartyStandingWords(t *testing.T) {
	for s, want := range map[string]bool{"64-year-old": true, "senior": true, ",": false, "(": false, "": false} {
		if got := wordLike(s); got != want {
			t.Errorf("wordLike(%q) = %v, want %v", s, got, want)
		}
	}
}
