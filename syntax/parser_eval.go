package syntax

// Score counts what an evaluation compares. Attachment scores exclude
// punctuation (gold UPOS PUNCT), as is usual for English; tag accuracies
// count every token.
type Score struct {
	Tokens, UPOSRight, XPOSRight  int
	Scored, HeadRight, LabelRight int
}

func attachPct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (s Score) UPOS() float64 { return attachPct(s.UPOSRight, s.Tokens) }
func (s Score) XPOS() float64 { return attachPct(s.XPOSRight, s.Tokens) }
func (s Score) UAS() float64  { return attachPct(s.HeadRight, s.Scored) }
func (s Score) LAS() float64  { return attachPct(s.LabelRight, s.Scored) }

// Add compares one analysed sentence with its gold version (same tokens).
func (s *Score) Add(gold, pred *Sentence) {
	at := func(xs []string, i int) string {
		if i < len(xs) {
			return xs[i]
		}
		return ""
	}
	for i := range gold.Words {
		s.Tokens++
		if at(pred.UPOS, i) == at(gold.UPOS, i) {
			s.UPOSRight++
		}
		if at(pred.XPOS, i) == at(gold.XPOS, i) {
			s.XPOSRight++
		}
		if at(gold.UPOS, i) == "PUNCT" {
			continue
		}
		s.Scored++
		if i < len(pred.Head) && i < len(gold.Head) && pred.Head[i] == gold.Head[i] {
			s.HeadRight++
			if at(pred.Deprel, i) == at(gold.Deprel, i) {
				s.LabelRight++
			}
		}
	}
}

// EvaluateParser parses copies of gold sentences with their own tags and
// scores the attachments.
func EvaluateParser(p *Parser, gold []*Sentence) Score {
	var sc Score
	for _, g := range gold {
		s := &Sentence{Words: g.Words, XPOS: g.XPOS, UPOS: g.UPOS, Lemmas: g.Lemmas}
		p.Parse(s)
		sc.Add(g, s)
	}
	return sc
}
