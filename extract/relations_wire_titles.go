package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A head of government named by a bare title in a wire story: "BERLIN,
// June 11 (AP) — ... held talks with Chancellor Matthias Brenner", "NEW
// DELHI, March 18 (Reuters) - ... a blow to Prime Minister Arvind
// Deshmukh's party". Wire copy filed from a capital leaves the country of
// its own head of government unsaid; the title stage reads a bare title
// from the countries of the sentence and its neighbours, which in a story
// about a foreign visitor name both sides. The dateline's country is the
// one whose prime minister or chancellor goes without a nationality,
// unless the story names another holder of that title there ("Malaysian
// Prime Minister X" in a summit story filed from Kuala Lumpur leaves the
// visiting "Prime Minister Y" to his own country). A president is left
// alone: a visiting head of state is "President X" too.
const (
	ruleWireDatelineTitle = "wire:dateline-title" // "BERLIN (AP) - ... Chancellor Matthias Brenner" -> leaderOf Germany
	confWireDatelineTitle = 0.7
)

// wireDatelineTitles adds leaderOf the dateline's country for a person
// whose bare title is prime minister, premier or chancellor and who
// leads no country yet.
func (r *relState) wireDatelineTitles() {
	a := r.a
	country := r.wireDatelineCountry()
	if country < 0 {
		return
	}
	ents := a.doc.Entities
	held := make(map[int]bool) // person -> leads a country
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf && r.typeOf(f.Object) == Country {
			held[f.Subject] = true
		}
	}
	var holders []int // people leading the dateline's country
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf && f.Object == country {
			holders = append(holders, f.Subject)
		}
	}
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || ents[m.entity].Type != Person || held[m.entity] || m.titleAttr >= 0 {
			continue
		}
		title := wireGovernmentTitle(m.titleWords)
		if title == "" || title == "chancellor" && !chancellorStates[ents[country].Name] {
			continue
		}
		if a.wireTitleBlocked(m, len(m.titleWords)) || r.wireTitleTaken(holders, title) {
			continue
		}
		if r.add(m.entity, LeaderOf, country, m.sent, ruleWireDatelineTitle, confWireDatelineTitle) {
			held[m.entity] = true
			holders = append(holders, m.entity)
		}
	}
}

// wireGovernmentTitle returns "prime minister", "premier" or
// "chancellor" for title words that are that title alone, else "".
func wireGovernmentTitle(w []string) string {
	switch {
	case len(w) == 1 && (w[0] == "premier" || w[0] == "chancellor"):
		return w[0]
	case len(w) == 2 && w[0] == "prime" && w[1] == "minister":
		return "prime minister"
	}
	return ""
}

// wireTitleBlocked reports a word before the title that makes it another
// post or a past one ("former", "deputy", "then"), a state's or a
// region's ("State premier X"), or a name or possessive that owns it
// ("Oxford University Chancellor X").
func (a *analysis) wireTitleBlocked(m mention, n int) bool {
	lo := a.sentTokens[m.sent].Start
	for k := max(lo, m.t0-n-3); k < m.t0; k++ {
		w := a.tokens[k].Lower()
		if lexicon.NotLeaderModifiers[w] || pastWords[w] || rivalWords[w] {
			return true
		}
	}
	if b := m.t0 - n - 1; b >= lo && subNationalWords[a.tokens[b].Lower()] {
		return true // "State premier X" heads a state (titles_unread.go)
	}
	if b := m.t0 - n - 1; b > lo {
		t := a.tokens[b]
		if t.Flags&(textseg.TCap|textseg.TUpper) != 0 && !dateWords[t.Lower()] || isPossessive(t.Text) {
			return true
		}
	}
	return false
}

// wireTitleTaken reports one of holders, the dateline country's known
// leaders, whose mentions carry the title: a second holder of it is no
// leader there.
func (r *relState) wireTitleTaken(holders []int, title string) bool {
	for _, m := range r.a.ments {
		if m.entity < 0 || wireGovernmentTitle(m.titleWords) != title {
			continue
		}
		for _, h := range holders {
			if h == m.entity {
				return true
			}
		}
	}
	return false
}

// wireDatelineCountry returns the country entity of the city the story's
// dateline names ("BERLIN, June 11 (AP) —"), or -1.
func (r *relState) wireDatelineCountry() int {
	a := r.a
	if r.gaz == nil || len(a.sentTokens) == 0 {
		return -1
	}
	sp := a.sentTokens[0]
	end := textseg.DatelineEnd(a.tokens[sp.Start:sp.End])
	if end == 0 {
		return -1
	}
	for _, m := range a.mentionsIn(0) {
		if m.Entity < 0 || m.Start >= a.tokens[sp.Start+end-1].Start || r.typeOf(m.Entity) != City {
			continue
		}
		e, ok := r.gaz.Lookup(a.doc.Entities[m.Entity].Name)
		if !ok || e.Country == "" {
			return -1
		}
		for i, ent := range a.doc.Entities {
			if ent.Type == Country && ent.Name == e.Country {
				return i
			}
		}
		return -1
	}
	return -1
}
