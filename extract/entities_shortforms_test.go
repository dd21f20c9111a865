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

// checkEntityType extracts text and checks that the entity named form
// has type typ ("" for no entity of that name).
func checkEntityType(t *testing.T, text, form string, typ EntityType) {
	t.Helper()
	d := extractText(t, text)
	i := entityOfForm(d, form)
	switch {
	case typ == "" && i >= 0:
		t.Errorf("%q: entity %v, want none named %q", text, d.Entities[i], form)
	case typ != "" && i < 0:
		t.Errorf("%q: no entity %q; have %v", text, form, d.Entities)
	case typ != "" && d.Entities[i].Type != typ:
		t.Errorf("%q: %q typed %s, want %s", text, form, d.Entities[i].Type, typ)
	}
}

// checkJoined extracts text and checks whether form names the same
// entity as full (same) or not.
func checkJoined(t *testing.T, text, full, form string, same bool) {
	t.Helper()
	d := extractText(t, text)
	f, g := entityOfForm(d, full), entityOfForm(d, form)
	if f < 0 {
		t.Errorf("%q: no entity %s; have %v", text, full, d.Entities)
		return
	}
	if (f == g) != same {
		t.Errorf("%q: %s in the entity of %s = %v, want %v (entities %v)", text, form, full, f == g, same, d.Entities)
	}
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
		// The acronym opening an untyped two-word name stands for it;
		// an acronym after it makes a role of the second word.
		{"Shares rose after KLD Resources rejected the bid. KLD said the offer was too low.",
			"KLD Resources", "KLD", true},
		{"He was once a QTV VJ on the late show. QTV said it would not comment.",
			"QTV VJ", "QTV", false},
		// A generic team word alone is no short form.
		{"Manchester City signed a striker from Lyon on Friday. City will face Fulham on Sunday.",
			"Manchester City", "City", false},
	}
	for _, tt := range tests {
		checkJoined(t, tt.text, tt.full, tt.form, tt.same)
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
		checkJoined(t, tt.text, tt.full, tt.form, tt.same)
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
		checkJoined(t, tt.text, tt.full, tt.form, tt.same)
	}
}

func TestHyphenedInitials(t *testing.T) {
	checkJoined(t, "The National Hi-Tech Crime Unit arrested two men on Monday. The NHTCU said more arrests would follow.",
		"National Hi-Tech Crime Unit", "NHTCU", true)
}

func TestSharedSurnameKeepsTwoPeople(t *testing.T) {
	// Two lone "Robinson"s, each nearest a different full name, must not
	// make one person of the coach and the full-back.
	checkJoined(t, "England coach Andy Robinson criticised the referee. Robinson said the tries were good. Full-back Jason Robinson was captain on Saturday. Robinson has been blamed for the defeat.",
		"Andy Robinson", "Jason Robinson", false)
}

// TestCommonWordShortForms: a common word opening an organisation's name
// stands for it where the text uses it as a name again; used once it
// stays apart.
func TestCommonWordShortForms(t *testing.T) {
	tests := []struct {
		text       string
		full, form string
		same       bool
	}{
		{"Investors bought shares in Lantern Airways on Friday. Analysts expect Lantern to raise $300m, and shares in Lantern rose.",
			"Lantern Airways", "Lantern", true},
		{"The broker Marble & Wexley paid a fine of $850m on Monday. Critics of Marble said it was too small, and a spokesman for Marble agreed.",
			"Marble & Wexley", "Marble", true},
		// Negatives.
		{"Investors bought shares in Lantern Airways on Friday. Analysts expect Lantern to raise $300m.",
			"Lantern Airways", "Lantern", false},
	}
	for _, tt := range tests {
		checkJoined(t, tt.text, tt.full, tt.form, tt.same)
	}
}

func TestRadioShortForm(t *testing.T) {
	// A station named without "Radio" is the station named with it.
	checkJoined(t, `"It is not true," Hallam told BBC Radio Harbour Live. "I think the deal is off," Rudd told Harbour Live.`, "BBC Radio Harbour Live", "Harbour Live", true)
	checkJoined(t, `"It is not true," Hallam told Radio Harbour Live. Rudd told Harbour Live that he would stay.`, "Radio Harbour Live", "Harbour Live", true)
	// One word left names a place, not the station.
	checkJoined(t, `Hallam told BBC Radio Scotland that he would stay. He was born in Scotland.`, "BBC Radio Scotland", "Scotland", false)
}
