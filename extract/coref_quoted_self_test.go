package extract

import (
	"slices"
	"strings"
	"testing"
)

// pronounBinding returns the entity that the n-th occurrence of word in
// the text (a whole word, case folded) resolves to, or "" when that
// occurrence is bound to none.
func pronounBinding(d *Document, word string, n int) string {
	at := wordOffset(d.Text, word, n)
	for _, m := range d.Mentions {
		if m.Kind == MentionPronoun && m.Start == at {
			return d.Entities[m.Entity].Name
		}
	}
	return ""
}

// wordOffset returns the byte offset of the n-th whole-word occurrence of
// word in text, case folded, or -1.
func wordOffset(text, word string, n int) int {
	low, w := strings.ToLower(text), strings.ToLower(word)
	isLetter := func(i int) bool {
		return i >= 0 && i < len(low) && (low[i] >= 'a' && low[i] <= 'z')
	}
	seen := 0
	for i := 0; i+len(w) <= len(low); i++ {
		if low[i:i+len(w)] != w || isLetter(i-1) || isLetter(i+len(w)) {
			continue
		}
		if seen == n {
			return i
		}
		seen++
	}
	return -1
}

// TestQuotedSelfUnbound: a "he" or "she" inside a quotation is not the
// person the quotation is attributed to, however the attribution was
// found ("he said", "saying:"); a quotation that names its own speaker,
// and a bracketed insertion, keep their binding. Every sentence
// is invented.
func TestQuotedSelfUnbound(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string
		n          int    // which mention of word to look at
		want       string // its entity, "" for unbound
		noFact     string // a fact that must not be extracted
	}{
		{"pronoun speaker after quote",
			"Rovers boss\n\nRovers manager Colin Darby spoke on Friday. \"I was told on Monday that he has joined Leeds United, but not by the boy,\" he said.",
			"he", 0, "", "Colin Darby joined Organization:Leeds United"},
		{"quoted pronoun of another person stays",
			"Injury news\n\nThe coach of sprinter Anna Bell, Mark Hollis, spoke to reporters. \"She hurt her knee in Paris but she is running again,\" said Hollis.",
			"she", 0, "Anna Bell", ""},
		{"speaker by saying",
			"Final\n\nJoan Pike beat Ruth Kemp in the final on Sunday. Pike praised her rival later, saying: \"She has had a hard year.\"",
			"she", 0, "", ""},
		{"speaker outside, pronoun outside",
			"Rovers boss\n\nRovers manager Colin Darby spoke on Friday. He said the club would not sell.",
			"he", 0, "Colin Darby", ""},
		// A closing mark lost: the narrative after it reads as quoted, and
		// names the speaker, so the quotation's bounds are in doubt.
		{"quotation names its speaker",
			"Old stager\n\nKeeper Paul Bond feels he can play one more season. \"I told the club I would like to stay,\" he said. \"The main worry is my age. Bond joined Rovers from Hull in 2001 and at first he struggled in the south.",
			"he", 2, "Paul Bond", ""},
		{"bracketed insertion",
			"Farewell\n\nWinger Tomas Ruiz spoke on Sunday.\n\n\"This ends what I began in 1996 [when he made his debut],\" he said.",
			"he", 0, "Tomas Ruiz", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounBinding(d, tc.word, tc.n); got != tc.want {
				t.Errorf("%s #%d -> %q, want %q", tc.word, tc.n, got, tc.want)
			}
			if tc.noFact != "" && slices.Contains(factsOf(d, Joined, MemberOf, LeaderOf), tc.noFact) {
				t.Errorf("fact %q extracted", tc.noFact)
			}
		})
	}
}
