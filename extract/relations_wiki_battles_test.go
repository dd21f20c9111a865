package extract

import "testing"

// TestBattleName checks which names are those of one fight.
func TestBattleName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Battle of Tarnow", true},
		{"Battle of the Vessen", true},
		{"Siege of Corvel", true},
		{"Battle of", false},
		{"Battle Group", false},
		{"Battle of wills", false},
		{"Siege Works of Corvel", false},
	}
	for _, tc := range tests {
		if got := battleName(tc.name); got != tc.want {
			t.Errorf("battleName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestBattleTypes runs the extractor on invented sentences: a battle
// named by its place is an event one fights in.
func TestBattleTypes(t *testing.T) {
	tests := []struct {
		text string
		want string // "S participatedIn O"
	}{
		{"Walter Brandt fought in the Battle of Tarnow in 1915.", "Walter Brandt participatedIn Battle of Tarnow"},
		{"Helen Marsh took part in the Battle of the Vessen as a nurse.", "Helen Marsh participatedIn Battle of the Vessen"},
	}
	for _, tc := range tests {
		_, got := factRules(t, "Title\n\n"+tc.text)
		if _, ok := got[tc.want]; !ok {
			t.Errorf("%q: missing %q (facts %v)", tc.text, tc.want, got)
		}
	}
}
