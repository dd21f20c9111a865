package extract

import "testing"

// TestApposedAgentLinks: a past participle with its agent right after a
// noun in apposition to a name ("X, the media company controlled by Y")
// links the name to the agent; a negated participle and one without an
// agent do not.
func TestApposedAgentLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		{text: "Telsk Group, the media company controlled by tycoon Marek Novotny, is eyeing a move into games.",
			want: []string{"Telsk Group control_by Marek Novotny"}},
		{text: "Telsk Group hired Marek Novotny, a lawyer praised by Orvane Holdings.",
			want: []string{"Marek Novotny praise_by Orvane Holdings"}},
		// Negative: the participle is negated.
		{text: "Telsk Group, the media company not controlled by tycoon Marek Novotny, is eyeing a move into games.",
			absent: []string{"Telsk Group control_by Marek Novotny"}},
		// Negative: no agent, so the participle may be another phrase's.
		{text: "Telsk Group, the media company based in Glasgow, is eyeing a move into games.",
			absent: []string{"Telsk Group be_base_in Glasgow"}},
	})
}
