package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestHostingAhead: a host verb in the present progressive is a plan
// (willHost) only with a time surely ahead of the story; with no time,
// "this week", a past form or a past time it stays hosted. Only the facts
// of hostVerb's rules (".../host", ".../host-in") are looked at: other
// rules read the same clause with their own tense. Every sentence is
// invented.
func TestHostingAhead(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		fact, notFact string
	}{
		{
			name:    "this weekend after the city",
			text:    "Music.\n\nThe Harbour Trust is hosting the Tidewater Jazz Festival in Leeds this weekend.",
			fact:    "Leeds willHost Tidewater Jazz Festival",
			notFact: "Leeds hosted Tidewater Jazz Festival",
		},
		{
			name:    "next month before the city",
			text:    "Music.\n\nThe Harbour Trust is also staging the Tidewater Jazz Festival next month in Leeds.",
			fact:    "Harbour Trust willHost Tidewater Jazz Festival",
			notFact: "Harbour Trust hosted Tidewater Jazz Festival",
		},
		{
			name:    "a weekday fronted",
			text:    "Music.\n\nOn Saturday, the Harbour Trust is hosting the Tidewater Jazz Festival in Leeds.",
			fact:    "Leeds willHost Tidewater Jazz Festival",
			notFact: "Leeds hosted Tidewater Jazz Festival",
		},
		{
			name:    "this week may be under way",
			text:    "Music.\n\nThe Harbour Trust is hosting the Tidewater Jazz Festival in Leeds this week.",
			fact:    "Leeds hosted Tidewater Jazz Festival",
			notFact: "Leeds willHost Tidewater Jazz Festival",
		},
		{
			name:    "no time: under way",
			text:    "Music.\n\nThe Harbour Trust is hosting the Tidewater Jazz Festival in Leeds.",
			fact:    "Leeds hosted Tidewater Jazz Festival",
			notFact: "Leeds willHost Tidewater Jazz Festival",
		},
		{
			name:    "past progressive",
			text:    "Music.\n\nThe Harbour Trust was hosting the Tidewater Jazz Festival in Leeds last weekend.",
			notFact: "Leeds willHost Tidewater Jazz Festival",
		},
		{
			name:    "simple past with a weekday",
			text:    "Music.\n\nThe Harbour Trust hosted the Tidewater Jazz Festival in Leeds on Saturday.",
			fact:    "Leeds hosted Tidewater Jazz Festival",
			notFact: "Leeds willHost Tidewater Jazz Festival",
		},
		{
			name:    "negated plan",
			text:    "Music.\n\nThe Harbour Trust is not hosting the Tidewater Jazz Festival in Leeds this weekend.",
			notFact: "Leeds willHost Tidewater Jazz Festival",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkListed(t, hostVerbFacts(d), nonEmpty(tc.fact), nonEmpty(tc.notFact))
		})
	}
}

// hostVerbFacts renders the facts of hostVerb's rules as "S pred O".
func hostVerbFacts(d *Document) []string {
	var out []string
	for _, f := range d.Facts {
		if strings.HasSuffix(f.Rule, "/host") || strings.HasSuffix(f.Rule, "/host-in") {
			out = append(out, fmt.Sprintf("%s %s %s", d.Entities[f.Subject].Name, f.Predicate, d.Entities[f.Object].Name))
		}
	}
	return out
}
