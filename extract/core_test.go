package extract

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Table tests for the core stages: decode, segment, tokens, mentions,
// entities and coreference, title facts. All sentences are invented, in
// news style.

var (
	testXOnce sync.Once
	testX     *Extractor
	testXErr  error
)

func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	testXOnce.Do(func() { testX, testXErr = New() })
	if testXErr != nil {
		t.Fatal(testXErr)
	}
	return testX
}

func extractText(t testing.TB, text string) *Document {
	t.Helper()
	d, err := testExtractor(t).Extract(context.Background(), "test", []byte(text))
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	return d
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		want    string
		warn    bool
		wantErr error
	}{
		{"utf8", []byte("Caf\u00e9 news\n"), "Caf\u00e9 news\n", false, nil},
		{"bom", []byte("\xef\xbb\xbfHello"), "Hello", false, nil},
		{"cp1252", []byte("\x93Quoted\x94 caf\xe9"), "\u201cQuoted\u201d caf\u00e9", true, nil},
		{"crlf", []byte("A\r\n\r\nB"), "A\n\nB", false, nil},
		{"nul", []byte("abc\x00def"), "", false, textseg.ErrBinary},
		{"blank", []byte(" \n\t \n"), "", false, textseg.ErrEmpty},
		{"empty", nil, "", false, textseg.ErrEmpty},
	}
	for _, tc := range tests {
		got, warns, err := textseg.Decode("src.txt", tc.raw)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if got != tc.want {
			t.Errorf("%s: text = %q, want %q", tc.name, got, tc.want)
		}
		if (len(warns) > 0) != tc.warn {
			t.Errorf("%s: warnings = %v, want warning %v", tc.name, warns, tc.warn)
		}
		if tc.warn && !strings.Contains(warns[0], "src.txt") {
			t.Errorf("%s: warning %q does not name the source", tc.name, warns[0])
		}
	}
}

func TestDocumentBasics(t *testing.T) {
	text := "Minister quits over budget row\n\n    The finance minister resigned on Monday. Mr. Jones said it was time.\n\n    Officials in the U.S. The talks resume."
	d := extractText(t, text)
	if d.Title != "Minister quits over budget row" {
		t.Errorf("Title = %q", d.Title)
	}
	if len(d.Hash) != 64 {
		t.Errorf("Hash = %q, want 64 hex digits", d.Hash)
	}
	if d.Words != len(strings.Fields(text)) {
		t.Errorf("Words = %d, want %d", d.Words, len(strings.Fields(text)))
	}
	if len(d.Paragraphs) != 3 {
		t.Fatalf("paragraphs = %d, want 3", len(d.Paragraphs))
	}
	if p := d.Paragraphs[1]; !strings.HasPrefix(text[p.Start:p.End], "The finance") {
		t.Errorf("paragraph 1 starts %q: indentation not trimmed", text[p.Start:p.End])
	}
	var sents []string
	for _, s := range d.Sentences {
		sents = append(sents, text[s.Start:s.End])
	}
	want := []string{
		"Minister quits over budget row",
		"The finance minister resigned on Monday.",
		"Mr. Jones said it was time.",
		"Officials in the U.S.",
		"The talks resume.",
	}
	if strings.Join(sents, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", sents, want)
	}
	for i, s := range d.Sentences {
		if d.Paragraphs[s.Paragraph].Start > s.Start || d.Paragraphs[s.Paragraph].End < s.End {
			t.Errorf("sentence %d outside its paragraph", i)
		}
	}
}

func TestSentencesKeepQuotes(t *testing.T) {
	text := "\u201cWe will stay,\u201d the mayor said. \u201cThe city is ready.\u201d Critics disagreed."
	d := extractText(t, text)
	var got []string
	for _, s := range d.Sentences {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"\u201cWe will stay,\u201d the mayor said.", "\u201cThe city is ready.\u201d", "Critics disagreed."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Aberdeen-based firms", "Aberdeen - based firms"},
		{"Coca-Cola and Jean-Pierre", "Coca-Cola and Jean-Pierre"},
		{"They don't know", "They do n't know"},
		{"McDonald's boss", "McDonald 's boss"},
		{"the firm’s plan", "the firm ’s plan"},
		{"Mr Gates' company", "Mr Gates ' company"},
		{"O'Neill won", "O'Neill won"},
		{"Jos&#233; Barroso", "Jos&#233; Barroso"},
		{"Amazon.com sales", "Amazon.com sales"},
		{"$1,000.50 or 3.5%", "$ 1,000.50 or 3.5 %"},
		{"U.S. firms", "U.S. firms"},
		{"George W. Bush", "George W. Bush"},
		{"end. Next", "end . Next"},
		{"wait...", "wait ..."},
		{"AT&T rose", "AT&T rose"},
	}
	for _, tc := range tests {
		toks := textseg.Tokenize(tc.in, 0, len(tc.in), nil)
		var got []string
		for _, tk := range toks {
			if tc.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q at %d:%d does not match its span", tc.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, strings.Join(got, " "), tc.want)
		}
	}
}

// entitySummary renders entities as "Type:Name" strings.
func entitySummary(d *Document) map[string]Entity {
	m := map[string]Entity{}
	for _, e := range d.Entities {
		m[string(e.Type)+":"+e.Name] = e
	}
	return m
}

func TestEntities(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Type:Name", each must be present
		not  []string // names that must not be entities (any type)
	}{
		{"Belarusian President Aleksandr Lukashenko met delegations in Minsk on Monday.",
			[]string{"Person:Aleksandr Lukashenko", "Country:Belarus", "City:Minsk"},
			[]string{"Belarusian President Aleksandr Lukashenko", "President Aleksandr Lukashenko", "Monday"}},
		{"However, the talks stalled. Sales fell sharply at Acme Holdings.",
			[]string{"Organization:Acme Holdings"},
			[]string{"However", "Sales"}},
		{"The Collective Security Treaty Organization, or CSTO, met in Yerevan. The CSTO said little.",
			[]string{"Organization:Collective Security Treaty Organization", "City:Yerevan"},
			[]string{"CSTO"}},
		{"Officials from the Baltic Shipping Union (BSU) arrived. The BSU left early.",
			[]string{"Organization:Baltic Shipping Union"},
			[]string{"BSU"}},
		{"Ukraine hosted the European Games and the Great Patriotic War was recalled.",
			[]string{"Country:Ukraine", "Event:European Games", "Event:Great Patriotic War"},
			nil},
		{"Prime Minister Tony Blair spoke. Mr Blair later left for Brussels.",
			[]string{"Person:Tony Blair", "City:Brussels"},
			[]string{"Blair", "Prime Minister", "Mr Blair"}},
		{"The Aberdeen-based company hired Talking Point presenters.",
			[]string{"City:Aberdeen"},
			[]string{"Aberdeen-based", "Talking Point"}},
		{"Delegates attended the 12th session of the Nordic council of ministers of culture and education in Oslo.",
			[]string{"Event:12th session of the Nordic council of ministers of culture and education",
				"Organization:Nordic council of ministers of culture and education", "City:Oslo"},
			nil},
		{"Georgia's withdrawal from the Commonwealth of Independent States angered the Commonwealth.",
			[]string{"Country:Georgia", "Organization:Commonwealth of Independent States"},
			[]string{"Commonwealth of Nations"}},
		{"GDP grew while MPs and PCs were discussed by the Government in March.",
			nil,
			[]string{"GDP", "MPs", "PCs", "Government", "March"}},
		{"The show, billed as \"A Concert of Hope\", aired on BBC Radio 4 before the 2008 Olympics.",
			[]string{"Organization:BBC Radio 4", "Event:2008 Olympics"},
			[]string{"Concert", "Hope", "Concert of Hope"}},
		{"The Riders' Commission met the US Trade Representative's Office in Geneva.",
			[]string{"Organization:Riders' Commission", "Organization:US Trade Representative's Office", "City:Geneva"},
			[]string{"Office", "Riders"}},
		{"Fans of Brian 'Head' Welch were shocked. Welch said little.",
			[]string{"Person:Brian 'Head' Welch"},
			[]string{"Welch", "Head", "Brian '", "' Welch"}},
		{"Guitarist Brian 'Head' Welch quit the band. Welch said little.",
			[]string{"Person:Brian 'Head' Welch"},
			[]string{"Welch", "Head"}},
		{"Chancellor of the Exchequer Tom Hale and Secretary of State Ann Cole spoke.",
			[]string{"Person:Tom Hale", "Person:Ann Cole"},
			[]string{"Exchequer Tom Hale", "State Ann Cole", "Exchequer"}},
		// A demonym alone makes no entity (GOLD.md: entities named in
		// the text) unless a fact needs it.
		{"Officials at the US Treasury disagreed.",
			[]string{"Organization:US Treasury"},
			[]string{"HM Treasury"}},
		{"She lost to Russian Svetlana Petrova in Paris.",
			[]string{"Person:Svetlana Petrova", "City:Paris"},
			[]string{"Russian Svetlana Petrova", "Russia"}},
		{"Analysts at the Oil and Natural Gas Corporation disagreed, and ONGC shares fell.",
			[]string{"Organization:Oil and Natural Gas Corporation"},
			[]string{"ONGC"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.not)
	}
}

func keys(m map[string]Entity) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestWireStyle(t *testing.T) {
	text := "Minister Says Acme Will Not Quit Treaty Talks\n\nMOSCOW (Wire) - Acme Holdings chief executive Ivan Petrov said on Tuesday the firm would stay.\n\nNEW YORK traders shrugged. " +
		"Envoy Ann Rice met Sen. Tom Hale, R-Ariz., later. \"Fine,\" Rice told reporters."
	d := extractText(t, text)
	got := entitySummary(d)
	if e, ok := got["Person:Ann Rice"]; !ok || !textseg.Contains(e.Aliases, "Rice") {
		t.Errorf("Ann Rice missing or without alias Rice: %v", keys(got))
	}
	for _, w := range []string{"City:Moscow", "City:New York", "Person:Ivan Petrov", "Organization:Acme Holdings", "Person:Tom Hale"} {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %s in %v", w, keys(got))
		}
	}
	for _, e := range d.Entities {
		for _, bad := range []string{"Minister Says Acme", "Treaty Talks", "Says", "MOSCOW", "YORK", "R-Ariz"} {
			if e.Name == bad {
				t.Errorf("headline or dateline junk entity %s:%s", e.Type, e.Name)
			}
		}
	}
}

func TestNicknamesAndFirstNames(t *testing.T) {
	d := extractText(t, "Dave Rowe was appointed on Monday. \"David Rowe is the right man,\" said Jane Ford. Rowe starts next week, and Jane welcomed him.")
	var persons []string
	for _, e := range d.Entities {
		if e.Type == Person {
			persons = append(persons, e.Name)
		}
	}
	if len(persons) != 2 {
		t.Errorf("persons = %q, want Dave Rowe and Jane Ford only", persons)
	}
	got := entitySummary(d)
	if e, ok := got["Person:Jane Ford"]; !ok || !textseg.Contains(e.Aliases, "Jane") {
		t.Errorf("Jane Ford missing or without alias Jane: %+v", d.Entities)
	}
}

func TestCoreferenceAliases(t *testing.T) {
	text := "Aleksandr Lukashenko met ministers. Mr Lukashenko said the talks went well. Lukashenko then left. " +
		"Talks with the Baltic Shipping Union (BSU) followed, and the BSU agreed."
	d := extractText(t, text)
	byName := map[string]Entity{}
	for _, e := range d.Entities {
		byName[e.Name] = e
	}
	p, ok := byName["Aleksandr Lukashenko"]
	if !ok {
		t.Fatalf("no Aleksandr Lukashenko entity: %+v", d.Entities)
	}
	if p.Key != "person/aleksandr-lukashenko" {
		t.Errorf("key = %q", p.Key)
	}
	for _, al := range []string{"Lukashenko", "Mr Lukashenko"} {
		if !textseg.Contains(p.Aliases, al) {
			t.Errorf("aliases %v lack %q", p.Aliases, al)
		}
	}
	o := byName["Baltic Shipping Union"]
	if !textseg.Contains(o.Aliases, "BSU") {
		t.Errorf("BSU not an alias of its expansion: %+v", d.Entities)
	}
	persons := 0
	for _, e := range d.Entities {
		if e.Type == Person {
			persons++
		}
	}
	if persons != 1 {
		t.Errorf("%d person entities, want exactly 1: %+v", persons, d.Entities)
	}
}

// resolvedAt returns the entity name the mention at the first occurrence
// of phrase resolves to, and its kind.
func resolvedAt(d *Document, phrase string) (string, MentionKind, bool) {
	at := -1
	for off := 0; ; {
		i := strings.Index(d.Text[off:], phrase)
		if i < 0 {
			break
		}
		i += off
		before := i == 0 || !textseg.IsLetterRune(rune(d.Text[i-1]))
		end := i + len(phrase)
		after := end == len(d.Text) || !textseg.IsLetterRune(rune(d.Text[end]))
		if before && after {
			at = i
			break
		}
		off = i + 1
	}
	for _, m := range d.Mentions {
		if m.Start == at && m.End == at+len(phrase) {
			return d.Entities[m.Entity].Name, m.Kind, true
		}
	}
	return "", 0, false
}

func TestRoleAndPronounResolution(t *testing.T) {
	text := "Belarusian President Aleksandr Lukashenko met Azerbaijani officials in Minsk.\n\n" +
		"The President noted progress. \u201cWe are ready,\u201d the Belarusian leader said.\n\n" +
		"Later, he added that the head of state would travel. Acme Holdings said the company would invest.\n\n" +
		"Ms Karen Holt, a lawyer, disagreed. She said the deal was unfair."
	d := extractText(t, text)
	tests := []struct {
		phrase string
		want   string
		kind   MentionKind
	}{
		{"The President", "Aleksandr Lukashenko", MentionRole},
		{"the Belarusian leader", "Aleksandr Lukashenko", MentionRole},
		{"he", "Aleksandr Lukashenko", MentionPronoun},
		{"the head of state", "Aleksandr Lukashenko", MentionRole},
		{"the company", "Acme Holdings", MentionRole},
		{"She", "Karen Holt", MentionPronoun},
	}
	for _, tc := range tests {
		got, kind, ok := resolvedAt(d, tc.phrase)
		if !ok {
			t.Errorf("no mention for %q", tc.phrase)
			continue
		}
		if got != tc.want || kind != tc.kind {
			t.Errorf("%q -> %s (kind %d), want %s (kind %d)", tc.phrase, got, kind, tc.want, tc.kind)
		}
	}
	for i := 1; i < len(d.Mentions); i++ {
		if d.Mentions[i].Start < d.Mentions[i-1].Start {
			t.Fatalf("mentions not sorted by Start at %d", i)
		}
	}
}

func TestPoliticsCoreference(t *testing.T) {
	text := "Prime Minister Tony Blair defended the plans. Tory leader Michael Howard attacked them.\n\n" +
		"Chancellor Gordon Brown met bankers in Washington.\n\n" +
		"The prime minister said the plans would work. The chancellor refused to comment, but the Tory leader said Labour had failed. " +
		"\"It is a shambles,\" he said. Mr Brown left early."
	d := extractText(t, text)
	for _, tc := range []struct{ phrase, want string }{
		{"The prime minister", "Tony Blair"},
		{"The chancellor", "Gordon Brown"},
		{"the Tory leader", "Michael Howard"},
		{"he", "Michael Howard"},
	} {
		got, _, ok := resolvedAt(d, tc.phrase)
		if !ok || got != tc.want {
			t.Errorf("%q -> %q (found %v), want %q", tc.phrase, got, ok, tc.want)
		}
	}
	var facts []string
	for _, f := range d.Facts {
		if f.Predicate == LeaderOf {
			facts = append(facts, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
		}
	}
	if !textseg.Contains(facts, "Michael Howard leaderOf Conservative Party") || textseg.Contains(facts, "Gordon Brown leaderOf United Kingdom") {
		t.Errorf("leaderOf facts %q", facts)
	}
}

func TestTitleFacts(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Subject leaderOf Object"
	}{
		{"Belarusian President Aleksandr Lukashenko spoke.", []string{"Aleksandr Lukashenko leaderOf Belarus"}},
		{"French Prime Minister Jean Dupont arrived.", []string{"Jean Dupont leaderOf France"}},
		{"Talks with Ukraine's new president, Pavlo Marchenko, began.", []string{"Pavlo Marchenko leaderOf Ukraine"}},
		{"Mark Stone, chief executive of Acme Holdings, spoke.", []string{"Mark Stone leaderOf Acme Holdings"}},
		{"Acme Holdings boss Mark Stone spoke.", []string{"Mark Stone leaderOf Acme Holdings"}},
		{"Brazil's President Paulo Ramos visited.", []string{"Paulo Ramos leaderOf Brazil"}},
		{"They met President of France Luc Martin in Lyon.", []string{"Luc Martin leaderOf France"}},
		{"Irish Taoiseach Sean Byrne arrived.", []string{"Sean Byrne leaderOf Ireland"}},
		{"Chancellor of the Exchequer Tom Hale spoke.", nil},
		{"Acme Holdings made a loss. Its chief executive, Mark Stone, spoke.", []string{"Mark Stone leaderOf Acme Holdings"}},
		{"Acme Holdings made a loss, said Mark Stone, its chairman.", []string{"Mark Stone leaderOf Acme Holdings"}},
		{"Visits to the Tate Gallery rose. Ann Lee, the gallery's director, was pleased.", []string{"Ann Lee leaderOf Tate Gallery"}},
		{"President Ivan Petrov said Moldova would not back down.", []string{"Ivan Petrov leaderOf Moldova"}},
		{"Former president Ivan Petrov said Moldova would not back down.", nil},
		{"President Ivan Petrov will visit Moldova next week.", nil},
		// Negatives: a role alone, a demonym alone, deputies, former
		// holders, functional directors and Britain's chancellor.
		{"President Paulo Ramos visited.", nil},
		{"The Belarusian delegation met Aleksandr Lukashenko.", nil},
		{"Deputy Prime Minister Jean Dupont arrived in France.", nil},
		{"Former South African president Sipho Dlamini spoke.", nil},
		{"Acme Holdings finance director Mark Stone resigned.", nil},
		{"UK Chancellor Gordon Brown spoke.", nil},
		{"Vice President Dick Wells visited Davos.", nil},
		{"\"It works,\" said Ann Lee, Acme's managing director, broadband and mobile services.", nil},
		{"Ann Lee, Acme Holdings' managing director, said it works.", []string{"Ann Lee leaderOf Acme Holdings"}},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if f.Predicate != LeaderOf || !strings.HasPrefix(f.Rule, "title:") {
				continue
			}
			got = append(got, d.Entities[f.Subject].Name+" leaderOf "+d.Entities[f.Object].Name)
			if f.Sentence < 0 || f.Sentence >= len(d.Sentences) || f.Confidence <= 0 || f.Confidence > 1 {
				t.Errorf("%q: bad provenance %+v", tc.text, f)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// checkEntities extracts text and reports every "Type:Name" in want that is
// missing and every entity named in not that is present.
// hasEntityNamed reports whether d holds an entity of any type whose name
// is exactly name.
func hasEntityNamed(d *Document, name string) bool {
	for _, e := range d.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

// checkEntityTypes extracts text and fails each entity of want ("Type:Name")
// missing, each name of notPerson formed as a Person and each name of
// notAny formed at all.
func checkEntityTypes(t *testing.T, text string, want, notPerson, notAny []string) {
	t.Helper()
	d := extractText(t, text)
	got := entitySummary(d)
	for _, w := range want {
		if _, ok := got[w]; !ok {
			t.Errorf("%q: missing entity %s; have %v", text, w, keys(got))
		}
	}
	for _, e := range d.Entities {
		for _, n := range notPerson {
			if e.Name == n && e.Type == Person {
				t.Errorf("%q: %s typed Person", text, n)
			}
		}
		for _, n := range notAny {
			if e.Name == n {
				t.Errorf("%q: unexpected entity %s:%s", text, e.Type, e.Name)
			}
		}
	}
}

// checkEntities is checkEntityTypes without a Person-only exclusion list.
func checkEntities(t *testing.T, text string, want, not []string) {
	t.Helper()
	checkEntityTypes(t, text, want, nil, not)
}
