package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// groupPlurals are plural nouns that end the names of teams, music acts
// and firms and never a person's surname: "Neath-Swansea Ospreys", "Boca
// Juniors", "Kaiser Chiefs", "Beastie Boys", "Lehman Brothers", "Nortel
// Networks", "Miramax Films". A first name in front does not make the
// name a person's ("Happy Mondays", "Tyson Foods", "Warner Brothers"), so
// the tail decides before the first-name reading. Plurals that are also
// surnames ("Banks", "Woods", "Mills", "Reeves", "Gates") are left out.
// A name of common words only ("History Boys", "Calendar Girls", "Personal
// Area Networks") is as often a work or a thing, so it keeps the reading
// of common-word runs, unless a first name would have made it a person
// ("Red Devils"). The plural alone stands for the whole name once it
// is given ("the Ospreys").
var groupPlurals = lexicon.WordSet(teamPluralWords + ` boys girls sisters
	brothers rollers peppers mondays films networks foods ventures railways
	stockbrokers`)

// groupPluralName reports whether a name of two or more words ends in a
// group plural ("Sale Sharks", "Scissor Sisters").
func groupPluralName(words int, last string) bool {
	return words >= 2 && groupPlurals[last]
}

// actPlurals end the names of music acts made of common words ("Scissor
// Sisters", "Beach Boys", "Chemical Brothers", "Spice Girls", "All
// Saints"), which outnumber the works so named in news text.
var actPlurals = lexicon.WordSet(`boys girls sisters brothers saints`)

// commonWordAct reports whether the run of common words toks[i:j] ending
// in last is a music act's name: it ends in an act plural, no capitalised
// "The" opens it, the mark of a work's title ("The History Boys"), and no
// "of" goes on with it ("the Blind Boys of Alabama": better no name than
// half of one).
func (x *Extractor) commonWordAct(a *analysis, i, j int, last string) bool {
	if !actPlurals[last] || i > 0 && a.tokens[i-1].Text == "The" {
		return false
	}
	return j >= len(a.tokens) || a.tokens[j].Text != "of"
}

// teamPlurals are the group plurals that end sports clubs' names. A club
// named with common words only ("Sale Sharks", "Bath Rugby" aside) is
// read as one in a story about a team sport, where a title of a work so
// named ("Summer Sharks") is much rarer than the club.
var teamPlurals = lexicon.WordSet(teamPluralWords)

// teamPluralWords are the group plurals of clubs, shared by teamPlurals
// and groupPlurals.
const teamPluralWords = `juniors warriors dragons ospreys buccaneers
	sharks bulls rhinos tigers chiefs devils dons falcons wasps scarlets
	quins saints giants cowboys patriots`

// commonWordTeam reports whether a run of common words ending in last is
// a club's name: last is a team plural and the story is about a team
// sport (titles_memberships.go).
func (a *analysis) commonWordTeam(last string) bool {
	return teamPlurals[last] && a.teamSportStory()
}

// eventActCues before a name say it is a music act even where its last
// word would make it an event ("punk band Green Day", "rock group
// Heavy Festival").
var eventActCues = []string{"band ", "group ", "outfit ", "rapper ", "singer ", "duo "}

// eventActFollowers after a name and a comma or "and" say it was one of
// the acts the story lists ("In addition to Green Day, other artists in
// the top 10 include ..."): a day or a race is no artist.
var eventActFollowers = []string{", other artists", ", other acts", ", other bands", " and other artists", " and other acts", " and other bands"}

// actCuedInDoc reports whether text puts a music act's noun, lower case,
// right before name anywhere, or says the name was one of the acts, or
// credits a capitalised title to it ("Boulevard of Broken Dreams by
// Green Day"): the story names its acts the same way at every mention, so
// one cue types them all.
func actCuedInDoc(text, name string) bool {
	for _, c := range eventActCues {
		if strings.Contains(text, c+name) {
			return true
		}
	}
	for _, c := range eventActFollowers {
		if strings.Contains(text, name+c) {
			return true
		}
	}
	for rest := text; ; {
		k := strings.Index(rest, " by "+name)
		if k < 0 {
			return false
		}
		if titleEndsAt(rest[:k]) {
			return true
		}
		rest = rest[k+4:]
	}
}

// titleEndsAt reports whether s ends in a capitalised word of a title
// ("... Broken Dreams"), not a lower-case word ("fit by Boxing Day") nor a
// sentence's end.
func titleEndsAt(s string) bool {
	w := s[strings.LastIndexAny(s, " \n\"(")+1:]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, ".,;:")
}

// actsListedWithPeople retypes a name its head word made an event ("Green
// Day") as an organisation when it stands in a list among people's names,
// linked by commas or "and" to a person on each side or to two before it
// ("Usher, Gwen Stefani, Nelly and Green Day"; "Kelly Osbourne, Green Day,
// Ja Rule"): events are not listed with the people who perform, acts are.
// The name is then an act at every mention. a.ments must be sorted by
// position.
func (a *analysis) actsListedWithPeople() {
	ms := a.ments
	linked := func(p, q int) bool { // ms[p] then ms[q], one list joint between
		if p < 0 || q >= len(ms) || ms[p].sent != ms[q].sent || ms[p].t1+1 != ms[q].t0 {
			return false
		}
		w := a.tokens[ms[p].t1].Text
		return w == "," || w == "and"
	}
	person := func(p int) bool { return p >= 0 && p < len(ms) && ms[p].typ == Person && ms[p].kind == MentionName }
	acts := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		// An event the gazetteer knows stays one ("Harry Potter and
		// Olympics" in a list of search terms).
		if m.typ != Event || m.kind != MentionName || m.hidden || m.canon != "" || !lexicon.EventHeads[a.tokens[m.t1-1].Lower()] {
			continue
		}
		before := person(k-1) && linked(k-1, k)
		after := person(k+1) && linked(k, k+1)
		if before && (after || person(k-2) && linked(k-2, k-1)) || after && person(k+2) && linked(k+1, k+2) {
			acts[m.surface] = true
		}
	}
	// The act is one at every mention ("Other winners included Green
	// Day, voted best group").
	for k := range ms {
		if ms[k].typ == Event && acts[ms[k].surface] {
			ms[k].typ = Organization
		}
	}
}

// actClauseOpeners before a name leave it the subject of the verb after
// it ("But Keane were", "while Franz Ferdinand are"); other words before
// it ("such as", "like", "and", "saw") make it an object or a list's last
// member, whose verb belongs to a longer subject.
var actClauseOpeners = lexicon.WordSet(`but while when after before because since though although whereas nevertheless meanwhile so`)

// partOfLongerName reports whether m's name is the end of a longer name
// the story gives ("Bnei Sakhnin are" after "Hapoel Bnei Sakhnin"): the
// longer name's own mention carries the type, and the short one joins it.
func (a *analysis) partOfLongerName(m *mention) bool {
	short := " " + strings.ToLower(m.surface)
	for k := range a.ments {
		o := &a.ments[k]
		if o.kind == MentionName && strings.HasSuffix(strings.ToLower(o.surface), short) {
			return true
		}
	}
	return false
}

// actSubject reports whether a plural verb (pluralVerbs,
// entities_parties.go) follows m right after it ("Keane were", "Franz
// Ferdinand are touring": a person's name takes "is", "was", "has") and
// m opens its clause: the sentence's start, an opening quote or bracket,
// a subordinator, or the sentence's first comma closing an opening phrase
// that a preposition or adverb begins ("In last year's survey, Keane
// were"). A comma after a name or an apposition ("The Streets, aka
// rapper Mike Skinner have") leaves the verb to an earlier subject.
func (a *analysis) actSubject(m *mention) bool {
	r := a.sentTokens[m.sent]
	if m.t1 >= r.End || !pluralVerbs[a.tokens[m.t1].Text] {
		return false
	}
	p := m.t0 - 1
	if p < r.Start {
		return true
	}
	prev := a.tokens[p]
	switch {
	case isOpener(prev, a.tokens[m.t0]):
		return true
	case actClauseOpeners[prev.Lower()]:
		return true
	case prev.Text == ",":
		if !actPhraseOpeners[a.tokens[r.Start].Lower()] {
			return false
		}
		for k := r.Start; k < p; k++ {
			if a.tokens[k].Text == "," {
				return false
			}
		}
		return true
	}
	return false
}

// actPhraseOpeners begin an opening phrase that a comma closes before the
// subject ("In last year's survey, Keane were ...", "Last night, ...").
var actPhraseOpeners = lexicon.WordSet(`in at on after before during since for with last this earlier later meanwhile however nevertheless`)
