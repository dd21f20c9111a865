package lexicon

import "testing"

func TestFirstNamesGender(t *testing.T) {
	names := LoadFirstNames()
	for _, c := range []struct {
		name string
		want byte
	}{
		{"claude", 'm'}, // corrected: the source's female list carries it
		{"philippe", 'm'},
		{"rafa", 'm'},
		{"jo", 'u'},
		{"celestine", 'u'}, // corrected: Celestine Babayaro is a man
		{"claudia", 'f'},
		{"john", 'm'},
		{"mary", 'f'},
		{"andrea", 'u'},
		{"lewis", 'm'},  // added: British men's names the US lists lack
		{"ciaran", 'm'}, // added: an Irish spelling
	} {
		if got := names[c.name]; got != c.want {
			t.Errorf("LoadFirstNames()[%q] = %q, want %q", c.name, got, c.want)
		}
	}
	if _, ok := names["lukashenko"]; ok {
		t.Errorf("LoadFirstNames() holds surname %q", "lukashenko")
	}
}
