package extract

import "testing"

// TestHearsayClause: a fixed fact is not read from a clause passed on as
// report or rumour, while the same fact stated, or a report the text
// confirms, is kept. Every text is invented.
func TestHearsayClause(t *testing.T) {
	met := []string{"Claire Dumont metWith Person:Jens Vogel"}
	left := []string{"Russia left Organization:Council of Europe"}
	plans := []string{"Russia plansToLeave Organization:Council of Europe"}
	runFactCases(t, []string{MetWith, Left, PlansToLeave}, []factCase{
		{"stated", "Claire Dumont held talks with Jens Vogel in Paris, her office confirmed.",
			met, nil},
		{"confirmed reports", "Her office confirmed reports that Claire Dumont had held talks with Jens Vogel in Paris.",
			met, nil},
		{"reports that", "Her office would not comment on reports that Claire Dumont had held talks with Jens Vogel in Paris.",
			nil, met},
		{"speculation that", "There was speculation that Claire Dumont met Jens Vogel in Paris last week.",
			nil, met},
		{"rumours suggested", "Recent rumours have suggested that Russia has been wanting to quit the Council of Europe.",
			nil, plans},
		{"allegations claimed", "Allegations claimed Russia quit the Council of Europe in March.",
			nil, left},
		{"it is rumoured", "It is widely rumoured that Russia will quit the Council of Europe.",
			nil, plans},
		{"after the clause", "Amid reports that its envoy was ill, Russia quit the Council of Europe in March.",
			left, nil},
	})
}
