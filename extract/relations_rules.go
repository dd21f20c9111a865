package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// The rule families. Each trigger is matched on lower-cased tokens; the
// argument slots come from relations_slots.go.

var (
	relWithdraw = relWords(`withdraw withdraws withdrew withdrawn withdrawing`)
	relPull     = relWords(`pull pulls pulled pulling`)
	relWalk     = relWords(`walk walks walked walking`)
	relQuit     = relWords(`quit quits quitting`)
	relLeave    = relWords(`leave leaves left leaving`)
	relExit     = relWords(`exit exits exited exiting`)
	relSecede   = relWords(`secede secedes seceded seceding`)
	relLeaveN   = relWords(`withdrawal exit departure pullout pull-out secession`)
	relJoin     = relWords(`join joins joined joining rejoin rejoins rejoined rejoining`)
	relSign     = relWords(`sign signs signed signing`)
	relBecome   = relWords(`become becomes became becoming`)
	relHost     = relWords(`host hosts hosted hosting co-host co-hosts co-hosted co-hosting`)
	relHeld     = relWords(`held staged hosted co-hosted`)
	relPlace    = relWords(`place`)
	relTake     = relWords(`take takes took taking taken`)
	relMeet     = relWords(`meet meets met meeting`)
	relTalksN   = relWords(`talks meeting meetings discussions negotiations summit`)
	relVisit    = relWords(`visit visits visited visiting`)
	relVisitN   = relWords(`visit trip tour`)
	relArrive   = relWords(`arrive arrives arrived arriving`)
	relTour     = relWords(`toured touring tours`)
	relOpen     = relWords(`open opens opened opening begin begins began beginning
		start starts started starting convene convenes convened convening
		gather gathers gathered gathering`)
	relLand     = relWords(`landed lands landing`)
	relTravel   = relWords(`travelled traveled travels travel travelling traveling flew flies fly went goes`)
	relPartic   = relWords(`participate participates participated participating compete competes competed competing`)
	relAttend   = relWords(`attend attends attended attending`)
	relWin      = relWords(`win wins won winning`)
	relPlay     = relWords(`play plays played playing`)
	relSpeak    = relWords(`speak speaks spoke speaking address addresses addressed addressing`)
	relLead     = relWords(`leads heads runs chairs`)
	relLedBy    = relWords(`led headed run chaired`)
	relElect    = relWords(`elected re-elected appointed named became becomes installed chosen`)
	relTitle    = lexicon.RoleClass("rel-title")
	relComprise = relWords(`comprises comprise comprising comprised`)
	relMemberN  = relWords(`member members`)
	relStates   = relWords(`states state countries country nations nation`)
	relSuit     = relWords(`follow follows followed following`)
	relCapital  = relWords(`capital`)
	relDirs     = relWords(`the far north south east west northern southern
		eastern western central north-east north-west south-east south-west
		north-eastern north-western south-eastern south-western
		northeast northwest southeast southwest part region of`)
	relTeams = relWords(`teams rivals sides nations champions contenders
		opponents participants`)
	relNotDone = relWords(`planned proposed possible potential future eventual
		upcoming forthcoming expected scheduled prospective intended
		hoped-for likely`)
	relMembershipNot = relWords(`talks negotiations bid application criteria process`)
	relWarLike       = relWords(`war wars crisis conflict revolution attack attacks
		disaster tsunami uprising invasion genocide holocaust`)
)

// relTrigger holds every word that starts a trigger in runRules, so that
// sentences without one are not tagged.
var relTrigger = func() map[string]bool {
	m := relWords(`membership presidency chairmanship made host appearance is are was were been am
		moved switched told tells ratified ratifies expelled arrival leg`)
	for _, set := range []map[string]bool{relWithdraw, relPull, relWalk, relQuit,
		relLeave, relExit, relSecede, relLeaveN, relSuit, relJoin, relSign,
		relBecome, relMemberN, relComprise, relHost, relHeld, relTake, relMeet,
		relTalksN, relVisit, relVisitN, relArrive, relTravel, relPartic,
		relAttend, relWin, relPlay, relSpeak, relLead, relLedBy, relElect, relHire,
		relEnvoy, relTour, relLand, relOpen, relAccession, relResign, relStep, relBeat, relInclude, relSacked, relWelcome, relStage, relFinish, relConverge} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// relNext limits triggers that only count before certain words, so that
// "made", "took" or "talks" alone do not make a sentence worth tagging.
var relNext = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	put := func(set map[string]bool, next string) {
		n := relWords(next)
		for w := range set {
			m[w] = n
		}
	}
	put(relWithdraw, "from")
	put(relPull, "out")
	put(relWalk, "out")
	put(relSecede, "from")
	put(relLeaveN, "from")
	put(relSuit, "suit")
	put(relBecome, "a an the")
	put(relWords("expelled"), "from")
	put(relTake, "part place")
	put(relHeld, "in at by")
	put(relTalksN, "with between in")
	put(relArrive, "in at")
	put(relTravel, "to into")
	put(relLand, "in at")
	put(relWords("arrival"), "of")
	put(relWords("leg"), "of")
	put(relOpen, "in at")
	put(relAccession, "to into")
	put(relPlay, "in at")
	put(relSpeak, "at")
	put(relLedBy, "by")
	put(relStep, "down")
	put(relWords("made"), "up")
	put(relWords("moved switched"), "to")
	put(relTold, "delegates audience audiences reporters journalists participants conference")
	put(relEnvoy, "to")
	put(relWords("is are was were been am"), "in")
	put(relWords("appearance"), "in at")
	put(relConverge, "on in")
	put(relWords("host"), "to the a an this next")
	return m
}()

// relTriggerAt reports whether token i can start a trigger.
func (s *relSent) relTriggerAt(i int) bool {
	w := s.low[i]
	if relEventNouns[w] && i+1 < len(s.low) && s.low[i+1] == "in" {
		return true // "a summit in Hong Kong"
	}
	if relBe[w] && i+2 < len(s.low) && relAdverb[s.low[i+1]] && s.low[i+2] == "in" {
		return true // "is currently in Africa"
	}
	if (w == "admitted" || w == "readmitted") && i+1 < len(s.low) && (s.low[i+1] == "to" || s.low[i+1] == "into") {
		return true
	}
	if relUnderway[w] && s.r.ongoingEvent() >= 0 {
		return true
	}
	if !relTrigger[w] {
		return false
	}
	if next, ok := relNext[w]; ok {
		if relTalksN[w] && i > 0 && relTalkVerb[s.low[i-1]] {
			return true // "X and Y held talks"
		}
		if relLedBy[w] && i > 0 && relHave[s.low[i-1]] {
			return true // "X has led Labour"
		}
		if relHost[w] || relMeet[w] || relVisit[w] || relMemberN[w] || relElect[w] || relStage[w] {
			return true // also a trigger on its own
		}
		return i+1 < len(s.low) && next[s.low[i+1]]
	}
	return true
}

// placeMentionAt reports a mention of a country, city or other place
// starting at token k.
func (s *relSent) placeMentionAt(k int) bool {
	m := s.mentionAt(k)
	if m == nil || m.first != k {
		return false
	}
	t := s.r.typeOf(m.entity)
	return t == Country || t == City || t == Place
}

// talksEventHead reports a talks noun that opens a described event's
// mention ("held talks in Paris" makes the event "talks in Paris"): the
// noun is no word of a name, and the talks rules still read who held
// them ("Claire Dumont and Jens Vogel held talks in Paris").
func (s *relSent) talksEventHead(i int) bool {
	if !relTalksN[s.low[i]] || s.toks[i].Text != s.low[i] {
		return false
	}
	m := &s.ms[s.ment[i]]
	return m.first == i && m.entity >= 0 && s.r.typeOf(m.entity) == Event
}

// relAction remembers the last leave/join fact, for "follow suit".
type relAction struct {
	pred string
	obj  int
	sent int
}

func (r *relState) runRules(s *relSent) {
	for i := range s.toks {
		s.trig = i
		w := s.low[i]
		if !s.relTriggerAt(i) || s.ment[i] >= 0 && !s.talksEventHead(i) || s.hearsayClause(i) {
			// Not a trigger, a word of a name ("the Qatar Open in Doha"),
			// or a trigger in a clause only passed on ("reports that X
			// held talks with Y": only the report is told).
			if m := s.mentionAt(i); m != nil && m.last == i {
				s.mentionRules(m)
			}
			continue
		}
		if relUnderway[w] {
			s.underway(i)
		}
		switch {
		case relWithdraw[w] && s.word(i+1, "from"):
			s.leaveVerb(i, i+2, "left/withdraw-from")
		case (relPull[w] || relWalk[w]) && s.word(i+1, "out") && s.word(i+2, "of"):
			s.leaveVerb(i, i+3, "left/pull-out-of")
		case (relQuit[w] || relResign[w]) && (s.word(i+1, "as") || s.word(i+1, "from")):
			s.resignVerb(i, i+1)
		case relStep[w] && s.word(i+1, "down") && (s.word(i+2, "as") || s.word(i+2, "from")):
			s.resignVerb(i, i+2)
		case (relResign[w] || relQuit[w]) && s.postEnds(i+1):
			s.leavePost(i, "resigned-post")
		case relStep[w] && s.word(i+1, "down") && s.postEnds(i+2):
			s.leavePost(i, "stepped-down-post")
		case relLeave[w] && s.is(i+1, relPossDet) && s.is(i+2, relPost):
			s.leavePost(i, "left-post")
		case relQuit[w]:
			s.leavePost(i, "quit-post")
			s.leaveVerb(i, i+1, "left/quit")
		case relLeave[w] && !s.word(i-1, "the") && !s.word(i-1, "on"):
			s.leaveVerb(i, i+1, "left/leave")
		case relExit[w] && s.tag(i) != "NN":
			p := i + 1
			if s.word(p, "from") {
				p++
			}
			s.leaveVerb(i, p, "left/exit")
		case relSecede[w] && s.word(i+1, "from"):
			s.leaveVerb(i, i+2, "left/secede-from")
		case relLeaveN[w] && s.word(i+1, "from"):
			s.leaveNominal(i)
		case relSuit[w] && s.word(i+1, "suit"):
			s.followSuit(i)
		case relJoin[w]:
			s.joinVerb(i, i+1, "joined/join")
		case relSign[w] && s.word(i+1, "for"):
			s.joinVerb(i, i+2, "joined/signed-for")
		case relSign[w] && s.tag(i) != "NN" || relHire[w]:
			s.signPerson(i)
			if relElect[w] {
				s.elected(i) // "was appointed chief executive of Y"
			}
		case relBecome[w] && s.becameMember(i) > 0:
			// "became a member of Y", "became the 149th member of Y"
			s.joinVerb(i, s.becameMember(i), "joined/became-member-of")
		case (w == "ratified" || w == "ratifies") && s.tag(i) != "NN":
			s.ratified(i)
		case w == "expelled" && s.word(i+1, "from"):
			s.expelled(i)
		case relMemberN[w] && s.word(i+1, "of"):
			s.memberOf(i)
		case relMemberN[w] && s.is(i+1, relStates):
			s.memberStates(i, i+1)
		case relMemberN[w]:
			s.orgMembers(i)
			s.ofWhichMember(i)
		case w == "membership":
			s.membership(i)
		case w == "presidency" || w == "chairmanship":
			s.presidency(i)
		case relAccession[w] && (s.word(i+1, "to") || s.word(i+1, "into")):
			s.accession(i)
		case relEnvoy[w] && s.word(i+1, "to"):
			s.envoyTo(i)
		case relInclude[w] && s.tag(i) != "NN" && s.tag(i) != "NNS":
			s.orgIncludes(i)
		case relComprise[w] || w == "made" && s.word(i+1, "up") && s.word(i+2, "of"):
			s.comprises(i)
		case relHeld[w] && (s.word(i+1, "in") || s.word(i+1, "at")):
			s.heldIn(i, i+1, "held-in")
		case relStage[w] && s.tag(i) != "NN" && !s.word(i+1, "a") && !s.word(i+1, "an"):
			s.hostVerb(i) // "London will stage the 2012 Olympics"
		case relHost[w]:
			s.hostVerb(i) // also "played host to"
		case relOpen[w] && (s.word(i+1, "in") || s.word(i+1, "at")):
			s.heldIn(i, i+1, "opened-in")
		case relTake[w] && s.word(i+1, "place") && (s.word(i+2, "in") || s.word(i+2, "at")):
			s.heldIn(i, i+2, "takes-place-in")
		case relMeet[w] && s.tag(i) != "NN" && s.tag(i) != "NNS":
			s.meetVerb(i)
		case relTalksN[w] && s.word(i+1, "in") && s.mentionAt(i+2) != nil && s.word(s.mentionAt(i+2).last+1, "between"):
			s.talksBetween(i) // "the talks in Brussels between X and Y"
		case relEventNouns[w] && s.word(i+1, "in") && (s.word(i-1, "a") || s.word(i-1, "the")):
			s.summitIn(i)
		case relEventNouns[w] && s.word(i+1, "in") && (s.word(i-1, "their") || s.word(i-1, "its")):
			s.possMeetingIn(i)
			if s.word(i-1, "their") {
				s.delegatesOwnEvent(i - 1) // relations_events_delegates.go: the body whose ministers met there took part
			}
		case relTalksN[w] && s.word(i+1, "with"):
			s.talksWith(i)
		case relTalksN[w] && s.word(i+1, "between"):
			s.talksBetween(i)
		case relTalksN[w] && relTalkVerb[s.low[max(i-1, 0)]]:
			s.talksTogether(i)
		case relBe[w] && w != "'s" && w != "be" && w != "being" && s.word(i+1, "in") && s.mentionAt(i+2) != nil:
			s.beIn(i, i+1)
		case relBe[w] && w != "'s" && w != "be" && w != "being" && s.is(i+1, relAdverb) && s.word(i+2, "in") && s.mentionAt(i+3) != nil:
			s.beIn(i, i+2)
		case (w == "admitted" || w == "readmitted") && (s.word(i+1, "to") || s.word(i+1, "into")):
			s.admitted(i)
		case relVisit[w] && s.word(i+1, "to") && s.tag(i) != "VB":
			s.visitNominal(i, "visited/visit-to")
		case relVisitN[w] && s.word(i+1, "to"):
			s.visitNominal(i, "visited/trip-to")
		case w == "appearance" && (s.word(i+1, "in") || s.word(i+1, "at")):
			s.visitNominal(i, "visited/appearance-in")
		case relVisit[w]:
			s.doneVerb(i, i+1, Visited, "visited/visit", 0.85)
		case relArrive[w] && (s.word(i+1, "in") || s.word(i+1, "at")) && !s.groundArrival(i):
			s.doneVerb(i, i+2, Visited, "visited/arrived-in", 0.85)
		case relTravel[w] && (s.word(i+1, "to") || s.word(i+1, "into")):
			s.doneVerb(i, i+2, Visited, "visited/travelled-to", 0.8)
		case relTour[w] && s.tag(i) != "NN":
			s.doneVerb(i, i+1, Visited, "visited/toured", 0.8)
		case w == "leg" && s.word(i+1, "of"):
			s.tourLeg(i)
		case w == "arrival" && s.word(i+1, "of"):
			s.arrivalOf(i)
		case relConverge[w] && (s.word(i+1, "on") || s.word(i+1, "in")):
			s.convergeFor(i)
		case relLand[w] && s.word(i+1, "at"):
			s.landedAt(i)
		case relLand[w] && s.word(i+1, "in"):
			s.doneVerb(i, i+2, Visited, "visited/landed-in", 0.8)
		case relTake[w] && s.word(i+1, "part") && s.word(i+2, "in"):
			s.participate(i, i+3, "participatedIn/took-part-in")
		case relPartic[w] && (s.word(i+1, "in") || s.word(i+1, "at")):
			s.participate(i, i+2, "participatedIn/participated-in")
		case relAttend[w]:
			s.participate(i, i+1, "participatedIn/attended")
		case relWin[w]:
			s.winAt(i)
		case relPlay[w] && (s.word(i+1, "in") || s.word(i+1, "at")):
			s.participate(i, i+2, "participatedIn/played-in")
		case relSacked[w] && s.tag(i) != "NN":
			s.sackedVerb(i)
		case relWelcome[w] && strings.HasPrefix(s.tag(i), "VB") && s.tag(i) != "VBG":
			s.welcomed(i)
		case (w == "moved" || w == "switched") && s.word(i+1, "to"):
			s.movedTo(i)
		case relFinish[w] && strings.HasPrefix(s.tag(i), "VB"):
			s.finishedAt(i)
		case relBeat[w] && (s.tag(i) != "NN" || s.mentionAt(i-1) != nil && s.mentionAt(i+1) != nil):
			// The tagger calls "beat" a noun between two names.
			s.beatIn(i)
		case relTold[w] && s.is(i+1, relAudience) && s.word(i+2, "at"):
			s.participate(i, i+3, "participatedIn/told-audience-at")
		case relSpeak[w] && s.word(i+1, "at"):
			s.participate(i, i+2, "participatedIn/spoke-at")
		case relLead[w] && s.tag(i) == "VBZ" || relLead[w] && s.is(i-1, relRel):
			s.leadVerb(i)
		case relLedBy[w] && s.word(i+1, "by"):
			s.ledBy(i)
		case relLedBy[w] && s.is(i-1, relHave):
			s.leadVerb(i) // "X has led Labour since 1994"
		case relElect[w]:
			s.elected(i)
		}
		if m := s.mentionAt(i); m != nil && m.last == i {
			s.mentionRules(m)
		}
	}
}

// leaveVerb: "X withdrew from Y", "X pulled out of Y", "X quit Y",
// "X left Y"; with intention or future it is plansToLeave, and a country
// that plans to leave is still a member.
func (s *relSent) leaveVerb(t, p int, rule string) {
	j, mod := s.chainLeft(t, false)
	if rs, ok := s.reportedFuture(j, mod); ok && !s.condBefore(t) && !s.condAfter(t) {
		if obj, _ := s.objectsAt(p); len(obj) > 0 {
			s.emitLeave(rs, obj, PlansToLeave, rule+"/reported", 0.75)
		}
		return
	}
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) || s.condAfter(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	obj, _ := s.objectsAt(p)
	if len(obj) == 0 {
		s.groupLeave(t, mod)
		s.roleLeave(t, mod)
	}
	if len(subj) == 0 || len(obj) == 0 {
		return
	}
	pred, conf := Left, 0.9
	if mod.future || mod.intend || mod.inf || mod.prog {
		pred, conf = PlansToLeave, 0.85
	}
	s.emitLeave(subj, obj, pred, rule, conf)
}

func (s *relSent) emitLeave(subj, obj []int, pred, rule string, conf float64) {
	for _, a := range subj {
		for _, b := range obj {
			if s.r.add(a, pred, b, s.idx, rule, conf) {
				s.r.last = relAction{pred: pred, obj: b, sent: s.idx}
			}
			if pred == PlansToLeave {
				s.r.add(a, MemberOf, b, s.idx, "memberOf/plans-to-leave", conf-0.1)
			}
		}
	}
}

// leaveNominal: "Georgia's withdrawal from the Commonwealth",
// "X announced its withdrawal from Y", "the withdrawal of X from Y".
func (s *relSent) leaveNominal(t int) {
	obj, _ := s.objectsAt(t + 2)
	if len(obj) == 0 || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	subj, mod, ok := s.nominalSubject(t)
	if !ok {
		return
	}
	if s.notDoneBefore(t) {
		return
	}
	pred, conf := Left, 0.8
	if mod.future || mod.intend || mod.inf {
		pred, conf = PlansToLeave, 0.75
	}
	s.emitLeave(subj, obj, pred, "left/withdrawal-from", conf)
}

// nominalSubject finds who does what a nominal trigger at t names: the
// possessor ("Georgia's withdrawal", "Turkish membership"), else the
// subject of a light verb ("Georgia announced its withdrawal", "Blair held
// talks"). A nominal under a preposition without a light verb has no
// subject ("due to the withdrawal").
func (s *relSent) nominalSubject(t int) ([]int, relMod, bool) {
	j := t - 1
	for j >= 0 && s.ment[j] < 0 && (s.tag(j) == "JJ" || s.tag(j) == "NN" || s.is(j, relAdverb) || s.tag(j) == "CD" || s.word(j, "-")) {
		if s.is(j, relNotDone) {
			return nil, relMod{}, false
		}
		j--
	}
	if s.word(j, "'s") || s.word(j, "'") {
		if m := s.mentionAt(j - 1); m != nil {
			return []int{m.entity}, relMod{}, true
		}
		return nil, relMod{}, false
	}
	if m := s.mentionAt(j); m != nil && m.kind == MentionDemonym && s.r.typeOf(m.entity) == Country {
		return []int{m.entity}, relMod{}, true
	}
	// "his visit to Paris", with "his" resolved by coreference.
	if m := s.mentionAt(j); m != nil && m.kind == MentionPronoun && s.tag(j) == "PRP$" && s.pronounFits(m) {
		return []int{m.entity}, relMod{}, true
	}
	// "the withdrawal of Georgia from the CIS"
	if s.word(t+1, "of") {
		if m := s.mentionAt(t + 2); m != nil {
			return []int{m.entity}, relMod{}, true
		}
	}
	k, mod := s.chainLeft(t, true)
	if !mod.light || mod.neg || mod.cond {
		return nil, mod, false
	}
	if relLightPrep[mod.lightV] && !relDone[mod.lightV] && mod.lightV != "in" {
		return nil, mod, false
	}
	if mod.lightV == "announced" || mod.lightV == "announces" || mod.lightV == "announce" || mod.lightV == "announcing" {
		mod.intend = true
	}
	subj, _ := s.subjectsAt(k)
	if len(subj) == 0 && relClausePrep[mod.lightV] {
		// "X discussed the plans during a trip to Moscow"
		subj = s.clauseSubject(k + 1)
		if len(subj) == 0 {
			// "Speaking after talks with Mr Bush, Mr Blair said"
			subj = s.subjectAfterComma(t)
		}
		if len(subj) == 0 {
			// "X's decision to announce it while on a trip to Y"
			subj = s.deciderBefore(k + 1)
		}
	}
	return subj, mod, len(subj) > 0
}

// subjectAfterComma returns the subject that follows a sentence-initial
// adjunct ending in a comma after token t.
func (s *relSent) subjectAfterComma(t int) []int {
	for k := 0; k < t; k++ {
		if s.ment[k] >= 0 || s.word(k, ",") || s.word(k, ";") {
			return nil
		}
	}
	for c := t + 1; c < len(s.low); c++ {
		if s.word(c, ";") || s.word(c, ":") {
			return nil
		}
		if s.word(c, ",") {
			if e, _ := s.headRight(c + 1); e >= 0 && relIsAgent(s.r.typeOf(e)) {
				return []int{e}
			}
			return nil
		}
	}
	return nil
}

// notDoneBefore reports words such as "planned" or "proposed" right
// before a nominal trigger.
func (s *relSent) notDoneBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if s.is(j, relNotDone) {
			return true
		}
	}
	return false
}

// followSuit: "Ukraine announced plans to follow suit" repeats the last
// leave/join fact of this or the previous sentence with a new subject.
func (s *relSent) followSuit(t int) {
	last := s.r.last
	if last.pred == "" || s.idx-last.sent > 1 {
		return
	}
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond {
		return
	}
	subj, _ := s.subjectsAt(j)
	if len(subj) == 0 {
		return
	}
	future := mod.future || mod.intend || mod.inf || mod.prog
	switch last.pred {
	case Left, PlansToLeave:
		pred := Left
		if future || last.pred == PlansToLeave {
			pred = PlansToLeave
		}
		for _, a := range subj {
			s.r.add(a, pred, last.obj, s.idx, pred+"/follow-suit", 0.75)
			if pred == PlansToLeave {
				s.r.add(a, MemberOf, last.obj, s.idx, "memberOf/plans-to-leave", 0.7)
			}
		}
	case Joined:
		if !future {
			for _, a := range subj {
				s.r.add(a, Joined, last.obj, s.idx, "joined/follow-suit", 0.75)
			}
		}
	}
}

// joinVerb: "X joined Y", "X signed for Y", "X became a member of Y";
// "joins Y from Z" also says X left Z.
func (s *relSent) joinVerb(t, p int, rule string) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	obj, end := s.objectsAt(p)
	if len(subj) == 0 || len(obj) == 0 {
		return
	}
	present := s.low[t] == "joins" || s.low[t] == "signs" || mod.light
	s.r.club = true
	defer func() { s.r.club = false }()
	for _, a := range subj {
		for _, b := range obj {
			if s.r.add(a, Joined, b, s.idx, rule, 0.85) {
				s.r.last = relAction{pred: Joined, obj: b, sent: s.idx}
			}
			if present {
				s.r.add(a, MemberOf, b, s.idx, "memberOf/joins", 0.75)
			}
		}
	}
	if s.word(end, "from") {
		if from, _ := s.objectsAt(end + 1); len(from) == 1 {
			for _, a := range subj {
				s.r.add(a, Left, from[0], s.idx, "left/joins-from", 0.75)
			}
		}
	}
}

// memberOf: "X is a member of Y", "X, a member of Y", "X, now a member of Y".
func (s *relSent) memberOf(t int) {
	if s.word(t-1, "former") || s.word(t-1, "ex") || s.word(t-1, "non") {
		return
	}
	// "member states of Y" is handled by memberStates.
	obj, _ := s.objectsAt(t + 2)
	if len(obj) == 0 {
		// "a member of the BMW management board": the body's board.
		q := t + 2
		if s.word(q, "the") || s.word(q, "its") {
			q++
		}
		if c := s.mentionAt(q); c != nil && c.first == q && s.r.typeOf(c.entity) == Organization {
			n := c.last + 1
			for k := 0; k < 2 && n < len(s.low) && s.ment[n] < 0 && (s.tag(n) == "NN" || s.tag(n) == "JJ") && !s.word(n, "board"); k++ {
				n++
			}
			if s.word(n, "board") {
				obj = []int{c.entity}
			}
		}
	}
	if len(obj) == 0 {
		return
	}
	j := t - 1
	for j >= 0 && s.ment[j] < 0 && (s.tag(j) == "JJ" || s.tag(j) == "DT" || s.tag(j) == "NN" || s.tag(j) == "VBG" || s.tag(j) == "CD" || s.is(j, relAdverb) ||
		s.word(j, "of") && s.word(j-1, "one") || s.word(j, "one") && s.word(j+1, "of")) {
		// "X is one of the founding members of Y"
		if s.word(j, "former") || s.word(j, "associate") || s.word(j, "prospective") || s.word(j, "honorary") {
			return
		}
		j--
	}
	var subj []int
	switch {
	case s.word(j, ","):
		// apposition
		subj, _ = s.npLeft(j - 1)
	case s.is(j, relBe) || s.word(j, "remains") || s.word(j, "remain"):
		k, mod := s.chainLeft(j+1, false)
		if !mod.done() {
			return
		}
		subj, _ = s.subjectsAt(k)
		if len(subj) == 0 && s.word(k, "we") && s.speaker[k] >= 0 {
			// "We are a member of the EU," said by a country's leader.
			if c := s.r.leaderCountry(s.speaker[k]); c >= 0 {
				subj = []int{c}
			}
		}
	}
	if s.negBefore(t, 5) || s.condBefore(t) {
		return
	}
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, MemberOf, b, s.idx, "memberOf/member-of", 0.85)
		}
	}
}

// memberStates: "CIS member states", "member states of the EU", and the
// speaker's own country when its leader speaks of "the member states";
// "member states such as X and Y" lists members.
func (s *relSent) memberStates(t, st int) {
	org := -1
	if m := s.mentionAt(t - 1); m != nil && s.r.typeOf(m.entity) == Organization {
		org = m.entity
	} else if s.word(st+1, "of") {
		if o, _ := s.objectsAt(st + 2); len(o) == 1 {
			org = o[0]
		}
	}
	if org < 0 {
		// The organisation named elsewhere in the sentence.
		best := -1
		for _, m := range s.ms {
			if s.r.typeOf(m.entity) != Organization {
				continue
			}
			d := t - m.last
			if d < 0 {
				d = m.first - t
			}
			if best < 0 || d < best {
				best, org = d, m.entity
			}
		}
	}
	if org < 0 {
		return
	}
	// Listed members: "member states such as France and Germany",
	// "member states, including Poland".
	p := st + 1
	if s.word(p, "of") {
		_, p = s.objectsAt(p + 1)
	}
	if s.word(p, ",") {
		p++
	}
	listed := false
	if s.word(p, "such") && s.word(p+1, "as") {
		p, listed = p+2, true
	} else if s.word(p, "including") || s.word(p, "like") || s.word(p, ":") {
		p, listed = p+1, true
	} else if m := s.mentionAt(p); m != nil && m.kind == MentionName && s.r.typeOf(m.entity) == Country {
		listed = true
	}
	if list, _ := s.objectsAt(p); listed && len(list) > 0 {
		for _, c := range list {
			s.r.add(c, MemberOf, org, s.idx, "memberOf/member-states-list", 0.8)
		}
	}
	s.appositiveMember(t, org)
	// A leader speaking of "the member states" of an organisation counts
	// his own country among them.
	if sp := s.speaker[t]; sp >= 0 {
		if c := s.r.leaderCountry(sp); c >= 0 {
			s.r.add(c, MemberOf, org, s.idx, "memberOf/speakers-member-states", 0.7)
		}
	}
}

// appositiveMember: "Poland, one of the largest EU member states" and
// "Poland - a large EU member -": the country the phrase describes.
func (s *relSent) appositiveMember(t, org int) {
	k := s.orgBeforeMembers(t)
	if m := s.mentionAt(k); m != nil && m.entity == org {
		k = m.first - 1
	} else {
		return // the organisation must name the members: "EU member states"
	}
	for n := 0; k >= 0 && n < 8 && s.ment[k] < 0; n++ {
		if s.word(k, ",") || s.word(k, "-") || s.word(k, "–") || s.word(k, "—") || s.is(k, relBe) && !s.word(k, "'s") {
			break
		}
		// "the largest of the IMF's 184 members", "a large and therefore
		// crucial EU member"
		if !(s.tag(k) == "DT" || strings.HasPrefix(s.tag(k), "JJ") || s.word(k, "one") || s.word(k, "of") ||
			s.tag(k) == "RB" || s.tag(k) == "RBS" || s.tag(k) == "CD" || s.word(k, "and")) {
			return
		}
		k--
	}
	if s.is(k, relBe) && !s.word(k, "'s") && k+1 < len(s.low) && (s.word(k+1, "a") || s.word(k+1, "an") || s.word(k+1, "one")) {
		// "Poland is a large EU member"
		j, mod := s.chainLeft(k+1, false)
		if !mod.done() || s.condBefore(k) {
			return
		}
		countries, _ := s.subjectsAt(j)
		for _, c := range countries {
			if s.r.typeOf(c) == Country {
				s.r.add(c, MemberOf, org, s.idx, "memberOf/is-an-org-member", 0.75)
			}
		}
		return
	}
	if !(s.word(k, ",") || s.word(k, "-") || s.word(k, "–") || s.word(k, "—")) {
		return
	}
	countries, _ := s.npLeftLoose(k - 1)
	for _, c := range countries {
		if s.r.typeOf(c) == Country {
			s.r.add(c, MemberOf, org, s.idx, "memberOf/appositive-member", 0.75)
		}
	}
}

// orgBeforeMembers returns the token where the organisation's name ends
// before "members" at t: right before it, or before a possessive and a
// number ("the IMF's 184 members").
func (s *relSent) orgBeforeMembers(t int) int {
	k := t - 1
	if s.tag(k) == "CD" && s.ment[k] < 0 {
		k--
		if s.word(k, "'s") || s.word(k, "'") {
			k--
		}
	}
	return k
}

// relListIntro are the words that open a list of examples.
var relListIntro = relWords(`including like notably especially particularly`)

// orgStatesList: "G7 nations, in particular the US", "Opec countries such
// as Iran and Venezuela", "EU states including Poland": the listed
// countries belong to the organisation. Without an introducing word
// ("EU countries France and Germany") the names must follow at once.
func (s *relSent) orgStatesList(m *relMention, i int) {
	if s.word(m.first-1, "non") || s.word(m.first-1, "non-") || s.word(m.first-1, "former") {
		return
	}
	p := i + 1
	if s.word(p, ",") {
		p++
	}
	switch {
	case s.word(p, "such") && s.word(p+1, "as"):
		p += 2
	case s.word(p, "in") && s.word(p+1, "particular"):
		p += 2
	case s.is(p, relListIntro):
		p++
	case p == i+1:
		// "EU countries France and Germany"
	default:
		return
	}
	list, _ := s.objectsAt(p)
	for _, c := range list {
		if s.r.typeOf(c) == Country {
			s.r.add(c, MemberOf, m.entity, s.idx, "memberOf/org-states-list", 0.75)
		}
	}
}

// whoseMembers: "the Blu-ray Disc Association, whose members include
// Dell and Samsung", "the WTO's members include China".
func (s *relSent) whoseMembers(t int) bool {
	k := t + 1
	if s.is(k, relAdverb) {
		k++
	}
	if !(s.word(k, "include") || s.word(k, "includes") || s.word(k, "included")) {
		return false
	}
	var org []int
	switch {
	case s.word(t-1, "whose"):
		j := t - 2
		if s.word(j, ",") {
			j--
		}
		org, _ = s.npLeftLoose(j)
	case s.word(t-1, "'s") || s.word(t-1, "'"):
		if m := s.mentionAt(t - 2); m != nil {
			org = []int{m.entity}
		}
	}
	if len(org) != 1 || s.r.typeOf(org[0]) != Organization {
		return true
	}
	p := k + 1
	// "include technology companies Dell, Samsung and Matsushita"
	for n := 0; n < 3 && p < len(s.low) && s.ment[p] < 0 && (s.tag(p) == "NN" || s.tag(p) == "NNS" || s.tag(p) == "JJ"); n++ {
		p++
	}
	list, _ := s.objectsAt(p)
	for _, c := range list {
		s.r.add(c, MemberOf, org[0], s.idx, "memberOf/whose-members-include", 0.8)
	}
	return true
}

// orgMembers: "EU members Poland and Hungary", "fellow EU member Poland".
func (s *relSent) orgMembers(t int) {
	if s.whoseMembers(t) {
		return
	}
	m := s.mentionAt(s.orgBeforeMembers(t))
	if m == nil || s.r.typeOf(m.entity) != Organization {
		return
	}
	p := t + 1
	if s.word(p, ",") {
		p++
	}
	if s.word(p, "such") && s.word(p+1, "as") {
		p += 2
	} else if s.word(p, "including") || s.word(p, "like") {
		p++
	}
	list, _ := s.objectsAt(p)
	for _, c := range list {
		s.r.add(c, MemberOf, m.entity, s.idx, "memberOf/org-members", 0.8)
	}
	s.appositiveMember(t, m.entity)
}

// membership: "China's membership of the WTO", "Turkey's EU membership";
// not "proposed membership", "membership talks", "seeking membership".
func (s *relSent) membership(t int) {
	if s.is(t+1, relMembershipNot) ||
		s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	for j := t + 1; j < len(s.low) && j < t+8; j++ {
		if s.modalAt(j) || s.word(j, "will") {
			return
		}
	}
	var org []int
	j := t - 1
	if m := s.mentionAt(j); m != nil && s.r.typeOf(m.entity) == Organization {
		org = []int{m.entity}
		j = m.first - 1
	} else if s.word(t+1, "of") || s.word(t+1, "in") {
		org, _ = s.objectsAt(t + 2)
	}
	if len(org) == 0 {
		return
	}
	var subj []int
	if s.word(j, "'s") || s.word(j, "'") {
		if m := s.mentionAt(j - 1); m != nil {
			subj = []int{m.entity}
		}
	} else if m := s.mentionAt(j); m != nil && m.kind == MentionDemonym {
		subj = []int{m.entity}
	}
	for _, a := range subj {
		for _, b := range org {
			s.r.add(a, MemberOf, b, s.idx, "memberOf/membership", 0.75)
		}
	}
}

// comprises: "the G8, which comprises the G7 and Russia".
func (s *relSent) comprises(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() {
		return
	}
	org, _ := s.subjectsAt(j)
	p := t + 1
	if s.word(t, "made") {
		p = t + 3
	}
	members, _ := s.objectsAt(p)
	for _, o := range org {
		for _, m := range members {
			if t := s.r.typeOf(m); t != Country && t != Person {
				continue // "the G8 comprises the G7 and Russia": the states
			}
			s.r.add(m, MemberOf, o, s.idx, "memberOf/comprises", 0.8)
		}
	}
}

// hostVerb: "X hosted E", "X will host E in C", "E, co-hosted by X and Y".
func (s *relSent) hostVerb(t int) {
	v := t
	if t > 0 && relPlay[s.low[t-1]] {
		v = t - 1 // "Baku played host to the Games"
	}
	j, mod := s.chainLeft(v, false)
	if mod.neg || mod.cond || s.condBefore(t) {
		return
	}
	pred, conf := Hosted, 0.9
	if mod.future {
		pred, conf = WillHost, 0.85
	} else if mod.intend || mod.inf {
		return
	}
	if s.word(t+1, "by") {
		// passive: "E, hosted by X"; "E will be hosted by X"
		hosts, _ := s.objectsAt(t + 2)
		var events []int
		var first int
		if s.word(j, ",") {
			events, first = s.npLeftLoose(j - 1)
		} else {
			events, first = s.subjectsAt(j)
		}
		if len(events) == 1 && first >= 0 && s.otherEdition(first, events[0]) {
			return
		}
		for _, h := range hosts {
			for _, e := range events {
				s.r.add(h, pred, e, s.idx, pred+"/hosted-by", conf)
			}
		}
		return
	}
	if mod.passive {
		return
	}
	subj, _ := s.subjectsAt(j)
	p := t + 1
	if s.word(p, "to") {
		p++
	}
	obj, end := s.objectsAt(p)
	if len(subj) == 0 && len(obj) == 0 {
		return
	}
	if pred == Hosted && s.hostingAhead(t, end) {
		pred, conf = WillHost, 0.85 // "are hosting a show in Leeds this weekend"
	}
	if !s.anyEvent(obj) && s.hostStage(t, subj, obj, end, pred, conf) {
		return
	}
	for _, a := range subj {
		for _, b := range obj {
			if pred == Hosted && s.r.typeOf(b) == Person && s.r.typeOf(a) == Person {
				// "Mr Bush hosted Mr Blair at Camp David": a meeting.
				s.r.add(a, MetWith, b, s.idx, "metWith/hosted-person", 0.75)
				continue
			}
			s.r.add(a, pred, b, s.idx, pred+"/host", conf)
		}
	}
	// "... will host the Games in Baku": the city hosts too, and lies in
	// the host country.
	if len(obj) > 0 && (s.word(end, "in") || s.word(end, "at")) {
		if cities, cend := s.objectsAt(end + 1); len(cities) == 1 {
			c := cities[0]
			ct := s.r.typeOf(c)
			if ct == City || ct == Place {
				for _, b := range obj {
					s.r.add(c, pred, b, s.idx, pred+"/host-in", conf-0.05)
				}
				if (s.word(cend, "in") || s.word(cend, ",")) && s.placeMentionAt(cend+1) {
					// "at Gleneagles in Scotland": the text places it
					// itself. A date ("in Baku in June") places nothing.
					return
				}
				for _, a := range subj {
					if s.r.typeOf(a) == Country {
						s.r.add(c, LocatedIn, a, s.idx, "locatedIn/host-country-city", 0.75)
					}
				}
			}
		}
	}
}

// heldIn: "E was held in C", "E, to be held in C", "E taking place in C".
// The rule is named by the predicate and the cue ("willHost/held-in"), as
// the tense is only known once the clause is read.
func (s *relSent) heldIn(t, p int, cue string) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || s.condBefore(t) {
		return
	}
	pred, conf := Hosted, 0.85
	if mod.future || mod.inf {
		pred, conf = WillHost, 0.8
	} else if mod.intend {
		return
	}
	var events []int
	first := -1
	switch {
	case s.word(j, ","):
		events, _ = s.npLeftLoose(j - 1)
	case j == t-1 && s.mentionAt(j) != nil:
		// "the G7 meeting taking place in London"
		events, first = s.npLeftLoose(j)
	default:
		events, first = s.subjectsAt(j)
		if len(events) == 0 && s.is(j, relStageNouns) && s.ment[j] < 0 {
			// "The second group will be hosted in Namibia": a stage of
			// the story's one tournament.
			if ev := s.r.soleEvent(); ev >= 0 {
				events = []int{ev}
			}
		}
	}
	if mod.inf && first >= 0 && s.wishedBefore(first) {
		return // "want the summit to be held in Riga": a wish (relations_hosts_undone.go)
	}
	places, end := s.objectsAt(p + 1)
	if s.hostCalledOffAfter(-1, end) {
		return // "was due to be held in Riga but was moved to Tallinn" (relations_hosts_undone.go)
	}
	if pred == Hosted && (s.clauseFuture(t, end-1) || s.scheduledPresent(t, end) || s.presentBeforeClause(first, t)) {
		// "taking place in London next week", "takes place at Balado in
		// July", "before the event begins in Madrid" (relations_hosts_ahead.go)
		pred, conf = WillHost, 0.8
	}
	for _, pl := range places {
		for _, e := range events {
			s.r.add(pl, pred, e, s.idx, pred+"/"+cue, conf)
		}
	}
}

// meetVerb: "X met (with) Y", "X and Y met", "X is meeting Y".
func (s *relSent) meetVerb(t int) {
	s.bodyMeetsIn(t)
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	p := t + 1
	for p < len(s.low) && p <= t+2 && s.ment[p] < 0 && (s.is(p, relAdverb) || s.tag(p) == "RB") && s.word(p+1, "with") {
		p++ // "met frequently with"
	}
	if s.word(p, "with") || s.word(p, "up") && s.word(p+1, "with") {
		for s.low[p] != "with" {
			p++
		}
		p++
	}
	if p == t+1 && s.sportsFixture(t) {
		return // "He now meets Mariano Puerta" in the quarter-finals
	}
	obj, _ := s.objectsAt(p)
	if s.r.teamsPlaying(subj, obj) {
		return // "Nelson Town met Nelson College on 14 May, 1870": a match
	}
	s.emitMeet(subj, obj, "metWith/met", 0.85)
}

// teamsPlaying reports a meeting of sides in a sports story: every party a
// country or an organisation, which there meet on the pitch ("Ireland met
// Switzerland in their final qualifier"), not at a table.
func (r *relState) teamsPlaying(subj, obj []int) bool {
	if len(subj)+len(obj) < 2 || !r.a.sportsStory() {
		return false
	}
	for _, e := range append(append([]int(nil), subj...), obj...) {
		if t := r.typeOf(e); t != Country && t != Organization {
			return false
		}
	}
	return true
}

func (s *relSent) emitMeet(subj, obj []int, rule string, conf float64) {
	if len(obj) == 0 {
		// "X and Y met": each pair.
		for i := range subj {
			for k := i + 1; k < len(subj); k++ {
				s.r.add(subj[i], MetWith, subj[k], s.idx, rule, conf-0.05)
			}
		}
		return
	}
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, MetWith, b, s.idx, rule, conf)
		}
	}
}

// talksWith: "X held talks with Y", "Blair's meeting with Bush",
// "after talks with Y" (subject of the clause).
func (s *relSent) talksWith(t int) {
	if s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	obj, _ := s.objectsAt(t + 2)
	if len(obj) == 0 {
		return
	}
	if s.word(t-1, "for") {
		s.travelForTalks(t, obj)
		return
	}
	subj, mod, ok := s.nominalSubject(t)
	if !ok || mod.future || mod.intend || mod.inf {
		return
	}
	s.emitMeet(subj, obj, "metWith/talks-with", 0.8)
}

// relArrived are the done forms of coming to a place.
var relArrived = relWords(`arrived flew travelled traveled went came landed
	arrives flies travels goes comes lands`)

// travelForTalks: "Mr Straw arrived in Washington on Wednesday for talks
// with Ms Rice", "Mr Putin, in Paris for talks with Mr Chirac": the
// journey is done, so the talks are under way. A journey still to come
// ("will fly to Moscow for talks") gives nothing.
func (s *relSent) travelForTalks(t int, obj []int) {
	for v := t - 2; v >= 0 && v >= t-10; v-- {
		if s.clauseEdge(v) && !s.word(v, ",") || s.ment[v] >= 0 && s.r.typeOf(s.ms[s.ment[v]].entity) == Person {
			return
		}
		var subj []int
		switch {
		case s.is(v, relArrived):
			j, mod := s.chainLeft(v, false)
			if !mod.done() || s.condBefore(v) {
				return
			}
			subj = s.subjectsOf(v, j)
		case s.word(v, "in") && s.word(v-1, ",") && v >= 2:
			// "Mr Putin, in Paris for talks"
			if m := s.mentionAt(v - 2); m != nil && s.r.typeOf(m.entity) == Person && !s.word(m.first-1, ",") {
				subj = []int{m.entity}
			}
		default:
			continue
		}
		if len(subj) > 0 {
			s.emitMeet(subj, obj, "metWith/travelled-for-talks", 0.65)
		}
		return
	}
}

var relTalkVerb = relWords(`held hold holds holding had`)

// talksTogether: "Mr Blair and Mr Chirac held talks on Monday".
func (s *relSent) talksTogether(t int) {
	if s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	subj, mod, ok := s.nominalSubject(t)
	if !ok || len(subj) < 2 || mod.future || mod.intend || mod.inf {
		return
	}
	s.emitMeet(subj, nil, "metWith/held-talks", 0.85)
}

// talksBetween: "talks between X and Y", "a meeting between A, B and C".
func (s *relSent) talksBetween(t int) {
	if s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	k, mod := s.chainLeft(t, true)
	if mod.future || mod.intend || mod.inf || mod.neg || mod.cond || s.governorAhead(k) {
		return
	}
	b := t + 1
	if s.word(b, "in") {
		// "talks in Brussels between X and Y"
		if m := s.mentionAt(b + 1); m != nil {
			b = m.last + 1
		}
	}
	if !s.word(b, "between") {
		return
	}
	parts, end := s.objectsAt(b + 1)
	if len(parts) > 0 && s.is(k, relAttend) {
		s.attendedBetween(k, parts) // "X attended a meeting between A and B"
	}
	if len(parts) < 2 {
		return
	}
	for j := end; j < len(s.low) && j < end+4; j++ {
		if s.is(j, relNotDone) || s.word(j, "will") || s.modalAt(j) {
			return
		}
	}
	s.emitMeet(parts, nil, "metWith/talks-between", 0.85)
}

// governorAhead reports a verb at k, where a talks noun's chain stopped,
// whose own clause is still to come or not real: "Tom Reyes will attend a
// meeting between A and B", "she hopes to broker talks between A and B",
// "he would not chair talks between A and B". The noun takes its tense
// from the verb that governs it, not from its own words.
func (s *relSent) governorAhead(k int) bool {
	if k < 0 || s.ment[k] >= 0 || !strings.HasPrefix(s.tag(k), "VB") {
		return false
	}
	_, vm := s.chainLeft(k, false)
	// "was reported to have attended a meeting between": the perfect
	// infinitive tells of what was done.
	perfect := s.word(k-1, "have") && s.word(k-2, "to")
	return vm.future || (vm.intend || vm.inf) && !perfect || vm.neg || vm.cond || s.condBefore(k)
}

// beIn: "Mr Blair is in Washington for talks" — a person's presence in
// a place, said as it happens or happened.
func (s *relSent) beIn(t, in int) {
	if s.word(t-1, "to") || s.word(t-1, "there") {
		return
	}
	j, mod := s.chainLeft(t, false)
	if !mod.done() || s.condBefore(t) || s.condAfter(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	places, _ := s.objectsAt(in + 1)
	for _, p := range places {
		s.r.add(subj[0], Visited, p, s.idx, "visited/is-in", 0.65)
	}
}

// visitNominal: "X's visit to Y", "X began a visit to Y", "X made a
// surprise appearance in Y".
func (s *relSent) visitNominal(t int, rule string) {
	if s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	obj, end := s.objectsAt(t + 2)
	if len(obj) == 0 || s.visitUndoneAfter(end) || s.visitAheadBefore(t) {
		return
	}
	subj, mod, ok := s.nominalSubject(t)
	if !ok || mod.future || mod.intend || mod.inf {
		return
	}
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, Visited, b, s.idx, rule, 0.8)
		}
	}
}

// doneVerb is a verb rule that holds only for done or ongoing events.
func (s *relSent) doneVerb(t, p int, pred, rule string, conf float64) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	obj, end := s.objectsAt(p)
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, pred, b, s.idx, rule, conf)
		}
	}
	// "arriving in Davos for the World Economic Forum": the place hosts
	// the event, whoever is arriving.
	// A date or a yearly time may stand before "for": "arrive in Mecca
	// each year for the Hajj", "arrived in Davos on Tuesday for".
	if k := s.skipRecurringTime(end); pred == Visited && len(obj) == 1 && s.word(k, "for") {
		if ev, _ := s.objectsAt(k + 1); len(ev) == 1 && s.r.isEvent(ev[0]) {
			hp := Hosted
			if s.clauseFuture(t, k) {
				hp = WillHost
			}
			s.r.add(obj[0], hp, ev[0], s.idx, hp+"/arrived-in-for", 0.7)
		}
	}
}

// participate: "X took part in E", "X attended E", "X is attending E".
func (s *relSent) participate(t, p int, rule string) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) {
		return
	}
	// A promised appearance ("will attend the festival") is not yet
	// participation: the gold conventions count only events under way.
	if !mod.done() && !mod.prog {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) == 0 && s.tag(t) == "VBG" {
		subj = s.amongSubject(j)
	}
	obj, end := s.objectsAt(p)
	if len(obj) == 0 && len(subj) > 0 {
		// "attending the meeting": the gathering just named.
		if e := s.recentEvent(p, end); e >= 0 {
			obj = []int{e}
		}
	}
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, ParticipatedIn, b, s.idx, rule, 0.85)
		}
	}
}

// amongSubject: "X and Y are among the 20 leaders attending E": the
// subject of "be among" that a reduced relative hangs from.
func (s *relSent) amongSubject(j int) []int {
	for k := j; k >= 1 && k > j-15; k-- {
		if s.ment[k] >= 0 || s.clauseEdge(k) && !s.word(k, ",") || s.is(k, relRel) {
			return nil
		}
		if s.word(k, "among") && s.is(k-1, relBe) {
			k2, mod := s.chainLeft(k, false)
			if !mod.done() && !mod.prog {
				return nil
			}
			subj, _ := s.subjectsAt(k2)
			return subj
		}
	}
	return nil
}

// relGatherings are nouns by which a text refers back to an event.
var relGatherings = relWords(`meeting event gathering summit forum conference
	talks session games championships tournament`)

// recentEvent resolves "the meeting" in tokens [p, end) to the one event
// named in this sentence before p or in the two sentences before, or -1.
func (s *relSent) recentEvent(p, end int) int {
	if !(s.word(p, "the") || s.word(p, "this")) || end != p+2 && !(end == p+3 && s.tag(p+1) == "JJ") || !s.is(end-1, relGatherings) {
		return -1
	}
	found := -1
	for d := 0; d <= 2 && s.idx-d >= 0; d++ {
		for _, m := range s.r.a.mentionsIn(s.idx - d) {
			if m.Entity < 0 || m.Kind == MentionPronoun || !s.r.isEvent(m.Entity) || !s.r.a.eventAnswers(m.Entity, s.low[end-1]) {
				continue
			}
			if d == 0 && m.Start >= s.toks[p].Start {
				continue
			}
			if found >= 0 && found != m.Entity {
				return -1
			}
			found = m.Entity
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// winAt: "X won the FA Cup", "X won gold at the Olympics".
func (s *relSent) winAt(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) == 0 {
		return
	}
	obj, end := s.objectsAt(t + 1)
	if len(obj) == 0 || s.r.typeOf(obj[0]) != Event {
		for k := t + 1; k < len(s.low) && k < t+5; k++ {
			if s.word(k, "at") || s.word(k, "in") || s.word(k, "of") && s.is(k-1, relStageN) {
				// "won gold at E", "won the first event of E"
				obj, end = s.objectsAt(k + 1)
				break
			}
			if s.word(k, ",") {
				break
			}
		}
	}
	for _, a := range subj {
		for _, b := range obj {
			s.r.add(a, ParticipatedIn, b, s.idx, "participatedIn/won", 0.75)
		}
	}
	// "won the FA Cup with Everton": the team took part too.
	if len(obj) == 1 && s.word(end, "with") {
		if team, _ := s.objectsAt(end + 1); len(team) == 1 && s.r.typeOf(team[0]) == Organization {
			s.r.add(team[0], ParticipatedIn, obj[0], s.idx, "participatedIn/won-with", 0.7)
		}
	}
}

// leadVerb: "X heads Y", "X, who leads Y".
func (s *relSent) leadVerb(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	if len(subj) != 1 {
		return
	}
	obj, end := s.objectsAt(t + 1)
	if s.word(end, "against") || s.word(end, "out") {
		return // "leads England against Australia", "led Wales out": a side on the pitch
	}
	sport := s.r.a.sportsStory()
	for _, b := range obj {
		if sport && s.r.typeOf(b) == Country {
			continue // a captain or coach leads the national side, never the country
		}
		s.r.add(subj[0], LeaderOf, b, s.idx, "leaderOf/leads", 0.8)
	}
}

// ledBy: "Y, led by X", "Y is headed by X".
func (s *relSent) ledBy(t int) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.future || mod.intend {
		return
	}
	leaders, _ := s.objectsAt(t + 2)
	if len(leaders) != 1 {
		return
	}
	var orgs []int
	if s.word(j, ",") {
		orgs, _ = s.npLeft(j - 1)
	} else if mod.passive {
		orgs, _ = s.subjectsAt(j)
	}
	for _, o := range orgs {
		s.r.add(leaders[0], LeaderOf, o, s.idx, "leaderOf/led-by", 0.8)
	}
}

// elected: "X was elected president of Y", "X became chief executive of Y",
// "X was appointed as head of Y".
func (s *relSent) elected(t int) {
	p := t + 1
	if s.word(p, "as") {
		p++
	}
	for s.word(p, "the") || s.word(p, "new") || s.word(p, "its") || s.word(p, "their") {
		p++
	}
	// "was elected Labour leader": the body named before the title.
	var named *relMention
	if m := s.mentionAt(p); m != nil && m.first == p && m.kind != MentionDemonym {
		if t := s.r.typeOf(m.entity); t == Organization || t == Country {
			named = m
			p = m.last + 1
			if s.word(p, "'s") || s.word(p, "'") {
				p++ // "became Ukraine's prime minister"
			}
			for s.word(p, "new") || s.tag(p) == "JJ" && !s.is(p, relTitle) {
				p++
			}
		}
	}
	q := p
	for q < len(s.low) && q < p+3 && (s.is(q, relTitle) || s.word(q, "executive") || s.word(q, "minister") || s.word(q, "general")) {
		q++
	}
	if q == p || q == p+1 && (s.word(p, "secretary") || s.word(p, "chief")) {
		// A secretary does not lead the body, and "chief" alone ("named UK
		// Athletics chief") is as often a department's head.
		return
	}
	var obj []int
	if named != nil {
		if s.word(q, "of") {
			return // "the EU trade commissioner of ..." is too tangled
		}
		obj = []int{named.entity}
	} else if s.word(q, "of") {
		obj, _ = s.objectsAt(q + 1)
	} else if s.word(p-1, "its") || s.word(p-1, "their") {
		return
	}
	if len(obj) != 1 {
		return
	}
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.future || mod.intend && !mod.passive || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	if len(subj) != 1 {
		return
	}
	s.r.add(subj[0], LeaderOf, obj[0], s.idx, "leaderOf/elected", 0.8)
}

// mentionRules are patterns anchored on an entity mention ending at token
// m.last: locations ("Baku in Azerbaijan", "Porto Alegre, Brazil",
// "Russia's capital Moscow", "the Brazilian city of Porto Alegre"), events
// placed in a city ("the Games in Baku"), and event line-ups ("Six Nations
// teams France, Ireland and Wales").
func (s *relSent) mentionRules(m *relMention) {
	typ := s.r.typeOf(m.entity)
	i := m.last + 1
	if typ == Person && m.kind == MentionName && (s.word(m.first-1, "mep") || s.word(m.first-1, "meps")) {
		// "French Green MEP Alain Lipietz": a member of the European
		// Parliament, when the article names it.
		if ep := s.r.entityNamed("european parliament"); ep >= 0 {
			s.r.add(m.entity, MemberOf, ep, s.idx, "memberOf/mep", 0.7)
		}
	}
	if typ == Person {
		s.bareCorpTitle(m)
		s.apposTitleOf(m)
		s.personInPlace(m)
		s.squadAppos(m)
	}
	switch typ {
	case City, Place:
		s.locatedAfter(m, i)
		if typ == City {
			s.cityAtEvent(m)
			s.visitOnDay(m)
		}
	case Country:
		// "Russia's capital Moscow", "Scotland's Gleneagles"
		if s.word(i, "'s") || s.word(i, "'") {
			k := i + 1
			if s.is(k, relCapital) {
				k++
				if s.word(k, ",") {
					k++
				}
			}
			// Without "capital", "China's Baoshan" is as often a company.
			if c := s.mentionAt(k); c != nil && c.first == k && (s.r.typeOf(c.entity) == City && k > i+1 || s.r.typeOf(c.entity) == Place) {
				if e, _ := s.headRight(k); e == c.entity {
					s.r.add(c.entity, LocatedIn, m.entity, s.idx, "locatedIn/possessive", 0.8)
				}
			}
		}
		if m.kind == MentionDemonym {
			s.demonymPlace(m, i)
		} else {
			s.countryPlaceNoun(m, i)
		}
	case Event:
		s.eventIn(m, i)
		s.eventTeams(m, i)
	case Organization:
		s.orgSquad(m, i)
		if s.is(i, relStates) {
			s.orgStatesList(m, i)
		}
		if s.r.eventLike(m.entity) {
			s.eventIn(m, i)
		}
	}
	if typ == City && (s.word(i, "'s") || s.word(i, "'")) && s.is(i+1, relRegionNouns) && s.word(i+2, "of") {
		// "Frankfurt's state of Hessen": the region the city lies in.
		if c := s.mentionAt(i + 3); c != nil && c.first == i+3 && c.kind == MentionName {
			if ct := s.r.typeOf(c.entity); ct == Place || ct == Country {
				if e, _ := s.headRight(i + 3); e == c.entity {
					s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/city-possessive-region", 0.75)
				}
			}
		}
	}
	if typ == Place && (s.word(i, "'s") || s.word(i, "'")) && s.is(i+1, relCapital) {
		// "Hessen's capital Frankfurt", "Bavaria's capital, Munich"
		k := i + 2
		if s.word(k, ",") {
			k++
		}
		if c := s.mentionAt(k); c != nil && c.first == k && s.r.typeOf(c.entity) == City {
			s.r.add(c.entity, LocatedIn, m.entity, s.idx, "locatedIn/region-capital", 0.8)
		}
	}
	if typ == City && (s.word(i, "'s") || s.word(i, "'")) {
		// "Sydney's Olympic Stadium", "Tehran's new X Airport"
		k := i + 1
		if s.word(k, "new") || s.word(k, "old") || s.word(k, "main") {
			k++
		}
		if c := s.mentionAt(k); c != nil && c.first == k && s.r.typeOf(c.entity) == Place {
			if e, _ := s.headRight(k); e == c.entity {
				s.r.add(c.entity, LocatedIn, m.entity, s.idx, "locatedIn/city-possessive", 0.75)
			}
		}
	}
}

// relSquad are the nouns of "Wallabies captain George Gregan".
var relSquad = relWords(`frontman frontwoman guitarist drummer bassist
	vocalist keyboardist lead-singer
	captain skipper player striker midfielder defender
	goalkeeper keeper forward winger full-back fullback centre prop lock
	fly-half scrum-half flanker hooker batsman bowler all-rounder
	member members colleague team-mate teammate vice-captain mp mps mep
	meps msp msps peer peers councillor councillors backbencher
	backbenchers activist activists candidate candidates`)

// relResign and relStep are verbs of a person leaving a post.
var (
	relResign = relWords(`resign resigns resigned resigning`)
	relStep   = relWords(`step steps stepped stepping`)
)

// resignVerb: "X resigned as chairman of Y", "X quit as Y's manager",
// "X stepped down from Y": the person left the organisation (a plan when
// future: "X will step down as chief executive of Y").
func (s *relSent) resignVerb(t, p int) {
	v := t
	j, mod := s.chainLeft(v, false)
	if cj, cm, ok := s.compelledAct(t); ok {
		j, mod = cj, cm // "was forced to resign as": done
	}
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) || s.condAfter(p) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	var org []int
	if s.word(p, "from") {
		if o, ok := s.fromPossPost(p + 1); ok {
			// "resigned from his Treasury post": done only; "to step
			// down from his X role" says too little about when.
			if !mod.done() || mod.future || mod.intend || mod.inf || mod.prog {
				return
			}
			s.r.add(subj[0], Left, o, s.idx, Left+"/resigned-from-poss-post", 0.75)
			return
		}
		org, _ = s.objectsAt(p + 1)
	} else { // "as"
		k := p + 1
		if m := s.mentionAt(k); m != nil && m.first == k && (s.word(m.last+1, "'s") || s.word(m.last+1, "'")) {
			org = []int{m.entity} // "as Y's manager"
		} else {
			for k < len(s.low) && k < p+6 && !s.word(k, "of") && (s.tag(k) == "DT" || s.tag(k) == "JJ" ||
				s.is(k, relTitle) || s.word(k, "executive") || s.word(k, "minister") || s.word(k, "general")) {
				k++
			}
			if s.word(k, "of") {
				org, _ = s.objectsAt(k + 1)
			}
		}
	}
	if len(org) != 1 {
		return
	}
	pred, conf := Left, 0.8
	if mod.future || mod.intend || mod.inf || mod.prog {
		pred, conf = PlansToLeave, 0.75
	}
	s.r.add(subj[0], pred, org[0], s.idx, pred+"/resigned", conf)
}

// relAccession are nominals of joining. Alone they are as often plans
// ("Turkey's accession to the EU") as facts, so accession needs a marker
// of completion.
var relAccession = relWords(`accession admission entry`)

// accession: "since Poland's accession to the EU", "after its entry into
// the WTO", "China completed its accession to the WTO".
func (s *relSent) accession(t int) {
	orgs, _ := s.objectsAt(t + 2)
	if len(orgs) == 0 || s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	subj, mod, ok := s.nominalSubject(t)
	if !ok {
		return
	}
	done := mod.light && relDone[mod.lightV] && mod.lightV != "during" && mod.lightV != "on"
	for k := t - 1; k >= 0 && k >= t-4 && !done; k-- {
		if s.word(k, "since") || s.word(k, "after") || s.word(k, "following") || s.word(k, "upon") {
			done = true
		}
	}
	if !done || mod.future || mod.intend || mod.inf {
		return
	}
	for _, a := range subj {
		for _, o := range orgs {
			s.r.add(a, Joined, o, s.idx, "joined/accession", 0.75)
		}
	}
}

// relEnvoy are the people a state sends to an organisation it belongs to.
var relEnvoy = relWords(`envoy envoys ambassador ambassadors representative
	representatives delegate delegates delegation mission`)

// envoyTo: "Afghanistan's envoy to the United Nations", "the European
// Union ambassador to the WTO": the sender is a member.
func (s *relSent) envoyTo(t int) {
	orgs, _ := s.objectsAt(t + 2)
	if len(orgs) != 1 || s.r.typeOf(orgs[0]) != Organization {
		return
	}
	j := t - 1
	for j >= 0 && s.ment[j] < 0 && (s.tag(j) == "JJ" || s.word(j, "special") || s.word(j, "permanent")) {
		j--
	}
	var m *relMention
	if s.word(j, "'s") || s.word(j, "'") {
		m = s.mentionAt(j - 1)
	} else {
		m = s.mentionAt(j)
	}
	if m == nil || m.last != j && m.last != j-1 {
		return
	}
	if !s.r.envoySender(m.entity) {
		return // "the Red Cross envoy to the UN": no member (relations_envoys.go)
	}
	s.r.add(m.entity, MemberOf, orgs[0], s.idx, "memberOf/envoy-to", 0.7)
}

// relHeadTitle are the titles of whoever runs an organisation.
var relHeadTitle = lexicon.RoleClass("rel-head")

// relHire are verbs by which an organisation takes a person on.
var relHire = relWords(`appoint appoints appointed appointing hire hires hired
	hiring recruit recruits recruited recruiting`)

var relTransfer = relWords(`sign signs signed signing join joins joined joining
	transfer transferred move moved moves loan loaned bought sold swap deal`)

// orgSquad: "Wallabies captain George Gregan" says Gregan is a member;
// so do the team roles of titles_team.go ("Newcastle's 18-year-old
// centre Mathew Tait", "Wales number eight Michael Owen", "Leicester star
// Lewis Moody").
func (s *relSent) orgSquad(m *relMention, i int) {
	if s.word(i, "board") && (s.word(i+1, "member") || s.word(i+1, "members")) {
		i++ // "WorldCom board member Bert Roberts"
	}
	if !s.is(i, relSquad) {
		i = s.teamRoleAt(i)
	}
	if i < 0 || s.formerBefore(m.first) {
		return
	}
	// "their Welsh striker Craig Bellamy", "Newcastle's Welsh striker": the
	// owner's squad, and the demonym only a nationality.
	if m.kind == MentionDemonym && m.first > 0 && (s.is(m.first-1, relPossDet) && !s.word(m.first-1, "the") || s.word(m.first-1, "'s") || s.word(m.first-1, "'")) {
		return
	}
	// In a transfer story the club before the position is the old one.
	for _, w := range s.low {
		if relTransfer[w] {
			return
		}
	}
	k := i + 1
	if c := s.mentionAt(k); c != nil && c.first == k && c.kind == MentionName && s.r.typeOf(c.entity) == Person {
		s.r.add(c.entity, MemberOf, m.entity, s.idx, "memberOf/org-squad-noun", 0.6)
	}
}

// signPerson: "Norwich have signed midfielder Graham Stuart".
func (s *relSent) signPerson(t int) {
	if s.word(t+1, "for") || s.word(t+1, "up") {
		return
	}
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Organization && !(s.r.typeOf(subj[0]) == City && relSign[s.low[t]]) {
		return
	}
	s.r.club = true
	defer func() { s.r.club = false }()
	players, end := s.objectsAt(t + 1)
	for _, p := range players {
		if s.r.typeOf(p) == Person {
			s.r.add(p, Joined, subj[0], s.idx, "joined/hired-by", 0.7)
		}
	}
	// "Leicester signed White from Bristol"
	if len(players) == 1 && s.r.typeOf(players[0]) == Person && s.word(end, "from") {
		if from, _ := s.objectsAt(end + 1); len(from) == 1 {
			s.r.add(players[0], Left, from[0], s.idx, "left/signed-from", 0.7)
		}
	}
	// "Wolves appoint Hoddle as manager"
	if len(players) == 1 && s.r.typeOf(players[0]) == Person && s.word(end, "as") {
		k := end + 1
		for k < len(s.low) && k < end+4 && (s.tag(k) == "DT" || s.tag(k) == "JJ") && !s.is(k, relHeadTitle) {
			k++
		}
		w := s.low[min(k, len(s.low)-1)]
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		if relHeadTitle[w] {
			s.r.add(players[0], LeaderOf, subj[0], s.idx, "leaderOf/appointed-as", 0.7)
		}
	}
}

// ofWhichMember: "trade body Intellect, of which Microsoft is a member".
func (s *relSent) ofWhichMember(t int) {
	k := t - 1
	for k >= 0 && (s.word(k, "a") || s.word(k, "an") || s.tag(k) == "JJ" || s.is(k, relAdverb)) {
		k--
	}
	if !s.is(k, relBe) {
		return
	}
	be := k
	w := -1
	for k = be - 1; k >= 1 && k >= be-8; k-- {
		if s.word(k, "which") && s.word(k-1, "of") {
			w = k
			break
		}
	}
	if w < 0 || s.negBefore(t, 5) {
		return
	}
	members, end := s.objectsAt(w + 1)
	if end != be {
		return
	}
	c := w - 2
	if !s.word(c, ",") {
		return
	}
	org := s.mentionAt(c - 1)
	if org == nil {
		return
	}
	for _, m := range members {
		s.r.add(m, MemberOf, org.entity, s.idx, "memberOf/of-which-member", 0.8)
	}
}

// locatedAfter handles "C in Y", "C, in the far east of Y", "C, Y" and
// "C, the capital of Y" after a city or place mention.
func (s *relSent) locatedAfter(m *relMention, i int) {
	// "the Darfur region of Sudan", "the Aceh province of Indonesia"
	if s.is(i, relPlaceNouns) && s.word(i+1, "of") {
		if c := s.mentionAt(i + 2); c != nil && c.first == i+2 && c.kind == MentionName {
			if ct := s.r.typeOf(c.entity); ct == Country || ct == Place && s.r.typeOf(m.entity) == City {
				if e, _ := s.headRight(i + 2); e == c.entity {
					s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/region-of", 0.8)
				}
			}
		}
		return
	}
	k := i
	if s.word(k, ",") {
		k++
	}
	if s.word(k, "in") {
		k++
		start := k
		for k < len(s.low) && k < start+6 && s.ment[k] < 0 && s.is(k, relDirs) {
			k++
		}
		if k > start && s.is(k, relRegionNouns) && s.word(k+1, "of") {
			k += 2 // "Frankfurt, in the state of Hessen"
		}
		if c := s.mentionAt(k); c != nil && c.first == k {
			if e, _ := s.headRight(k); e == c.entity {
				s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/in", 0.8)
			}
		}
		return
	}
	if !s.word(i, ",") {
		return
	}
	// "Moscow, the capital of Russia" / "Moscow, the Russian capital"
	if s.word(k, "the") && s.is(k+1, relCapital) && s.word(k+2, "of") {
		if c := s.mentionAt(k + 3); c != nil && s.r.typeOf(c.entity) == Country {
			s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/capital-of", 0.85)
		}
		return
	}
	// "Tehran, Iran's capital"
	if c := s.mentionAt(k); c != nil && c.first == k && s.r.typeOf(c.entity) == Country && (s.word(c.last+1, "'s") || s.word(c.last+1, "'")) && s.is(c.last+2, relCapital) {
		s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/possessive-capital", 0.85)
		return
	}
	if s.word(k, "the") {
		if d := s.mentionAt(k + 1); d != nil && d.kind == MentionDemonym && s.is(d.last+1, relCapital) {
			s.r.add(m.entity, LocatedIn, d.entity, s.idx, "locatedIn/demonym-capital", 0.85)
		}
		return
	}
	// "Porto Alegre, Brazil": a country right after a city, closing the
	// phrase (not the subject of a verb: "in Moscow, Russia said").
	c := s.mentionAt(k)
	if c == nil || c.first != k || c.kind != MentionName || s.r.typeOf(c.entity) != Country && s.r.typeOf(c.entity) != Place {
		return
	}
	n := c.last + 1
	// A wire dateline "DRESDEN, Germany (AP) —" ends the address with the
	// agency's bracket or the dash (relations_datelines.go).
	inDateline := m.first == 0 && n < textseg.DatelineEnd(s.toks)
	if n < len(s.low) && !inDateline && !(s.toks[n].Tag == "." || s.word(n, ",") || s.word(n, ";") || s.word(n, ":") ||
		s.word(n, ")") || s.is(n, relPrep) || s.quoteMark(n) || s.word(n, "and")) {
		return
	}
	if (s.word(n, ",") || s.word(n, "and") || s.word(n, "or")) && s.mentionAt(n+1) != nil &&
		(s.r.typeOf(s.mentionAt(n+1).entity) == City || s.r.typeOf(s.mentionAt(n+1).entity) == Country) {
		// "London, Paris, Berlin": a list, not an address.
		return
	}
	if typ := s.r.typeOf(m.entity); typ == City {
		s.r.add(m.entity, LocatedIn, c.entity, s.idx, "locatedIn/city-comma-country", 0.75)
	}
}

// demonymPlace: "the Brazilian city of Porto Alegre", "the Swiss mountain
// resort Davos", "the Russian capital, Moscow".
func (s *relSent) demonymPlace(d *relMention, i int) {
	k := i
	for k < len(s.low) && k < i+3 && s.ment[k] < 0 && !s.is(k, relPlaceNouns) && (s.tag(k) == "JJ" || s.tag(k) == "NN") {
		k++
	}
	if !s.is(k, relPlaceNouns) {
		return
	}
	k++
	if s.word(k, "of") || s.word(k, ",") {
		k++
	}
	c := s.mentionAt(k)
	if c == nil || c.first != k {
		return
	}
	if t := s.r.typeOf(c.entity); t == City || t == Place {
		s.r.add(c.entity, LocatedIn, d.entity, s.idx, "locatedIn/demonym-place-noun", 0.8)
	}
}

// infinitiveEventWord reports an event noun written lower-case just after
// "to" with no article: the word is a verb in the infinitive ("Kenyan to
// race in Birmingham", "unions to rally in Leeds"), a plan or a headline's
// future, and names no event held in the place after it.
func (s *relSent) infinitiveEventWord(k int) bool {
	return k > 0 && s.word(k-1, "to") && s.toks[k].Text == s.low[k]
}

// eventIn: "the European Games in Baku", "the World Economic Forum in
// Davos": the place hosts the event (willHost when the sentence speaks of
// the future).
func (s *relSent) eventIn(m *relMention, i int) {
	if i < len(s.low) && len(s.low[i]) == 4 && smallNumber(s.low[i][:2]) && smallNumber(s.low[i][2:]) && (s.word(i+1, "in") || s.word(i+1, "at")) {
		i++ // "Fan Expo Canada 2016 in Toronto": the edition's year
	}
	i = s.gatheringGroupSkip(m, i) // "the conference of German state premiers in Leipzig" (relations_hosts_groups.go)
	if !(s.word(i, "in") || s.word(i, "at")) {
		return
	}
	if s.infinitiveEventWord(m.first) {
		return // "Kenyan to race in Birmingham": a verb to come, no event held
	}
	words := relFieldsLower(s.r.a.doc.Entities[m.entity].Name)
	for _, w := range words {
		if relWarLike[w] {
			return
		}
	}
	if achievementName(words) {
		return // "claiming the Grand Slam at Lansdowne Road": won there, not held there
	}
	if len(words) > 0 && relVenueHeads[words[len(words)-1]] {
		return // "held at the MGM Grand in Las Vegas": a venue, not the event held there
	}
	// "in Davos", "in the Swiss resort of Davos"
	e, hend := s.headRight(i + 1)
	c := s.mentionAt(hend - 1)
	if h := s.capitalHost(i); h != nil {
		c = h // "in the Ethiopian capital(, Addis Ababa)": relations_hosts_capitals.go
	} else {
		if e < 0 || c == nil || c.entity != e {
			return
		}
		if c.first != i+1 && !(s.word(c.first-1, "of") && s.is(c.first-2, relPlaceNouns)) {
			return // only "the resort of Davos" is read past the first word
		}
	}
	if t := s.r.typeOf(c.entity); t != City && t != Place && t != Country {
		return
	}
	if s.negBefore(m.first, 4) || s.hostCalledOffAfter(m.first, c.last+1) {
		return // "the summit in Riga was called off" (relations_hosts_undone.go)
	}
	if s.condBefore(m.first) && !(s.word(m.first-1, "the") && s.futureTimeAfter(c.last+1)) {
		// "if they are to win the Sevens in Hong Kong next month": the
		// condition is on winning; where and when the event is held is
		// taken for granted.
		return
	}
	pred := Hosted
	if s.clauseFuture(m.first, c.last) || s.futureTimeAfter(c.last+1) && !s.pastDoneClause(m.first) || s.nextEditionBefore(m.first) ||
		s.continuedClauseFuture(m.first) || s.reportedWouldBefore(m.first) {
		pred = WillHost
	}
	if s.aheadOfEvent(m.first) && !s.pastClause(m.first) {
		pred = WillHost // "comes just weeks before the MacWorld conference in San Francisco"
	}
	if pred == WillHost && s.nearestVerbPast(m.first) && !s.nextEditionBefore(m.first) {
		pred = Hosted // "will be tempered as he had already achieved the mark at a meeting in Slovenia"
	}
	if s.thisWeekBefore(m.first) {
		pred = Hosted // "was due to take part in this week's Hopman Cup in Perth": under way
	}
	if s.beforeEventWord(m.first) && !s.pastPerfectClause(m.first) {
		// "They were speaking before the annual Consumer Electronics Show
		// in Las Vegas": the past tense dates the speaking, and the event
		// comes after it. Only "had" ("had won before the X") puts both
		// behind the story.
		pred = WillHost
	}
	if pred == Hosted && s.qualifyingFor(m.first) && !s.pastPerfectClause(m.first) {
		pred = WillHost // "the qualifying mark for the European Indoor Championships in Madrid"
	}
	if pred == WillHost && s.stageUnderWay(m.first) && !s.futureTimeAfter(c.last+1) {
		// "will play X in the final of the SAP Open in San Jose on
		// Sunday": a stage still to come means the event is under way.
		pred = Hosted
	}
	if pred == Hosted && s.scheduledOccasion(m.first, c.last, words) {
		pred = WillHost // "when Weaver makes his return in a reserve game at Blackburn on Tuesday"
	}
	if pred = s.hostAheadCheck(m, c.last, pred); pred == "" { // still to come, or one leg of a series (relations_hosts_ahead.go)
		return
	}
	s.r.add(c.entity, pred, m.entity, s.idx, pred+"/event-in-city", 0.7)
}

// aheadOfEvent reports an event phrase introduced by "before", "ahead of"
// or "prior to" (over its article, date, names and modifiers): told from
// before it, the event is mostly still to come.
func (s *relSent) aheadOfEvent(first int) bool {
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		switch s.low[j] {
		case "before", "until":
			return true
		case "for":
			// "a real problem for Wednesday's match at Villa Park", "fit
			// for match in Ireland"
			return j+2 < len(s.low) && relWeekdays[s.low[j+1]] && (s.word(j+2, "'s") || s.word(j+2, "’s")) ||
				s.word(j-1, "fit") || s.word(j-1, "ready") || s.word(j-1, "prepare") || s.word(j-1, "preparing")
		case "face", "faces", "facing", "await", "awaits", "awaiting":
			return true // "also face a criminal hearing in Greece"
		case "of":
			return s.word(j-1, "ahead")
		case "to":
			return s.word(j-1, "prior") || s.word(j-1, "build-up") || s.word(j-1, "run-up")
		}
		if s.clauseEdge(j) || s.tag(j) == "IN" || strings.HasPrefix(s.tag(j), "VB") {
			return false
		}
	}
	return false
}

// relArrangeVerbs tell of arranging or speaking of an event, which says
// nothing of when it takes place.
var relArrangeVerbs = relWords(`announced confirmed planned scheduled booked
	arranged agreed decided promised invited organised organized named
	selected called set unveiled revealed said told added explained`)

// nearestVerbPast reports that the verb nearest before an event phrase,
// in its clause, is in the past: that verb's tense, not a "will" further
// away, dates the event.
func (s *relSent) nearestVerbPast(first int) bool {
	for j := first - 1; j >= 0 && !s.clauseEdge(j); j-- {
		if relArrangeVerbs[s.low[j]] {
			return false // "have announced a concert at Bellahouston Park": the arranging is past
		}
		switch t := s.tag(j); {
		case t == "VBD":
			return true
		case t == "VBN":
			if s.is(j-1, relHave) || s.word(j-1, "already") && s.is(j-2, relHave) {
				return true
			}
		case t == "VBG":
			// "the qualifying mark": a modifier, read on
		case strings.HasPrefix(t, "VB") || t == "MD":
			return false
		}
	}
	return false
}

// nextEditionBefore reports "next month's", "next year's" or "next"
// just before an event's name: the edition is still to come, whatever the
// tense of the clause ("a place at next month's European Indoor
// Championships in Madrid").
func (s *relSent) nextEditionBefore(first int) bool {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		switch s.low[k] {
		case "next", "upcoming", "forthcoming":
			return true
		case ",", ".", ";", "at", "in", "of", "for", "to":
			return false
		}
	}
	return false
}

// thisWeekBefore reports "this week's" or "this weekend's" just before an
// event's name: an edition under way as the story is written.
func (s *relSent) thisWeekBefore(first int) bool {
	return first >= 3 && s.low[first-3] == "this" && (s.low[first-2] == "week" || s.low[first-2] == "weekend") &&
		(s.low[first-1] == "'s" || s.low[first-1] == "'")
}

// broadcastName reports a name of a radio or television programme ("the
// Tonight Show", "The John Peel Show"), which a person presents.
func broadcastName(name string) bool {
	f := relFieldsLower(name)
	return len(f) > 0 && (f[len(f)-1] == "show" || f[len(f)-1] == "programme")
}

// relSeason are the nouns of "this summer", "this month".
// "This week" is as often under way (hosted) as to come, so it is left out.
var relSeason = relWords(`summer autumn winter spring year month season`)

// futureTimeAfter: "E in Y this summer", "a concert at Parken stadium
// on 2 April", "the Games in Athens in August" are to come unless the
// clause's verb is past ("won gold at E in Y this year"). A bare weekday
// is left out: "taking place in London on Friday" is as often told on the
// eve of an event as before it.
func (s *relSent) futureTimeAfter(k int) bool {
	if s.word(k, "later") {
		k++
	}
	if s.word(k, "on") || s.word(k, "from") {
		// "on 2 April", "on April 2", "on 8 December", "on 19-20
		// March", "from 4-6 March"
		day := func(j int) bool { return j < len(s.low) && (s.tag(j) == "CD" || dayRange(s.low[j])) }
		// After a day, "March" and "May" are months too.
		month := s.is(k+2, relMonthNames) || s.word(k+2, "march") || s.word(k+2, "may")
		return day(k+1) && month || s.is(k+1, relMonthNames) && day(k+2)
	}
	if s.word(k, "in") && s.is(k+1, relMonthNames) {
		// "in April", but not "in April 2003": a year names a past edition as often as a coming one
		return s.tag(k+2) != "CD"
	}
	return s.word(k, "this") && s.is(k+1, relSeason) || s.word(k, "next") && s.is(k+1, relSeason)
}

// dayRange reports a span of days written as one token: "19-20", "4-6".
func dayRange(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 1 && len(a) <= 2 && len(b) >= 1 && len(b) <= 2 && allDigits(a) && allDigits(b)
}

// relMonthNames date an event in "on 2 April", "in August". "May" and
// "march" are left out: as words they are more often a verb.
var relMonthNames = relWords(`january february april june july august september
	october november december`)

// relVenueHeads end the names of places events are held in, not of the
// events: "the MGM Grand", "Parken stadium", "Madison Square Garden".
var relVenueHeads = relWords(`arena stadium hotel grand centre center hall garden
	ground theatre theater palace`)

// beforeEventWord reports an event phrase introduced by "before", "ahead
// of" or "prior to" (over its article and modifiers): the event comes
// after whatever the clause tells.
func (s *relSent) beforeEventWord(first int) bool {
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		switch {
		case s.word(j, "before"):
			return true
		case s.word(j, "of") && s.word(j-1, "ahead"), s.word(j, "to") && s.word(j-1, "prior"):
			return true
		}
		if s.clauseEdge(j) || s.tag(j) == "IN" || strings.HasPrefix(s.tag(j), "VB") || s.ment[j] >= 0 {
			return false
		}
	}
	return false
}

// pastPerfectClause reports "had" in the clause ending at first: "had
// beaten him before the final in Paris" puts the event behind the story.
func (s *relSent) pastPerfectClause(first int) bool {
	for j := first - 1; j >= 0 && !s.clauseEdge(j); j-- {
		if s.word(j, "had") || s.word(j, "'d") {
			return true
		}
	}
	return false
}

// pastClause reports a past-tense verb in the clause ending at first
// ("She won gold at E"), reading left to the previous comma.
func (s *relSent) pastClause(first int) bool {
	for j := first - 1; j >= 0 && !s.clauseEdge(j) && s.tag(j) != "CC"; j-- {
		if s.tag(j) == "VBD" || s.tag(j) == "VBN" && s.is(j-1, relHave) {
			return true
		}
	}
	return false
}

// pastDoneClause is pastClause with the verbs of arranging left out: "has
// confirmed his participation in the Grand Prix in Birmingham on 18
// February" dates the confirming, not the event.
func (s *relSent) pastDoneClause(first int) bool {
	for j := first - 1; j >= 0 && !s.clauseEdge(j) && s.tag(j) != "CC" && !s.word(j, "that"); j-- {
		// "have hinted that she may be included in the line-up for the
		// event in France on 19-20 March": the event's clause starts
		// at "that".
		if relArrangeVerbs[s.low[j]] && !relSpeechPast[s.low[j]] {
			continue
		}
		if s.tag(j) == "VBD" || s.tag(j) == "VBN" && s.is(j-1, relHave) {
			return true
		}
	}
	return false
}

// relSpeechPast are the past verbs of speech among relArrangeVerbs: "said
// at the forum in Davos in January" was said there, so the forum is past.
var relSpeechPast = relWords(`said told added explained`)

// cityAtEvent: "ran in Birmingham at the 2003 World Indoor Championships"
// - the city held the event; a done or ongoing verb before "in" makes its
// subject a participant.
func (s *relSent) cityAtEvent(c *relMention) {
	i := c.last + 1
	if !s.word(c.first-1, "in") || !s.word(i, "at") {
		return
	}
	k := i + 1
	if s.word(k, "the") {
		k++
	}
	e, _ := s.headRight(k)
	if e < 0 || !s.r.isEvent(e) {
		return
	}
	if s.condBefore(c.first) || s.negBefore(c.first, 5) {
		return
	}
	pred := Hosted
	if s.clauseFuture(c.first, i) {
		pred = WillHost
	}
	s.r.add(c.entity, pred, e, s.idx, pred+"/in-city-at-event", 0.7)
	if v := c.first - 2; v >= 0 && s.is(v, relCompete) {
		j, mod := s.chainLeft(v, false)
		if mod.neg || mod.cond || mod.passive || !mod.done() && !mod.prog {
			return
		}
		for _, a := range s.subjectsOf(v, j) {
			s.r.add(a, ParticipatedIn, e, s.idx, "participatedIn/competed-in-city-at", 0.8)
		}
	}
}

// relCompete are verbs of taking part in a sporting event.
var relCompete = relWords(`ran run runs raced races competed competes played
	plays swam jumped threw finished`)

// eventTeams: "Six Nations teams France, Ireland and Wales",
// "Tri-Nations rivals Australia and New Zealand".
func (s *relSent) eventTeams(m *relMention, i int) {
	if !s.is(i, relTeams) {
		return
	}
	list, _ := s.objectsAt(i + 1)
	for _, c := range list {
		s.r.add(c, ParticipatedIn, m.entity, s.idx, "participatedIn/event-teams", 0.75)
	}
}

// presidency: "Britain's presidency of the EU", "the UK has made poverty
// a theme for its presidency of the G8", "Luxembourg, which holds the EU
// presidency": a country that holds an organisation's rotating
// presidency is a member of it.
func (s *relSent) presidency(t int) {
	if s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	var org []int
	j := t - 1
	var subj []int
	ok := false
	if m := s.mentionAt(j); m != nil && m.kind != MentionDemonym && s.r.typeOf(m.entity) == Organization {
		org = []int{m.entity}
		// "Britain's EU presidency", "which holds the EU presidency"
		if p := s.mentionAt(m.first - 2); p != nil && (s.word(m.first-1, "'s") || s.word(m.first-1, "'")) {
			subj, ok = []int{p.entity}, true
		} else if k, mod := s.chainLeft(m.first-b2i(s.word(m.first-1, "rotating")), true); mod.light && !mod.neg && !mod.cond && !relLightPrep[mod.lightV] {
			subj, _ = s.subjectsAt(k)
			ok = len(subj) > 0
		}
	} else if s.word(t+1, "of") {
		org, _ = s.objectsAt(t + 2)
	}
	if len(org) != 1 || s.r.typeOf(org[0]) != Organization || s.r.eventLike(org[0]) {
		return
	}
	if !ok {
		// "Ireland takes over the EU presidency", "X assumed the presidency of Y"
		k := t - 1
		if m := s.mentionAt(k); m != nil && m.entity == org[0] {
			k = m.first - 1
		}
		for k >= 0 && s.ment[k] < 0 && (s.word(k, "the") || s.word(k, "rotating") || s.tag(k) == "JJ" || s.tag(k) == "CD") {
			k--
		}
		if s.word(k, "over") {
			k--
		}
		if s.is(k, relPresVerb) {
			if j, mod := s.chainLeft(k, false); mod.done() || mod.prog {
				subj, _ = s.subjectsAt(j)
				ok = len(subj) > 0
			}
		}
	}
	if !ok {
		subj, _, ok = s.nominalSubject(t)
	}
	if !ok {
		// "for its 2005 presidency of the G8": the clause's subject.
		k := t - 1
		for k >= 0 && s.ment[k] < 0 && (s.tag(k) == "CD" || s.tag(k) == "JJ" || s.word(k, "rotating")) {
			k--
		}
		if m := s.mentionAt(k); m != nil && m.entity == org[0] {
			k = m.first - 1
		}
		if s.word(k, "its") || s.word(k, "their") {
			subj = s.clauseSubject(k)
		}
	}
	for _, a := range subj {
		// a country presides over a body of states only ("the UK's
		// presidency of the Royal Society" makes it no member:
		// titles_state_bodies.go)
		if s.r.typeOf(a) == Country && stateBody(&s.r.a.doc.Entities[org[0]]) {
			s.r.add(a, MemberOf, org[0], s.idx, "memberOf/presidency", 0.7)
		}
	}
}

// relPresVerb are the verbs of taking or holding a presidency.
var relPresVerb = relWords(`take takes took taken taking assume assumes assumed
	assuming hold holds held holding`)

// summitIn: "the WTO's members gather for a summit in Hong Kong", when
// the article also names the "Hong Kong summit": the city hosts that
// event (willHost when the sentence speaks of the future or of what
// could be).
func (s *relSent) summitIn(t int) {
	c := s.mentionAt(t + 2)
	if c == nil || c.first != t+2 || c.kind != MentionName {
		return
	}
	if ct := s.r.typeOf(c.entity); ct != City && ct != Place {
		return
	}
	if s.is(t-1, relNotDone) || s.negBefore(t, 6) || s.condBefore(t) {
		return
	}
	want := strings.ToLower(s.r.a.doc.Entities[c.entity].Name) + " " + s.low[t]
	ev := -1
	for i, e := range s.r.a.doc.Entities {
		if s.r.isEvent(i) && strings.ToLower(e.Name) == want {
			ev = i
			break
		}
	}
	if ev < 0 {
		return
	}
	pred := Hosted
	if s.eventClauseAhead(t, c.last) {
		pred = WillHost
	}
	s.r.add(c.entity, pred, ev, s.idx, pred+"/noun-in-city", 0.7)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// relDelegates are the people an organisation's meeting gathers.
var relDelegates = relWords(`countries nations states members leaders
	ministers delegates heads governments`)

// bodyMeetsIn: "The G8 countries will meet at Gleneagles in Scotland",
// "EU leaders met in Brussels": the place hosts the organisation's
// meeting when the article names it ("the G8 summit"); willHost when the
// meeting is still to come.
func (s *relSent) bodyMeetsIn(t int) {
	p := t + 1
	if !(s.word(p, "at") || s.word(p, "in")) {
		return
	}
	places, _ := s.objectsAt(p + 1)
	if len(places) != 1 {
		return
	}
	if pt := s.r.typeOf(places[0]); pt != City && pt != Place {
		return
	}
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.intend || mod.passive || s.condBefore(t) {
		return
	}
	k := j
	for k >= 0 && s.ment[k] < 0 && (s.is(k, relDelegates) || s.tag(k) == "JJ" || s.word(k, "finance") || s.word(k, "foreign") || s.word(k, "trade")) {
		k--
	}
	if k == j || !s.is(j, relDelegates) {
		return
	}
	m := s.mentionAt(k)
	if m == nil || m.kind != MentionName && m.kind != MentionAcronym || s.r.typeOf(m.entity) != Organization {
		return
	}
	surface := s.r.a.doc.Text[s.toks[m.first].Start:s.toks[m.last].End]
	ev := s.r.orgMeeting(m.entity, surface)
	if ev < 0 {
		return
	}
	pred := Hosted
	if mod.future || mod.inf || s.clauseFuture(t, t+1) {
		pred = WillHost
	}
	s.r.add(places[0], pred, ev, s.idx, pred+"/body-meets-in", 0.7)
}

// orgMeeting returns the one event named after organisation org ("G8
// summit", "G7 meeting", "EU summit"), or -1.
func (r *relState) orgMeeting(org int, surface string) int {
	forms := append([]string{surface, r.a.doc.Entities[org].Name}, r.a.doc.Entities[org].Aliases...)
	found := -1
	for i, e := range r.a.doc.Entities {
		if !r.isEvent(i) {
			continue
		}
		name := strings.ToLower(e.Name)
		for _, f := range forms {
			f = strings.ToLower(f)
			if name == f+" summit" || name == f+" meeting" || name == f+" conference" {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// admitted: "Pakistan was readmitted to the Commonwealth", "China was
// admitted into the WTO in 2001": a passive of joining.
func (s *relSent) admitted(t int) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.future || mod.intend || mod.inf || !mod.passive && !s.is(t-1, relBe) || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	orgs, _ := s.objectsAt(t + 2)
	for _, a := range subj {
		for _, o := range orgs {
			s.r.add(a, Joined, o, s.idx, "joined/admitted-to", 0.8)
		}
	}
}

// personInPlace: "Mr Putin, in Paris for talks with Mr Chirac, said",
// "Mr Brown, speaking in Dar es Salaam, said": a person placed in a city
// or country by an apposition is there on a visit.
func (s *relSent) personInPlace(m *relMention) {
	if m.kind != MentionName && m.kind != MentionRole || !s.word(m.last+1, ",") {
		return
	}
	if s.word(m.first-1, ",") {
		return // "set by another Ethiopian, X, in Stuttgart": the comma closes X
	}
	k := m.last + 2
	switch {
	case s.word(k, "in"):
		k++
	case s.word(k, "speaking") && s.word(k+1, "in"):
		k += 2
	case s.word(k, "visiting"):
		k++
	default:
		return
	}
	c := s.mentionAt(k)
	if c == nil || c.first != k || c.kind != MentionName {
		return
	}
	if t := s.r.typeOf(c.entity); t != City && t != Country {
		return
	}
	n := c.last + 1
	if !(s.word(n, ",") || s.word(n, "for") || s.word(n, "on") || s.word(n, "to") || s.word(n, "at") || s.is(n, relTemporal)) {
		return
	}
	s.r.add(m.entity, Visited, c.entity, s.idx, "visited/apposition-in", 0.65)
}

// squadAppos: "John Smith, the Labour MP for Hamilton, said",
// "George Gregan, the Wallabies captain,": the apposition makes the
// person a member of the body it names.
func (s *relSent) squadAppos(m *relMention) {
	if m.kind != MentionName || !s.word(m.last+1, ",") {
		return
	}
	k := m.last + 2
	if s.word(k, "the") || s.word(k, "a") || s.word(k, "an") {
		k++
	}
	o := s.mentionAt(k)
	if o == nil || o.first != k || o.kind == MentionPronoun || s.r.typeOf(o.entity) != Organization {
		return
	}
	k = o.last + 1
	if s.word(k, "'s") || s.word(k, "'") {
		k++
	}
	if !s.is(k, relSquad) || s.word(k, "member") || s.word(k, "members") || s.word(k, "candidate") || s.word(k, "candidates") {
		return // "member of" is read by memberOf; a candidate is not yet one
	}
	if n := k + 1; n < len(s.low) && !(s.word(n, ",") || s.word(n, "for") || s.word(n, ".") || s.word(n, "and") || s.word(n, ")")) {
		return // "X, the Labour MP turned minister": keep to plain appositions
	}
	for _, w := range s.low {
		if relTransfer[w] {
			return // "signed Smith, the Chelsea midfielder": his old club
		}
	}
	s.r.add(m.entity, MemberOf, o.entity, s.idx, "memberOf/squad-apposition", 0.7)
}

var (
	relBeat     = relWords(`beat beats beaten beating defeated defeats defeat thrashed edged`)
	relTold     = relWords(`told tells`)
	relAudience = relWords(`delegates audience audiences reporters journalists participants conference`)
)

// movedTo: "Smith moved to Arsenal in 2001", "later switched to Chelsea":
// a person joining an organisation (a city is a move, not a joining).
func (s *relSent) movedTo(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	orgs, _ := s.objectsAt(t + 2)
	for _, o := range orgs {
		if s.r.typeOf(o) == Organization && !s.r.eventLike(o) && s.r.a.typedOrganization(o) {
			s.r.add(subj[0], Joined, o, s.idx, "joined/moved-to", 0.7)
		}
	}
}

// beatIn: "Ireland beat France in the Six Nations", "Federer defeated
// Hewitt at the Masters Cup": both sides took part in the event.
func (s *relSent) beatIn(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) == 0 && j >= 0 {
		subj = s.unresolvedThey(j) // "However, they beat Samoa in ..."
	}
	other, end := s.objectsAt(t + 1)
	if len(subj) == 0 || len(other) != 1 {
		return
	}
	// "in the Six Nations" right after the beaten side, or after a score.
	k := end
	for n := 0; n < 4 && k < len(s.low) && s.ment[k] < 0 && !s.word(k, "in") && !s.word(k, "at"); n++ {
		if s.clauseEdge(k) && !s.word(k, "-") {
			return
		}
		k++
	}
	if !s.word(k, "in") && !s.word(k, "at") {
		return
	}
	ev, _ := s.objectsAt(k + 1)
	if len(ev) != 1 || !s.r.isEvent(ev[0]) {
		return
	}
	for _, a := range append(subj, other[0]) {
		s.r.add(a, ParticipatedIn, ev[0], s.idx, "participatedIn/beat-in", 0.75)
	}
}

var relInclude = relWords(`include includes included`)

// orgIncludes: "the 25-member EU, which includes Poland and Hungary":
// the countries an organisation includes are its members. Only states
// count ("the deal includes Microsoft" says nothing of membership).
func (s *relSent) orgIncludes(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive {
		return
	}
	org, _ := s.subjectsAt(j)
	if len(org) != 1 || s.r.typeOf(org[0]) != Organization || s.r.eventLike(org[0]) {
		return
	}
	members, _ := s.objectsAt(t + 1)
	for _, m := range members {
		if s.r.typeOf(m) == Country {
			s.r.add(m, MemberOf, org[0], s.idx, "memberOf/org-includes", 0.75)
		}
	}
}

var relSacked = relWords(`sacked fired dismissed axed ousted sacks fires sack`)

// sackedVerb: "Ranieri has been sacked as Valencia coach", "Mutu was
// sacked by Chelsea", "Valencia sacked Ranieri": the person left the
// organisation.
func (s *relSent) sackedVerb(t int) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.future || mod.intend || mod.inf || s.condBefore(t) {
		return
	}
	person, org := -1, -1
	one := func(ents []int, _ int) int {
		if len(ents) == 1 {
			return ents[0]
		}
		return -1
	}
	switch {
	case s.word(t+1, "by"):
		org = one(s.objectsAt(t + 2))
		person = one(s.subjectsAt(j))
		if person < 0 && s.word(j, ",") {
			// "Mutu, 25, sacked by Chelsea": a reduced relative.
			person = one(s.npLeftLoose(j - 1))
		}
	case s.word(t+1, "as"):
		k := t + 2
		if s.word(k, "the") {
			k++
		}
		if m := s.mentionAt(k); m != nil && m.first == k && s.r.typeOf(m.entity) == Organization {
			n := m.last + 1
			if s.word(n, "'s") || s.word(n, "'") {
				n++
			}
			for s.tag(n) == "JJ" || s.word(n, "football") || s.word(n, "national") {
				n++
			}
			if s.is(n, relHeadTitle) || s.is(n, relSquad) {
				org = m.entity
			}
		} else {
			for k < len(s.low) && (s.is(k, relHeadTitle) || s.word(k, "executive") || s.word(k, "director")) {
				k++
			}
			if s.word(k, "of") {
				org = one(s.objectsAt(k + 1))
			}
		}
		person = one(s.subjectsAt(j))
	case !mod.passive && strings.HasPrefix(s.tag(t), "VB"):
		org = one(s.subjectsAt(j))
		person = one(s.objectsAt(t + 1))
	}
	if person < 0 || org < 0 || s.r.typeOf(person) != Person || s.r.typeOf(org) != Organization {
		return
	}
	s.r.add(person, Left, org, s.idx, "left/sacked", 0.75)
}

// becameMember returns the token after "of" in "became a member of",
// "became the 149th member of", "become a full member of", or 0.
func (s *relSent) becameMember(t int) int {
	k := t + 1
	if !(s.word(k, "a") || s.word(k, "an") || s.word(k, "the")) {
		return 0
	}
	k++
	for n := 0; n < 3 && k < len(s.low) && s.ment[k] < 0 && (s.tag(k) == "JJ" || s.tag(k) == "CD" || s.word(k, "full") || s.word(k, "newest") || s.word(k, "latest")); n++ {
		if s.word(k, "associate") {
			return 0 // an associate member has not joined
		}
		k++
	}
	if s.word(k, "member") && s.word(k+1, "of") {
		return k + 2
	}
	return 0
}

// ratified: "Russia ratified the Kyoto Protocol": a state that ratifies
// a treaty becomes a party to it.
func (s *relSent) ratified(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	obj, _ := s.objectsAt(t + 1)
	for _, a := range subj {
		if s.r.typeOf(a) != Country {
			continue
		}
		for _, o := range obj {
			if s.r.agreementLike(o) {
				s.r.add(a, Joined, o, s.idx, "joined/ratified", 0.7)
			}
		}
	}
}

// expelled: "Zimbabwe was expelled from the Commonwealth".
func (s *relSent) expelled(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || !mod.passive && !s.is(t-1, relBe) || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	obj, _ := s.objectsAt(t + 2)
	for _, a := range subj {
		for _, o := range obj {
			s.r.add(a, Left, o, s.idx, "left/expelled-from", 0.75)
		}
	}
}

var relWelcome = relWords(`welcomed welcomes greeted greets received receives`)

// welcomed: "Mr Chirac welcomed Mr Putin to the Elysee Palace", "the
// Queen received President Yushchenko": a host meeting a guest. Both
// must be people; "welcomed the decision" says nothing.
func (s *relSent) welcomed(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj, _ := s.subjectsAt(j)
	guests, end := s.objectsAt(t + 1)
	if len(subj) != 1 || s.r.typeOf(subj[0]) != Person {
		return
	}
	if end < len(s.low) && !(s.toks[end].Tag == "." || s.clauseEdge(end) || s.is(end, relPrep) || s.word(end, "and") || s.is(end, relTemporal)) {
		return // "Mourinho receives Robson warning": a name modifying a noun
	}
	var to []int
	if s.word(end, "to") {
		// "welcomed Mr Putin to Paris": the guest is visiting.
		to, _ = s.objectsAt(end + 1)
	}
	for _, g := range guests {
		if s.r.typeOf(g) != Person {
			continue
		}
		s.r.add(subj[0], MetWith, g, s.idx, "metWith/welcomed", 0.7)
		if len(to) == 1 {
			s.r.add(g, Visited, to[0], s.idx, "visited/welcomed-to", 0.7)
		}
	}
}

// relStage are verbs of putting on an event, read like "host".
var relStage = relWords(`stage stages staged staging`)

// relFinish are verbs of a result in a competition.
var relFinish = relWords(`finished finishes came reached`)

// finishedAt: "Pavey, who came fifth in the 5,000m at the Athens
// Olympics", "X reached the semi-finals of the Australian Open": the
// competitor took part in the event.
func (s *relSent) finishedAt(t int) {
	j, mod := s.chainLeft(t, false)
	if !mod.done() || mod.passive || s.condBefore(t) {
		return
	}
	subj := s.subjectsOf(t, j)
	if len(subj) == 0 {
		return
	}
	// A place or stage of the competition comes first: "fifth", "second",
	// "the final", "the semi-finals", "the last eight".
	k := t + 1
	if s.word(k, "the") {
		k++
	}
	w := s.low[min(k, len(s.low)-1)]
	if !(relOrdinal[w] || strings.Contains(w, "final") || w == "last" || w == "top" || w == "runner-up" || w == "runners-up") {
		return
	}
	for k++; k < len(s.low) && k <= t+9; k++ {
		if s.clauseEdge(k) || s.ment[k] >= 0 && !s.r.isEvent(s.ms[s.ment[k]].entity) {
			return
		}
		if s.word(k, "at") || s.word(k, "in") || s.word(k, "of") {
			if ev, _ := s.objectsAt(k + 1); len(ev) == 1 && s.r.isEvent(ev[0]) {
				for _, a := range subj {
					s.r.add(a, ParticipatedIn, ev[0], s.idx, "participatedIn/finished-at", 0.75)
				}
				return
			}
		}
	}
}

var relOrdinal = relWords(`first second third fourth fifth sixth seventh eighth
	ninth tenth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th last joint`)

// relRegionNouns name a division of a country: "the state of Hessen".
var relRegionNouns = relWords(`state region province county district
	prefecture canton`)

// arrivalOf: "the arrival of X in Y" - X visited Y, unless the arrival is
// only planned or awaited ("the expected arrival of X", "will mark the
// arrival of X").
func (s *relSent) arrivalOf(t int) {
	if s.notDoneBefore(t) || s.negBefore(t, 6) || s.condBefore(t) || s.clauseFuture(t, t) {
		return
	}
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		if s.is(j, relAwait) {
			return
		}
	}
	subj, end := s.objectsAt(t + 2)
	if len(subj) == 1 && s.r.typeOf(subj[0]) == Person && !(s.word(end, "in") || s.word(end, "at") || s.word(end, "on")) {
		// "the arrival of X disrupted flights": a landing told next
		// places it.
		s.r.arrival = relAction{pred: Visited, obj: subj[0], sent: s.idx}
	}
	if len(subj) == 0 || !(s.word(end, "in") || s.word(end, "at")) {
		return
	}
	obj, oend := s.objectsAt(end + 1)
	if len(obj) == 0 && s.word(end, "at") {
		// "the arrival of X at Frankfurt airport"
		if c := s.mentionAt(end + 1); c != nil && c.first == end+1 && s.r.typeOf(c.entity) == City && s.is(c.last+1, relPorts) {
			obj, oend = []int{c.entity}, c.last+2
		}
	}
	_ = oend
	for _, a := range subj {
		if s.r.typeOf(a) != Person {
			continue
		}
		for _, b := range obj {
			s.r.add(a, Visited, b, s.idx, "visited/arrival-of", 0.75)
		}
	}
}

// relAwait are words that make an arrival a prospect, not a fact.
var relAwait = relWords(`await awaits awaited awaiting ahead before prepare
	prepares preparing anticipate anticipated`)

// relPorts are the places one lands at, named after their city.
var relPorts = relWords(`airport airbase airfield`)

// landedAt: "X landed at Frankfurt airport", "X arrived, landing at Y
// airport" - X visited the city.
func (s *relSent) landedAt(t int) {
	c := s.mentionAt(t + 2)
	if c == nil || c.first != t+2 || s.r.typeOf(c.entity) != City {
		return
	}
	if !s.is(c.last+1, relPorts) && !(s.word(c.last+1, "'s") && s.is(c.last+2, relPorts)) {
		// "landed at Frankfurt" alone is as often a flight number or a
		// club; the rule wants the airport.
		return
	}
	v := t
	if s.tag(t) == "VBG" && s.word(t-1, ",") {
		// "X arrived, landing at Y airport": the main verb's subject.
		v = t - 2
		if v < 0 || !s.is(v, relArrive) && !s.is(v, relArrived) {
			return
		}
	}
	j, mod := s.chainLeft(v, false)
	if !mod.done() || mod.passive || mod.neg || s.condBefore(v) {
		return
	}
	subj := s.subjectsOf(v, j)
	for _, a := range subj {
		s.r.add(a, Visited, c.entity, s.idx, "visited/landed-at-airport", 0.75)
	}
	if len(subj) == 0 && s.r.arrival.pred == Visited && s.idx-s.r.arrival.sent <= 1 && strings.HasSuffix(s.low[v], "ing") &&
		!s.landingCraftOwned(v, s.r.arrival.obj) {
		// "the arrival of X disrupted flights. ... as a result of Air Force
		// One landing at Frankfurt airport": the plane is X's.
		s.r.add(s.r.arrival.obj, Visited, c.entity, s.idx, "visited/arrival-then-landing", 0.65)
	}
}

// relTourN are the journeys that have legs.
var relTourN = relWords(`tour trip visit visits tours trips journey`)

// tourLeg: "X ... on the German leg of his European tour" - X visited the
// country of the demonym. The traveller is the nearest person before it in
// the same clause; a leg still to come ("will begin the German leg") is
// not a visit.
func (s *relSent) tourLeg(t int) {
	d := s.mentionAt(t - 1)
	if d == nil || d.kind != MentionDemonym || s.r.typeOf(d.entity) != Country {
		return
	}
	k := t + 2
	for k < len(s.low) && k < t+6 && !s.is(k, relTourN) && s.ment[k] < 0 {
		k++
	}
	if !s.is(k, relTourN) {
		return
	}
	if s.notDoneBefore(d.first) || s.negBefore(d.first, 6) || s.condBefore(d.first) || s.clauseFuture(d.first, k) {
		return
	}
	for j := d.first - 1; j >= 0 && j >= d.first-12 && !s.clauseEdge(j); j-- {
		if m := s.mentionAt(j); m != nil && m.last == j && m.kind != MentionDemonym {
			if s.r.typeOf(m.entity) == Person {
				s.r.add(m.entity, Visited, d.entity, s.idx, "visited/leg-of-tour", 0.7)
			}
			return
		}
	}
}

var (
	relPossDet = relWords(`his her their its the`)
	relPost    = relWords(`post job role position office`)
)

// postEnds reports that a verb of resigning has no object of its own: the
// clause ends, or a time or manner phrase follows ("resigned on Friday",
// "will step down in May", "resigned with immediate effect").
func (s *relSent) postEnds(k int) bool {
	if k >= len(s.low) {
		return true
	}
	if s.is(k, relPossDet) && s.is(k+1, relPost) {
		return true
	}
	switch s.low[k] {
	case ".", ",", ";", ":", "on", "in", "at", "after", "last", "this", "next",
		"with", "earlier", "later", "yesterday", "today", "tomorrow", "and", "but",
		"because", "amid", "over", "following", "when", "once", "before", "by",
		"early", "soon", "ahead", "immediately", "effective":
		return true
	}
	return false
}

// leavePost: "X, chief executive of Y, is to leave his post", "X will
// step down", "X subsequently resigned" - X leaves the organisation he
// leads, when the document has named it (one organisation only). Done it
// is left; announced, future or intended it is plansToLeave.
func (s *relSent) leavePost(t int, rule string) {
	j, mod := s.chainLeft(t, false)
	if cj, cm, ok := s.compelledAct(t); ok {
		j, mod = cj, cm // "was forced to resign": done
	}
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) || s.condAfter(t+1) {
		return
	}
	subj, at := s.subjectsAt(j)
	if len(subj) == 0 && (s.word(j, "-") || s.word(j, "–") || s.word(j, "—")) {
		// "Dr X - who became chairman of Y in 2004 - will step down"
		for k := j - 1; k >= 1 && k > j-30; k-- {
			if s.word(k, s.low[j]) {
				subj, at = s.npLeft(k - 1)
				at = s.npStart(k - 1)
				break
			}
		}
	}
	if m := s.mentionAt(j); len(subj) == 0 && m != nil && m.last == j && s.r.typeOf(m.entity) == Organization {
		subj, at = []int{m.entity}, m.first // read by the apposition check below
	}
	if len(subj) == 0 {
		s.groupLeave(t, mod)
	}
	if len(subj) != 1 {
		return
	}
	org := -1
	if s.r.typeOf(subj[0]) == Organization && s.word(at-1, "of") {
		// "X, the German co-head of Y will step down" (no closing comma):
		// the subject is the person before the title, the post is at Y.
		if p := s.apposHead(at - 1); p >= 0 {
			subj, org = []int{p}, subj[0]
		}
	}
	if s.r.typeOf(subj[0]) != Person {
		s.groupLeave(t, mod) // "Two directors of Fiat resigned"
		return
	}
	if org < 0 {
		org = s.apposPost(at)
	}
	for _, f := range s.r.a.doc.Facts {
		if org >= 0 {
			break
		}
		if f.Predicate != LeaderOf || f.Subject != subj[0] || s.r.typeOf(f.Object) != Organization {
			continue
		}
		if org >= 0 && org != f.Object {
			return // two posts: which one he leaves is unclear
		}
		org = f.Object
	}
	pred, conf := Left, 0.7
	if mod.future || mod.intend || mod.inf || mod.prog || mod.past {
		pred, conf = PlansToLeave, 0.7
	}
	if org < 0 {
		// The post named elsewhere: "former Fiat chief executive X ... X
		// subsequently resigned", "the co-head of group EADS X is to leave".
		org = s.r.personPost(subj[0], pred == Left)
	}
	if org < 0 {
		return
	}
	s.r.add(subj[0], pred, org, s.idx, pred+"/"+rule, conf)
}

// relStageN are the parts of a competition one can win: "the first event
// of the World Sevens series", "the opening round of E".
var relStageN = relWords(`event events round rounds leg stage stages race
	races match game leg tournament`)

// relPostTitle are the titles of the person at the head of a body, and
// relNotHead the words that make a title someone else's.
var (
	relPostTitle = lexicon.RoleClass("post-title")
	relNotHead   = relWords(`deputy vice former assistant acting ex- one`)
)

// apposHead: for "X, the German co-head of" with of at k, the person X
// before the comma, or -1.
func (s *relSent) apposHead(k int) int {
	if !s.is(k-1, relPostTitle) {
		return -1
	}
	for c := k - 2; c >= 0 && c > k-8; c-- {
		if s.is(c, relNotHead) {
			return -1
		}
		if s.word(c, ",") {
			if m := s.mentionAt(c - 1); m != nil && s.r.typeOf(m.entity) == Person {
				return m.entity
			}
			return -1
		}
		if s.ment[c] >= 0 && s.mentionAt(c).kind != MentionDemonym {
			return -1
		}
	}
	return -1
}

// apposPost: for a subject starting at token at, "X, (the) chief executive
// of Y, ..." - the body Y, or -1.
func (s *relSent) apposPost(at int) int {
	m := s.mentionAt(at)
	if m == nil || !s.word(m.last+1, ",") {
		return -1
	}
	for k := m.last + 2; k < len(s.low) && k < m.last+9; k++ {
		if s.is(k, relNotHead) || s.word(k, ",") {
			return -1
		}
		if s.word(k, "of") && s.is(k-1, relPostTitle) {
			if e, _ := s.headRight(k + 1); e >= 0 && s.r.typeOf(e) == Organization {
				return e
			}
			return -1
		}
	}
	return -1
}
