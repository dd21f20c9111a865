package extract

// A resignation someone was compelled to make is made: "was forced to
// resign", "was made to step down", "had to quit" tell a done act (left),
// not a plan, though an infinitive follows. The tense is that of the verb
// of compulsion: "will be forced to resign", "could be made to quit",
// "may have to resign" stay plans or hypotheses.

// compelledVerbs, after a form of "be", compel the infinitive after them.
var compelledVerbs = relWords(`forced made compelled obliged`)

// compelledAct recognises "<be> forced to" or "had to" before the verb at
// t and returns the chain read from the verb of compulsion instead.
func (s *relSent) compelledAct(t int) (int, relMod, bool) {
	if !s.word(t-1, "to") {
		return 0, relMod{}, false
	}
	switch v := t - 2; {
	case s.word(v, "had"):
		j, m := s.chainLeft(v, false)
		return j, m, true
	case s.is(v, compelledVerbs) && s.tag(v) == "VBN" && (s.is(v-1, relBe) || s.is(v-1, relAdverb) && s.is(v-2, relBe)):
		j, m := s.chainLeft(v, false)
		m.passive = false // the passive is the compulsion's, not the leaving's
		return j, m, true
	}
	return 0, relMod{}, false
}
