package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestPastHolders: a post the sentence tells as over gives no leaderOf,
// whichever rule reads it (titles, appositions, verbs), and the same
// constructions with the post still held keep the fact. Every sentence is
// invented.
func TestPastHolders(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A past modifier inside the role phrase, capitalised or not.
		{"Former Brightcode chairman Tom Hale criticised the plan.", ""},
		{"Ex-Brightcode boss Ann Lee said the plan was flawed.", ""},
		{"The deal was agreed by the then chairman of Brightcode, Tom Hale.", ""},
		{"Brightcode chairman Tom Hale criticised the plan.", "Tom Hale leaderOf Brightcode"},
		// A past post before the name, a new one given after it: the
		// new post is held ("as its ..."), the old one is not.
		{"Barclays has appointed former Brightcode chairman Tom Hale as its chief executive.", "Tom Hale leaderOf Barclays"},
		// An apposition naming a past leader's post; a past post of
		// another kind says nothing of this one.
		{"Ann Lee, previously chairman of Brightcode, joined the board of Velmora.", ""},
		{"Ann Lee, chairman of Brightcode, joined the board of Velmora.", "Ann Lee leaderOf Brightcode"},
		// The holder as the object of a removal.
		{"Shareholders ousted long-serving Brightcode chairman Tom Hale in May.", ""},
		{"Investors cheered the departure of its chairman, Sir Tom Hale, from Brightcode.", ""},
		{"Velmora is set to replace Brightcode chairman Tom Hale next year.", "Tom Hale leaderOf Brightcode"},
		// A post ended by the holder or by others, told in a past or
		// perfect tense; one still to end is held.
		{"Brightcode chief executive Ann Lee and two other directors were fired in March.", ""},
		{"Brightcode chief executive Ann Lee has resigned for personal reasons.", ""},
		{"Ann Lee, chief executive of Brightcode, resigned on Monday.", ""},
		{"Brightcode made a loss. Its chief executive, Ann Lee, resigned.", ""},
		{"Brightcode chief executive Ann Lee will step down in June.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee, chief executive of Brightcode, said she will resign in June.", "Ann Lee leaderOf Brightcode"},
		{"Brightcode chief executive Ann Lee has won a reprieve from the sack.", "Ann Lee leaderOf Brightcode"},
		{"Rivals said Tom Hale would have been sacked if Velmora chairman Ann Lee had agreed.", "Ann Lee leaderOf Velmora"},
		// Pluperfect and bounded past tenses.
		{"Tom Hale had led Brightcode for a decade before he retired.", ""},
		{"Tom Hale, who ran Brightcode between 1990 and 1995, is now a consultant.", ""},
		{"Tom Hale, who was chief executive of Brightcode until 2001, now writes books.", ""},
		{"Brightcode was run by Tom Hale until last year.", ""},
		{"Brightcode chairman Tom Hale had been told of the bid.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode chief Tom Hale has led the firm since 2001.", "Tom Hale leaderOf Brightcode"},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDatedPredecessors: two holders of one sole title of one country in
// a story, one of them in a sentence dated before the story's latest
// year, leave only the other; different titles, or no dated sentence,
// keep both. Every text is invented.
func TestDatedPredecessors(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Monday, March 6, 2023. Prime Minister Ewan Hale of Britain backed the plan. " +
			"A similar plan was rejected in 2021 by Prime Minister Tom Rowe of Britain.",
			"Ewan Hale leaderOf United Kingdom"},
		// A president and a prime minister both lead the country.
		{"Monday, March 6, 2023. Prime Minister Ewan Hale of Britain backed the plan. " +
			"A similar plan was rejected in 2021 by President Tom Rowe of Britain.",
			"Ewan Hale leaderOf United Kingdom; Tom Rowe leaderOf United Kingdom"},
		// No sentence dated to an earlier year: nothing tells which
		// came first.
		{"Prime Minister Ewan Hale of Britain backed the plan. " +
			"A similar plan was rejected by Prime Minister Tom Rowe of Britain.",
			"Ewan Hale leaderOf United Kingdom; Tom Rowe leaderOf United Kingdom"},
	} {
		got := strings.Split(leaderLines(extractText(t, tc.text)), "; ")
		sort.Strings(got)
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestHolderQuitLeaves: a holder named with a body's post who has quit
// left the body (title:holder-quit); "resigned as" one post, a party's
// post, a resignation to come or denied, and a country's post give no
// leaving from the title. Every sentence is invented.
func TestHolderQuitLeaves(t *testing.T) {
	leftLines := func(d *Document) string {
		var got []string
		for _, f := range d.Facts {
			if f.Predicate == Left && f.Rule == ruleHolderQuit {
				got = append(got, d.Entities[f.Subject].Name+" left "+d.Entities[f.Object].Name)
			}
		}
		return strings.Join(got, "; ")
	}
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Brightcode chief executive Ann Lee has resigned for personal reasons.", "Ann Lee left Brightcode"},
		{"Velmora chairman Tom Hale quit on Monday after the vote.", "Tom Hale left Velmora"},
		{"Brightcode chief executive Ann Lee stepped down in March.", "Ann Lee left Brightcode"},
		// One post of several given up: the resignation rules read it.
		{"Brightcode chairman Ann Lee resigned as chairman but stays on the board.", ""},
		// To come, or denied: the post is still held.
		{"Brightcode chief executive Ann Lee will step down in June.", ""},
		{"Brightcode chief executive Ann Lee has not resigned.", ""},
		// A party's leader who resigns keeps the membership.
		{"Green Party leader Ann Lee resigned on Monday.", ""},
		// A country's leader leaves no organisation.
		{"French President Tom Hale resigned on Monday.", ""},
	} {
		if got := leftLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
