package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Short forms of organisation names beyond those resolveEntities indexes
// itself (corporate suffix dropped, first word, head noun). News names an
// organisation in full once and then by its distinctive part: "Air Deccan
// … Deccan", "BBC Radio 1 … Radio 1", "Mercedes-Benz … Mercedes", and a
// club by its nickname. Left apart, one organisation becomes two entities
// and the facts about the short form miss the full one.

// genericTails end team and company names without identifying them: a
// lone "City" or "Athletic" is no short form of Manchester City.
var genericTails = lexicon.WordSet(`city town county athletic albion rovers
	wanderers rangers hotspur international holdings group`)

// distinctiveTail reports whether word w can stand alone for the name it
// ends or starts: capitalised, longer than two letters, not a common
// word, not a generic team or company word, and not itself a place or
// nationality the gazetteer knows ("Leverkusen" alone may be the town).
func (x *Extractor) distinctiveTail(w string) bool {
	if len(w) <= 2 || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	lw := textseg.Lower(w)
	if lexicon.IsCommonWord(lw) || lexicon.OrgHeads[lw] || genericTails[lw] || lexicon.SoloNotNames[lw] {
		return false
	}
	if _, ok := x.gaz.Lookup(w); ok {
		return false
	}
	if _, ok := x.gaz.DemonymEntry(w); ok {
		return false
	}
	return true
}

// commonShortForm reports whether the common word opening the
// organisation's name w stands for it alone: "Jet" for Jet Airways,
// "Marsh" for Marsh & McLennan, "Federated" for Federated Department
// Stores, "Real" for Real Madrid. Only a word the text uses as a name
// more than once joins (resolveEntities): used once (classify marks it
// alone) it is as often a word of its own ("the Daily and Sunday
// Telegraph", "the Tube" beside Tube Lines), and the BBC diff found such
// joins mostly wrong. No article, head or generic word of names ("the
// Commission", "City"), word that is no name alone (SoloNotNames), or
// name with "and" in it, which may be two names ("Free and Bad
// Company").
func commonShortForm(w []string) bool {
	f := w[0]
	lf := textseg.Lower(f)
	return len(w) >= 2 && len(f) > 2 && !capArticle(f) && !lexicon.OrgHeads[lf] && !genericTails[lf] && !lexicon.SoloNotNames[lf] &&
		!textseg.Contains(w, "and") // "Free and Bad Company" may be two names
}

// qualifierWord reports whether w, opening a name of three words or more,
// only qualifies the rest, which then names the organisation alone: an
// acronym of an owner ("BBC Radio 1") or a country or nationality ("US
// Department of Homeland Security").
func (x *Extractor) qualifierWord(w string) bool {
	if n := len(w); n >= 2 && n <= 5 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		return true
	}
	if e, ok := x.gaz.Lookup(w); ok && e.Type == "Country" && !e.Ambiguous {
		return true
	}
	_, ok := x.gaz.DemonymEntry(w)
	return ok
}

// joinTeamNicknames joins each nickname mention ("Gunners", "All
// Blacks") to the team it stands for, when exactly one of that
// nickname's teams is named in the article as an organisation
// (lexicon.TeamNicknames). A country's name typed Country is the nation,
// not its side: "Wallabies captain George Gregan" is a member of the
// team, which a fact on the country Australia would not say.
func joinTeamNicknames(ms []mention, uf unionFind) {
	bySurface := map[string][]int{}
	for i := range ms {
		if ms[i].kind == MentionName && ms[i].typ != Person {
			k := strings.TrimPrefix(textseg.Lower(ms[i].surface), "the ")
			bySurface[k] = append(bySurface[k], i)
		}
	}
	nicks := make([]string, 0, len(lexicon.TeamNicknames))
	for n := range lexicon.TeamNicknames {
		nicks = append(nicks, n)
	}
	sort.Strings(nicks) // union order does not change clusters, but keep runs identical
	for _, nick := range nicks {
		own := bySurface[textseg.Lower(nick)]
		if len(own) == 0 {
			continue
		}
		team, one := -1, true
		for _, name := range lexicon.TeamNicknames[nick] {
			for _, j := range bySurface[textseg.Lower(name)] {
				if ms[j].typ != Organization {
					continue
				}
				if team >= 0 && uf.find(team) != uf.find(j) {
					one = false
				}
				team = j
			}
		}
		if team < 0 || !one {
			continue
		}
		for _, i := range own {
			uf.union(i, team)
		}
	}
}

// joinPersonFirstNames joins a lone first name that the first-name list
// does not know ("Lleyton", "Jonny", "Haile") to the one person of the
// article whose full name starts with it, when the text shows that full
// name to be a person's by also using its surname alone ("Lleyton Hewitt
// … Hewitt … Lleyton's proving how versatile he is"). Without that
// evidence the first word may be a company's ("Lockheed" beside a
// "Lockheed Martin" mistaken for a person). bySurname indexes the full
// person names by their last word, as resolveEntities builds it.
func joinPersonFirstNames(ms []mention, uf unionFind, bySurname map[string][]int) {
	lone := map[string][]int{} // one-word name mentions by surface
	for k := range ms {
		if ms[k].kind == MentionName && ms[k].t1-ms[k].t0 == 1 {
			lone[ms[k].surface] = append(lone[ms[k].surface], k)
		}
	}
	byFirst := map[string][]int{}
	for last, fulls := range bySurname {
		for _, c := range fulls {
			w := words(ms[c].surface)
			if len(w) < 2 {
				continue
			}
			// The surname alone must be one of this person's mentions;
			// the first few suffice (linear time on repetitive input).
			alone := false
			for n, k := range lone[last] {
				if n == 8 {
					break
				}
				if uf.find(k) == uf.find(c) {
					alone = true
					break
				}
			}
			// A surname that is also a common word ("Universal" in a
			// "Vivendi Universal" taken for a person) needs a title or
			// an honorific on the full name ("Rangers boss Walter Smith").
			if alone && lexicon.IsCommonWord(textseg.Lower(last)) && ms[c].honor == "" && len(ms[c].titleWords) == 0 {
				alone = false
			}
			if alone {
				byFirst[w[0]] = append(byFirst[w[0]], c)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || m.t1-m.t0 != 1 || m.typ == Person || m.canon != "" || m.hidden {
			continue
		}
		cands := byFirst[m.surface]
		if len(cands) == 0 || len(bySurname[m.surface]) > 0 {
			continue
		}
		if uf.oneCluster(cands) {
			uf.union(i, cands[0])
			m.typ = Person
		}
	}
}

// ofHead returns the organisation head word right before the first "of"
// of a name ("Bank" in "Bank of England", "Court" in "European Court of
// Justice"), or "" when the name has no such head: news refers back to
// such a body by its head alone ("the Bank said").
func ofHead(w []string) string {
	for k := 1; k < len(w)-1; k++ {
		if w[k] == "of" {
			if h := w[k-1]; lexicon.OrgHeads[textseg.Lower(h)] && unicode.IsUpper([]rune(h)[0]) {
				return h
			}
			return ""
		}
	}
	return ""
}

// eventHead returns the capitalised event head ending a name of two words
// or more ("Games" in "Athens Games", "Cup" in "FA Cup"), or "".
func eventHead(w []string) string {
	if len(w) < 2 {
		return ""
	}
	h := w[len(w)-1]
	if lh := textseg.Lower(h); lexicon.EventHeads[lh] && !selfNamedEventHeads[lh] && unicode.IsUpper([]rune(h)[0]) {
		return h
	}
	return ""
}

// selfNamedEventHeads name a series by themselves: "the Olympics" after
// "the 2004 Olympics" may be the next Games, not the same one.
var selfNamedEventHeads = lexicon.WordSet(`olympics oscars grammys baftas brits emmys`)
