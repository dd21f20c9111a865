package extract

import "testing"

// TestEnvoySenders: a state's envoy to a body, or that of a union of
// states, makes the sender a member; an agency's or a charity's envoy
// does not. Every text is invented.
func TestEnvoySenders(t *testing.T) {
	runFactCases(t, []string{MemberOf}, []factCase{
		{"a state's envoy", "Omar Haidari, Afghanistan's envoy to the United Nations, spoke on Monday.",
			[]string{"Afghanistan memberOf Organization:United Nations"}, nil},
		{"a union of states", "The European Union envoy to the World Trade Organization, Karl Brandt, spoke on Monday.",
			[]string{"European Union memberOf Organization:World Trade Organization"}, nil},
		{"a charity's envoy", "The Red Cross envoy to the United Nations, Maria Lind, spoke on Monday.",
			nil, []string{"Red Cross memberOf Organization:United Nations"}},
	})
}
