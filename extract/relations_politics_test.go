package extract

import (
	"strings"
	"testing"
)

// TestWhoseClauses covers a body's leader and a person's party told in a
// "whose" clause, and the party qualifiers of wire copy ("the ruling X",
// "the X party") that let a party leader's post give the membership.
// Every sentence is invented; each construction has negatives.
func TestWhoseClauses(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A body's leader after "whose".
		{"The Green Party, whose leader Katrin Vogel spoke first, won seats.", "Katrin Vogel leaderOf Green Party; Katrin Vogel memberOf Green Party"},
		{"Shares in Brightcode, whose chief executive Tom Hale is under pressure, fell.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode, whose new chairman, Tom Hale, took over in May, made a loss.", "Tom Hale leaderOf Brightcode"},
		// A past leader, a functional head and a spokesman lead nothing.
		{"Brightcode, whose former chairman Tom Hale took over in May, made a loss.", ""},
		{"Brightcode, whose finance director Tom Hale quit in May, made a loss.", ""},
		{"Brightcode, whose spokesman Tom Hale denied it, made a loss.", ""},
		// A union's general secretary heads it; a party's is its
		// official, as is a party's regional chairman; a firm's lesser
		// post gives nothing.
		{"The plan was welcomed by the Dockers and Carters Union, whose general secretary, Ann Rowe, praised it.", "Ann Rowe leaderOf Dockers and Carters Union"},
		{"The plan was attacked by the Social Democratic Party, whose general secretary, Ann Rowe, called it a fraud.", "Ann Rowe memberOf Social Democratic Party"},
		{"The plan was attacked by the Social Democratic Party, whose regional chairman, Ann Rowe, called it a fraud.", "Ann Rowe memberOf Social Democratic Party"},
		{"The plan was attacked by the Social Democratic Party, whose former regional chairman, Ann Rowe, called it a fraud.", ""},
		{"Brightcode, whose regional chairman, Tom Hale, took over in May, made a loss.", ""},
		// The head of one part of a public body is its member; of a
		// firm's part, staff, which the gold leaves out.
		{"The merger needs the consent of the Trade Commission, whose competition chief, Tom Hale, opposes it.", "Tom Hale memberOf Trade Commission"},
		{"The merger needs the consent of the Trade Commission, whose former competition chief, Tom Hale, opposes it.", ""},
		{"Shares in Brightcode, whose research chief, Tom Hale, quit in May, fell.", ""},
		// A movement the story describes as a party ("the far-right X").
		{"The far-right Unity Front came second in the election. The coalition deal was attacked by the Unity Front, whose regional chairman, Ann Rowe, called it a fraud.", "Ann Rowe memberOf Unity Front"},
		{"The Unity Front came second in the race. The deal was attacked by the Unity Front, whose regional chairman, Ann Rowe, called it a fraud.", ""},
		// A person's party after "whose": only a party named as such.
		{"Chancellor Ivan Petrov, whose Christian Democratic Union governs with the Greens, spoke.", "Ivan Petrov memberOf Christian Democratic Union"},
		{"Chancellor Ivan Petrov, whose own Zorvat party lost seats, spoke.", "Ivan Petrov memberOf Zorvat"},
		{"Prime Minister Ivan Petrov, whose Zorvat party has governed since 2010, skipped the dinner.", "Ivan Petrov memberOf Zorvat"},
		{"Ivan Petrov, whose Brightcode shares rose, skipped the dinner.", ""},
		// The party qualifiers make a leader's party a party.
		{"Ivan Petrov, who leads the ruling Unity Alliance, spoke.", "Ivan Petrov leaderOf Unity Alliance; Ivan Petrov memberOf Unity Alliance"},
		{"Ivan Petrov, who leads Kenya's opposition Unity Alliance, spoke.", "Ivan Petrov leaderOf Unity Alliance; Ivan Petrov memberOf Unity Alliance"},
		{"The Unity Alliance party won the vote. Ivan Petrov, who leads the Unity Alliance, spoke.", "Ivan Petrov leaderOf Unity Alliance; Ivan Petrov memberOf Unity Alliance"},
		{"Ivan Petrov, who leads the Unity Alliance, spoke.", "Ivan Petrov leaderOf Unity Alliance"},
		// A party being founded, named in apposition.
		{"Ivan Petrov launched his new party, Zorvat, on Monday. Zorvat leader Ivan Petrov said it would win.", "Ivan Petrov leaderOf Zorvat; Ivan Petrov memberOf Zorvat"},
		{"Ivan Petrov launched Zorvat on Monday. Zorvat leader Ivan Petrov said it would win.", "Ivan Petrov leaderOf Zorvat"},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool {
			return f.Predicate == LeaderOf && d.Entities[f.Object].Type != Country || f.Predicate == MemberOf
		})
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartyPostsLeft: stepping down from a party's post keeps the
// membership; leaving the party itself, or a company's post, is a
// leaving. Every sentence is invented.
func TestPartyPostsLeft(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Tom Hale stepped down as chairman of the Labour Party last year.", "Tom Hale memberOf Labour Party"},
		{"Tom Hale resigned from the Labour Party in May.", "Tom Hale left Labour Party"},
		{"Tom Hale stepped down as chairman of Brightcode last year.", "Tom Hale left Brightcode"},
		// A member's title with the leaving after it: only the leaving.
		{"Labour peer Lord Hale has quit the party.", "Lord Hale left Labour Party"},
		{"Labour peer Lord Hale has backed the party.", "Lord Hale memberOf Labour Party"},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool {
			return f.Predicate == Left || f.Predicate == MemberOf || f.Predicate == PlansToLeave
		})
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAccompaniedVisits: a visitor's named companion visited the places
// the visitor did; a companion to come, or a visitor with no visit told,
// gives nothing. Every sentence is invented.
func TestAccompaniedVisits(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Prime Minister Ivan Petrov visited Paris on Monday. He was accompanied by Foreign Minister Tom Hale.", "Ivan Petrov visited Paris; Tom Hale visited Paris"},
		{"Prime Minister Ivan Petrov visited Paris on Monday. He will be accompanied by Tom Hale on his next trip.", "Ivan Petrov visited Paris"},
		{"Prime Minister Ivan Petrov spoke in parliament. He was accompanied by Tom Hale.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == Visited })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSeatsForParties: a seat held for a party ("a member of parliament
// for the Liberal Party", "who sits for the Greens") gives memberOf; a
// seat for a constituency, a former seat and a past one give nothing.
// Invented sentences.
func TestSeatsForParties(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Ann Rowe, a member of parliament for the Liberal Party since 2011, will stay in the House.", "Ann Rowe memberOf Liberal Party"},
		{"Ann Rowe, a veteran lawmaker for the Green Party, voted against the bill.", "Ann Rowe memberOf Green Party"},
		// sitting in the Bundestag is belonging to it, as the development
		// gold reads "will remain in the House of Commons" (deprules
		// memberOf/remain-in)
		{"Ann Rowe, who sits for the Green Party in the Bundestag, voted against the bill.", "Ann Rowe memberOf Bundestag; Ann Rowe memberOf Green Party"},
		{"Ann Rowe, a member of parliament for Leeds, voted against the bill.", ""},
		{"Ann Rowe, a former lawmaker for the Green Party, voted against the bill.", ""},
		{"Ann Rowe, who sat for the Green Party until 2010, voted against the bill.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == MemberOf })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: memberOf %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSpeakersLead: the Speaker of a legislature leads it, named before
// the title or the story's only legislature; a guest speaker, a former
// or deputy Speaker and a Speaker of a body that is no legislature lead
// nothing. Invented sentences.
func TestSpeakersLead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The Verkhovna Rada backed the bill. Speaker Ruslan Stepanenko said the vote was historic.", "Ruslan Stepanenko leaderOf Verkhovna Rada"},
		{"The bill passed. Commons Speaker John Bercow said the vote was historic.", "John Bercow leaderOf House of Commons"},
		{"The Verkhovna Rada backed the bill. Former Speaker Ruslan Stepanenko said the vote was historic.", ""},
		{"The Verkhovna Rada backed the bill. Deputy Speaker Ruslan Stepanenko said the vote was historic.", ""},
		{"The Verkhovna Rada backed the bill. The conference heard guest speaker Ruslan Stepanenko.", ""},
		{"The Verkhovna Rada and the Senate backed the bill. Speaker Ruslan Stepanenko said the vote was historic.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleSpeakerLeads })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
