package extract

import "testing"

// TestGerundTitles: a capitalised -ing verb and a name as its object
// mid-sentence is a work's title and no entity; a body's name with a
// head, a club named after a sport and a town, an -ing word with no name
// after it, and a clause opener at a sentence's start keep their names.
func TestGerundTitles(t *testing.T) {
	none := []struct{ text, name string }{
		{"Critics praised Chasing Marigold, the new drama from Dana Holt.", "Chasing Marigold"},
		{"The studio said Keeping Ottoline had taken $20m in its first week.", "Keeping Ottoline"},
		{"Her role in Saving Corporal Dunne won her a nomination.", "Saving Corporal Dunne"},
	}
	for _, tt := range none {
		checkEntities(t, tt.text, nil, []string{tt.name})
	}
	kept := []struct{ text, want string }{
		{"The complaint was upheld by the Advertising Standards Authority on Monday.", "Organization:Advertising Standards Authority"},
		{"Tickets for the Recording Industry Association of Canada dinner sold out.", "Organization:Recording Industry Association of Canada"},
		{"Following Tom Reed's speech, shares in the firm fell.", "Person:Tom Reed"},
	}
	for _, tt := range kept {
		checkEntities(t, tt.text, []string{tt.want}, nil)
	}
	// Names that stay entities, whatever their type.
	for _, tt := range []struct{ text, name string }{
		{"The coach of Sporting Lisbon resigned on Friday.", "Sporting Lisbon"},
		{"Jane Foyle has written for Rolling Stone magazine since 1990.", "Rolling Stone"},
	} {
		if d := extractText(t, tt.text); entityOfForm(d, tt.name) < 0 {
			t.Errorf("%q: no entity %q; have %v", tt.text, tt.name, d.Entities)
		}
	}
}

// TestGerundOfVerb: -ing forms of common verbs, with a dropped "e" or a
// doubled consonant; words in -ing that are no verb form are not.
func TestGerundOfVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"finding": true, "saving": true, "running": true, "being": true,
		"king": false, "sterling": false, "ing": false,
	} {
		if got := gerundOfVerb(w); got != want {
			t.Errorf("gerundOfVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
