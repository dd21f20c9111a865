package extract

import "strings"

// Round-3 entity constructions: political parties written as adjectives
// before a title ("Labour MP Diane Abbott", "Tory MPs"), parties whose bare
// plural is ambiguous outside British politics ("Conservatives"), surnames
// that are common words opening a sentence ("Bush said"), and all-capital
// wire datelines.

// partyPrefix reports the length (1 or 2 tokens) and canonical name of a
// party adjective opening toks[i:j] ("Labour", "Tory", "Lib Dem",
// "Liberal Democrat"), or 0. Parties are the organisations the gazetteer
// lists demonyms for.
func (x *Extractor) partyPrefix(a *analysis, i, j int) (int, string) {
	toks := a.tokens
	if i+1 < j {
		if e, ok := x.gaz.DemonymEntry(toks[i].Text + " " + toks[i+1].Text); ok && e.Type == "Organization" {
			return 2, e.Name
		}
	}
	if e, ok := x.gaz.DemonymEntry(toks[i].Text); ok && e.Type == "Organization" {
		return 1, e.Name
	}
	return 0, ""
}

// deptRoles after "Labour" make it the department of labour, not the party
// ("Indian Labour Minister X").
var deptRoles = wordSet(`minister ministry secretary department commissioner`)

// partyTitle reports whether the party adjective toks[i:i+n] qualifies the
// role word at i+n ("Labour MP", "Tory leader", "Democratic Senator"),
// rather than naming a department ("Labour Minister").
func partyTitle(a *analysis, i, n, j int) bool {
	if i+n >= j {
		return false
	}
	w := a.tokens[i+n].lc()
	if !isRoleWord(w) && !pluralAcronym(a.tokens[i+n].Text) {
		return false
	}
	if a.tokens[i].lc() == "labour" && (deptRoles[w] || roleModifiers[w]) {
		return false
	}
	return true
}

// pluralMembers reports whether toks[k:j] are only plural acronyms for
// members of a body ("MPs", "MEPs"): "Tory MPs", "Iranian MPs" name the
// party or country, not a person.
func pluralMembers(toks []Token) bool {
	for _, t := range toks {
		if !pluralAcronym(t.Text) {
			return false
		}
	}
	return len(toks) > 0
}

// labourNouns follow "labour" the economic word ("Labour costs rose"),
// never the party, which takes a verb or a role noun.
var labourNouns = wordSet(`market markets cost costs force forces shortage
	shortages law laws relations productivity rights supply standards
	mobility reforms reform unrest disputes dispute camp camps exchange
	exchanges share intensive`)

// knownPrefix reports whether toks[i:k] is a name the gazetteer knows or
// a demonym: "New York DJs", "Ugandan NGOs" (but not "SRX SUVs").
func (x *Extractor) knownPrefix(a *analysis, i, k int) bool {
	sf := clean(a.doc.Text[a.tokens[i].Start:a.tokens[k-1].End])
	if _, ok := x.gaz.Lookup(sf); ok {
		return true
	}
	_, ok := x.gaz.DemonymEntry(sf)
	return ok
}

// partyAlias reports whether a demonym mention of canon is a party's
// own short name ("Labour", "Tory"), which GOLD.md counts as an alias:
// parties, unlike countries, are named by their adjective.
func partyAlias(m *mention) bool {
	return m.kind == MentionDemonym && m.typ == Organization && m.canon != "" &&
		(strings.HasSuffix(m.canon, " Party") || strings.HasSuffix(m.canon, " Democrats"))
}

// ukPartyCues are words whose presence makes a bare "Conservatives" the
// British party rather than conservatives somewhere else ("Conservatives
// in parliament" of Iran).
var ukPartyCues = []string{"Labour", "Tory", "Tories", "Lib Dem", "Liberal Democrat",
	"Westminster", "Downing Street", "Commons", "Britain", "British", "UK", "MP"}

// ukPolitics reports whether the text has a British political cue. It
// scans the text, so callers ask only for the rare ambiguous surfaces.
func (a *analysis) ukPolitics() bool {
	for _, c := range ukPartyCues {
		if containsWord(a.doc.Text, c) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s between non-letters.
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		k += off
		end := k + len(w)
		if (k == 0 || !isLetterByte(s[k-1])) && (end >= len(s) || !isLetterByte(s[end])) {
			return true
		}
		off = k + 1
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// ambiguousParty reports whether surface names a party only in British
// politics: the bare "Conservative(s)" is also said of conservatives in
// other countries' parliaments.
func ambiguousParty(surface string) bool {
	return surface == "Conservatives" || surface == "Conservative"
}

// knownSurname reports whether w, a capitalised common word opening a
// sentence ("Bush", "Brown", "Rice"), is the last word of a person's full
// name found earlier in the text: then it names that person.
func (a *analysis) knownSurname(w string) bool {
	for k := len(a.ments) - 1; k >= 0 && k >= len(a.ments)-lookBack; k-- {
		m := &a.ments[k]
		if m.typ != Person || m.kind != MentionName || m.t1-m.t0 < 2 ||
			!m.firstName && m.honor == "" && len(m.titleWords) == 0 {
			continue // only names plainly of a person ("Playstation Portable" is not)
		}
		if strings.HasSuffix(m.surface, " "+w) {
			return true
		}
	}
	return false
}

// sportsDescriptor reports whether the tokens from j are a lower-case
// sports descriptor ("100m champion", "relay gold medallists") ending right
// before a capitalised name: a run before it ending in "Olympic" or
// "Commonwealth" is an adjective of the descriptor, even when the
// gazetteer knows the word ("Commonwealth" the organisation). Unlike
// modifiesRole it ignores office titles, which a body does head
// ("Commonwealth secretary-general Don McKinnon").
func (x *Extractor) sportsDescriptor(a *analysis, s, j int) bool {
	toks := a.tokens
	hi := a.sentTokens[s].End
	for k := j; k < hi && k < j+9; k++ {
		t := toks[k]
		if isCapWord(t) {
			if k == j {
				return false
			}
			w := toks[k-1].lc()
			b, _ := strings.CutSuffix(w, "s")
			return descriptorHeads[w] || descriptorHeads[b]
		}
		if t.flags&(tCap|tUpper|tPunct) != 0 {
			return false
		}
	}
	return false
}
