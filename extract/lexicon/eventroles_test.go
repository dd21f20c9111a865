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

// TestEventRoleCues: the cue set holds exactly the kinds' roles, acts and
// by-participles, and no event noun that is none of them.
func TestEventRoleCues(t *testing.T) {
	kinds := []EventRoleKind{
		{Kind: "trial", Names: WordSet(`trial`), Roles: WordSet(`witness juror`)},
		{Kind: "music", Names: WordSet(`festival`), Roles: WordSet(`headliner`), Acts: WordSet(`played`)},
		{Kind: "awards", Names: WordSet(`ceremony`), By: WordSet(`presented`)},
	}
	got := eventRoleCues(kinds)
	for _, w := range []string{"witness", "juror", "headliner", "played", "presented"} {
		if !got[w] {
			t.Errorf("cue %q missing", w)
		}
	}
	for _, w := range []string{"trial", "festival", "ceremony", "lawyer"} {
		if got[w] {
			t.Errorf("%q is no cue", w)
		}
	}
	if len(got) != 5 {
		t.Errorf("got %d cues, want 5", len(got))
	}
	for _, k := range EventRoleKinds {
		for _, set := range []map[string]bool{k.Roles, k.Acts, k.By} {
			for w := range set {
				if !EventRoleCues[w] {
					t.Errorf("kind %q: %q is not in EventRoleCues", k.Kind, w)
				}
			}
		}
	}
}
