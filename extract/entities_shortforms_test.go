package extract

import (
	"slices"
	"testing"
)

// entityOfForm returns the index of the entity named or aliased form, or -1.
func entityOfForm(d *Document, form string) int {
	for i, e := range d.Entities {
		if e.Name == form || slices.Contains(e.Aliases, form) {
			return i
		}
	}
	return -1
}

func TestOrganisationShortForms(t *testing.T) {
	tests := []struct {
		text       string
		full, form string
		same       bool // whether form must be an alias of full's entity
	}{
		// A nickname joins the one team of its own the article names.
		{"Arsenal drew 1-1 at Southampton on Saturday. Gunners boss Arsene Wenger was pleased with the point.",
			"Arsenal", "Gunners", true},
		{"Newcastle United face Chelsea next week. The Magpies have won four games in a row.",
			"Newcastle United", "Magpies", true},
		// Two of its teams named: the nickname is ambiguous and stays apart.
		{"Chelsea beat Birmingham City 2-0 at home. Blues boss Jose Mourinho praised his defence.",
			"Chelsea", "Blues", false},
		// A nation typed as a country is not its side.
		{"Australia has pledged aid to the region. Wallabies captain George Gregan backed the charity match.",
			"Australia", "Wallabies", false},
		// A qualifier before a three-word name: the rest names it alone.
		{"The station BBC Radio 1 changed its schedule. The show will move to Radio 1 in March.",
			"BBC Radio 1", "Radio 1", true},
		{"The US Department of Homeland Security issued a warning. The Department of Homeland Security said the threat was real.",
			"US Department of Homeland Security", "Department of Homeland Security", true},
		// The head before "of" stands for the body once it is named.
		{"The Reserve Bank of Ruritania raised rates on Tuesday. The Bank said prices were rising too fast.",
			"Reserve Bank of Ruritania", "Bank", true},
		{"Members of the Academy of Screen Arts vote next week. The Academy will announce the winners in March.",
			"Academy of Screen Arts", "Academy", true},
		// An event's head noun stands for the one event of its kind.
		{"Leeds reached the final of the Northern Cup on Saturday. The Cup was last won by Leeds in 1990.",
			"Northern Cup", "Cup", true},
		// Two cups named: the head alone stays apart.
		{"Leeds reached the final of the Northern Cup and lost in the Southern Cup. The Cup was last won by Leeds in 1990.",
			"Northern Cup", "Cup", false},
		// A generic team word alone is no short form.
		{"Manchester City signed a striker from Lyon on Friday. City will face Fulham on Sunday.",
			"Manchester City", "City", false},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		full, form := entityOfForm(d, tt.full), entityOfForm(d, tt.form)
		if full < 0 {
			t.Errorf("%q: no entity %s; have %v", tt.text, tt.full, d.Entities)
			continue
		}
		if (full == form) != tt.same {
			t.Errorf("%q: %s in the entity of %s = %v, want %v (entities %v)", tt.text, tt.form, tt.full, full == form, tt.same, d.Entities)
		}
	}
}

func TestTeamNicknameFacts(t *testing.T) {
	// The coach of a nickname leads the club the article names.
	checkFactRules(t, "Arsenal drew 1-1 at Southampton on Saturday. Gunners boss Arsene Wenger was pleased with the point.",
		map[string]string{"Arsene Wenger leaderOf Arsenal": "title:attr-role-name"}, []string{"Arsene Wenger leaderOf Gunners"})
}

func TestOlympicsGamesOneEvent(t *testing.T) {
	for _, tt := range []struct {
		text, full, form string
		same             bool
	}{
		{"She won gold at the Athens Olympics last year. Since the Athens Games she has not raced.", "Athens Olympics", "Athens Games", true},
		{"He ran at the Sydney Olympic Games in 2000. The Sydney Olympics made him famous.", "Sydney Olympic Games", "Sydney Olympics", true},
		{"She won at the Athens Olympics. The Commonwealth Games follow in Melbourne.", "Athens Olympics", "Commonwealth Games", false},
	} {
		d := extractText(t, tt.text)
		full, form := entityOfForm(d, tt.full), entityOfForm(d, tt.form)
		if full < 0 || form < 0 && !tt.same {
			t.Errorf("%q: entities %v", tt.text, d.Entities)
			continue
		}
		if (full == form) != tt.same {
			t.Errorf("%q: %s and %s one entity = %v, want %v (%v)", tt.text, tt.full, tt.form, full == form, tt.same, d.Entities)
		}
	}
}

func TestPersonFirstNameAlone(t *testing.T) {
	for _, tt := range []struct {
		text, full, form string
		same             bool
	}{
		// The surname used alone shows the full name is a person's.
		{"Lleyton Hewitt won in Sydney on Sunday. Hewitt beat the Swiss in three sets. \"Lleyton's proving how versatile he is,\" his coach said.",
			"Lleyton Hewitt", "Lleyton", true},
		{"Imanol Harinordoquy is fit again. Harinordoquy missed two games. The coach said Imanol would start.",
			"Imanol Harinordoquy", "Imanol", true},
		// Two persons share the first name: it stays apart.
		{"Imanol Harinordoquy and Imanol Etxeberria are fit. Harinordoquy and Etxeberria missed two games. The coach said Imanol would start.",
			"Imanol Harinordoquy", "Imanol", false},
	} {
		d := extractText(t, tt.text)
		full, form := entityOfForm(d, tt.full), entityOfForm(d, tt.form)
		if full < 0 {
			t.Errorf("%q: no %s in %v", tt.text, tt.full, d.Entities)
			continue
		}
		if (full == form) != tt.same {
			t.Errorf("%q: %s in the entity of %s = %v, want %v (%v)", tt.text, tt.form, tt.full, full == form, tt.same, d.Entities)
		}
	}
}

func TestHyphenedInitials(t *testing.T) {
	d := extractText(t, "The National Hi-Tech Crime Unit arrested two men on Monday. The NHTCU said more arrests would follow.")
	if full, acr := entityOfForm(d, "National Hi-Tech Crime Unit"), entityOfForm(d, "NHTCU"); full < 0 || full != acr {
		t.Errorf("NHTCU not joined to the National Hi-Tech Crime Unit: %v", d.Entities)
	}
}
