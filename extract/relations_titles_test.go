package extract

import (
	"strings"
	"testing"
)

// TestBareCompanyTitleMainFirm: a bare company title ("said chief
// executive X") in a story about one firm leads that firm even when a
// product, unit or partner is named nearer; a story about two firms, a
// title of a part or a loose "boss" gives nothing. Every text is invented.
func TestBareCompanyTitleMainFirm(t *testing.T) {
	const story = "Brightcode profits rise\n\nBrightcode said profits rose 10% last year. Brightcode also raised its dividend. Sales of Brightcode software grew in Asia. "
	for _, tc := range []struct {
		text string
		want string
	}{
		{story + "Its Velmora unit did well. \"We are pleased,\" said chief executive Tom Hale.", "Tom Hale leaderOf Brightcode"},
		{story + "Its Velmora unit did well. Chairman Tom Hale said the outlook was good.", "Tom Hale leaderOf Brightcode"},
		// The American form of the title, and an officer who is not the head.
		{story + "Its Velmora unit did well. \"We are pleased,\" said chief executive officer Tom Hale.", "Tom Hale leaderOf Brightcode"},
		{story + "Its Velmora unit did well. \"We are pleased,\" said chief operating officer Tom Hale.", ""},
		// A title of a part, and a loose "boss", name no firm-wide head.
		{story + "Its Velmora unit did well. \"We are pleased,\" said committee chairman Tom Hale.", ""},
		{story + "Its Velmora unit did well. Boss Tom Hale said the outlook was good.", ""},
		// A past post, its "former" before the words that say of what.
		{story + "The top earner is former software group chief executive Tom Hale.", ""},
		{story + "The top earner is former record label boss Tom Hale.", ""},
		// The same post held now.
		{story + "The top earner is software group chief executive Tom Hale.", "Tom Hale leaderOf Brightcode"},
		// Two firms named as often: the title is as often the other's.
		{"Brightcode and Velmora merge\n\nBrightcode and Velmora agreed to merge. Brightcode shares rose and Velmora shares fell. Analysts at Ridgeway Capital backed the deal. \"We are pleased,\" said chief executive Tom Hale.", ""},
		{"Brightcode buys Velmora\n\nBrightcode agreed to buy Velmora. Brightcode shares rose and Velmora shares fell. Brightcode will keep the Velmora brand. Analysts at Ridgeway Capital backed the deal. \"We are pleased,\" said chief executive Tom Hale.", ""},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// leaderLines lists a document's leaderOf facts as "S leaderOf O" in the
// order extracted, joined by "; " ("" for none).
func leaderLines(d *Document) string {
	var got []string
	for _, f := range d.Facts {
		if f.Predicate == LeaderOf {
			got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
		}
	}
	return strings.Join(got, "; ")
}

// TestCaptainLeadsNoSide: in a sports story the verb "lead" with a team
// tells of a captain on the pitch, a member, not the team's head; the
// verbs of a chairman ("chairs", "heads") and a story about a firm still
// give leaderOf. Every text is invented.
func TestCaptainLeadsNoSide(t *testing.T) {
	const match = "Ridgeway beat Velmora\n\nRidgeway beat Velmora 2-0 in the league on Saturday, with two goals in the second half. "
	for _, tc := range []struct {
		text string
		want string
	}{
		{match + "Tom Hale leads Ridgeway Rovers against Velmora next week.", ""},
		{match + "Tom Hale has led Ridgeway Rovers during their three defeats this season.", ""},
		{match + "Tom Hale, who chairs Ridgeway Rovers, said the club was pleased.", "Tom Hale leaderOf Ridgeway Rovers"},
		{"Brightcode profits rise\n\nBrightcode said profits rose 10% last year. Tom Hale leads Brightcode and will stay until 2010.", "Tom Hale leaderOf Brightcode"},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
