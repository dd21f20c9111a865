package extract

import "testing"

// TestAccentSpellingsJoin: one story spelling a name with and without
// its accents, or with a character reference, names one entity.
func TestAccentSpellingsJoin(t *testing.T) {
	tests := []struct {
		text, full, form string
		same             bool
	}{
		{"Lyon winger Sébastien Marot scored twice on Sunday. The coach said Sebastien Marot had been the best player on the pitch.",
			"Sébastien Marot", "Sebastien Marot", true},
		{"The squad: Hugo Lantier (Agen), Ren&#233; Dufaure (Brive). Brive lock René Dufaure returns after injury.",
			"René Dufaure", "René Dufaure", true},
		// Different letters stay different people.
		{"Lyon winger Sébastien Marot scored twice on Sunday. His brother Sébastien Marat plays for Nice.",
			"Sébastien Marot", "Sébastien Marat", false},
	}
	for _, tc := range tests {
		checkJoined(t, tc.text, tc.full, tc.form, tc.same)
	}
	checkEntityType(t, "The squad: Hugo Lantier (Agen), Ren&#233; Dufaure (Brive).", "Ren&#233; Dufaure", "")
}
