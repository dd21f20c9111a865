package lexicon

import "testing"

// TestEventRoleKinds: every kind names its events and gives roles or
// verbs, and no word is both a kind's event noun and one of its roles or
// verbs (a sentence's "festival" would then be read as its own act).
func TestEventRoleKinds(t *testing.T) {
	for _, k := range EventRoleKinds {
		if k.Kind == "" || len(k.Names) == 0 || len(k.Roles)+len(k.Acts)+len(k.By) == 0 {
			t.Errorf("kind %q: want a name, event nouns and roles or verbs", k.Kind)
		}
		for _, set := range []map[string]bool{k.Roles, k.Acts, k.By} {
			for w := range set {
				if k.Names[w] {
					t.Errorf("kind %q: %q is both an event noun and a role or verb", k.Kind, w)
				}
			}
		}
	}
}
