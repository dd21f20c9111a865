package extract

import (
	"slices"
	"strings"
	"testing"
)

// itReferent returns the name of the entity an "It" or "it"
// pronoun (the n-th of the text) resolves to, or "" when it resolves to none.
func itReferent(d *Document, n int) string {
	seen := 0
	for _, m := range d.Mentions {
		if m.Kind != MentionPronoun || !strings.EqualFold(d.Text[m.Start:m.End], "it") {
			continue
		}
		if seen == n {
			return d.Entities[m.Entity].Name
		}
		seen++
	}
	return ""
}

// TestSentenceOpeningIt: "It" opening a sentence stands for the body or
// place the previous sentence opened with, and the relation rules read it
// as that name; an expletive "It", "It said", and a previous sentence
// about a person bind nothing. Every sentence is invented.
func TestSentenceOpeningIt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		referent   string // what the first "It" resolves to, "" for none
		fact       string // a fact that must be extracted, if any
	}{
		{"alliance includes", "Nato expands\n\nNato held a summit in Riga on Tuesday. It includes Poland and Hungary.",
			"North Atlantic Treaty Organization", "Poland memberOf Organization:North Atlantic Treaty Organization"},
		// "The alliance" is itself resolved to Nato: the chain holds.
		{"role subject before", "Nato expands\n\nNato met on Monday. The alliance held a summit in Riga on Tuesday. It includes Poland and Hungary.",
			"North Atlantic Treaty Organization", ""},
		{"expletive", "Nato expands\n\nNato held a summit in Riga on Tuesday. It is thought that Poland will join.",
			"", ""},
		{"speech verb", "Nato expands\n\nNato held a summit in Riga on Tuesday. It said Poland was welcome.",
			"", ""},
		{"person before", "Blair speaks\n\nTony Blair spoke in Leeds on Friday. It includes a new plan for schools.",
			"", ""},
		{"passive agent rival", "Consoles\n\nSony is entering a market which has been dominated by Nintendo for years. It launched its handheld in Japan.",
			"", ""},
		{"reported clause", "Nato expands\n\nNato said the plan was a step forward. It includes Poland and Hungary.",
			"", ""},
		{"possessive subject", "Results\n\nHeineken reported on Monday. Heineken's income fell in 2004. It blamed weak demand.",
			"", ""},
		{"adverb before verb", "Results\n\nFiat owns a stake in Ferrari. It also owns a bank in Turin.",
			"Fiat", ""},
		{"adverb before expletive verb", "Results\n\nArsenal were dominant in the first half. It then took a fine tackle by Tom Hale to stop them.",
			"", ""},
		{"coordinate clause", "Nato expands\n\nNato was founded in 1949 and it includes Poland and Hungary.",
			"North Atlantic Treaty Organization", "Poland memberOf Organization:North Atlantic Treaty Organization"},
		{"coordinate clause after another body", "Nato expands\n\nNato met the European Union and it includes Poland and Hungary.",
			"", ""},
		{"coordinate clause, person subject", "Blair speaks\n\nTony Blair spoke in Leeds and it includes a plan for schools.",
			"", ""},
		{"subject not first", "Talks\n\nOn Monday ministers from Nato met in Riga. It includes Poland and Hungary.",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			got := itReferent(d, 0)
			if got != tc.referent {
				t.Errorf("It -> %q, want %q", got, tc.referent)
			}
			if tc.fact != "" {
				if f := factsOf(d, MemberOf, LeaderOf, Hosted, Joined); !slices.Contains(f, tc.fact) {
					t.Errorf("facts %v, want %q", f, tc.fact)
				}
			}
		})
	}
}

// TestHyphenatedOfficeRoles: "the Secretary-General" and "the
// Director-General" refer back to the holder of that title, and to no
// one else.
func TestHyphenatedOfficeRoles(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"secretary-general", "UN chief\n\nUN Secretary-General Ban Ki-moon arrived on Monday. The Secretary-General visited Paris.",
			"Ban Ki-moon visited City:Paris"},
		{"director-general", "WHO chief\n\nWHO Director-General Lee Jong-wook spoke on Monday. The Director-General visited Geneva.",
			"Lee Jong-wook visited City:Geneva"},
		{"no holder named", "UN chief\n\nTony Blair spoke on Monday. The Secretary-General visited Paris.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			f := factsOf(d, Visited)
			if tc.want == "" {
				for _, s := range f {
					if strings.HasPrefix(s, "Tony Blair") {
						t.Errorf("role bound to an untitled person: %v", f)
					}
				}
				return
			}
			if !slices.Contains(f, tc.want) {
				t.Errorf("facts %v, want %q", f, tc.want)
			}
		})
	}
}

// TestPersonPronounsAndRoleNouns pins how "he", "she" and "the company"
// resolve across sentences: a pronoun agrees in gender with the first
// name and passes over a subject of the other gender to the nearest
// earlier person that fits, or to nobody; "the company" never stands for
// a person. Every sentence is invented.
func TestPersonPronounsAndRoleNouns(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // visited facts, exactly
	}{
		{"she after a man's subject", "Talks\n\nJohn Smith met Anna Bell in Rome on Monday. She visited Paris on Tuesday.",
			[]string{"Anna Bell visited City:Paris"}},
		{"he passes over a woman", "Talks\n\nJohn Smith met Anna Bell in Rome. Anna Bell spoke on Monday. He visited Madrid on Friday.",
			[]string{"John Smith visited City:Madrid"}},
		{"he with no man named", "Talks\n\nAnna Bell spoke in Rome on Monday. He visited Madrid on Friday.",
			nil},
		{"company is no person", "Talks\n\nJohn Smith spoke in Rome on Monday. The company visited Madrid on Friday.",
			nil},
		// A name inside quotation marks is someone else's word: "he"
		// outside them passes over it to the speaker's sentence.
		{"he skips a quoted name", "Talks\n\nJohn Smith won in Rome. \"I thank the late Tom Reed,\" said Anna Bell. He visited Madrid on Friday.",
			[]string{"John Smith visited City:Madrid"}},
		{"he inside a quote keeps it", "Talks\n\nAnna Bell spoke in Rome. \"Tom Reed was kind. He visited Madrid on Friday.\"",
			[]string{"Tom Reed visited City:Madrid"}},
		// "the premier" after "Prime Minister X"; "the UK premier" binds
		// to him too when no one else holds that office.
		{"premier after prime minister", "Talks\n\nPrime Minister John Smith spoke in Rome. The premier visited Madrid on Friday.",
			[]string{"John Smith visited City:Madrid"}},
		{"country premier after prime minister", "Talks\n\nPrime Minister John Smith spoke in Rome. The UK premier visited Madrid on Friday.",
			[]string{"John Smith visited City:Madrid"}},
		// A possessive office refers back to its named holder; a
		// possessive office word modifying a noun does not.
		{"company's chief executive", "Talks\n\nAcme chief executive John Smith spoke in Rome. The company's chief executive visited Madrid on Friday.",
			[]string{"John Smith visited City:Madrid"}},
		{"its chief rival", "Talks\n\nAcme chief executive John Smith spoke in Rome. Its chief rival visited Madrid on Friday.",
			nil},
		{"country premier after another office", "Talks\n\nForeign Minister John Smith spoke in Rome. The UK premier visited Madrid on Friday.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := factsOf(d, Visited); !slices.Equal(got, tc.want) {
				t.Errorf("facts %v, want %v", got, tc.want)
			}
		})
	}
}

// TestQuotedPronounNotSpeaker: a "he" inside a quotation is not the
// person who speaks it; a "he" outside still binds to the speaker. Every
// sentence is invented.
func TestQuotedPronounNotSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		n                int
		want             string // the referent, "" for none
	}{
		{"quoted he is the other person",
			"Row\n\nArsene Wenger criticised the players in the tunnel. \"He ran at me with his hands raised,\" Alex Ferguson said.",
			"He", 1, "Arsene Wenger"},
		{"quoted he with only the speaker",
			"Row\n\nAlex Ferguson spoke on Saturday. \"He ran at me with his hands raised,\" Ferguson said.",
			"He", 1, ""},
		{"he after a closed quotation is the speaker",
			"Tennis\n\nTim Henman beat David Nalbandian. \"It was a hard match. \"Beating him is always good for the confidence.\" Henman said he suffered back problems.",
			"he", 1, "Tim Henman"},
		{"unquoted he is the speaker",
			"Row\n\nAlex Ferguson said the players were tired. He added that the pitch was poor.",
			"He", 1, "Alex Ferguson"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, tc.word, tc.n); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

// TestReopenedQuoteParity: a straight mark that re-opens a quotation
// after a finished sentence (a paragraph break lost) keeps it open, so
// the narrative after the final closing mark is outside quotation marks
// and its "he" binds to the person named there. Every sentence is
// invented.
func TestReopenedQuoteParity(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		n                int
		want             string // the referent, "" for none
	}{
		{"narrative after an inline re-opened quotation",
			"Rugby\n\nThe club has had a hard week. \"It is a big game. \"If five players are picked they should move the game,\" said Tom Brannagh. Brannagh believes the clubs will suffer.\n\nNow he fears it could hurt the club.",
			"he", 1, "Tom Brannagh"},
		{"a closing mark glued to its stop still closes",
			"Rugby\n\nTom Brannagh has had a hard week. \"It is a big game.\" Brannagh believes the clubs will suffer. Now he fears it could hurt the club.",
			"he", 1, "Tom Brannagh"},
		{"a mark opening a quotation after narrative",
			"Rugby\n\nTom Brannagh has had a hard week. He said: \"It is a big game for the club.\" Now he fears it could hurt the club.",
			"he", 1, "Tom Brannagh"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, tc.word, tc.n); got != tc.want {
				t.Errorf("%q #%d resolves to %q, want %q", tc.word, tc.n, got, tc.want)
			}
		})
	}
}
