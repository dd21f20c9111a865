package extract

import "testing"

// pronounReferent returns the name of the entity the pronoun mention at
// the n-th occurrence (from 1) of word resolves to, or "" when that word
// is no resolved mention.
func pronounReferent(d *Document, word string, n int) string {
	seen := 0
	for _, m := range d.Mentions {
		if m.Kind == MentionPronoun && d.Text[m.Start:m.End] == word {
			if seen++; seen == n {
				return d.Entities[m.Entity].Name
			}
		}
	}
	return ""
}

// TestPossessives: "its" stands for the body that is its sentence's
// subject, "Its" and a team's "They" for the previous sentence's, "his"
// and "her" for the person who is the subject of theirs or, opening a
// sentence, of the one before; a
// second body named before the pronoun, a name modifying a noun, a
// quotation or a sentence about two sides leaves it open. Every sentence
// is invented.
func TestPossessives(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		want             string // the referent, "" for none
	}{
		{"its after the sentence's subject",
			"Results\n\nVodafone said its profits rose by 10% in the year to March.",
			"its", "Vodafone"},
		{"its after a resolved description",
			"Results\n\nVodafone reported results on Monday. The firm said its profits rose by 10%.",
			"its", "Vodafone"},
		{"another body before its",
			"Deal\n\nVodafone bought Telefonica's stake for its network in Spain.",
			"its", ""},
		{"Its opening a sentence",
			"Results\n\nVodafone reported higher sales in Germany on Monday. Its shares rose by 5%.",
			"Its", "Vodafone"},
		{"Its after a sentence about a person",
			"Results\n\nArun Sarin reported higher sales on Monday. Its shares rose.",
			"Its", ""},
		{"a name before its own kind is the subject",
			"Results\n\nShares in Halvorsen were suspended on Monday. The Halvorsen group went into administration, firing half of its staff.",
			"its", "Halvorsen"},
		{"a name before its own kind opens the sentence before",
			"Vote\n\nVoters backed Veritas in May. The Veritas party, the largest member of the bloc, welcomed the move. Its general secretary, Ann Ruddle, met the minister.",
			"Its", "Veritas"},
		{"a name before its kind and another noun is no subject",
			"Results\n\nShares in Halvorsen were suspended on Monday. The Halvorsen group chairman resigned, and its shares fell.",
			"its", ""},
		{"a name before a team noun is no subject",
			"Results\n\nShares in Google rose on Monday. The Google team built a phone, and its battery lasts a week.",
			"its", ""},
		{"a name modifying a noun is no subject",
			"Banks\n\nUK banking group Barclays was founded in 1690 in London. Its shares rose 2%.",
			"Its", ""},
		{"quoted its is the speaker's",
			"Results\n\nVodafone said: \"The market rewarded its growth.\"",
			"its", ""},
		{"They for a club",
			"Football\n\nChelsea drew with Everton's reserves in the league on Saturday night. They lead the table by nine points.",
			"They", ""},
		{"They for a club alone",
			"Football\n\nChelsea beat the league leaders in the match on Saturday. They lead the table by nine points.",
			"They", "Chelsea"},
		{"They after two sides",
			"Football\n\nChelsea beat Arsenal in the match on Saturday. They lead the table by nine points.",
			"They", ""},
		{"their after a club subject",
			"Football\n\nChelsea extended their lead at the top of the league on Saturday.",
			"their", "Chelsea"},
		{"their after a plural noun",
			"Football\n\nChelsea beat the league leaders while fans waved their scarves.",
			"their", ""},
		{"their after a business subject",
			"Results\n\nVodafone told their staff on Monday.",
			"their", ""},
		{"They for a business",
			"Results\n\nVodafone reported higher sales in Germany on Monday. They rose by 10%.",
			"They", ""},
		{"Their for a party alone",
			"Tories unveil manifesto\n\nThe Conservatives have launched their election manifesto in Leeds.\n\nTheir leader, Tom Harker, promised lower taxes.",
			"Their", "Conservative Party"},
		{"his after a person subject",
			"Tennis\n\nRoger Federer made his debut for Switzerland in 1999.",
			"his", "Roger Federer"},
		{"his after a resolved he",
			"Tennis\n\nRoger Federer won the title in Doha on Sunday. He ended his season in Shanghai.",
			"his", "Roger Federer"},
		{"His after a sentence about one person",
			"Tennis\n\nRoger Federer won the title in Doha on Sunday. His next match is in Dubai.",
			"His", "Roger Federer"},
		{"His after a sentence about two persons",
			"Tennis\n\nRoger Federer beat Andy Roddick in Doha on Sunday. His next match is in Dubai.",
			"His", ""},
		{"another person between subject and his",
			"Tennis\n\nRoger Federer beat Andy Roddick to win his third title of the year.",
			"his", ""},
		{"a possessor is no subject",
			"Tennis\n\nRoger Federer's coach Tony Roche praised his serve on Sunday.",
			"his", ""},
		{"her after a resolved she",
			"Tennis\n\nMaria Sharapova won the title in Tokyo on Sunday. She ended her season in Los Angeles.",
			"her", "Maria Sharapova"},
		{"her as an object is no possessive",
			"Tennis\n\nMaria Sharapova won the title in Tokyo on Sunday. The crowd cheered her loudly.",
			"her", ""},
		{"quoted his is the speaker's",
			"Tennis\n\nRoger Federer said: \"The crowd liked his serve.\"",
			"his", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, tc.word, 1); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

// TestItsChain: an "Its" opening a sentence after a sentence opened by a
// resolved "Its" stands for the same body ("Its members include ... Its
// president ..."), unless that sentence's possessive phrase named another
// body ("Its rival Shell ..."). Every sentence is invented.
func TestItsChain(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the referent of the second "Its", "" for none
	}{
		{"members then president",
			"Cartel cuts output\n\nThe Organisation of Petroleum Exporting Countries agreed to cut output on Friday. Its members include Iran and Venezuela. Its president, Karim Nadiri, said the cut would start in April.",
			"Organization of the Petroleum Exporting Countries"},
		{"another body named in the phrase",
			"Results\n\nVodafone reported higher sales in Germany on Monday. Its rival Telefonica cut prices. Its shares fell by 5%.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounReferent(d, "Its", 2); got != tc.want {
				t.Errorf("the second Its resolves to %q, want %q", got, tc.want)
			}
		})
	}
}
