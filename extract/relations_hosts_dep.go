package extract

// The dependency rules (deprel.go) run after the surface rules and read
// tense from the parse alone, so "X is hosting Y ... next year" can give
// a dependency hosted fact beside the surface rules' willHost for the
// same pair and sentence, which read the time words. The surface reading
// is the finer one there; the dependency hosted is dropped.

// depHostedBesideWillHost reports a dependency fact sub hosted obj in
// sentence sent when the surface rules already gave sub willHost obj
// from that sentence.
func (r *relState) depHostedBesideWillHost(sub int, pred string, obj, sent int) bool {
	if pred != Hosted || !r.seen[relFactKey{sub, WillHost, obj}] {
		return false
	}
	for _, f := range r.a.doc.Facts {
		if f.Subject == sub && f.Predicate == WillHost && f.Object == obj && f.Sentence == sent {
			return true
		}
	}
	return false
}
