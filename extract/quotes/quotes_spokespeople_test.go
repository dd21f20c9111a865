package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A person the text calls a body's spokesperson or representative speaks
// for the body (GOLD.md), by an apposition after the name or a title
// before it, for every quotation the person is given; officials, a
// demonym's country and a second body leave the person as speaker.
func TestNamedSpokespeople(t *testing.T) {
	tom := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	kell := qtEnt{name: "Kell Air", typ: model.Organization, forms: []string{"Kell Air"}}
	dept := qtEnt{name: "US State Department", typ: model.Organization, forms: []string{"US State Department"}}
	scot := qtEnt{name: "Scotland", typ: model.Country, forms: []string{"Scottish"}, kind: model.MentionDemonym}
	qtRun(t, []qtCase{
		{
			name: "title before the name",
			text: `"We will appeal against the ruling," said Acme spokesman Tom Vale.`,
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"We will appeal against the ruling", "Acme Foods", "spokesperson-named"}},
		},
		{
			// a firm named like a person, or a person's own spokesman:
			// either way the one spoken for
			name: "title before the name after a name typed as a person",
			text: `"The odds have moved sharply this week," Harry Dunmore spokesman Tom Vale said.`,
			ents: []qtEnt{tom, {name: "Harry Dunmore", typ: model.Person, forms: []string{"Harry Dunmore"}}},
			want: []qtWant{{"The odds have moved sharply", "Harry Dunmore", "spokesperson-named"}},
		},
		{
			name: "a desk word between the body and the title, and a later quotation by surname",
			text: "Business\n\n\"Sales are slowing down before the New Year,\" Acme housing spokesman Tom Vale said. \"We will see a rise in the spring,\" Mr Vale added.",
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"Sales are slowing down", "Acme Foods", "spokesperson-named"}, {"We will see a rise", "Acme Foods", "spokesperson-named"}},
		},
		{
			name: "apposition in one sentence, the quotation later by surname",
			text: "Business\n\nTom Vale, a representative for Acme Foods, spoke on Monday.\n\n\"We will appeal against the ruling,\" Vale said.",
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"We will appeal against the ruling", "Acme Foods", "spokesperson-named"}},
		},
		{
			name: "a short form of a body named in full before",
			text: "World\n\nThe US State Department made a statement.\n\nTom Vale, the State Department Spokesperson, said, \"We urge restraint on all sides now.\"",
			ents: []qtEnt{tom, dept},
			want: []qtWant{{"We urge restraint on all sides", "US State Department", "spokesperson-named"}},
		},
		{
			name: "a named official speaks for himself",
			text: `Tom Vale, a senior official at Acme Foods, said: "We will appeal against the ruling."`,
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"We will appeal against the ruling", "Tom Vale", ""}},
		},
		{
			name: "a demonym is no body",
			text: `Tom Vale, a spokesman for the Scottish team, said: "We will appeal against the ruling."`,
			ents: []qtEnt{tom, scot},
			want: []qtWant{{"We will appeal against the ruling", "Tom Vale", ""}},
		},
		{
			name: "two bodies in the apposition: none is sure",
			text: `Tom Vale, a spokesman for Acme Foods and Kell Air, said: "We will appeal against the ruling."`,
			ents: []qtEnt{tom, acme, kell},
			want: []qtWant{{"We will appeal against the ruling", "Tom Vale", ""}},
		},
		{
			name: "a body's name modifying another noun: the unnamed campaign, so the person",
			text: `Tom Vale, a spokesman for the Acme campaign said: "The measure was taken for security reasons."`,
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"The measure was taken", "Tom Vale", ""}},
		},
	})
}

// TestDeskGap: one or two lower-case words between a body's name and
// "spokesman" name the spokesman's field; a function word, a capital,
// punctuation or a longer run do not.
func TestDeskGap(t *testing.T) {
	for gap, want := range map[string]bool{
		"housing":            true,
		"foreign affairs":    true,
		"":                   false,
		"and":                false,
		"or its":             false,
		"boss and former":    false,
		"chairman, founder":  false,
		"Housing":            false,
		"'s":                 false,
		"frozen food export": false,
	} {
		if got := qDeskGap(gap); got != want {
			t.Errorf("qDeskGap(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestPressTitles: a press or communications officer speaks for the body
// named before the title; a bare title ("Spokesman Tom Vale said") for the
// body the sentence before opens with, when it is the only one there or
// is named again, and for nobody we know when another body is named.
func TestPressTitles(t *testing.T) {
	tom := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Mr Vale", "Vale"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	kell := qtEnt{name: "Kell Air", typ: model.Organization, forms: []string{"Kell Air"}}
	qtRun(t, []qtCase{
		{
			name: "bare title after a sentence opened by the body",
			text: "Business\n\nBut Acme said it was surprised by the verdict. Spokesman Tom Vale said: \"We will study the ruling very closely.\"",
			ents: []qtEnt{tom, acme},
			want: []qtWant{{"We will study the ruling", "Acme Foods", "spokesperson-named"}},
		},
		{
			name: "communications director, the body in apposition and named again, then his pronoun",
			text: "Business\n\nThe food group, Acme, is taking a cautious approach but contacted Kell Air. Communications director Tom Vale said Acme would wait. \"We will study the ruling very closely,\" he added.",
			ents: []qtEnt{tom, acme, kell},
			want: []qtWant{{"We will study the ruling", "Acme Foods", "spokesperson-named"}},
		},
		{
			name: "press officer after the body's name",
			text: `"We will study the ruling very closely," said Kell Air press officer Tom Vale.`,
			ents: []qtEnt{tom, kell},
			want: []qtWant{{"We will study the ruling", "Kell Air", "spokesperson-named"}},
		},
		{
			name:         "a role noun after the officer's quotation is not his body",
			text:         "Business\n\n\"We will study the ruling very closely,\" said Kell Air press officer Tom Vale. \"It was a poor deal for everyone in the end,\" the paper says.",
			ents:         []qtEnt{tom, kell},
			want:         []qtWant{{"We will study the ruling", "Kell Air", "spokesperson-named"}, {"It was a poor deal", "", ""}},
			unattributed: 1,
		},
		{
			name: "another body in the sentence before: the person",
			text: "Business\n\nAcme declined to comment, referring the issue to Kell Air. \"We will study the ruling very closely,\" said spokeswoman Tom Vale.",
			ents: []qtEnt{tom, acme, kell},
			want: []qtWant{{"We will study the ruling", "Tom Vale", ""}},
		},
	})
}
