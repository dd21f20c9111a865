package extract

import (
	"strings"
	"testing"
)

// TestTitleFactsOwners covers the leaderOf constructions added after the
// held-out review: descriptors before the owner, co-heads, and club or
// national-team managers and coaches, each with negatives.
func TestTitleFactsOwners(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ann Lee, executive chairman of software firm Brightcode, said sales rose.", []string{"Ann Lee leaderOf Brightcode"}},
		{"Ann Lee, head of market research at Brightcode, said sales rose.", nil},
		{"Tom Hale, the head of giant chip maker Ridgeway Systems, said prices rose.", []string{"Tom Hale leaderOf Ridgeway Systems"}},
		{"The chief executive of the Ridgeway conglomerate, Sergio Rossi, said it was hard.", []string{"Sergio Rossi leaderOf Ridgeway"}},
		{"Tom Hale, the head of sales at chip maker Ridgeway Systems, said prices rose.", nil},
		{"Tom Hale, co-head of Ridgeway Capital, said markets were calm.", []string{"Tom Hale leaderOf Ridgeway Capital"}},
		{"Dutch co-chairman Piet Visser will step aside.", nil},
		{"Brockley United lost the match. Brockley United manager Sam Cole blamed the league fixture list.", []string{"Sam Cole leaderOf Brockley United"}},
		{"Wales coach Dai Morgan named his squad for the match.", []string{"Dai Morgan leaderOf Wales"}},
		{"Sales at Brightcode rose, said Brightcode manager Ann Lee.", nil},
		// Plural positions and a goalless draw mark a football story too.
		{"Brockley United manager Sam Cole praised his defenders after the goalless draw.", []string{"Sam Cole leaderOf Brockley United"}},
		{"Brightcode manager Ann Lee praised the defenders of the plan.", nil},
		{"The player thanked his Australian coach Dan Reid after the match and the tournament.", nil},
		{"Brockley United assistant manager Sam Cole praised the squad after the match.", nil},
		// Two posts of one holder.
		{"Sales rose, said Ridgeway Systems chairman and chief executive Ann Lee.", []string{"Ann Lee leaderOf Ridgeway Systems"}},
		{"Sales rose, said Ridgeway Systems sales and marketing director Ann Lee.", nil},
		// An honorific between the role and the name.
		{"Ridgeway Systems chief executive Lord Hale said the results were strong.", []string{"Lord Hale leaderOf Ridgeway Systems"}},
		{"Brockley United lost the match. Brockley United manager Sir Sam Cole blamed the league fixture list.", []string{"Sam Cole leaderOf Brockley United"}},
		{"Prices rose, said former Ridgeway Systems chief executive Sir Tom Hale.", nil},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if f.Predicate == LeaderOf && strings.HasPrefix(f.Rule, "title:") {
				got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTitleFactsMissingComma(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Ann Lee, Brightcode's chief executive told reporters that sales rose.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee, Brightcode's finance director told reporters that sales rose.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

func TestBareTitleEarlierCountry(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Moldova's parliament met on Monday. Lawmakers debated the budget for hours. The new President, Ivan Petrov, has said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		{"Moldova's parliament met on Monday. Lawmakers debated the budget for hours. Later Prime Minister Ivan Petrov said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		// Two countries named earlier: no single candidate.
		{"Moldova and Romania signed a deal. Lawmakers debated it for hours. Later Prime Minister Ivan Petrov said cuts are coming.", ""},
		// Britain has no president; a firm's president leads the firm.
		{"The United Kingdom backed the plan. Lawmakers debated it for hours. Then President Ivan Petrov said it was good.", ""},
		{"Moldova's parliament met on Monday. Lawmakers debated the budget for hours. The group's president Ivan Petrov said cuts are coming.", ""},
		// A country describing a noun ("a US banker", "in US
		// dollars") is not the story's country; one the story turns
		// to is.
		{"Moldova has hired a US banker to run its central bank. Lawmakers debated the move for hours. Later Prime Minister Ivan Petrov said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		{"Moldova will tax deals in US dollars from May. Lawmakers debated the move for hours. Later Prime Minister Ivan Petrov said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		{"Moldova has asked the US to run its central bank. Lawmakers debated the move for hours. Later Prime Minister Ivan Petrov said cuts are coming.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

func TestReplacedAsRole(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Ann Lee replaced Tom Hale as chief executive of Brightcode in May.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee replaced Tom Hale as finance director of Brightcode in May.", ""},
		{"Ann Lee will replace Tom Hale as chief executive of Brightcode in May.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// checkTitleFacts extracts text and compares its title-rule leaderOf facts,
// joined by "; ", with want ("" for none).
func checkTitleFacts(t *testing.T, text, want string) {
	t.Helper()
	d := extractText(t, text)
	var got []string
	for _, f := range d.Facts {
		if f.Predicate == LeaderOf && strings.HasPrefix(f.Rule, "title:") {
			got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
		}
	}
	if strings.Join(got, "; ") != want {
		t.Errorf("%q: facts %q, want %q", text, got, want)
	}
}

// TestTitleOwnerTailsAndIts covers two wrong owners: an owner that ends a
// longer capitalised title ("Passion of the Christ director X" directs a
// film), and "its" reaching past a name the entity stage did not read as
// an organisation.
func TestTitleOwnerTailsAndIts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The Return of the Brightcode director Sam Cole won a prize at the ceremony.", ""},
		{"Shares fell after the comments of Brightcode chief executive Sam Cole.", "Sam Cole leaderOf Brightcode"},
		// A resignation ends the post (titles_past.go).
		{"Shares fell after the resignation of Brightcode chief executive Sam Cole.", ""},
		{"Shares in Ridgeway Systems fell. Its chairman Sam Cole said costs rose.", "Sam Cole leaderOf Ridgeway Systems"},
		{"Ridgeway Systems backed the campaign by the Velmora Collective, and its leader Sam Cole spoke.", ""},
		{"Shares in Ridgeway Systems fell on Monday in October. Its chairman Sam Cole said costs rose.", "Sam Cole leaderOf Ridgeway Systems"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestTitleOwnerCommonNoun covers a role whose owner is a common noun for
// the one festival or museum the story named: "Festival director X",
// "X, director of the museum".
func TestTitleOwnerCommonNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The Velmora Film Festival opens on Friday with twenty films. Festival director Anna Brecht said the line-up was strong.", "Anna Brecht leaderOf Velmora Film Festival"},
		{"Crowds came to the Velmora Film Festival on Friday. \"It was a good year,\" festival director Anna Brecht said.", "Anna Brecht leaderOf Velmora Film Festival"},
		{"Visitors filled the Harlow Museum of Art on Sunday. Anna Brecht, director of the museum, welcomed them.", "Anna Brecht leaderOf Harlow Museum of Art"},
		// No festival named before, or two of them: nothing.
		{"Crowds came on Friday. Festival director Anna Brecht said the line-up was strong.", ""},
		{"The Velmora Film Festival and the Ostend Film Festival both open on Friday. Festival director Anna Brecht said the line-up was strong.", ""},
		// A noun left out of the list names too many bodies.
		{"The Velmora Ethics Committee met on Friday. Its work was slow, said committee chairman Anna Brecht.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestTitleCounterpart covers "his ORG counterpart Y" after a leader:
// Y leads ORG, but only when ORG is a body named as such and a leader
// stands before it.
func TestTitleCounterpart(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Brightcode chief executive Sam Cole will meet his Ridgeway Systems counterpart Ann Lee on Friday.", "Sam Cole leaderOf Brightcode; Ann Lee leaderOf Ridgeway Systems"},
		// A minister's peer in another country leads nothing.
		{"Finance minister Sam Cole will meet his German counterpart Ann Lee on Friday.", ""},
		// No leader before: the post is unknown.
		{"Brightcode analyst Sam Cole will meet his Ridgeway Systems counterpart Ann Lee on Friday.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestTitleGeneralSecretary covers "general secretary", the British word
// order of "secretary general": the head of a union or association, never
// of a country, and of a party only in a communist party (elsewhere the
// party's chief official). It also covers an acronym in brackets closing
// the owner of an apposition ("of the Union of Dock Workers (UDW),").
func TestTitleGeneralSecretary(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Harbour Workers Union general secretary Ann Lee warned of strikes.", "Ann Lee leaderOf Harbour Workers Union"},
		{"Ann Lee, general secretary of the Federation of Harbour Workers, warned of strikes.", "Ann Lee leaderOf Federation of Harbour Workers"},
		{"Ann Lee, assistant general secretary of the Federation of Harbour Workers, warned of strikes.", ""},
		{"Labour Party general secretary Ann Lee said the campaign was ready.", ""},
		{"Communist Party general secretary Li Wen met the visitors.", "Li Wen leaderOf Communist Party"},
		{"The Moldovan general secretary Ann Lee spoke first.", ""},
		{"Sales fell, said Ann Lee, general secretary of the Federation of Harbour Workers (FHW), on Monday.", "Ann Lee leaderOf Federation of Harbour Workers"},
		{"Ann Lee, chairman of the Federation of Harbour Workers (FHW), warned of strikes.", "Ann Lee leaderOf Federation of Harbour Workers"},
		{"Ann Lee, head of research (Europe) at the Federation of Harbour Workers, warned of strikes.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestNationalCoachWithDemonym: "England coach X" leads the England side
// even when the story's "English rugby" keeps the entity a country; the
// coach of a country named outside a sports story leads nothing.
func TestNationalCoachWithDemonym(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Moldova coach Ion Rusu says Moldovan rugby must act now. His players face Wales in the Six Nations match on Saturday.", "Ion Rusu leaderOf Moldova"},
		{"Moldova coach Ion Rusu says the side must act now. His players face Wales in the Six Nations match on Saturday.", "Ion Rusu leaderOf Moldova"},
		{"Moldova coach Ion Rusu says Moldovan tourism must grow. The airline will add flights in May.", ""},
		{"Ion Rusu's Moldovan coach Tom Hale says Moldovan rugby must act now. His players face Wales in the Six Nations match on Saturday.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestTitleOwnerAfterPossessive: "of the UK's Confederation of Retail",
// "of Ridgeway's Brightcode Labs": the name before the possessive says
// where or whose the body is, and the organisation after it holds the
// post; two posts joined by "and" lead when either is a leader's. Every
// text is invented.
func TestTitleOwnerAfterPossessive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The delegation was led by Tom Hale, director general of the UK's Federation of Small Retailers (FSR), on Monday.", "Tom Hale leaderOf Federation of Small Retailers"},
		{"Ann Lee, head of Ridgeway Systems' European arm, said sales rose.", ""},
		{"Ann Lee, chairman and founder of Ridgeway Systems, said sales rose.", "Ann Lee leaderOf Ridgeway Systems"},
		{"Ann Lee, founder and chairman of Ridgeway Systems, said sales rose.", "Ann Lee leaderOf Ridgeway Systems"},
		{"Ann Lee, deputy chairman and founder of Ridgeway Systems, said sales rose.", ""},
		{"Ann Lee, founder and editor of Ridgeway Review, said sales rose.", ""},
	} {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if f.Predicate == LeaderOf {
				got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestTitleRankBetweenPostAndName: "The head of the NCCU, Acting Chief
// Inspector, Tom Hale," names the post, then the holder's rank, then the
// holder; a lower-case role between the commas is someone else's post.
// Every text is invented.
func TestTitleRankBetweenPostAndName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The National Cyber Crime Unit (NCCU) made ten arrests. The head of the NCCU, Acting Chief Inspector, Tom Hale, said the gang was broken.", "Tom Hale leaderOf National Cyber Crime Unit"},
		{"The head of Ridgeway Systems, Anna Cole, and her deputy, Tom Hale, met the unions.", "Anna Cole leaderOf Ridgeway Systems"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
