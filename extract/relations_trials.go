package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Trials told across a court story. A report of a trial names the trial
// once ("Mr Ebbers' trial", "the Michael Jackson child abuse trial") and
// then tells who stood in it sentence by sentence, without naming it
// again: a witness "told the court", "testified" or "gave evidence", the
// defendant "is on trial", and the lawyers and the judge are named by
// their court roles ("defence lawyer X", "prosecutor X", "Judge X").
// Each of them took part in the trial (GOLD.md: participatedIn). A city
// named with the court a witness addressed ("told a New York court",
// "told the court in the town of Santa Maria") hosted it.
//
// Only a story that speaks of a court (courtStory) and names one trial
// gets these facts: with two trials named, a witness could have spoken
// at either.

// Rule names shown by --explain.
const (
	ruleTrialWitness   = "participatedIn/trial-witness"   // "X told the court", "X testified"
	ruleTrialDefendant = "participatedIn/trial-defendant" // "X is on trial"
	ruleTrialRole      = "participatedIn/trial-role"      // "defence lawyer X"
	ruleTrialCourt     = "hosted/trial-court"             // "told a New York court"
)

var (
	// trialTellVerbs tell what a witness said to the court ("admitted to
	// jurors").
	trialTellVerbs = lexicon.WordSet(`told tells telling admitted`)
	// trialAddressees are whom a witness tells: the court and the jury.
	trialAddressees = lexicon.WordSet(`court jury jurors trial`)
	// trialTestifyVerbs are a witness's acts by themselves.
	trialTestifyVerbs = lexicon.WordSet(`testified testifying testifies`)
	// trialEvidenceVerbs take "evidence": "gave evidence", "giving
	// evidence at the trial".
	trialEvidenceVerbs = lexicon.WordSet(`gave giving given gives`)
	// trialStandVerbs put the defendant on trial: "is on trial", "went on
	// trial", "stood trial".
	trialOnVerbs    = lexicon.WordSet(`is are was were been went goes gone`)
	trialStandVerbs = lexicon.WordSet(`stood standing stands`)
	// trialRoles are the court roles before a name: "defence lawyer X",
	// "prosecutor X", "Judge X" (the honorific is part of the title).
	trialRoles = lexicon.WordSet(`prosecutor prosecutors judge attorney
		witness`)
	// trialRoleMods narrow "lawyer" and "attorney" to the trial's own:
	// "defence lawyer X", "district attorney X".
	trialRoleMods = lexicon.WordSet(`defence defense prosecution district`)
)

// trialParticipants adds the facts of a court story's one trial.
func (r *relState) trialParticipants() {
	a := r.a
	if !a.courtStory() {
		return
	}
	trial := r.storyTrial()
	if trial < 0 {
		return
	}
	r.trialSentences(trial, false)
	if r.trialUnderWay(trial) {
		// Roles are named before a trial opens too ("US judge X pushed
		// back a preliminary hearing"): only a trial the story has under
		// way gives its lawyers and judge.
		r.trialSentences(trial, true)
	}
}

// trialSentences runs the act rules over the story's sentences, or the
// role rule when roles is set.
func (r *relState) trialSentences(trial int, roles bool) {
	r.eachSentence(r.a.trialCue, func(s *relSent) {
		for t := range s.low {
			if s.ment[t] >= 0 || s.inQuote(t) {
				continue
			}
			if roles {
				if trialRoles[s.low[t]] || s.is(t, trialRoleMods) && (s.word(t+1, "lawyer") || s.word(t+1, "attorney")) {
					s.trialRole(t, trial)
				}
				continue
			}
			switch {
			case trialTellVerbs[s.low[t]] && strings.HasPrefix(s.tag(t), "VB"):
				k := t + 1
				if s.word(t, "admitted") && s.word(k, "to") {
					k++ // "admitted to jurors"
				}
				if c := s.trialAddressee(k); c >= 0 {
					s.trialAct(t, trial, ruleTrialWitness)
					s.trialCourtCity(k, c, trial)
				}
			case trialTestifyVerbs[s.low[t]]:
				s.trialAct(t, trial, ruleTrialWitness)
			case trialEvidenceVerbs[s.low[t]] && s.word(t+1, "evidence"):
				s.trialAct(t, trial, ruleTrialWitness)
			case trialOnVerbs[s.low[t]] && s.word(t+1, "on") && s.word(t+2, "trial"),
				trialStandVerbs[s.low[t]] && s.word(t+1, "trial"):
				s.trialAct(t, trial, ruleTrialDefendant)
			}
		}
	})
}

// trialUnderWay reports a participant of the trial found: a witness, the
// defendant on trial, or the defendant of a trial told as begun
// (participatedIn/proceeding-of).
func (r *relState) trialUnderWay(trial int) bool {
	for _, f := range r.a.doc.Facts {
		if f.Predicate == ParticipatedIn && f.Object == trial {
			return true
		}
	}
	return false
}

// storyTrial returns the one trial the story names: an event whose name
// has the word "trial". Two descriptions of the same defendant's trial
// ("Ebbers' trial", "the trial of Mr Ebbers") are one trial, taken by its
// first mention; trials of two defendants make the story ambiguous, and
// -1 is returned.
func (r *relState) storyTrial() int {
	trials := make(map[int]bool)
	for e := range r.a.doc.Entities {
		if !r.isEvent(e) {
			continue
		}
		for _, w := range relFieldsLower(r.a.doc.Entities[e].Name) {
			if w == "trial" {
				trials[e] = true
			}
		}
	}
	if len(trials) == 0 {
		return -1
	}
	defendant := -1
	for _, f := range r.a.doc.Facts {
		if f.Rule == ruleOwnerDefender && trials[f.Object] {
			if defendant >= 0 && defendant != f.Subject {
				return -1
			}
			defendant = f.Subject
		}
	}
	for _, m := range r.a.ments {
		if m.entity >= 0 && trials[m.entity] {
			return m.entity
		}
	}
	return -1
}

// trialCue reports a word of the rules in sentence i, so that only those
// sentences are tagged.
func (a *analysis) trialCue(i int) bool {
	return a.sentenceHasWord(i, trialTellVerbs, trialTestifyVerbs, trialRoles, trialCueNouns)
}

// trialCueNouns mark a sentence of the trial besides its verbs and roles.
var trialCueNouns = lexicon.WordSet(`evidence trial lawyer`)

// trialAddressee returns the token of "court", "jury" or "jurors" that
// the words from k on name as whom a witness told ("the court", "a New
// York court", "the federal court", "jurors"), or -1.
func (s *relSent) trialAddressee(k int) int {
	for j := k; j < len(s.low) && j <= k+4; j++ {
		if trialAddressees[s.low[j]] && s.ment[j] < 0 {
			return j
		}
		if s.word(j, "the") || s.word(j, "a") || s.mentionAt(j) != nil && s.typeAt(j) == City ||
			s.ment[j] < 0 && strings.HasPrefix(s.tag(j), "JJ") {
			continue
		}
		return -1
	}
	return -1
}

// trialAct adds participatedIn of the trial for the named persons who are
// the subjects of the verb at token t, when the verb tells of something
// done or under way ("will testify later in the trial" is still to come).
func (s *relSent) trialAct(t, trial int, rule string) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || s.condBefore(t) || !mod.done() && !mod.prog {
		return
	}
	for _, e := range s.subjectsOf(t, j) {
		if s.r.typeOf(e) == Person && s.namedOutsideQuotes(e, t+1) {
			s.r.add(e, ParticipatedIn, trial, s.idx, rule, 0.7)
		}
	}
}

// trialRole adds participatedIn of the trial for the person named right
// after the court role at token t ("prosecutor Tom Sneddon", "defence
// lawyer Reid Weingarten", "Judge Rodney Melville").
func (s *relSent) trialRole(t, trial int) {
	n := t + 1
	if s.is(t, trialRoleMods) {
		n = t + 2 // "defence lawyer"
	}
	m := s.mentionAt(n)
	if m == nil || m.first != n || s.r.typeOf(m.entity) != Person || m.kind != MentionName {
		return
	}
	s.r.add(m.entity, ParticipatedIn, trial, s.idx, ruleTrialRole, 0.7)
}

// trialCourtCity adds hosted for the city of the court a witness told,
// named before "court" ("a New York court") or after it ("the court in
// the Californian town of Santa Maria"), from token k up to the word
// "court" at c.
func (s *relSent) trialCourtCity(k, c, trial int) {
	if !s.word(c, "court") {
		return
	}
	for j := k; j < c; j++ {
		if m := s.mentionAt(j); m != nil && s.r.typeOf(m.entity) == City {
			s.r.add(m.entity, Hosted, trial, s.idx, ruleTrialCourt, 0.7)
			return
		}
	}
	if !s.word(c+1, "in") {
		return
	}
	for j := c + 2; j < len(s.low) && j <= c+8; j++ {
		if s.clauseEdge(j) {
			return
		}
		if m := s.mentionAt(j); m != nil {
			if s.r.typeOf(m.entity) == City {
				s.r.add(m.entity, Hosted, trial, s.idx, ruleTrialCourt, 0.7)
			}
			return
		}
	}
}
