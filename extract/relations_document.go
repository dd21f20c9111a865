package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Rule families that read the document as a whole: posts read from the person's other mentions,
// groups of executives named in the next sentence, the one event of a
// story as the object of hosting verbs whose object is a team or a stage,
// "their meeting in London, G7 ministers ...", capitals standing for
// their government and cities placed "across the country".

// docTok returns the index into a.tokens of the token starting at or
// after byte offset off.
func (r *relState) docTok(off int) int {
	return sort.Search(len(r.a.tokens), func(k int) bool { return r.a.tokens[k].Start >= off })
}

// docMentionAt returns the mention (from doc.Mentions) that covers the
// token at index k of a.tokens, or nil.
func (r *relState) docMentionAt(k int) *Mention {
	if k < 0 || k >= len(r.a.tokens) {
		return nil
	}
	off := r.a.tokens[k].Start
	ms := r.a.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > off })
	for ; i < len(ms) && ms[i].Start <= off; i++ {
		if ms[i].Start <= off && off < ms[i].End {
			return &ms[i]
		}
	}
	return nil
}

func (r *relState) docLow(k int) string {
	if k < 0 || k >= len(r.a.tokens) {
		return ""
	}
	return relFoldToken(r.a.tokens[k])
}

// relPostWords are the words of a head's title between an organisation
// and a name: "Fiat chief executive Giuseppe Morchio".
var relPostWords = lexicon.RoleClass("post-word")

// personPost returns the one organisation the text names person e as head
// of, from any of e's name mentions: "former Fiat chief executive X"
// (former allowed only when withFormer), "the co-head of defence group
// EADS X", "X was director of Y" (copularPost). It returns -1 when none or more than one is found.
func (r *relState) personPost(e int, withFormer bool) int {
	found := -1
	for _, m := range r.a.doc.Mentions {
		if m.Entity != e || m.Kind != MentionName {
			continue
		}
		k := r.docTok(m.Start) - 1
		// "ORG chief executive X"
		n := 0
		for k >= 0 && r.docMentionAt(k) == nil && relPostWords[r.docLow(k)] && n < 3 {
			k--
			n++
		}
		org := -1
		if om := r.docMentionAt(k); om != nil && r.typeOf(om.Entity) == Organization && om.Kind != MentionPronoun {
			if n > 0 && (r.docLow(k+1) != "officer" && r.docLow(k+1) != "managing") {
				ok := true
				b := r.docTok(om.Start) - 1
				if relNotHead[r.docLow(b)] && r.docLow(b) != "former" {
					ok = false
				}
				if r.docLow(b) == "former" && !withFormer {
					ok = false
				}
				if ok {
					org = om.Entity
				}
			} else if n == 0 {
				// "the co-head of defence group EADS X": a title with "of"
				// a few words before the organisation.
				b := r.docTok(om.Start) - 1
				for c := b; c >= 0 && c > b-8; c-- {
					w := r.docLow(c)
					if w == "," || w == "." || r.docMentionAt(c) != nil && r.docMentionAt(c).Kind != MentionDemonym {
						break
					}
					if w == "of" && relPostTitle[r.docLow(c-1)] && r.docMentionAt(c-1) == nil {
						if relNotHead[r.docLow(c-2)] && (r.docLow(c-2) != "former" || !withFormer) {
							break
						}
						org = om.Entity
						break
					}
				}
			}
		}
		if org < 0 {
			org = r.copularPost(m, withFormer)
		}
		if org < 0 || r.eventLike(org) {
			continue
		}
		if found >= 0 && found != org {
			return -1
		}
		found = org
	}
	return found
}

// relCopulas state a post after a name: "X is chief executive of Y",
// "X was director of Y" (a past post, read only withFormer).
var relCopulas = relWords(`is was`)

// copularPost returns the organisation whose head the clause after name
// mention m says the person is or was: "Amit Yoran was director of the
// National Cyber Security Division", "X is the chief executive of Y"; or
// -1. A post stated with "was" counts only withFormer (the person has
// left it, or it is past), and a deputy's or former holder's title never.
func (r *relState) copularPost(m Mention, withFormer bool) int {
	k := r.docTok(m.End)
	cop := r.docLow(k)
	if !relCopulas[cop] || cop == "was" && !withFormer {
		return -1
	}
	k++
	if w := r.docLow(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	n := 0
	for relPostWords[r.docLow(k)] && r.docMentionAt(k) == nil && n < 3 {
		k++
		n++
	}
	if n == 0 || !relPostTitle[r.docLow(k-1)] || r.docLow(k) != "of" {
		return -1 // "X was a director": no body; "X is head coach at": another shape
	}
	if relNotHead[r.docLow(k-n-1)] {
		return -1 // "X is deputy head of Y"
	}
	k++
	if r.docLow(k) == "the" {
		k++
	}
	om := r.docMentionAt(k)
	if om == nil || om.Kind == MentionPronoun || r.typeOf(om.Entity) != Organization || r.a.tokens[k].Start != om.Start {
		return -1
	}
	return om.Entity
}

// relGroupNouns are the plural heads of "three senior executives of X".
var relGroupNouns = relWords(`executives directors managers officials bosses
	members executives board`)

var relNumberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5,
	"2": 2, "3": 3, "4": 4, "5": 5, "both": 2}

// relGroupRef open a sentence that names the members of a group just
// mentioned: "The trio are A, B and C", "They are A and B".
var relGroupRef = relWords(`trio three pair two four five they executives
	men women quartet`)

// groupLeave: "Three senior executives of Aer Lingus are set to leave. The
// trio are A, B and C." The people listed in the next sentence leave (or
// plan to leave) the organisation the group belongs to.
func (s *relSent) groupLeave(t int, mod relMod) {
	// The subject phrase opens the sentence: [the] NUMBER adj* NOUNS of ...
	k := 0
	if s.word(k, "the") || s.word(k, "all") {
		k++
	}
	n, ok := relNumberWords[s.low[min(k, len(s.low)-1)]]
	if !ok || s.ment[k] >= 0 {
		return
	}
	k++
	for k < t && s.ment[k] < 0 && !s.is(k, relGroupNouns) && k < 4 {
		k++
	}
	if !s.is(k, relGroupNouns) || !s.word(k+1, "of") {
		return
	}
	org := -1
	for c := k + 2; c < t; c++ {
		if m := s.mentionAt(c); m != nil && s.r.typeOf(m.entity) == Organization && m.kind != MentionPronoun {
			org = m.entity
			break
		}
	}
	if org < 0 {
		return
	}
	people := s.r.groupListNext(s.idx, n)
	if len(people) == 0 {
		// "Three executives of Ford, A, B and C, have resigned"
		for c := k + 2; c < t; c++ {
			if m := s.mentionAt(c); m != nil && m.first == c && m.kind == MentionName && s.r.typeOf(m.entity) == Person {
				people = append(people, m.entity)
			}
		}
		if len(people) != n {
			return
		}
	}
	pred, conf := Left, 0.75
	if mod.future || mod.intend || mod.inf || mod.prog || mod.past {
		pred, conf = PlansToLeave, 0.7
	}
	for _, p := range people {
		s.r.add(p, pred, org, s.idx, pred+"/group-named-next", conf)
	}
}

// groupListNext returns the n people listed by sentence i+1 when it opens
// with "The trio are", "They were", "The three are" ..., or nil.
func (r *relState) groupListNext(i, n int) []int {
	if i+1 >= len(r.a.sentTokens) {
		return nil
	}
	sp := r.a.sentTokens[i+1]
	toks := r.a.tokens[sp.Start:sp.End]
	k := 0
	if k < len(toks) && strings.EqualFold(toks[k].Text, "the") {
		k++
	}
	if k+1 >= len(toks) || !relGroupRef[relFoldToken(toks[k])] {
		return nil
	}
	k++
	if v := relFoldToken(toks[k]); v != "are" && v != "were" && v != "include" {
		return nil
	}
	var people []int
	seen := map[int]bool{}
	for _, m := range r.a.mentionsIn(i + 1) {
		if m.Start < toks[k].End || m.Kind != MentionName || r.typeOf(m.Entity) != Person {
			continue
		}
		if !seen[m.Entity] {
			seen[m.Entity] = true
			people = append(people, m.Entity)
		}
	}
	if len(people) != n {
		return nil
	}
	return people
}

// soleEvent returns the one event entity of the document, or -1.
func (r *relState) soleEvent() int {
	found := -1
	for i := range r.a.doc.Entities {
		if r.typeOf(i) != Event {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// relStageNouns are the parts of a tournament one hosts: "host the first
// group", "the second group will be hosted in Namibia".
var relStageNouns = relWords(`group groups pool pools round rounds leg legs
	stage stages match matches final finals semi-final semi-finals
	quarter-final quarter-finals qualifier qualifiers fixture fixtures`)

// stageAt reports whether the noun phrase starting at p is a stage of a
// competition ("the third group"), returning the token after it.
func (s *relSent) stageAt(p int) (bool, int) {
	k := p
	for k < len(s.low) && k < p+4 && s.ment[k] < 0 && !s.is(k, relStageNouns) &&
		(s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "CD" || relOrdinal[s.low[k]] || s.tag(k) == "PRP$") {
		k++
	}
	if s.is(k, relStageNouns) && s.ment[k] < 0 {
		return true, k + 1
	}
	return false, p
}

// hostStage: "Zambia will host Lesotho, Malawi and Swaziland in the third
// group in Lusaka", "Mauritius will host the first group": a country or
// city hosting teams or a stage hosts the story's one tournament; a city
// named after it hosts it too and lies in the host country.
func (s *relSent) hostStage(t int, subj, obj []int, end int, pred string, conf float64) bool {
	ev := s.r.soleEvent()
	if ev < 0 || len(subj) != 1 {
		return false
	}
	// Countries only: a city before "host" is as often a club ("Bolton
	// host Arsenal").
	st := s.r.typeOf(subj[0])
	if st != Country {
		return false
	}
	teams := len(obj) > 0
	for _, o := range obj {
		if t := s.r.typeOf(o); t != Country && t != Organization || s.r.isEvent(o) {
			teams = false
		}
	}
	stage, send := s.stageAt(t + 1)
	if !teams && !stage {
		return false
	}
	if stage {
		end = send
	}
	if pred == Hosted && (s.word(t, "host") || s.word(t, "hosts")) {
		// "Mauritius host the first group": a fixture list's present is
		// a schedule.
		pred = WillHost
	}
	s.r.add(subj[0], pred, ev, s.idx, pred+"/host-stage", conf-0.1)
	// "... in the third group in Lusaka"
	for k := end; k < len(s.low) && k < end+8; k++ {
		if s.clauseEdge(k) {
			break
		}
		if !s.word(k, "in") && !s.word(k, "at") {
			continue
		}
		c := s.mentionAt(k + 1)
		if c == nil || c.first != k+1 || s.r.typeOf(c.entity) != City && s.r.typeOf(c.entity) != Place {
			continue
		}
		if e, _ := s.headRight(k + 1); e != c.entity {
			continue
		}
		s.r.add(c.entity, pred, ev, s.idx, pred+"/host-stage-in", conf-0.15)
		if st == Country {
			s.r.add(c.entity, LocatedIn, subj[0], s.idx, "locatedIn/host-country-city", 0.7)
		}
		break
	}
	return true
}

// possMeetingIn: "At their meeting in London, G7 finance ministers
// backed ...": the city hosts the meeting of the body whose members the
// sentence is about, when the article names that meeting ("G7 meeting").
func (s *relSent) possMeetingIn(t int) {
	c := s.mentionAt(t + 2)
	if c == nil || c.first != t+2 || c.kind != MentionName {
		return
	}
	if ct := s.r.typeOf(c.entity); ct != City && ct != Place {
		return
	}
	if e, _ := s.headRight(t + 2); e != c.entity {
		return
	}
	if s.negBefore(t, 4) || s.condBefore(t) {
		return
	}
	ev := -1
	for k := range s.ms {
		m := &s.ms[k]
		if m.kind != MentionName && m.kind != MentionAcronym || s.r.typeOf(m.entity) != Organization {
			continue
		}
		// The body must be the one whose people meet: "G7 (finance) ministers".
		n := m.last + 1
		for n < len(s.low) && n <= m.last+3 && s.ment[n] < 0 && !s.is(n, relDelegates) && (s.tag(n) == "JJ" || s.tag(n) == "NN" || s.word(n, "finance")) {
			n++
		}
		if !s.is(n, relDelegates) {
			continue
		}
		surface := s.r.a.doc.Text[s.toks[m.first].Start:s.toks[m.last].End]
		if e := s.r.orgMeeting(m.entity, surface); e >= 0 {
			ev = e
			break
		}
	}
	if ev < 0 {
		return
	}
	pred := Hosted
	if s.clauseFuture(t, c.last) || s.clauseFuture(c.last+2, c.last+2) {
		pred = WillHost
	}
	s.r.add(c.entity, pred, ev, s.idx, pred+"/their-meeting-in", 0.7)
}

// anyEvent reports whether one of ents is an event.
func (s *relSent) anyEvent(ents []int) bool {
	for _, e := range ents {
		if s.r.isEvent(e) {
			return true
		}
	}
	return false
}

// placeCues reads, without POS tags, the cues that place a named city in
// a country named elsewhere in the text, confirmed by the gazetteer:
// "the government in Cairo" (a capital standing for its state) and
// "across the country in Kirkuk and Baghdad" (cities of the country the
// story is about).
func (r *relState) placeCues() {
	if r.gaz == nil {
		return
	}
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName || r.typeOf(m.Entity) != City {
			continue
		}
		k := r.docTok(m.Start)
		name := r.a.doc.Entities[m.Entity].Name
		// "The government in Cairo", "the authorities in Minsk"
		if r.docLow(k-1) == "in" && relGovNouns[r.docLow(k-2)] && (r.docLow(k-3) == "the" || r.docLow(k-3) == "its") {
			if c, ok := r.gaz.IsCapital(name); ok {
				if ce := r.countryNamed(c); ce >= 0 {
					r.add(m.Entity, LocatedIn, ce, m.Sentence, "locatedIn/government-in-capital", 0.7)
				}
			}
			continue
		}
		// "across the country in Kirkuk and Baghdad": walk left over the
		// list to "in", then look for "the country".
		b := k - 1
		for b >= 0 && (r.docLow(b) == "," || r.docLow(b) == "and" || r.docMentionAt(b) != nil && r.typeOf(r.docMentionAt(b).Entity) == City) {
			b--
		}
		if r.docLow(b) != "in" || !(r.docLow(b-1) == "country" && r.docLow(b-2) == "the") {
			continue
		}
		e, ok := r.gaz.Lookup(name)
		if !ok || e.Kind != gazetteer.City || e.Homonym || e.Country == "" {
			continue
		}
		if ce := r.countryNamed(e.Country); ce >= 0 && ce == r.storyCountry() {
			r.add(m.Entity, LocatedIn, ce, m.Sentence, "locatedIn/across-the-country", 0.7)
		}
	}
}

// countryNamed returns the Country entity with that canonical name, or -1.
func (r *relState) countryNamed(name string) int {
	for i, e := range r.a.doc.Entities {
		if e.Type == Country && strings.EqualFold(e.Name, name) {
			return i
		}
	}
	return -1
}

// prevSubject returns the agent that opens sentence i-1 ("England won the
// first event ... However, they beat Samoa"), or -1: the referent of an
// unresolved "they" or "it" subject.
func (r *relState) prevSubject(i int) int {
	if i < 1 {
		return -1
	}
	sp := r.a.sentTokens[i-1]
	if sp.End <= sp.Start {
		return -1
	}
	ms := r.a.mentionsIn(i - 1)
	if len(ms) == 0 || ms[0].Start != r.a.tokens[sp.Start].Start || ms[0].Kind == MentionDemonym {
		return -1
	}
	if !relIsAgent(r.typeOf(ms[0].Entity)) || r.typeOf(ms[0].Entity) == Person {
		return -1
	}
	return ms[0].Entity
}

// unresolvedThey returns the previous sentence's opening agent when token
// j is an unresolved "they" or "it" opening this sentence's clause.
func (s *relSent) unresolvedThey(j int) []int {
	if s.ment[j] >= 0 || !(s.word(j, "they") || s.word(j, "it")) {
		return nil
	}
	for k := j - 1; k >= 0; k-- {
		if !(s.word(k, ",") || s.is(k, relAdverb) || s.word(k, "however") || s.word(k, "but") || s.word(k, "and")) {
			return nil
		}
	}
	if e := s.r.prevSubject(s.idx); e >= 0 {
		return []int{e}
	}
	return nil
}

// otherEdition reports a year right before an event mention that its
// name does not carry: "the 2002 football World Cup" when the entity is
// the 2011 Rugby World Cup is another edition of the event.
func (s *relSent) otherEdition(first int, e int) bool {
	name := s.r.a.doc.Entities[e].Name
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		w := s.low[k]
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && s.tag(k) == "CD" {
			return !strings.Contains(name, w)
		}
		if s.ment[k] >= 0 || !(s.tag(k) == "NN" || s.tag(k) == "JJ") {
			return false
		}
	}
	return false
}

// storyCountry returns the country named by name more often than any
// other in the document ("the country" of a story), or -1 on a tie.
func (r *relState) storyCountry() int {
	count := map[int]int{}
	for _, m := range r.a.doc.Mentions {
		if m.Kind == MentionName && r.typeOf(m.Entity) == Country {
			count[m.Entity]++
		}
	}
	best, _ := mostCounted(count)
	return best
}

// mostCounted returns the key with the highest count and that count, or
// -1 when two keys share the highest count: a story's main country or
// organisation is only taken when one clearly leads.
func mostCounted(count map[int]int) (best, n int) {
	best, tie := -1, false
	for e, c := range count {
		switch {
		case c > n:
			best, n, tie = e, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return -1, n
	}
	return best, n
}

// ongoingEvent returns the one event the document has so far said is
// being or has been hosted ("arriving in Davos for the World Economic
// Forum"), or -1: the gathering a preview written on site is about.
func (r *relState) ongoingEvent() int {
	found := -1
	for _, f := range r.a.doc.Facts {
		if f.Predicate != Hosted || !r.isEvent(f.Object) {
			continue
		}
		if found >= 0 && found != f.Object {
			return -1
		}
		found = f.Object
	}
	return found
}

// relUnderway are the words of taking part in a gathering already under
// way without naming it: "X is to speak", "Y will be here too", "Z
// announced his attendance", "a regular at Davos".
var relUnderway = relWords(`speak speaks speaking address here there attendance
	regular speech appearance attend`)

// relAfterSpeak may follow "speak" when it has no object of its own.
var relAfterSpeak = relWords(`, . ; on at later too also tomorrow today next
	first this during before after`)

// underway: in a story about an event under way, "Ukraine's new
// president, X, is to speak", "A and B will be here too", "X, who
// announced his attendance at the last minute", "X, ... a regular at
// Davos" - X takes part. A negated or conditional appearance gives
// nothing; so does one in a story whose event has not begun.
func (s *relSent) underway(t int) {
	ev := s.r.ongoingEvent()
	if ev < 0 || s.inQuote(t) || s.condBefore(t) {
		return
	}
	var subj []int
	switch w := s.low[t]; {
	case relSpeak[w]:
		if t+1 < len(s.low) && !s.is(t+1, relAfterSpeak) {
			return // "speak to reporters", "address the issue"
		}
		if s.word(t+1, "at") {
			if e, _ := s.headRight(t + 2); e >= 0 && e != ev {
				return // another gathering
			}
		}
		j, mod := s.chainLeft(t, false)
		if mod.neg || mod.cond || !mod.inf && !mod.future && !mod.prog {
			return // a plain "speaks" is a habit or a report
		}
		subj = s.subjectsOf(t, j)
		if len(subj) == 0 {
			subj = s.amongThem(j)
		}
	case w == "here" || w == "there":
		if !s.is(t-1, relBe) {
			return
		}
		// "X will also be there - as will Y"
		if k := t + 1; (s.word(k, "-") || s.word(k, ",") || s.word(k, "–")) && s.word(k+1, "as") && s.word(k+2, "will") {
			subj = append(subj, s.peopleAfter(k+3, true)...)
		}
		j, mod := s.chainLeft(t-1, false)
		if mod.neg || mod.cond {
			return
		}
		first, _ := s.subjectsAt(j)
		if len(first) == 0 {
			first = s.amongThem(j)
		}
		subj = append(first, subj...)
	case w == "attendance" && s.word(t-1, "whose"):
		// "Mr Blair - whose attendance was announced at the last minute"
		k := t - 2
		if s.word(k, ",") || s.word(k, "-") || s.word(k, "–") {
			k--
		}
		if m := s.mentionAt(k); m != nil && m.kind == MentionName && !s.negBefore(t+4, 4) {
			subj = []int{m.entity}
		}
	case w == "attendance":
		if !s.word(t-1, "his") && !s.word(t-1, "her") && !s.word(t-1, "their") {
			return
		}
		nsubj, mod, ok := s.nominalSubject(t)
		if !ok || mod.neg || mod.cond || s.negBefore(t, 6) {
			return
		}
		subj = nsubj
	case w == "speech":
		// "will listen to Tony Blair's opening speech"
		k := t - 1
		if s.word(k, "opening") || s.word(k, "keynote") || s.word(k, "closing") {
			k--
		}
		if !s.word(k, "'s") && !s.word(k, "'") {
			return
		}
		if m := s.mentionAt(k - 1); m != nil && m.kind == MentionName && !s.negBefore(m.first, 4) && !s.condBefore(t) {
			subj = []int{m.entity}
		}
	case w == "appearance" || relAttend[w]:
		// "Showbiz figures will put in an appearance, from X to Y", "20
		// leaders are expected to attend, including X and Y"
		j, mod := s.chainLeft(t, w == "appearance")
		if mod.neg || mod.cond {
			return
		}
		_ = j
		k := t + 1
		if s.word(k, ",") || s.word(k, "-") {
			k++
		}
		if !s.word(k, "including") && !s.word(k, "from") {
			return
		}
		subj = s.peopleAfter(k+1, false)
	case w == "regular":
		if !s.word(t-1, "a") || !s.word(t+1, "at") {
			return
		}
		e, _ := s.headRight(t + 2)
		if e < 0 || e != ev && !s.r.seen[relFactKey{e, Hosted, ev}] {
			return
		}
		for k := t - 2; k >= 1 && k > t-14; k-- {
			if s.word(k, ",") {
				if m := s.mentionAt(k - 1); m != nil && m.kind == MentionName {
					subj = []int{m.entity}
				}
				break
			}
			if s.ment[k] >= 0 && s.r.typeOf(s.ms[s.ment[k]].entity) == Person {
				return
			}
		}
	}
	for _, a := range subj {
		if s.r.typeOf(a) == Person {
			s.r.add(a, ParticipatedIn, ev, s.idx, "participatedIn/under-way", 0.65)
		}
	}
}

// amongThem: "The EU's top leaders, among them A and B, will be here":
// the people listed after "among them" or "including" in the subject
// that ends at token j.
func (s *relSent) amongThem(j int) []int {
	if !s.word(j, ",") {
		return nil
	}
	k := j - 1
	for k >= 1 && k > j-20 && !(s.word(k, "them") && s.word(k-1, "among") || s.word(k, "including")) {
		if s.word(k, ";") || s.is(k, relRel) && s.ment[k] < 0 {
			return nil
		}
		k--
	}
	if k < 1 || k <= j-20 {
		return nil
	}
	var out []int
	for c := k + 1; c < j; c++ {
		if m := s.mentionAt(c); m != nil && m.first == c {
			if m.kind == MentionName && s.r.typeOf(m.entity) == Person {
				out = append(out, m.entity)
			}
			c = m.last
		}
	}
	return out
}

// countryPlaceNoun: "the Cameroon capital Yaounde", "the Iraq city of
// Basra": a country's name used as a modifier of a place noun before a
// city or place.
func (s *relSent) countryPlaceNoun(m *relMention, i int) {
	if !s.word(m.first-1, "the") || !s.is(i, relPlaceNouns) {
		return
	}
	k := i + 1
	if s.word(k, "of") || s.word(k, ",") {
		k++
	}
	c := s.mentionAt(k)
	if c == nil || c.first != k || c.kind != MentionName {
		return
	}
	if t := s.r.typeOf(c.entity); t != City && t != Place {
		return
	}
	if e, _ := s.headRight(k); e == c.entity {
		s.r.add(c.entity, LocatedIn, m.entity, s.idx, "locatedIn/country-place-noun", 0.75)
	}
}

// relWeekdays date a news event to a day: "in London on Thursday".
var relWeekdays = relWords(`monday tuesday wednesday thursday friday saturday sunday`)

// relNotVisit are verbs placing a person somewhere for another reason
// than a visit.
var relNotVisit = relWords(`born died based lived lives live buried married
	raised grew grown educated trained studied works worked`)

// dayInCity reports whether the city mention c is dated to a day: "in
// London on Thursday", "in Edinburgh yesterday".
func (s *relSent) dayInCity(c *relMention) bool {
	if !s.word(c.first-1, "in") {
		return false
	}
	n := c.last + 1
	return s.word(n, "on") && s.is(n+1, relWeekdays) || s.word(n, "yesterday") ||
		s.word(n, "last") && s.is(n+1, relWeekdays)
}

// visitOnDay: "In London on Thursday ahead of the meeting, X said ...":
// a person dated to a day in a city by a sentence-opening adjunct is
// there on a visit. A leader in his own capital is at home.
func (s *relSent) visitOnDay(c *relMention) {
	if !s.dayInCity(c) || s.inQuote(c.first) {
		return
	}
	if t := s.r.typeOf(c.entity); t != City {
		return
	}
	for k := range s.ms {
		if s.r.isEvent(s.ms[k].entity) {
			return // at a competition or a show: taking part, not visiting
		}
	}
	var subj []int
	if c.first-1 == 0 {
		// Sentence-initial: the subject follows the adjunct's comma.
		k := c.last + 1
		for k < len(s.low) && k < c.last+12 && !s.word(k, ",") {
			if s.ment[k] >= 0 {
				return
			}
			k++
		}
		if !s.word(k, ",") {
			return
		}
		p := k + 1
		for p < len(s.low) && p < k+5 && s.ment[p] < 0 && (s.is(p, relNamePrefix) || s.is(p, relTitle) || s.tag(p) == "NNP") {
			p++ // "Mr", "Foreign Secretary"
		}
		m := s.mentionAt(p)
		if m == nil || m.first != p || m.kind != MentionName && m.kind != MentionRole ||
			s.r.typeOf(m.entity) != Person {
			return
		}
		v := m.last + 1
		if s.word(v, ",") {
			return // an apposition: keep to the plain subject
		}
		j, mod := s.chainLeft(v+1, false)
		_ = j
		if tg := s.tag(v); !(tg == "VBD" || tg == "VBZ" || tg == "VBP") || mod.neg || mod.cond || mod.future || s.is(v, relNotVisit) {
			return
		}
		subj = []int{m.entity}
	} else {
		// Mid-sentence ("bought two copies in Edinburgh on Friday") the
		// phrase is as often where a trial, a record or an injury took
		// place; on the BBC corpus most such readings were not visits.
		return
	}
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	if s.r.gaz != nil {
		if lc := s.r.leaderCountry(subj[0]); lc >= 0 {
			if cn, ok := s.r.gaz.IsCapital(s.r.a.doc.Entities[c.entity].Name); ok && strings.EqualFold(cn, s.r.a.doc.Entities[lc].Name) {
				return
			}
		}
	}
	s.r.add(subj[0], Visited, c.entity, s.idx, "visited/in-city-on-day", 0.65)
}

// roleLeave: "The guitarist with rock band Korn has quit the music
// business. Brian Welch told a radio station ...": a role of an
// organisation that leaves something unnamed, with the person named at
// the head of the next sentence, leaves the organisation.
func (s *relSent) roleLeave(t int, mod relMod) {
	if mod.neg || mod.cond || !s.word(0, "the") || !(s.is(1, relSquad) || s.is(1, relPostTitle)) ||
		!(s.word(2, "with") || s.word(2, "of") || s.word(2, "at")) {
		return
	}
	org := -1
	for k := 3; k < t && k < 9; k++ {
		if m := s.mentionAt(k); m != nil {
			if m.kind == MentionDemonym || s.r.typeOf(m.entity) == Country {
				k = m.last
				continue
			}
			if s.r.typeOf(m.entity) == Organization && m.kind != MentionPronoun {
				org = m.entity
			}
			break
		}
	}
	if org < 0 || s.idx+1 >= len(s.r.a.sentTokens) {
		return
	}
	next := s.r.a.mentionsIn(s.idx + 1)
	sp := s.r.a.sentTokens[s.idx+1]
	if len(next) == 0 || sp.End <= sp.Start || next[0].Start != s.r.a.tokens[sp.Start].Start ||
		next[0].Kind != MentionName || s.r.typeOf(next[0].Entity) != Person {
		return
	}
	end := sp.Start
	for end < sp.End && s.r.a.tokens[end].End <= next[0].End {
		end++
	}
	if s.r.otherRoleNamed(end, s.low[1]) {
		return // "Dan Ash, the singer, said": not the drummer who quit
	}
	pred, conf := Left, 0.65
	if mod.future || mod.intend || mod.inf || mod.prog || mod.past {
		pred = PlansToLeave
	}
	s.r.add(next[0].Entity, pred, org, s.idx, pred+"/role-named-next", conf)
}

// peopleAfter returns the people named from token k on: in a list ("X -
// due to speak by video link - and Y"), or the first one only.
func (s *relSent) peopleAfter(k int, one bool) []int {
	var out []int
	for c := k; c < len(s.low); c++ {
		if s.word(c, ";") || s.word(c, ":") || s.is(c, relRel) && s.ment[c] < 0 && !s.word(c-1, ",") {
			break
		}
		m := s.mentionAt(c)
		if m == nil || m.first != c {
			continue
		}
		if m.kind == MentionName && s.r.typeOf(m.entity) == Person {
			out = append(out, m.entity)
			if one {
				break
			}
		}
		c = m.last
	}
	return out
}

// attendedBetween: "X attended a meeting between A and B", "X was
// reported to have attended a meeting between A, of Y, and B": X met each
// named party. "to have attended" is done; "will attend" and "plans to
// attend" are not.
func (s *relSent) attendedBetween(v int, parts []int) {
	j, mod := s.chainLeft(v, false)
	perfect := s.word(v-1, "have") && s.word(v-2, "to")
	if mod.neg || mod.cond || mod.future || mod.passive || mod.inf && !perfect || mod.intend && !perfect || s.condBefore(v) {
		return
	}
	subj := s.subjectsOf(v, j)
	if len(subj) == 0 && perfect {
		subj = s.clauseSubject(v) // "X was reported in June to have attended"
	}
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	for _, p := range parts {
		if s.r.typeOf(p) == Person {
			s.r.add(subj[0], MetWith, p, s.idx, "metWith/attended-meeting-between", 0.7)
		}
	}
}

// relConverge are verbs of a crowd gathering somewhere.
var relConverge = relWords(`converge converges converged converging descend descended descending`)

// convergeFor: "100,000 people are expected to converge on the Brazilian
// resort of Porto Alegre for the World Social Forum": the place hosts the
// event (willHost when the gathering is still to come), whoever gathers.
func (s *relSent) convergeFor(t int) {
	j, mod := s.chainLeft(t, false)
	_ = j
	if mod.neg || mod.cond || s.condBefore(t) {
		return
	}
	places, end := s.objectsAt(t + 2)
	if len(places) != 1 || !s.word(end, "for") {
		return
	}
	if pt := s.r.typeOf(places[0]); pt != City && pt != Place && pt != Country {
		return
	}
	ev, _ := s.objectsAt(end + 1)
	if len(ev) != 1 || !s.r.isEvent(ev[0]) {
		return
	}
	pred := Hosted
	if mod.future || mod.intend || mod.inf || s.clauseFuture(t, end) {
		pred = WillHost
	}
	s.r.add(places[0], pred, ev[0], s.idx, pred+"/converge-on-for", 0.7)
}
