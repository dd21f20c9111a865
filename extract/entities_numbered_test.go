package extract

import "testing"

func TestNumberedActs(t *testing.T) {
	tests := []struct {
		text string
		name string
		want bool
	}{
		// An act's cue before the name and its number, anywhere in the
		// document, keeps the number in the name at every mention.
		{"Rock band Velvet Kestrel 9 headline on Friday. Velvet Kestrel 9 and Keane follow.", "Velvet Kestrel 9", true},
		{"Fans queued for Zorbin 7's new album on Monday.", "Zorbin 7", true},
		{"Critics praised rapper Jaxon 40 for the track.", "Jaxon 40", true},
		// Without a cue a number after a name is a score or a count.
		{"Zorbin 7 fans queued outside on Monday.", "Zorbin 7", false},
		{"The final score was Arsenal 2 Chelsea 1 on Sunday.", "Arsenal 2", false},
		{"Smithfield beat Arsenal 2 goals to nil.", "Arsenal 2", false},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		if got := entityOfForm(d, tt.name) >= 0; got != tt.want {
			t.Errorf("%q: entity %q = %v, want %v (entities %v)", tt.text, tt.name, got, tt.want, d.Entities)
		}
	}
}
