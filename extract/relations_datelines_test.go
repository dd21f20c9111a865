package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // the first word after the dateline, "" for none
	}{
		{"KIEV (Reuters) - Ukraine's president held talks in Moscow.", "Ukraine"},
		{"NEW YORK, Jan 5 (AP) — Stocks rose on Monday.", "Stocks"},
		{"LONDON, March 3 - The bank raised rates.", "The"},
		// Negatives: no dateline.
		{"US - China talks resume in Geneva on Monday.", ""},
		{"NATO leaders met in Brussels - and agreed.", ""},
		{"The UN (which met in Geneva) - said little.", ""},
	}
	for _, tc := range tests {
		toks := textseg.Tokenize(tc.sentence, 0, len(tc.sentence), nil)
		got := ""
		if k := textseg.DatelineEnd(toks); k > 0 && k < len(toks) {
			got = toks[k].Text
		}
		if got != tc.want {
			t.Errorf("%q: after the dateline %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestDatelineNoArgument: a wire story's dateline city and agency are no
// party to the first clause's relations, fixed or open, while the clause's
// own subject keeps them.
func TestDatelineNoArgument(t *testing.T) {
	doc := extractText(t, "Talks in Moscow\n\nKIEV (Reuters) - Ukrainian President Viktor Yuschenkov held talks with Russian President Vladimir Potanin in Moscow on Monday.\n")
	facts := relFacts(doc)
	if !slices.Contains(facts, "Viktor Yuschenkov metWith Vladimir Potanin") {
		t.Errorf("the clause's subject lost its fact: %q", facts)
	}
	for _, f := range facts {
		for _, bad := range []string{"Kyiv metWith", "KIEV metWith", "Reuters metWith", "Ukraine metWith"} {
			if strings.HasPrefix(f, bad) {
				t.Errorf("dateline or title modifier as a party: %q", f)
			}
		}
	}
	for _, f := range doc.OpenFacts {
		if s := doc.Entities[f.Subject].Name; s == "Kyiv" || s == "KIEV" || s == "Reuters" {
			t.Errorf("dateline as an open fact's subject: %s", openLine(doc, f))
		}
	}
}

// TestCapitalisedTitleBetweenNames: in "BODY Title Person" the person is
// the argument of the clause, not the body or country before the title.
func TestCapitalisedTitleBetweenNames(t *testing.T) {
	tests := []struct {
		text       string
		want, nope string
	}{
		{"NATO Secretary-General Jaap van Kessel visited Kabul on Monday.", "Jaap van Kessel visited Kabul", "North Atlantic Treaty Organization visited Kabul"},
		{"Ukrainian President Viktor Yuschenkov met Vladimir Potanin in Moscow.", "Viktor Yuschenkov metWith Vladimir Potanin", "Ukraine metWith Vladimir Potanin"},
	}
	for _, tc := range tests {
		facts := relFacts(extractText(t, "News\n\n"+tc.text+"\n"))
		if !slices.Contains(facts, tc.want) || slices.Contains(facts, tc.nope) {
			t.Errorf("%s\n got %q\n want %q and not %q", tc.text, facts, tc.want, tc.nope)
		}
	}
}

// TestDatelineAddress: a dateline that names the city's country ("DRESDEN,
// Germany (AP) —") places the city in it, whether the agency's bracket or
// the dash ends the address; a dateline of a city and a date, and a list
// of cities, place nothing.
func TestDatelineAddress(t *testing.T) {
	tests := []struct {
		text string
		want []string // locatedIn facts, exactly
	}{
		{"Vote count\n\nDRESDEN, Germany (AP) — Voters went to the polls on Sunday.\n", []string{"Dresden locatedIn Germany"}},
		{"Board meets\n\nLAUSANNE, Switzerland - The board met on Tuesday to pick a host.\n", []string{"Lausanne locatedIn Switzerland"}},
		{"Rates rise\n\nOSLO, Jan 22 (Reuters) - The central bank raised rates on Thursday.\n", nil},
		{"Talks end\n\nWARSAW, Berlin and Prague - Ministers ended their talks on Friday.\n", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, f := range relFacts(extractText(t, tc.text)) {
			if strings.Contains(f, " locatedIn ") {
				got = append(got, f)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: locatedIn %q, want %q", tc.text, got, tc.want)
		}
	}
}
