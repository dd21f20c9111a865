package lexicon

import (
	"strings"
	"testing"
)

// TestRoleClasses pins the words each reader of a role class relies on,
// and the words its comment says are left out on purpose, so that an
// edit of roles.txt that drops or adds one fails here before it changes
// what the rules find.
func TestRoleClasses(t *testing.T) {
	for _, tc := range []struct {
		class    string
		in, out  []string
		whyNotIn string
	}{
		{"title", []string{"president", "chairperson", "cllr", "supt", "vice-president"}, []string{"producer", "spokesmen"},
			"weak roles are titles only before a full name"},
		{"leader", []string{"chairperson", "taoiseach", "president-elect", "ceo"}, []string{"deputy", "minister", "spokesman"},
			"a deputy, a minister or a spokesman heads nothing"},
		{"place-leader", []string{"president", "mayor", "taoiseach", "ruler"}, []string{"director", "ceo", "chairman"},
			`"British director Mike Leigh" leads no country`},
		{"person-ref", []string{"president", "striker", "chairperson"}, []string{"company", "head"},
			"a body is no person"},
		{"team-side", []string{"coach", "skipper", "chairman"}, []string{"director"},
			`"Hong Kong director Wong Kar-Wai" is no sports role`},
		{"weak", []string{"producer", "striker", "activist"}, []string{"president", "minister"},
			"a strong title is one even before a surname alone"},
		{"org-staff", []string{"economist", "spokesman", "chairperson"}, []string{"director"},
			`"Iris director Richard Eyre" directed a film`},
		{"org-post-at", []string{"director", "partner"}, []string{"president"}, ""},
		{"staff-of", []string{"founder", "editor", "vice-president"}, []string{"minister"}, ""},
		{"staff-title", []string{"strategist", "economist", "trader"}, []string{"head"},
			`"head of research": the "of" names its own body`},
		{"body-head-of", []string{"founder", "owner", "chairperson"}, []string{"head", "director", "vice-president"},
			"heads of a part of a body: their \"of\" names a department"},
		{"whose-head", []string{"chairman", "head", "chairperson"}, []string{"coordinator"},
			"in a firm a coordinator runs one project"},
		{"post-word", []string{"managing", "co-chief", "officer"}, []string{"deputy"}, ""},
		{"post-title", []string{"co-head", "executive", "chairperson"}, []string{"deputy", "managing"}, ""},
		{"rel-title", []string{"prime", "general-secretary", "chairperson"}, []string{"deputy"}, ""},
		{"rel-head", []string{"coach", "secretary-general", "chairperson"}, []string{"deputy", "minister"}, ""},
		{"corp-bare", []string{"executive", "ceo", "chairwoman"}, []string{"president"},
			"bare, \"President\" names a head of state"},
		{"past-post", []string{"ceo", "chair", "chairperson"}, []string{"deputy"}, ""},
		{"match-staff", []string{"referee", "coach", "pundit"}, []string{"striker"}, "a striker plays"},
		{"sole", []string{"taoiseach", "chancellor", "minister"}, []string{"director", "mayor"}, ""},
		{"bare-title", []string{"president", "taoiseach"}, []string{"chancellor"},
			"a bare \"Chancellor\" in British news is the finance minister"},
		{"head-of-state", []string{"monarch", "emir", "prime"}, []string{"mayor", "minister"}, ""},
		{"party-post-word", []string{"first", "national", "mp", "chairperson"}, []string{"ceo"}, ""},
		{"party-head", []string{"leader", "coordinator", "chairperson"}, []string{"deputy", "secretary"},
			"a word before the post narrows it to a deputy's or a branch's"},
		{"party-succession", []string{"leader", "chairperson"}, []string{"deputy"}, ""},
		{"party-official", []string{"agent", "whip", "chairperson"}, []string{"secretary"},
			`"Labour secretary" is as often a ministry's`},
		{"party-member", []string{"mp", "backbencher", "rep."}, []string{"minister", "secretary", "leader"},
			`"Labour Minister Wolfgang Clement" runs a labour ministry`},
		{"party-seat", []string{"mp", "peer"}, []string{"minister"}, ""},
		{"party-possessive", []string{"spokesman", "candidate"}, []string{"leader"},
			"leaders are read by the leaderOf rules"},
		{"seat-for", []string{"mp", "assemblywoman"}, []string{"minister"}, ""},
		{"group-seat", []string{"councillor", "candidate"}, []string{"spokesman", "rival"},
			`a firm has them too: "Ladbrokes spokesman X", "Intel rival AMD"`},
		{"quote-person-ref", []string{"president", "medallist", "chairperson"}, []string{"company"},
			"a body is read by its own list"},
		// Sports positions: each reader's class keeps the words its own
		// rule needs; the words left out are told beside the reader.
		{"team-position", []string{"prop", "centre", "number-eight", "stand-off"}, []string{"captain", "coach"},
			"a captain or a coach names no position that makes a place a team"},
		{"weak-position", []string{"flanker", "centre-back", "beatle"}, []string{"striker", "centre"},
			`"striker" is already a weak role; "centre" opens as many buildings as players`},
		{"team-desc-position", []string{"batsman", "number", "vice-captain", "fullback"}, []string{"coach", "manager", "boss"},
			"a coach runs the side rather than plays in it"},
		{"generic-position", []string{"player", "captain", "youngster"}, []string{"striker", "prop"},
			"a position says where the player plays"},
		{"squad-position", []string{"outside-half", "centre-half", "vice-captain"}, []string{"star", "veteran", "international"},
			`after a country "star" is as often a nationality ("Australian star")`},
		{"player-role", []string{"substitute", "keeper", "playmaker"}, []string{"coach", "prop"}, ""},
		{"surname-position", []string{"left-back", "centre-half", "keeper"}, []string{"side", "fans", "publicist"},
			"team and crowd nouns and a client's agents are no occupation of the surname"},
		{"nickname-team-role", []string{"captain", "boss", "chairman", "hooker"}, []string{"fans", "star"}, ""},
		{"sport-story-role", []string{"wing", "stand-off", "star"}, []string{"striker"},
			"a striker is a side's player in any story"},
		// A side's staff and captains.
		{"side-leader", []string{"coach", "manager", "boss"}, []string{"chief", "captain"},
			`a "chief" runs an agency; a captain leads on the field, not the side`},
		{"team-leader", []string{"coach", "manager"}, []string{"boss", "chief"}, ""},
		{"side-speaker", []string{"boss", "captain", "skipper"}, []string{"physio", "chairman"}, ""},
		{"side-staff", []string{"physio", "physiotherapist", "assistant", "doctor"}, []string{"captain", "striker"},
			"players are what a selection picks"},
		{"lineup-captain", []string{"capt.", "c", "vc", "co-captain"}, []string{"coach", "skipper"}, ""},
		// Titles of several words, written with "_" in roles.txt.
		{"leader-phrase", []string{"chief executive", "head of state", "executive chairwoman"}, []string{"deputy prime minister", "chief"},
			"a deputy heads nothing; the one words are the leader class"},
		{"place-leader-phrase", []string{"first minister", "prime minister-elect"}, []string{"chief executive"},
			`"UK chief executive X" runs a firm's branch, not the country`},
		{"possessive-leader-phrase", []string{"managing director", "secretary general"}, []string{"head of state"}, ""},
		{"region-leader-phrase", []string{"first minister"}, []string{"prime minister"},
			"a region's head is its first minister or premier"},
	} {
		set := RoleClass(tc.class)
		for _, w := range tc.in {
			if !set[w] {
				t.Errorf("class %s lacks %q", tc.class, w)
			}
		}
		for _, w := range tc.out {
			if set[w] {
				t.Errorf("class %s holds %q (%s)", tc.class, w, tc.whyNotIn)
			}
		}
	}
}

// TestRoleClassViews: the exported sets are the classes of roles.txt.
func TestRoleClassViews(t *testing.T) {
	for _, tc := range []struct {
		class string
		set   map[string]bool
	}{
		{"title", RoleHeads}, {"leader", LeaderRoles}, {"place-leader", PlaceLeaderRoles},
		{"person-ref", PersonRoleNouns}, {"team-side", TeamSideRoles}, {"weak", WeakRoles},
		{"org-staff", OrgStaff}, {"org-post-at", OrgPostsAt},
		{"team-position", TeamPositionRoles}, {"weak-position", PositionRoles},
		{"leader-phrase", LeaderRolePhrases}, {"place-leader-phrase", PlaceLeaderPhrases},
	} {
		want := RoleClass(tc.class)
		if len(tc.set) != len(want) {
			t.Errorf("%s: view has %d words, class %d", tc.class, len(tc.set), len(want))
		}
		for w := range want {
			if !tc.set[w] {
				t.Errorf("%s: view lacks %q", tc.class, w)
			}
		}
	}
}

// TestRoleClassIsACopy: a caller that changes its set changes no other
// caller's.
func TestRoleClassIsACopy(t *testing.T) {
	a := RoleClass("leader")
	delete(a, "president")
	if !RoleClass("leader")["president"] || !LeaderRoles["president"] {
		t.Fatal("deleting from one RoleClass result changed the class")
	}
}

func TestRoleClassUnknownPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("RoleClass of an undeclared class did not panic")
		}
	}()
	RoleClass("no-such-class")
}

func TestParseRoles(t *testing.T) {
	good := "# c\n@a  x\n@b  y\n\nchair  a b\nboss   b\n"
	classes, err := parseRoles(good)
	if err != nil {
		t.Fatal(err)
	}
	if !classes["a"]["chair"] || classes["a"]["boss"] || !classes["b"]["boss"] || len(classes["b"]) != 2 {
		t.Errorf("parseRoles(%q) = %v", good, classes)
	}
	// A title of several words is written with "_" and read as the phrase.
	phrases, err := parseRoles("@p x\nhead_of_state  p\n")
	if err != nil || !phrases["p"]["head of state"] || phrases["p"]["head_of_state"] {
		t.Errorf("parseRoles of a phrase = %v, %v", phrases, err)
	}
	for _, tc := range []struct{ text, errHas string }{
		{"@a x\nchair  z\n", `undeclared class "z"`},
		{"chair  a\n@a x\n", `undeclared class "a"`},
		{"@a x\nchair  a\nchair  a\n", `word "chair" given twice`},
		{"@a x\nchair\n", "has no class"},
		{"@a x\n@a y\n", "declared twice"},
	} {
		_, err := parseRoles(tc.text)
		if err == nil || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("parseRoles(%q) error = %v, want one with %q", tc.text, err, tc.errHas)
		}
	}
}
