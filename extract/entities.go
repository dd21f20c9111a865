package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// entInfo is what coreference learns about an entity beyond its name.
type entInfo struct {
	gender byte     // 'm', 'f' or 0 for persons
	roles  []string // role words seen in titles before the name ("president")
	attrs  []string // canonical names the titles named ("Belarus" in "Belarusian President")
}

// lookBack bounds how many earlier mentions a role or pronoun considers,
// so resolution stays linear on pathological input.
const lookBack = 200

// personRef is one resolved person mention: its entity and sentence.
type personRef struct {
	ent, sent int
	speaks    bool // a speech verb follows the mention ("X said")
	tok       int  // first token of the mention
	quoted    bool // inside quotation marks
}

// weakRef is the latest mention of an entity typed only by default.
type weakRef struct{ ent, sent, tok int }

// retypePerson makes entity e a person, when its person key is free.
func (a *analysis) retypePerson(e int) bool {
	ent := &a.doc.Entities[e]
	if ent.Type == Person {
		return true
	}
	key := "person/" + textseg.Slug(ent.Name)
	for i := range a.doc.Entities {
		if a.doc.Entities[i].Key == key {
			return false
		}
	}
	ent.Type, ent.Key = Person, key
	return true
}

// unionFind over mention indexes.
type unionFind []int

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// oneCluster reports whether the mentions at idx all stand in one cluster.
func (u unionFind) oneCluster(idx []int) bool {
	for _, i := range idx[1:] {
		if u.find(i) != u.find(idx[0]) {
			return false
		}
	}
	return true
}

func (u unionFind) union(i, j int) {
	i, j = u.find(i), u.find(j)
	if i == j {
		return
	}
	if j < i {
		i, j = j, i
	}
	u[j] = i
}

// isNameKind reports whether a mention names its entity (rather than
// referring back to it).
func isNameKind(k MentionKind) bool {
	return k == MentionName || k == MentionAcronym || k == MentionDemonym
}

// eventKey normalises an event name for matching: lower case, no article,
// no leading ordinal ("36thsession of the X" ~ "session of X").
func eventKey(s string) string {
	s = textseg.Lower(s)
	var out []string
	for i, w := range strings.Fields(s) {
		if w == "the" || w == "a" {
			continue
		}
		if i == 0 {
			if isOrdinal(w) {
				continue
			}
			if t := strings.TrimLeft(w, "0123456789"); len(t) < len(w) {
				for _, suf := range []string{"st", "nd", "rd", "th"} {
					if r, ok := strings.CutPrefix(t, suf); ok && r != "" {
						w = r
						break
					}
				}
			}
		}
		out = append(out, w)
	}
	// "the Athens Olympics", "the Athens Games" and "the Athens Olympic
	// Games" are one event; a lone "Games" or "Olympics" is left alone.
	if n := len(out); n >= 2 {
		switch {
		case out[n-1] == "olympics":
			out[n-1] = "games"
		case n >= 3 && out[n-2] == "olympic" && out[n-1] == "games":
			out = append(out[:n-2], "games")
		}
	}
	return strings.Join(out, " ")
}

func words(s string) []string { return strings.Fields(s) }

// resolveEntities clusters name mentions into entities, picks each one's
// type and canonical name, then resolves role and pronoun mentions to the
// entities they refer back to, and publishes doc.Entities and doc.Mentions.
func (x *Extractor) resolveEntities(a *analysis) {
	ms := a.ments
	uf := make(unionFind, len(ms))
	for i := range uf {
		uf[i] = i
	}
	// A context-only alias ("the Commonwealth") takes the meaning of an
	// entry the text names elsewhere (the CIS) over its default.
	present := map[string]EntityType{}
	for i := range ms {
		if ms[i].canon != "" && len(ms[i].contextual) == 0 {
			present[ms[i].canon] = ms[i].typ
		}
	}
	for i := range ms {
		for _, c := range ms[i].contextual {
			if t, ok := present[c]; ok {
				ms[i].canon, ms[i].typ, ms[i].strong = c, t, true
				break
			}
		}
	}
	a.resolveBareSeries() // entities_events_series.go
	a.cityTeams()
	a.placeTeams()
	a.sideTeams()   // entities_teams.go
	a.scorerNames() // entities_scorers.go: "took the lead through Kemadjou"
	a.orgsAfterStaffRoles()
	a.bandsByNoun()
	a.orgsByContext()       // entities_orgcues.go
	a.eventsHeldSomewhere() // entities_typing_slots.go
	keys := map[string]int{}
	// Names key without case or accents: one story spells a name both
	// ways ("Pascal Pape" in the prose, "Pascal Papé" in the squad list).
	key := func(i int) string {
		m := &ms[i]
		if m.canon != "" {
			return "g:" + m.canon
		}
		switch m.typ {
		case Event:
			return "e:" + eventKey(m.surface)
		case Person:
			return "p:" + baseLetters(m.surface)
		}
		s := baseLetters(m.surface)
		s = strings.TrimPrefix(s, "the ")
		return "n:" + s
	}
	for i := range ms {
		if !isNameKind(ms[i].kind) {
			continue
		}
		k := key(i)
		if j, ok := keys[k]; ok {
			uf.union(i, j)
		} else {
			keys[k] = i
		}
		// A weakly typed name joins a strongly typed one of the same
		// surface ("Yukos" guessed vs "Yukos" after a title).
		if ms[i].typ != Person && ms[i].canon == "" {
			if j, ok := keys["p:"+baseLetters(ms[i].surface)]; ok {
				uf.union(i, j)
			}
		}
	}
	for i := range ms {
		if ms[i].typ == Person && ms[i].canon == "" && isNameKind(ms[i].kind) {
			for _, p := range []string{"n:", "e:"} {
				weak := !ms[i].strong && ms[i].honor == "" && len(ms[i].titleWords) == 0 && !ms[i].firstName
				if j, ok := keys[p+baseLetters(ms[i].surface)]; ok && (!ms[j].strong || weak) {
					uf.union(i, j)
				}
			}
		}
	}
	// Acronyms defined in the text join their expansions.
	for i := range ms {
		if j := ms[i].acrOf; j >= 0 {
			uf.union(i, j)
		}
	}
	joinShortEvents(ms, uf)
	a.joinSideShortNames(ms, uf) // entities_scoresides.go
	// Persons: full names index their surname and first+last pair.
	type cand struct{ m int }
	// Only the first mention of each distinct full name is indexed, so a
	// text repeating one name many times costs linear time.
	bySurname := map[string][]int{}
	byFirstLast := map[string]int{}
	indexed := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.typ != Person || m.kind != MentionName || m.t1-m.t0 < 2 || m.canon != "" {
			continue
		}
		w := words(m.surface)
		last := w[len(w)-1]
		if !indexed[m.surface] {
			indexed[m.surface] = true
			bySurname[last] = append(bySurname[last], i)
		}
		first := textseg.Lower(w[0])
		if full, ok := lexicon.Nicknames[first]; ok {
			first = full
		}
		fl := first + " " + textseg.Lower(last)
		if j, ok := byFirstLast[fl]; ok {
			uf.union(i, j)
		} else {
			byFirstLast[fl] = i
		}
	}
	// A shorter full name that ends a longer one joins it ("Christian
	// Andersen" ~ "Hans Christian Andersen").
	for i := range ms {
		m := &ms[i]
		if m.typ != Person || m.kind != MentionName || m.t1-m.t0 < 2 || m.canon != "" {
			continue
		}
		w := words(m.surface)
		for _, c := range bySurname[w[len(w)-1]] {
			if cw := words(ms[c].surface); len(cw) > len(w) && strings.HasSuffix(textseg.Lower(ms[c].surface), " "+textseg.Lower(m.surface)) {
				uf.union(i, c)
				break
			}
		}
	}
	// First names alone ("Brian and Seamus are ...") join the one person
	// of that first name, when it is not also someone's surname.
	// Keyed by the full form of the first name; one entry per distinct
	// full name, so "David Collins" and "David Moorcroft" make "David"
	// ambiguous.
	byFirst := map[string][]int{}
	firstSeen := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		// A titled name whose first word is no known first name may put
		// the surname first ("President Roh Moo-hyun ... Roh said").
		if m.typ == Person && m.kind == MentionName && m.t1-m.t0 >= 2 && m.canon == "" && (m.firstName || m.honor != "" || len(m.titleWords) > 0) {
			f := textseg.Lower(words(m.surface)[0])
			if full, ok := lexicon.Nicknames[f]; ok {
				f = full
			}
			if !firstSeen[m.surface] {
				firstSeen[m.surface] = true
				byFirst[f] = append(byFirst[f], i)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || m.t1-m.t0 != 1 || m.hidden {
			continue
		}
		if m.canon != "" && m.honor == "" && m.typ != "" {
			// A gazetteer name stays itself unless the text marks it as
			// a person; an unambiguous country is never a surname.
			if e, ok := x.gaz.Lookup(m.surface); ok {
				if town := a.firstNameTown(e, m, byFirst); !e.Ambiguous && !town {
					continue
				}
			}
		}
		cands := bySurname[m.surface]
		if len(cands) == 0 {
			f := textseg.Lower(m.surface)
			if full, ok := lexicon.Nicknames[f]; ok {
				f = full
			}
			if fs := byFirst[f]; len(fs) > 0 && honorBeforeFirst(m, &ms[fs[0]]) && uf.oneCluster(fs) {
				uf.union(i, fs[0])
				m.typ = Person
			}
			continue
		}
		// The most recent full name before the mention, else the first.
		best := -1
		for _, c := range cands {
			if ms[c].Start < m.Start && (best < 0 || ms[c].Start > ms[best].Start) {
				if m.gender == 0 || ms[c].gender == 0 || ms[c].gender == m.gender {
					best = c
				}
			}
		}
		if best < 0 {
			best = cands[0]
		}
		// Lone surnames of one spelling share a cluster from the start,
		// so a second "Robinson" bound to Jason Robinson would merge him
		// with the Andy Robinson the first one went to. Keep the first
		// binding rather than make two people one.
		bound := false
		for _, c := range cands {
			if uf.find(c) == uf.find(i) && uf.find(c) != uf.find(best) {
				bound = true
				break
			}
		}
		if !bound {
			uf.union(i, best)
		}
		m.typ = Person
	}
	joinPersonFirstNames(ms, uf, bySurname) // entities_shortforms.go
	// Context-only aliases ("the Commonwealth" for the CIS) and short
	// company names join a longer name present in the text.
	canonRoot := map[string]int{}
	for i := range ms {
		if ms[i].canon != "" {
			canonRoot[ms[i].canon] = i
		}
	}
	// Short forms of organisation names: without the corporate suffix
	// ("Time Warner Inc"), the distinctive first word ("Contrack" for
	// "Contrack International"), or the head alone ("the Commission").
	orgShort := map[string]int{}
	ambiguous := map[string]bool{}
	addShort := func(k string, i int) {
		if j, ok := orgShort[k]; ok && uf.find(j) != uf.find(i) {
			ambiguous[k] = true
		}
		orgShort[k] = i
	}
	// Heads before "of" join only where no other short form claims the
	// word: "the Council" stays with a "European Council" beside a
	// "Council of Ministers".
	ofShort := map[string]int{}
	ofAmbiguous := map[string]bool{}
	addOfShort := func(k string, i int) {
		if j, ok := ofShort[k]; ok && uf.find(j) != uf.find(i) {
			ofAmbiguous[k] = true
		}
		ofShort[k] = i
	}
	// A common word opening a name stands for it only where the text
	// uses the word as a name more than once (entities_shortforms.go).
	commonShort := map[string]int{}
	addCommonShort := func(k string, i int) {
		if j, ok := commonShort[k]; !ok {
			commonShort[k] = i
		} else if j >= 0 && uf.find(j) != uf.find(i) {
			commonShort[k] = -1 // two names open with the word
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind == MentionName && m.typ == Organization && m.t1-m.t0 >= 2 {
			w := words(m.surface)
			if lexicon.CorporateSuffixes[textseg.Lower(w[len(w)-1])] {
				addShort(strings.Join(w[:len(w)-1], " "), i)
			}
			if f := w[0]; lexicon.IsCommonWord(textseg.Lower(f)) && commonShortForm(w) {
				addCommonShort(f, i)
			} else if !lexicon.IsCommonWord(textseg.Lower(f)) && len(f) > 2 {
				if _, ok := x.gaz.Lookup(f); !ok {
					if _, ok := x.gaz.DemonymEntry(f); !ok {
						addShort(f, i)
					}
				}
			}
			if p := partyPlural(w); p != "" {
				addShort(p, i) // entities_parties.go: "the Greens" for the Green Party
			}
			if h := w[len(w)-1]; lexicon.OrgHeads[textseg.Lower(h)] || len(w) == 2 && companyStarts[textseg.Lower(w[0])] {
				addShort(h, i) // "the Commission"; "the Boerse" for Deutsche Boerse
			} else if x.distinctiveTail(h) || groupPlurals[textseg.Lower(h)] {
				addShort(h, i) // "Deccan" for Air Deccan, "Betis" for Real Betis, "Ospreys" for Neath-Swansea Ospreys
			}
			if x.qualifierWord(w[0]) && len(w) >= 3 {
				addShort(strings.Join(w[1:], " "), i) // "Radio 1" for BBC Radio 1
			} else if len(w) >= 3 && !textseg.Contains(w, "of") && !textseg.Contains(w, "and") {
				// "Bnei Sakhnin" for Hapoel Bnei Sakhnin: the name
				// without its first word, where it is itself named
				// as a body ("Bank of Scotland" is not the Royal Bank
				// of Scotland, hence no "of").
				addShort(strings.Join(w[1:], " "), i)
			}
			// A station is named without "Radio" as well ("Five Live"
			// for BBC Radio Five Live or Radio Five Live), when two words
			// or more are left: "Scotland" alone is no short form of
			// BBC Radio Scotland.
			if r := radioShortForm(w); r != "" {
				addShort(r, i)
			}
			// The head before "of" stands for the whole: "the Bank" for
			// the Bank of England, "the Academy" for the Academy of
			// Motion Picture Arts and Sciences.
			if h := ofHead(w); h != "" {
				addOfShort(h, i)
			}
		}
		// A two-word name no cue has typed yet (the trained typer types
		// it later) lends the acronym opening it as a short form ("WMC"
		// for WMC Resources), which can be no one's name; two acronyms
		// ("MTV VJ") are a name and a role.
		if m.kind == MentionName && m.typ == "" && m.t1-m.t0 == 2 && acronymWord(a.tokens[m.t0]) && !acronymWord(a.tokens[m.t0+1]) {
			addShort(words(m.surface)[0], i)
		}
		// An event's head noun stands for it once named: "the Games" for
		// the Athens Games, "the Cup" for the FA Cup.
		if m.kind == MentionName && m.typ == Event && m.t1-m.t0 >= 2 {
			if h := eventHead(words(m.surface)); h != "" {
				addShort(h, i)
			}
		}
		if m.kind == MentionName && m.typ == Organization && m.t1-m.t0 == 1 {
			// "Mercedes" for Mercedes-Benz: the first part of a hyphened
			// compound name.
			if head, _, ok := strings.Cut(m.surface, "-"); ok && x.distinctiveTail(head) {
				addShort(head, i)
			}
		}
	}
	for k, i := range ofShort {
		if _, ok := orgShort[k]; !ok && !ofAmbiguous[k] {
			orgShort[k] = i
		}
	}
	for k := range ambiguous {
		delete(orgShort, k)
	}
	// Undefined acronyms that spell an organisation's initials ("ONGC"
	// for "Oil and Natural Gas Corporation"), or a country's ("SA" in a
	// story that names South Africa).
	for i := range ms {
		m := &ms[i]
		if m.kind == MentionName && m.t1-m.t0 >= 2 && (m.typ == Organization || m.typ == Event || m.typ == "" || m.typ == Country) {
			if in := initials(m.surface); len(in) >= 2 {
				addShort(in, i)
			}
			// Hyphened words give an initial each: "NHTCU" for the
			// National Hi-Tech Crime Unit.
			if in := initials(strings.ReplaceAll(m.surface, "-", " ")); len(in) >= 2 && strings.Contains(m.surface, "-") {
				addShort(in, i)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		for _, c := range m.contextual {
			if j, ok := canonRoot[c]; ok {
				uf.union(i, j)
				m.typ = ms[j].typ
				break
			}
		}
		if j, ok := orgShort[m.surface]; ok && (m.kind == MentionName || m.kind == MentionAcronym && m.canon == "" && m.acrOf < 0) && m.t1-m.t0 == 1 && m.typ != Person {
			uf.union(i, j)
		}
		if j, ok := commonShort[m.surface]; ok && j >= 0 && m.kind == MentionName && m.t1-m.t0 == 1 && !m.alone && m.canon == "" && (m.typ == "" || m.typ == Organization) {
			uf.union(i, j)
		}
		// A multi-word short form (a tail after a qualifier) joins when
		// the mention is a name of no other type.
		if j, ok := orgShort[m.surface]; ok && m.kind == MentionName && m.t1-m.t0 > 1 && m.canon == "" && (m.typ == Organization || m.typ == "") {
			uf.union(i, j)
		}
	}
	joinTeamNicknames(ms, uf) // entities_teams.go

	// Build entities from clusters, in order of first mention.
	rootEnt := map[int]int{}
	var members [][]int
	for i := range ms {
		if !isNameKind(ms[i].kind) {
			continue
		}
		r := uf.find(i)
		e, ok := rootEnt[r]
		if !ok {
			e = len(members)
			rootEnt[r] = e
			members = append(members, nil)
		}
		members[e] = append(members[e], i)
	}
	doc := a.doc
	doc.Entities = doc.Entities[:0]
	a.ents = a.ents[:0]
	byKey := map[string]int{}
	entOf := make([]int, len(members))
	for ci, mem := range members {
		ent, info := x.makeEntity(a, mem)
		if ent.Name == "" {
			entOf[ci] = -1
			continue
		}
		if e, ok := byKey[ent.Key]; ok {
			entOf[ci] = e
			doc.Entities[e].Aliases = mergeAliases(doc.Entities[e].Name, doc.Entities[e].Aliases, ent.Aliases)
			mergeInfo(&a.ents[e], info)
			continue
		}
		byKey[ent.Key] = len(doc.Entities)
		entOf[ci] = len(doc.Entities)
		doc.Entities = append(doc.Entities, ent)
		a.ents = append(a.ents, info)
	}
	for ci, mem := range members {
		for _, i := range mem {
			ms[i].entity = entOf[ci]
		}
	}
	x.findTitleFacts(a)
	x.resolveReferences(a)
	x.cataphoricRoles(a)
	x.resolveItPronouns(a)         // coref_pronouns.go
	x.resolvePlaceRoles(a)         // coref_roles.go
	x.resolveNominals(a)           // coref_nominals.go
	x.resolveEventDescriptions(a)  // coref_events.go
	x.resolvePersonDescriptions(a) // coref_persons.go
	x.resolvePossessives(a)        // coref_possessives.go
	x.publishMentions(a)
}

func mergeAliases(name string, have, add []string) []string {
	seen := map[string]bool{name: true}
	for _, s := range have {
		seen[s] = true
	}
	for _, s := range add {
		if !seen[s] {
			seen[s] = true
			have = append(have, s)
		}
	}
	return have
}

func mergeInfo(dst *entInfo, src entInfo) {
	if dst.gender == 0 {
		dst.gender = src.gender
	}
	for _, r := range src.roles {
		if !textseg.Contains(dst.roles, r) && len(dst.roles) < 16 {
			dst.roles = append(dst.roles, r)
		}
	}
	for _, r := range src.attrs {
		if !textseg.Contains(dst.attrs, r) && len(dst.attrs) < 16 {
			dst.attrs = append(dst.attrs, r)
		}
	}
}

// makeEntity types and names one cluster of mentions.
func (x *Extractor) makeEntity(a *analysis, mem []int) (Entity, entInfo) {
	ms := a.ments
	score := map[EntityType]int{}
	var info entInfo
	canon := ""
	allDemonym := true
	alone := true
	for _, i := range mem {
		alone = alone && ms[i].alone
	}
	if alone {
		return Entity{}, info
	}
	for _, i := range mem {
		m := &ms[i]
		if m.kind != MentionDemonym {
			allDemonym = false
		}
		w := 1
		switch {
		case m.canon != "":
			w = 4
			if canon == "" {
				canon = m.canon
			}
		case m.honor != "" || len(m.titleWords) > 0:
			w = 4
		case m.strong || m.firstName:
			w = 2
		}
		if m.typ != "" {
			score[m.typ] += w
		}
		if m.gender != 0 && info.gender == 0 {
			info.gender = m.gender
		}
		for _, w := range m.titleWords {
			if !textseg.Contains(info.roles, w) && len(info.roles) < 16 {
				info.roles = append(info.roles, w)
			}
		}
		if m.titleAttr >= 0 && ms[m.titleAttr].entity >= 0 {
			// filled after entities exist; see resolveReferences
		}
	}
	_ = allDemonym
	typ := EntityType("")
	best := 0
	for _, t := range []EntityType{Country, City, Place, Organization, Event, Person} {
		if score[t] > best {
			typ, best = t, score[t]
		}
	}
	if typ == "" {
		typ = Organization
	}
	if t, ok := x.typerVote(a, mem, typ); ok {
		typ = t // entities_typer.go: the trained typer where rules guessed
	}
	if typ == Person && canon != "" {
		// A gazetteer name the text marks as a person ("Mr Jordan").
		canon = ""
	}
	// Canonical name: the gazetteer's, else the fullest surface.
	name := canon
	var surfaces []string
	honor := ""
	for _, i := range mem {
		m := &ms[i]
		if m.kind == MentionDemonym {
			continue
		}
		surfaces = append(surfaces, m.surface)
		if m.honor != "" && honor == "" {
			honor = m.honor
		}
	}
	if name == "" {
		for _, s := range surfaces {
			if better(s, name, typ) {
				name = s
			}
		}
		if typ == Person && len(words(name)) == 1 && honor != "" && lexicon.KeepHonorific[textseg.Lower(honor)] {
			name = honor + " " + name
		}
	}
	if name == "" {
		return Entity{}, info
	}
	var aliases []string
	seen := map[string]bool{name: true}
	add := func(s string) {
		if s != name && strings.EqualFold(s, name) && s == strings.ToUpper(s) {
			return // "WASHINGTON" in a dateline for Washington
		}
		if s != "" && !seen[s] {
			seen[s] = true
			aliases = append(aliases, s)
		}
	}
	for _, i := range mem {
		m := &ms[i]
		if m.kind == MentionDemonym {
			if partyAlias(m) {
				add(m.surface) // "Labour", "Tory": a party's short names
			}
			continue
		}
		add(m.surface)
		if m.honor != "" {
			add(m.honor + " " + m.surface)
		}
		if m.groupNoun != "" && typ == Organization {
			add(m.surface + " " + m.groupNoun) // "Tata group"
		}
	}
	// "McDonald's": a company name the tokenizer split as a possessive.
	if typ == Organization && canon == "" {
		// A common first word joined as a short form ("Standard" for
		// Standard & Poor's) says nothing of the possessive.
		full := mem
		if w := words(name); len(w) > 1 && commonShortForm(w) && lexicon.IsCommonWord(textseg.Lower(w[0])) {
			full = nil
			for _, i := range mem {
				if ms[i].surface != w[0] {
					full = append(full, i)
				}
			}
		}
		poss := true
		for _, i := range full {
			if t := ms[i].t1; t >= len(a.tokens) || !isPossessive(a.tokens[t].Text) || a.tokens[t].Start != ms[i].End {
				poss = false
				break
			}
		}
		if poss && len(full) > 0 && a.possessiveAsName(full) {
			add(name + "'s")
		}
	}
	sort.Strings(aliases)
	return Entity{Key: strings.ToLower(string(typ)) + "/" + textseg.Slug(name), Type: typ, Name: name, Aliases: aliases}, info
}

// better reports whether surface s is a fuller name than cur.
func better(s, cur string, typ EntityType) bool {
	if cur == "" {
		return true
	}
	ws, wc := len(words(s)), len(words(cur))
	if ws != wc {
		return ws > wc
	}
	return len(s) > len(cur)
}

// resolveReferences points role and pronoun mentions at the entity they
// refer back to, walking the text in order.
func (x *Extractor) resolveReferences(a *analysis) {
	ms := a.ments
	ents := a.doc.Entities
	// Title facts learnt from names: the roles and the countries or
	// organisations their titles named.
	for i := range ms {
		m := &ms[i]
		if m.entity < 0 {
			continue
		}
		if m.titleAttr >= 0 {
			if e := ms[m.titleAttr].entity; e >= 0 && !textseg.Contains(a.ents[m.entity].attrs, ents[e].Name) && len(a.ents[m.entity].attrs) < 16 {
				a.ents[m.entity].attrs = append(a.ents[m.entity].attrs, ents[e].Name)
			}
		}
	}
	// A leader found by the title rules answers to "the leader" and to
	// the country or party of the title ("the Tory leader").
	for _, f := range a.doc.Facts {
		if f.Predicate != LeaderOf {
			continue
		}
		info := &a.ents[f.Subject]
		if !textseg.Contains(info.attrs, ents[f.Object].Name) && len(info.attrs) < 16 {
			info.attrs = append(info.attrs, ents[f.Object].Name)
		}
		if !textseg.Contains(info.roles, "leader") {
			info.roles = append(info.roles, "leader")
		}
	}
	// Entities typed organisation only by default: lone unknown words.
	weakEnt := make([]bool, len(ents))
	for i := range weakEnt {
		weakEnt[i] = ents[i].Type == Organization
	}
	for i := range ms {
		if e := ms[i].entity; e >= 0 && (ms[i].canon != "" || ms[i].strong || ms[i].t1-ms[i].t0 > 1 || ms[i].kind != MentionName) {
			weakEnt[e] = false
		}
	}
	placeLike := a.placeLikeOrgs(weakEnt)
	mainOrg := mainOrganization(ms, ents, placeLike)
	x.bindAppositives(a)
	named := a.nameCounts()
	quoted := a.quotedTokens()
	lastWeak := weakRef{ent: -1}
	var persons []personRef // person mentions so far, in order
	lastOf := map[EntityType]int{}
	var orgs []int
	for i := range ms {
		m := &ms[i]
		switch m.kind {
		case MentionRole:
			switch m.typ {
			case Person:
				if m.cataphor || m.entity >= 0 {
					break // bound forward by cataphoricRoles, or by bindAppositives
				}
				m.entity = x.pickPerson(a, persons, m)
				if m.entity < 0 {
					if m.entity = x.officeHolder(a, persons, m, named); m.entity >= 0 {
						a.learnRole(m.entity, m)
					}
				}
			case Organization:
				// "the council" prefers the latest organisation with
				// "council" in its name.
				for k := len(orgs) - 1; k >= max(0, len(orgs)-lookBack); k-- {
					if strings.Contains(textseg.Lower(ents[orgs[k]].Name), m.roleHead) {
						m.entity = orgs[k]
						break
					}
				}
				// "the company", "the firm": the latest organisation that
				// is not a public body (a regulator, a university, a
				// party) mentioned in passing.
				if m.entity < 0 && companyNouns[m.roleHead] {
					for k := len(orgs) - 1; k >= max(0, len(orgs)-lookBack); k-- {
						w := words(textseg.Lower(ents[orgs[k]].Name))
						if !publicBodyHeads[w[len(w)-1]] && !x.gazOrg(ents[orgs[k]].Name) && !placeLike[orgs[k]] {
							m.entity = orgs[k]
							break
						}
					}
					// "Fiat ... Demel, who came from Ferrari, only joined
					// the company": the business the story is about wins
					// over one named in passing, when both could be meant.
					if m.entity >= 0 && mainOrg >= 0 && m.entity != mainOrg && !a.subsidiaryHere(m, m.entity, mainOrg) {
						for k := len(orgs) - 1; k >= max(0, len(orgs)-lookBack); k-- {
							if orgs[k] == mainOrg {
								m.entity = mainOrg
								break
							}
						}
					}
				}
				if e, ok := lastOf[Organization]; ok && m.entity < 0 && !(companyNouns[m.roleHead] && placeLike[e]) && !namedBodyHeads[m.roleHead] {
					m.entity = e
				}
			case Event:
				if e, ok := lastOf[Event]; ok && a.eventAnswers(e, m.roleHead) && !a.indefiniteEventSince(e, m) {
					m.entity = e
				}
			}
		case MentionPronoun:
			m.entity = pickPronoun(a, persons, m, quoted[m.t0])
			m.entity = a.unnamedOverNamed(m.entity, persons, m, quoted) // coref_pronoun_unnamed.go
			// "And Kezman appeared to have made the game safe as he ...":
			// a lone unknown word typed organisation by default, in a
			// sentence that names no person before the pronoun, is a
			// person known by surname.
			if w := lastWeak; w.ent >= 0 && w.sent == m.sent && w.tok < m.t0 && a.subjectPosition(w.sent, w.tok) &&
				(len(persons) == 0 || persons[len(persons)-1].sent != m.sent) {
				if a.retypePerson(w.ent) {
					m.entity = w.ent
				}
			}
		}
		if m.entity >= 0 && !m.hidden && m.kind == MentionName && m.t1-m.t0 == 1 && weakEnt[m.entity] {
			lastWeak = weakRef{m.entity, m.sent, m.t0}
		}
		if m.entity >= 0 && !m.hidden {
			t := ents[m.entity].Type
			if t == Person {
				persons = append(persons, personRef{m.entity, m.sent, a.speechAfter(m.t1), m.t0, quoted[m.t0]})
			} else if m.kind != MentionDemonym {
				lastOf[t] = m.entity
				if t == Organization {
					orgs = append(orgs, m.entity)
				}
			}
		}
	}
}

// pickPerson resolves a person role phrase to the most recent person
// whose titles match it ("the President" after "President X", "the
// Belarusian leader" after "Belarusian President X"). Descriptive nouns
// that news uses to refer back to whoever was just named ("the singer",
// "the striker") fall back to the latest person; official roles ("the
// judge", "the minister") without a matching title stay unresolved, since
// they usually introduce someone new.
func (x *Extractor) pickPerson(a *analysis, persons []personRef, m *mention) int {
	if len(persons) == 0 {
		return -1
	}
	for k := len(persons) - 1; k >= max(0, len(persons)-lookBack); k-- {
		e := persons[k].ent
		info := a.ents[e]
		if m.roleAttr != "" {
			if textseg.Contains(info.attrs, m.roleAttr) && (roleFits(info.roles, m) || lexicon.LeaderRoles[m.roleHead]) {
				return e
			}
			// "Prime Minister Tony Blair ... the UK premier": a title
			// that named no country fits a country's role of the same
			// office.
			if len(info.attrs) == 0 && len(info.roles) > 0 && roleFits(info.roles, m) && x.soleHolder(a, persons, k, m) {
				return e
			}
			continue
		}
		if roleFits(info.roles, m) {
			return e
		}
	}
	if m.roleAttr == "" && backRefRoles[m.roleHead] {
		return persons[len(persons)-1].ent
	}
	return -1
}

// companyNouns refer back to businesses.
var companyNouns = lexicon.WordSet(`company firm group giant maker manufacturer
	retailer airline carrier insurer lender operator supermarket publisher
	broadcaster studio`)

// publicBodyHeads end the names of organisations that "the company" does
// not refer to.
// namedBodyHeads, after "the", refer back only to a body whose name they
// end ("the committee" is the Finance Committee, never the party or firm
// named last): a committee, commission or council is always named so.
var namedBodyHeads = lexicon.WordSet(`committee commission council`)

var publicBodyHeads = lexicon.WordSet(`commission council committee agency authority
	university college school unit department ministry office court union
	party association federation police government parliament congress
	senate assembly institute foundation trust organisation organization
	fund league board bureau`)

// gazOrg reports whether name is an international organisation the
// gazetteer knows (the UN, the WTO): public bodies, not companies.
func (x *Extractor) gazOrg(name string) bool {
	e, ok := x.gaz.Lookup(name)
	if !ok || e.Type != "Organization" || strings.Contains(textseg.Lower(name), "bank") {
		return false
	}
	// The gazetteer lists firms too ("British Airways", "Fiat"): a
	// public body has an acronym for a name or a body's head word in it.
	if len(name) <= 6 && strings.ToUpper(name) == name {
		return true
	}
	for _, w := range words(textseg.Lower(name)) {
		if publicBodyHeads[w] || w == "nations" || w == "forum" || w == "reserve" || w == "treasury" || w == "kremlin" {
			return true
		}
	}
	return false
}

// backRefRoles are descriptive nouns that refer back to the person just
// named even without a matching title.
var backRefRoles = lexicon.WordSet(`star singer actor actress veteran champion boxer
	player striker midfielder defender goalkeeper winger skipper presenter
	rapper comedian musician frontman guitarist drummer`)

// headOfState are the titles "the head of state" can refer back to.
var headOfState = lexicon.RoleClass("head-of-state")

// roleMatches reports whether a person's title words fit a role phrase's
// head ("prime minister", "leader", "head of state", "president").
func roleMatches(roles []string, head string) bool {
	switch head {
	case "head of state", "head of government", "leader":
		for _, r := range roles {
			if headOfState[r] {
				return true
			}
		}
		return false
	case "prime minister", "premier":
		// "the premier" after "Prime Minister X", and back.
		return textseg.Contains(roles, "prime") || textseg.Contains(roles, "premier")
	case "secretary of state":
		// "Secretary of State X" keeps only "secretary" from its title;
		// a home or foreign secretary is another office.
		if !textseg.Contains(roles, "secretary") {
			return false
		}
		for _, r := range roles {
			if officeMods[r] {
				return false
			}
		}
		return true
	case "chief executive":
		return textseg.Contains(roles, "chief") && textseg.Contains(roles, "executive") || textseg.Contains(roles, "ceo")
	}
	for _, r := range roles {
		if r == head || strings.HasSuffix(r, "-"+head) {
			return true
		}
	}
	return false
}

// pickPronoun resolves "he"/"she": a gender-compatible person, preferring
// the latest one in the same sentence (unless that one is named only in
// passing, after a preposition or as a possessor, and the clause's
// subject fits: coref_pronoun_subjects.go), else the first (subject) person of
// the latest sentence that mentions one. A pronoun outside quotation
// marks never refers to a person named only inside them ("'I'd like to
// thank the late Ray Charles.' He apologised ..." is the speaker): the
// quoted words are someone else's.
func pickPronoun(a *analysis, persons []personRef, m *mention, inQuote bool) int {
	ok := func(e int) bool {
		g := a.ents[e].gender
		return g == 0 || m.gender == 0 || g == m.gender
	}
	persons = a.notQuoteSpeakers(unquotedPersons(persons, inQuote), m, inQuote) // coref_pronouns.go
	for k := len(persons) - 1; k >= max(0, len(persons)-lookBack) && persons[k].sent == m.sent; k-- {
		if ok(persons[k].ent) {
			if e := a.subjectOverOblique(persons, m, k, ok); e >= 0 {
				return e // coref_pronoun_subjects.go
			}
			if a.inFrontedAdjunct(m, persons[k]) {
				continue // coref_pronoun_fronted.go: "At a dinner hosted by X, he said"
			}
			return persons[k].ent
		}
	}
	for k := len(persons) - 1; k >= 0; k-- {
		s := persons[k].sent
		if s == m.sent {
			continue
		}
		if m.sent-s > 6 {
			break
		}
		// The person of sentence s who speaks ("... but the Tory leader
		// said"), else its first (subject) person.
		first, speaker := -1, -1
		for j := k; j >= max(0, k-lookBack) && persons[j].sent == s; j-- {
			if ok(persons[j].ent) {
				first = persons[j].ent
				if persons[j].speaks && speaker < 0 {
					speaker = persons[j].ent
				}
			}
		}
		if speaker >= 0 {
			first = speaker
		}
		if first >= 0 {
			return first
		}
		for k > 0 && persons[k-1].sent == s {
			k--
		}
		if len(persons)-k > lookBack {
			break
		}
	}
	return -1
}

// publishMentions copies the resolved, visible mentions into doc.Mentions
// and indexes name mentions by their first token.
func (x *Extractor) publishMentions(a *analysis) {
	a.doc.Mentions = a.doc.Mentions[:0]
	a.tokMention = make([]int32, len(a.tokens))
	for i, m := range a.ments {
		if m.entity < 0 {
			continue
		}
		if a.tokMention[m.t0] == 0 && !m.hidden {
			a.tokMention[m.t0] = int32(i + 1)
		}
		if m.hidden {
			continue
		}
		a.doc.Mentions = append(a.doc.Mentions, Mention{Span: m.Span, Sentence: m.sent, Entity: m.entity, Kind: m.kind})
	}
}

// initials returns the capital initials of a name's capitalised words
// ("Oil and Natural Gas Corporation" -> "ONGC").
func initials(name string) string {
	var b []byte
	for _, w := range strings.Fields(name) {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b = append(b, c)
		}
	}
	return string(b)
}

// speechVerbs mark who speaks in a sentence.
var speechVerbs = lexicon.WordSet(`said says told added warned insisted argued
	explained admitted stressed noted urged claimed replied`)

// speechAfter reports whether a speech verb follows token t (allowing an
// adverb or auxiliary in between).
func (a *analysis) speechAfter(t int) bool {
	for k := t; k < len(a.tokens) && k < t+3; k++ {
		if speechVerbs[a.tokens[k].Lower()] {
			return true
		}
	}
	return false
}

// subjectPosition reports whether token t opens its sentence, after at
// most a few function words ("And Kezman appeared ...").
func (a *analysis) subjectPosition(sent, t int) bool {
	lo := a.sentTokens[sent].Start
	if t-lo > 3 {
		return false
	}
	for k := lo; k < t; k++ {
		if !lexicon.SentenceStarters[a.tokens[k].Lower()] {
			return false
		}
	}
	return true
}

// mainOrganization returns the organisation an article is about, or -1:
// one named in the headline or first sentence that is also named more
// often than any other organisation. "The company" refers to it rather
// than to a firm mentioned in passing.
func mainOrganization(ms []mention, ents []Entity, placeLike []bool) int {
	count := map[int]int{}
	lead := map[int]bool{}
	for i := range ms {
		m := &ms[i]
		if m.entity < 0 || m.hidden || ents[m.entity].Type != Organization || placeLike[m.entity] {
			continue
		}
		if m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		count[m.entity]++
		if m.sent <= 1 {
			lead[m.entity] = true
		}
	}
	best, bestN, second := -1, 0, 0
	for e, n := range count {
		switch {
		case n > bestN || n == bestN && e < best:
			if best >= 0 && bestN > second {
				second = bestN
			}
			best, bestN = e, n
		case n > second:
			second = n
		}
	}
	if best < 0 || !lead[best] || bestN < 2 || bestN <= second {
		return -1
	}
	return best
}

// keyByFinalType rebuilds each entity's key from its final type. Stages
// after entity resolution retype entities ("Opel workers in Ruesselsheim,
// Germany" makes an unknown name a City once the country follows it), and
// a key left as "organization/ruesselsheim" would give a City node an
// organisation's IRI, splitting it from the same city typed right in
// another article. The name part of the key is kept.
func (a *analysis) keyByFinalType() {
	for i := range a.doc.Entities {
		e := &a.doc.Entities[i]
		prefix := strings.ToLower(string(e.Type)) + "/"
		if strings.HasPrefix(e.Key, prefix) {
			continue
		}
		_, slug, ok := strings.Cut(e.Key, "/")
		if !ok || slug == "" {
			slug = textseg.Slug(e.Name)
		}
		e.Key = prefix + slug
	}
}

// honorBeforeFirst reports whether lone name mention m, the first word of
// person full name c, may name c with its honorific: none; "Sir" or
// "Dame", which British usage puts before a knight's first name ("Sir
// Paul" for Paul McCartney); or "Mr", "Ms" and the like, which go before
// a surname, so that the full name put the surname first ("Kim Yungmin
// ... Mr Kim", "Xie Xuren ... Mr Xie"). The honorific's gender must fit.
func honorBeforeFirst(m, c *mention) bool {
	if m.honor == "" {
		return true
	}
	if m.gender != 0 && c.gender != 0 && m.gender != c.gender {
		return false
	}
	switch textseg.Lower(m.honor) {
	case "sir", "dame":
		return true
	case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss":
		return true
	}
	return false
}

// radioShortForm returns the name of words w without a "Radio" opening it
// or following its first word ("Five Live" for "BBC Radio Five Live"),
// when two words or more are left after it; "" otherwise.
func radioShortForm(w []string) string {
	for k := 0; k < 2 && k < len(w); k++ {
		if w[k] == "Radio" && len(w)-k-1 >= 2 {
			return strings.Join(w[k+1:], " ")
		}
	}
	return ""
}
