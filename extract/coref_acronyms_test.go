package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestDocumentAcronyms: an acronym stands first for the one name the
// same story spells out that its letters fit (before or after it, inside
// a possessive or an event's name, with a connector or an ampersand
// giving a letter), over the gazetteer's expansion; letters that fit two
// names, a story name they do not fit, a person, a two-letter acronym
// the gazetteer knows and a common word found only inside a longer name
// change nothing. Every article is invented.
func TestDocumentAcronyms(t *testing.T) {
	for _, tc := range []struct {
		name, text, acr string
		want            string // the name of the acronym's entity
	}{
		{"expansion first, over the gazetteer",
			"Rowers meet\n\nDelegates of the International Orienteering Council gathered in Tartu on Monday. IOC president Maret Kask said the sport would add a night race.",
			"IOC", "International Orienteering Council"},
		{"expansion after the acronym",
			"Tourism up\n\nVisitor numbers rose by 8% last year, the WTO said on Friday. The World Tourism Organisation expects a further rise in Asia.",
			"WTO", "World Tourism Organisation"},
		{"expansion only in a possessive",
			"Cricket talks\n\nThe International Cricket Council's annual conference opened in Kigali on Monday. ICC chairman Tomas Rudd told delegates the game would grow.",
			"ICC", "International Cricket Council"},
		{"expansion only inside an event's name",
			"Shipping prizes\n\nThe Nordic Shipping Forum Awards were handed out in Bergen on Thursday. NSF chairman Odd Lie said the industry had a good year.",
			"NSF", "Nordic Shipping Forum"},
		{"a connector gives a letter",
			"Bank results\n\nThe Bank of Lagos reported higher profits on Tuesday. BOL said lending had grown by a fifth.",
			"BOL", "Bank of Lagos"},
		{"an ampersand gives a letter",
			"Insurer sold\n\nShares in Harlow & Price rose 4% on Monday. H&P said the sale would close in June.",
			"H&P", "Harlow & Price"},
		{"a city",
			"Tour opens\n\nThe band played Los Angeles on Friday. Fans in LA queued overnight for tickets.",
			"LA", "Los Angeles"},

		{"letters fit two names",
			"Fish counts\n\nThe Atlantic Salmon Trust and the Arctic Sea Trust published counts on Monday. AST chief Ian Moir said the numbers were worrying.",
			"AST", "AST"},
		{"the story's name does not fit: the gazetteer stands",
			"Court case\n\nThe International Cricket Board met in Lahore on Monday. Separately, the ICC in The Hague opened a war crimes trial.",
			"ICC", "International Criminal Court"},
		{"the story names the gazetteer's own expansion too",
			"Trade talks\n\nThe World Trade Organization and the World Tourism Organisation met in Geneva. WTO officials said tariffs would fall.",
			"WTO", "World Trade Organization"},
		{"two letters do not overrule the gazetteer",
			"Growers meet\n\nThe Eastern Union of Growers met in Riga on Monday. EU farm ministers will meet next week.",
			"EU", "European Union"},
		{"a person is no expansion",
			"Shares up\n\nMark Chandler left the board on Monday. Shares in MC rose 3% on the news.",
			"MC", "MC"},
		{"a common word only inside a longer name",
			"Peace prizes\n\nThe Peace And Conflict Trust Awards were handed out in Oslo. Officials said the PACT would be signed in May.",
			"PACT", "PACT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			got := "(none)"
			for _, m := range d.Mentions {
				if d.Text[m.Start:m.End] == tc.acr {
					got = d.Entities[m.Entity].Name
					break
				}
			}
			if got != tc.want {
				t.Errorf("%s -> %q, want %q", tc.acr, got, tc.want)
			}
		})
	}
}

// TestAcronymSpells: the letter rules on token runs.
func TestAcronymSpells(t *testing.T) {
	for _, tc := range []struct {
		acr, name string
		want      bool
	}{
		{"ICC", "International Cricket Council", true},
		{"BOA", "Bank of America", true},
		{"BA", "Bank of America", true},
		{"S&P", "Standard & Poor 's", true},
		{"S&N", "Scottish and Newcastle", true},
		{"UKA", "UK Athletics", true},
		{"NHTCU", "National Hi-Tech Crime Unit", true},
		{"CES", "2005 Consumer Electronics Show", true},
		{"ICC", "International Cricket Board", false},
		{"ICC", "International Criminal Court Judges", false},
		{"AST", "Atlantic salmon Trust", false},
	} {
		var toks []textseg.Token
		for _, w := range words(tc.name) {
			toks = append(toks, textseg.Token{Text: w, Flags: textseg.TokenFlags(w)})
		}
		if got := acronymSpells(tc.acr, toks); got != tc.want {
			t.Errorf("acronymSpells(%q, %q) = %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}
