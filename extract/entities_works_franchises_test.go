package extract

import "testing"

// TestFranchiseTitles: a person-shaped name before a plural work noun or
// after an ordinal, and a hero's name paired with a thing "of" a place,
// name a franchise or a title, no person; an actor's or a director's
// films, a person listed with a body, stay people.
func TestFranchiseTitles(t *testing.T) {
	checkEntities(t, "The studio in Leeds made the Tommy Grail games for consoles.",
		[]string{"City:Leeds"}, []string{"Tommy Grail"})
	checkEntities(t, "Critics in Paris loved the third Tommy Grail film.",
		[]string{"City:Paris"}, []string{"Tommy Grail"})
	checkEntities(t, "The film Tommy Grail and the Lantern of Kesh opened in Leeds.",
		[]string{"City:Leeds"}, []string{"Tommy Grail", "Kesh"})
	for _, tc := range []struct{ text, name string }{
		{"The comedy, starring Harold Vance, took $9m. It is the ninth Harold Vance film to do so.", "Harold Vance"},
		{"The album was launched by Harold Vance and the Royal Opera House in Leeds.", "Harold Vance"},
		{"The film was shown to Harold Vance and the Duke of Kent in Leeds.", "Harold Vance"},
		{"The film opened in Leeds. Harold Vance and the Lantern of Kesh were there. Harold Vance said it was fine.", "Harold Vance"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
