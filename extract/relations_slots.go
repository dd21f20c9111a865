package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// relMod is what the words around a trigger say about its tense and
// modality.
type relMod struct {
	neg     bool // not, never, refused to, no plans to ...
	cond    bool // would, could, may, if, whether ...
	future  bool // will, is to, set to, due to ...
	intend  bool // plans to, announced, wants to, threatened to ...
	inf     bool // the trigger is an infinitive ("to leave")
	passive bool // a form of "be" before a past participle
	prog    bool // a form of "be" before an -ing form
	light   bool // a light verb carried a nominal ("held talks")
	past    bool // "was due to", "were set to": a plan that may not have happened
	would   bool // the only conditional word was "would" (future in the past)
	lightV  string
}

// done reports whether the trigger states a completed or ongoing event.
func (m relMod) done() bool {
	return !m.neg && !m.cond && !m.future && !m.intend && !m.inf
}

var (
	relNeg = relWords(`not n't never no neither nor refused refuses refusing
		declined declines denied denies deny rejected rejects failed fails
		without cannot unable against miss misses missed missing skipped
		cancelled canceled postponed scrapped abandoned`)
	relCond = relWords(`would could might may should can must if unless whether
		'd`)
	relFuture = relWords(`will 'll shall going due set scheduled expected
		poised about`)
	relIntend = relWords(`plans plan planned planning intends intend intended
		intending wants want wanted wanting announced announces announce
		announcing decided decide decides threatened threatens threaten
		vowed vows promised promises pledged pledges agreed agrees voted
		votes aims aim aimed hopes hope hoped seeks seek sought seeking
		considering considers considered consider ready prepared preparing
		likely keen eager bid bidding move moving moved asked invited
		intention intent desire decision plan`)
	relBe     = relWords(`is are was were be been being am 're 's`)
	relHave   = relWords(`has have had having 've`)
	relAdverb = relWords(`also already now still finally formally officially
		recently later then just only yet quickly eventually effectively
		subsequently previously once soon last first originally reportedly
		apparently actually even again ultimately duly immediately fully
		unexpectedly suddenly initially currently jointly both all each
		himself herself itself themselves`)
	// relLight are verbs that carry a nominal trigger: "held talks",
	// "paid a visit", "announced its withdrawal".
	relLight = relWords(`held hold holds holding had has have having began
		begin begins beginning started start starts made make makes making
		paid pay pays paying completed complete completes completing
		confirmed confirm confirms opened open opens concluded conclude
		hosted hosts hosting
		finalised finalized continued continue continues in into
		after following during since on for announced announces announce
		announcing`)
	relDone = relWords(`completed complete completes completing confirmed
		finalised finalized concluded after following since during on`)
	relLightPrep = relWords(`in into after following during since on for`)
	// relClausePrep head a phrase that hangs from the main clause: its
	// subject is the clause's ("X said so during a trip to Y").
	relClausePrep = relWords(`after following during since on`)
	relPrep       = relWords(`of from in at on for with by to into about between
		among against under over within across near like including via
		than per toward towards throughout upon despite`)
	relRel = relWords(`who which that whose`)
	// relPeople are heads that stand for a country when a demonym
	// modifies them ("our Azerbaijani friends", "the Russian government").
	relPeople = relWords(`friends partners colleagues government governments
		authorities side delegation people nation state administration
		leadership team squad republic counterparts neighbours neighbors
		regime cabinet parliament`)
	// relGovNouns are the institutions through which a state acts.
	relGovNouns = relWords(`government parliament authorities cabinet
		administration leadership regime`)
	relEventNouns = relWords(`session summit meeting forum games conference
		championship championships tournament olympics cup congress
		convention festival talks ceremony event gathering assembly
		council`)
	// relTemporal end a noun phrase: "the CIS next year".
	relTemporal = relWords(`next last this yesterday today tomorrow
		tonight early earlier later monday tuesday wednesday thursday friday
		saturday sunday january february march april may june july august
		september october november december year years week weeks month
		months day days ago`)
	relAppHeads = relWords(`bank company firm group body club side union
		organisation organization party agency airline exchange carmaker
		maker bloc alliance team city capital town country state summit
		festival competition tournament federation association council
		committee commission network broadcaster regulator watchdog`)
	// relModHeads are nouns that a name before them modifies.
	relModHeads = relWords(`winner winners star boss chief player striker side
		team firm group bank company champion holder maker carmaker giant
		leader minister official officials spokesman spokeswoman president
		director executive manager coach captain chairman fan fans`)
	relPlaceNouns = relWords(`city town capital resort village port region
		province state island county district enclave suburb area
		municipality metropolis seaside spa`)
)

// chainLeft walks left from token t-1 over the words that sit between a
// subject and its verb (auxiliaries, modals, adverbs, negation, verbs of
// intention) and returns the index of the last token before them, with
// what they said. nominal allows determiners, possessive pronouns,
// adjectives and light verbs, as in "announced its withdrawal".
func (s *relSent) chainLeft(t int, nominal bool) (int, relMod) {
	var m relMod
	j := t - 1
	sawVerb := false
	for j >= 0 {
		w, tg := s.low[j], s.tag(j)
		switch {
		case s.ment[j] >= 0:
			return j, m
		case relNeg[w]:
			m.neg = true
		case w == "to":
			m.inf = true
		case w == "will" || w == "'ll" || w == "shall":
			m.future = true
		case w == "would" && !m.cond:
			m.cond, m.would = true, true
		case relCond[w] && !monthMayAt(s.toks, j):
			m.cond, m.would = true, false
		case relFuture[w] && (m.inf || w == "about"):
			m.future = true
		case nominal && relLight[w] && !sawVerb:
			m.light = true
			m.lightV = w
			sawVerb = true
			if relClausePrep[w] {
				// "during a trip": what precedes belongs to another clause.
				return j - 1, m
			}
		case relIntend[w]:
			m.intend = true
		case relBe[w]:
			if w == "'s" && tg == "POS" {
				return j, m
			}
			if j+1 < len(s.toks) && j+1 <= t {
				switch nt := s.tag(t); {
				case nt == "VBN" && !nominal:
					m.passive = true
				case nt == "VBG" && !nominal:
					m.prog = true
				}
			}
			if m.inf && !m.intend {
				// "is to host", "are to meet": a plan or schedule.
				m.future = true
			}
			if m.inf && (w == "was" || w == "were") {
				m.past = true
			}
		case relHave[w]:
			if nominal && !sawVerb {
				m.light = true
				m.lightV = w
			}
		case relAdverb[w] || tg == "RB" || tg == "RBR":
		case nominal && (tg == "DT" || tg == "PRP$" || tg == "JJ" || tg == "CD" || tg == "NN" && !sawVerb ||
			w == "-" || w == "its" || w == "their" || w == "a" || w == "the"):
		case nominal && s.quoteMark(j):
		case strings.HasPrefix(tg, "VB") && m.inf:
			// "voted to leave", "agreed to join": a decision, not the act.
			m.intend = true
		default:
			return j, m
		}
		j--
	}
	return j, m
}

func (s *relSent) quoteMark(j int) bool {
	switch s.toks[j].Text {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// subjectsAt finds the subject entities of a clause whose material ends at
// token j (as returned by chainLeft), skipping relative pronouns and
// parenthetical appositions. It returns the entities, most recent last,
// and the first token of the subject phrase.
func (s *relSent) subjectsAt(j int) ([]int, int) {
	if j < 0 {
		return nil, -1
	}
	// "China opened its banks when it joined the WTO": an unresolved "it"
	// in a subordinate clause is the main clause's country or body.
	if s.ment[j] < 0 && (s.word(j, "it") || s.word(j, "they")) && s.is(j-1, relItSubord) {
		for _, e := range s.clauseSubject(j - 1) {
			if t := s.r.typeOf(e); t == Country || t == Organization {
				return []int{e}, j
			}
		}
		return nil, -1
	}
	// "X, who heads Y" / "X, which joined Y": the antecedent.
	if s.is(j, relRel) && s.ment[j] < 0 {
		j--
		if s.word(j, ",") || s.word(j, "-") || s.word(j, "–") || s.word(j, "—") {
			j-- // "Dr Greenspan - who became chairman of the Fed"
		}
		// "the Group of Eight (G8), which": the acronym in brackets.
		if s.word(j, ")") {
			if m := s.mentionAt(j - 1); m != nil && s.word(m.first-1, "(") {
				return []int{m.entity}, m.first
			}
		}
		return s.npLeftLoose(j)
	}
	if s.word(j, ",") {
		// "Euronext, which combines the Paris, Amsterdam and Lisbon
		// exchanges, began talks": a relative clause with commas inside.
		for k := j - 1; k >= 1 && k > j-30; k-- {
			if s.word(k, ";") || s.word(k, ":") {
				break
			}
			if s.is(k, relRel) && s.ment[k] < 0 && s.word(k-1, ",") {
				return s.npLeftLoose(k - 2)
			}
		}
		// "X, the head of Y, met Z": find the opening comma.
		k := j - 1
		for k >= 0 && !s.word(k, ",") && !s.word(k, ";") && k > j-15 {
			k--
		}
		if k >= 0 && s.word(k, ",") {
			inner, _ := s.npLeft(j - 1)
			if len(inner) > 0 && !s.is(k+1, relRel) {
				first := s.npStart(j - 1)
				if first == k+1 || first == k+2 && s.tag(k+1) == "DT" {
					// The whole segment is one named phrase: an appositive name.
					return inner, first
				}
			}
			return s.npLeft(k - 1)
		}
		// "Mr Straw, on a visit to Tehran": the phrase before the comma.
		return s.npLeft(j - 1)
	}
	return s.npLeft(j)
}

// npStart returns the first token of the noun phrase ending at j.
func (s *relSent) npStart(j int) int {
	i := j
	for i >= 0 {
		if m := s.mentionAt(i); m != nil {
			i = m.first - 1
			continue
		}
		if s.npWord(i) {
			i--
			continue
		}
		break
	}
	return i + 1
}

// npWord reports whether token i can be inside a noun phrase.
func (s *relSent) npWord(i int) bool {
	tg := s.tag(i)
	w := s.low[i]
	if relPrep[w] || relRel[w] || w == "," || w == "and" || w == "or" || relBe[w] && w != "'s" {
		return false
	}
	switch {
	case strings.HasPrefix(tg, "NN"), tg == "JJ", tg == "JJS", tg == "JJR", tg == "CD",
		tg == "POS", tg == "PRP$", tg == "DT", w == "'s", w == "&":
		return true
	}
	return false
}

// npLeft resolves the noun phrase that ends at token j to its head
// entities. Coordinated heads ("Japan and South Korea") are all returned.
func (s *relSent) npLeft(j int) ([]int, int) {
	e, first := s.headLeft(j)
	if e < 0 {
		return nil, -1
	}
	out := []int{e}
	// Coordination: "X, Y and Z", "Crown Prince Frederik and Crown
	// Princess Mary" (titles between the conjunction and the name).
	// "Poland, Hungary and the Czech Republic": an article after the
	// conjunction.
	skipThe := func(k int) int {
		if s.word(k, "the") && (s.word(k-1, "and") || s.word(k-1, ",") || s.word(k-1, "&")) {
			return k - 1
		}
		return k
	}
	k := skipThe(s.skipTitles(first - 1))
	for k >= 1 && (s.word(k, "and") || s.word(k, ",") || s.word(k, "&")) {
		k2 := k - 1
		if s.word(k, "and") && s.word(k2, ",") {
			k2--
		}
		m := s.mentionAt(k2)
		if m == nil || s.r.typeOf(m.entity) != s.r.typeOf(e) && !(relIsAgent(s.r.typeOf(m.entity)) && relIsAgent(s.r.typeOf(e))) {
			break
		}
		out = append([]int{m.entity}, out...)
		first = m.first
		k = m.first - 1
		if s.word(k, "the") {
			k--
		}
		if s.is(k, relPrep) {
			return nil, -1
		}
		k = skipThe(s.skipTitles(m.first - 1))
	}
	return out, first
}

// skipTitles steps left over up to three title words before a name
// ("Crown Princess", "Prime Minister"), returning the token before them.
func (s *relSent) skipTitles(k int) int {
	for n := 0; n < 3 && k >= 0; n++ {
		title := s.is(k, relTitle) || s.ment[k] < 0 && s.tag(k) == "NNP"
		if m := s.mentionAt(k); m != nil && m.first == m.last && s.r.typeOf(m.entity) == Organization &&
			k+1 < len(s.low) && s.ment[k+1] < 0 && s.tag(k+1) == "NNP" {
			title = true // "Crown" taken for a body in "Crown Princess"
		}
		if m := s.mentionAt(k); !title && m != nil && m.kind == MentionDemonym && n > 0 {
			// "South African President Thabo Mbeki": a demonym before a title.
			k = m.first - 1
			break
		}
		if !title {
			break
		}
		k--
	}
	return k
}

// npLeftLoose is npLeft for the antecedent of a relative clause or a
// reduced relative ("the talks in the G7 meeting, which are held in
// London"): the phrase may sit inside a prepositional phrase, though not
// after "of" ("the head of Arsenal, who ...").
func (s *relSent) npLeftLoose(j int) ([]int, int) {
	s.loose = true
	defer func() { s.loose = false }()
	return s.npLeft(j)
}

// headLeft resolves the head of the noun phrase ending at j.
func (s *relSent) headLeft(j int) (int, int) {
	if j < 0 {
		return -1, -1
	}
	if s.word(j, "'s") || s.word(j, "'") {
		return -1, -1
	}
	if m := s.mentionAt(j); m != nil {
		if m.kind == MentionDemonym || !s.pronounFits(m) {
			return -1, -1
		}
		// An entity that is the object of a preposition ("officials from
		// Ukraine") or of a verb is not the subject.
		p := m.first - 1
		for p >= 0 && (s.tag(p) == "DT" || s.tag(p) == "JJ") && s.ment[p] < 0 {
			p--
		}
		if s.word(p, "of") && s.is(p-1, relPlaceNouns) {
			return m.entity, m.first
		}
		// VBP is left out: the tagger gives it to nouns after a name
		// ("Namibian athlete Frankie Fredericks").
		if s.loose && !s.word(p, "of") {
			return m.entity, m.first
		}
		// A reporting verb's clause has its own subject: "said the UK had
		// joined the EU".
		if s.is(p, relPrep) || strings.HasPrefix(s.tag(p), "VB") && s.tag(p) != "VBP" && !s.is(p, relBe) && s.ment[p] < 0 && p >= 0 && !s.quoteMark(p) &&
			!(s.is(p, relReport) && !s.word(p, "told")) {
			return -1, -1
		}
		return m.entity, m.first
	}
	// A people noun with a demonym: "our Azerbaijani friends".
	if s.is(j, relPeople) {
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if m := s.mentionAt(k); m != nil {
				if m.kind == MentionDemonym && s.r.typeOf(m.entity) == Country {
					return m.entity, m.first
				}
				// "Ukraine's parliament voted to leave the CIS": a state's
				// own institutions act for it.
				if m.kind == MentionName && s.r.typeOf(m.entity) == Country && s.word(m.last+1, "'s") && s.is(j, relGovNouns) {
					return m.entity, m.first
				}
				break
			}
			if !s.npWord(k) {
				break
			}
		}
	}
	return -1, -1
}

// objectsAt resolves the noun phrase starting at token p (after a trigger
// and its preposition) to its head entities, with the coordinated ones
// ("visited France and Germany"). end is the token after the phrase.
func (s *relSent) objectsAt(p int) (ents []int, end int) {
	e, end := s.headRight(p)
	if e < 0 {
		return nil, end
	}
	ents = []int{e}
	firstEnd, conj := end, false
	defer func() {
		// Names joined by commas alone are appositions ("the WTO, Carlo
		// Trojan,"), not a list: a list ends with "and" or "&".
		if !conj && len(ents) > 1 {
			ents, end = ents[:1], firstEnd
		}
	}()
	for end < len(s.toks) {
		k := end
		if s.word(k, ",") && s.word(k+1, "and") {
			k++
		}
		if !(s.word(k, "and") || s.word(k, ",") || s.word(k, "&")) {
			break
		}
		if !s.word(k, ",") {
			conj = true
		}
		e2, end2 := s.headRight(k + 1)
		if e2 < 0 {
			break
		}
		if s.word(k, ",") && !(s.word(end2, ",") || s.word(end2, "and") || s.word(end2, "or") || s.word(end2, "&")) {
			// "MCI, Reuters quoted sources": not a list member.
			break
		}
		t1, t2 := s.r.typeOf(e), s.r.typeOf(e2)
		if t1 != t2 && !(relIsAgent(t1) && relIsAgent(t2)) {
			break
		}
		ents = append(ents, e2)
		end = end2
	}
	return ents, end
}

// headRight finds the head entity of the noun phrase starting at p.
func (s *relSent) headRight(p int) (int, int) {
	i := p
	n := len(s.toks)
	definite := false
	for i < n && s.ment[i] < 0 && (s.tag(i) == "DT" || s.tag(i) == "PRP$" || s.is(i, relAdverb) || s.quoteMark(i)) {
		if s.word(i, "the") || s.word(i, "this") || s.word(i, "that") {
			definite = true
		}
		i++
	}
	start := i
	last := -1 // last token of the phrase
	for i < n {
		if m := s.mentionAt(i); m != nil {
			if m.kind == MentionPronoun && last >= 0 {
				break // "signing for Charlton he made": a new clause
			}
			last = m.last
			i = m.last + 1
			continue
		}
		// "the city of Porto Alegre"
		if s.word(i, "of") && last >= 0 && s.is(last, relPlaceNouns) && s.mentionAt(i+1) != nil {
			i++
			continue
		}
		// "Secretary of State Colin Powell": a title with "of" inside.
		if s.word(i, "of") && last >= 0 && s.ment[last] < 0 && s.tag(last) == "NNP" && s.is(last, relTitle) &&
			(s.ment[i+1] < 0 && s.tag(i+1) == "NNP" && s.mentionAt(i+2) != nil || s.typeAt(i+1) == Person) {
			i++
			continue
		}
		if last >= 0 && (s.is(i, relTemporal) || s.tag(i) == "CD" && strings.HasPrefix(s.tag(last), "NN")) {
			break
		}
		if s.npWord(i) && s.tag(i) != "DT" || s.tag(i) == "DT" && i == start {
			last = i
			i++
			continue
		}
		break
	}
	if last < 0 {
		return -1, i
	}
	end := last + 1
	if s.word(last, "'s") || s.word(last, "'") {
		return -1, end
	}
	if m := s.mentionAt(last); m != nil {
		if m.kind == MentionDemonym {
			return -1, end
		}
		return m.entity, end
	}
	if s.is(last, relPeople) {
		for k := last - 1; k >= start; k-- {
			if m := s.mentionAt(k); m != nil {
				if m.kind == MentionDemonym && s.r.typeOf(m.entity) == Country {
					return m.entity, end
				}
				break
			}
		}
	}
	// "Germany's central bank, the Bundesbank": a name in apposition to a
	// noun that names a kind of body or place.
	if s.word(end, ",") && s.is(last, relAppHeads) {
		k := end + 1
		if s.word(k, "the") {
			k++
		}
		if m := s.mentionAt(k); m != nil && m.first == k && m.kind == MentionName {
			n := m.last + 1
			if n >= len(s.low) || s.clauseEdge(n) || s.toks[n].Tag == "." || s.is(n, relPrep) {
				return m.entity, n
			}
		}
	}
	// "the session of the council": a definite description of the one
	// event of the document named with that word.
	if s.is(last, relEventNouns) && definite {
		if e := s.r.eventNamed(s.low[last]); e >= 0 {
			return e, end
		}
	}
	return -1, end
}

// eventNamed returns the only Event entity whose name or alias contains
// word ("session" in "36th session of the council"), or -1.
func (r *relState) eventNamed(word string) int {
	found := -1
	for i, e := range r.a.doc.Entities {
		if !r.isEvent(i) {
			continue
		}
		hit := relNameHas(e.Name, word)
		for _, al := range e.Aliases {
			hit = hit || relNameHas(al, word)
		}
		if hit {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// relNameHas reports whether name has word as a word, allowing a glued
// ordinal in front ("36thsession").
func relNameHas(name, word string) bool {
	for _, w := range relFieldsLower(name) {
		if w == word || strings.HasSuffix(w, word) && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}

// condBefore reports a conditional ("if", "unless", "whether") earlier in
// the same clause as token t.
func (s *relSent) condBefore(t int) bool {
	for j := t - 1; j >= 0; j-- {
		switch s.low[j] {
		case ",", ";", ":":
			return false
		case "if", "unless", "whether":
			return true
		}
	}
	return false
}

// negBefore reports negation in the few words before token t, within the
// clause: "has not announced withdrawal", "no plans to".
func (s *relSent) negBefore(t, window int) bool {
	for j := t - 1; j >= 0 && j >= t-window; j-- {
		if s.word(j, ",") || s.word(j, ";") || s.ment[j] >= 0 {
			return false
		}
		if s.is(j, relNeg) {
			return true
		}
	}
	return false
}

// relItSubord open a subordinate clause whose "it" is the main subject.
var relItSubord = relWords(`when after since before because until once while as`)

// relSubord are the subordinators that leave a participle without its own
// subject: "before joining Everton", "after signing for Charlton".
var relSubord = relWords(`before after since while when upon on by whilst`)

// subjectsOf finds the subjects of the trigger at t whose verb chain ends
// at j. A participle clause borrows the main clause's subject: "Joining the
// company in 1976, Mr Bell rose fast" and "He played for Everton before
// joining Norwich".
func (s *relSent) subjectsOf(t, j int) []int {
	if subj, _ := s.subjectsAt(j); len(subj) > 0 {
		return subj
	}
	if s.word(j, "and") && strings.HasPrefix(s.tag(t), "VB") {
		// "Mr Putin toured France and visited Paris": the subject of the
		// verb before the conjunction.
		for k := j - 1; k >= 0 && k >= j-12; k-- {
			if s.clauseEdge(k) && !s.word(k, ",") {
				break
			}
			if tg := s.tag(k); s.ment[k] < 0 && (tg == "VBD" || tg == "VBZ" || tg == "VBP") {
				j2, m2 := s.chainLeft(k, false)
				if m2.neg || m2.cond {
					return nil
				}
				subj, _ := s.subjectsAt(j2)
				return subj
			}
		}
		return nil
	}
	if s.tag(t) != "VBG" && !strings.HasSuffix(s.low[t], "ing") {
		return nil
	}
	k := j
	for k >= 0 && (s.is(k, relSubord) || s.quoteMark(k)) {
		k--
	}
	if k < 0 {
		// Sentence-initial participle clause: the subject follows its comma,
		// or is the person right before the main verb ("After signing for
		// Charlton he made 164 appearances").
		for c := t + 1; c < len(s.low); c++ {
			if s.word(c, ";") || s.word(c, ":") {
				break
			}
			if m := s.mentionAt(c); m != nil && m.first == c && s.r.typeOf(m.entity) == Person && s.pronounFits(m) {
				if nt := s.tag(m.last + 1); nt == "VBD" || nt == "VBZ" || nt == "VBP" || nt == "MD" {
					return []int{m.entity}
				}
			}
			if s.word(c, ",") {
				if e, _ := s.headRight(c + 1); e >= 0 {
					return []int{e}
				}
				break
			}
		}
		return nil
	}
	if !s.is(j, relSubord) {
		return nil
	}
	return s.clauseSubject(j)
}

// clauseSubject returns the first subject-like agent mention before token
// j: the subject of the main clause that a participle or a prepositional
// phrase ("during a trip to Moscow") hangs from.
func (s *relSent) clauseSubject(j int) []int {
	for k := 0; k < j; k++ {
		m := s.mentionAt(k)
		if m == nil || m.first != k || m.last >= j {
			continue
		}
		n := m.last + 1
		if nt := s.tag(n); nt == "NNP" || nt == "NNPS" || strings.HasPrefix(nt, "JJ") || nt == "POS" ||
			s.word(n, "'s") || s.is(n, relModHeads) {
			continue // a modifier: "South Africa's biggest bank", "the Oscar winner"
		}
		if e, _ := s.headLeft(m.last); e == m.entity && relIsAgent(s.r.typeOf(e)) {
			return []int{e}
		}
	}
	return nil
}

// clauseFuture reports a future marker in the clause around tokens
// [first, last]: "will compete at the Grand Prix in Birmingham".
func (s *relSent) clauseFuture(first, last int) bool {
	lo, hi := first, last
	for lo > 0 && !s.clauseEdge(lo-1) {
		lo--
	}
	for hi < len(s.low)-1 && !s.clauseEdge(hi+1) && !s.complementizer(hi+1) {
		hi++
	}
	for j := lo; j <= hi; j++ {
		switch s.low[j] {
		case "will", "'ll", "shall", "next", "upcoming", "forthcoming":
			return true
		case "to":
			if j > 0 && (s.is(j-1, relBe) || s.word(j-1, "due") || s.word(j-1, "set") || lexicon.IntentWords[s.low[j-1]] ||
				(s.word(j-1, "plans") || s.word(j-1, "plan") || s.word(j-1, "aim")) && strings.HasPrefix(s.tag(j-1), "VB")) {
				return true // "is expected to present at", "is determined to add"
			}
		case "about":
			if j > 0 && s.word(j-1, "undecided") {
				return true // "still undecided about competing in"
			}
		}
	}
	return false
}

// complementizer reports a "that" opening a complement clause ("told the
// conference in Bournemouth that the party was ready to share power"):
// the time of that clause is the reported matter's, not the time of the
// words before it, so a future in it does not make them future. A
// relative "that" ("the summit in Paris that will open") is tagged WDT
// and belongs to its noun's clause.
func (s *relSent) complementizer(j int) bool {
	return s.word(j, "that") && s.tag(j) == "IN"
}

func (s *relSent) clauseEdge(j int) bool {
	switch s.low[j] {
	case ",", ";", ":", "-", "--", "–", "—", "(", ")":
		return true
	}
	return false
}

// condAfter reports a conditional right after the trigger's clause
// material: "will leave Anfield if the Reds fail".
func (s *relSent) condAfter(t int) bool {
	for j := t + 1; j < len(s.low) && j <= t+12; j++ {
		if s.clauseEdge(j) {
			return false
		}
		if s.word(j, "if") || s.word(j, "unless") {
			return true
		}
	}
	return false
}

// pronounFits rejects a personal pronoun resolved to a non-person (and
// "it" resolved to a person): such a subject is a coreference slip.
func (s *relSent) pronounFits(m *relMention) bool {
	if m.kind != MentionPronoun {
		return true
	}
	t := s.r.typeOf(m.entity)
	switch s.low[m.first] {
	case "he", "she", "him", "his", "her", "hers":
		return t == Person
	case "it", "its":
		return t != Person
	}
	return true
}

// relReport are verbs that put a following "would" in reported speech.
var relReport = relWords(`said says announced announces confirmed confirms
	declared declares insisted insists told warned warns stated`)

// reportedFuture handles "Ukraine said it would leave the CIS": a
// "would" after a reporting verb is a reported plan, not a condition. It
// returns the subject of the reporting verb when the clause subject at j
// is "it", "they" or the same entity.
func (s *relSent) reportedFuture(j int, mod relMod) ([]int, bool) {
	if !mod.would || mod.neg {
		return nil, false
	}
	k := j
	if s.ment[k] < 0 && (s.word(k, "it") || s.word(k, "they")) || s.ment[k] >= 0 && s.mentionAt(k).kind == MentionPronoun {
		k--
	} else {
		return nil, false
	}
	if s.word(k, "that") {
		k--
	}
	if !s.is(k, relReport) {
		return nil, false
	}
	j2, m2 := s.chainLeft(k, false)
	if m2.neg || m2.cond {
		return nil, false
	}
	subj, _ := s.subjectsAt(j2)
	return subj, len(subj) > 0
}
