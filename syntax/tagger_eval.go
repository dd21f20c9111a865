package syntax

// TagScore counts a tagger's agreement with gold tags.
type TagScore struct {
	Tokens, XPOS, UPOS int
}

// XPOSAcc and UPOSAcc are percentages.
func (s TagScore) XPOSAcc() float64 { return pct(s.XPOS, s.Tokens) }
func (s TagScore) UPOSAcc() float64 { return pct(s.UPOS, s.Tokens) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// EvalTagger tags copies of the gold sentences' words and counts matching
// tags; gold is left as it was.
func EvalTagger(t *Tagger, gold []*Sentence) TagScore {
	var sc TagScore
	for _, g := range gold {
		s := &Sentence{Words: g.Words}
		t.Tag(s)
		for i := range g.Words {
			sc.Tokens++
			if s.XPOS[i] == g.XPOS[i] {
				sc.XPOS++
			}
			if s.UPOS[i] == g.UPOS[i] {
				sc.UPOS++
			}
		}
	}
	return sc
}
