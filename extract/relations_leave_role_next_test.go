package extract

import "testing"

// TestRoleLeaveNamedNext: the person named at the head of the sentence
// after "The drummer with X has quit" left X, unless an apposition gives
// them another role. Every text is invented.
func TestRoleLeaveNamedNext(t *testing.T) {
	ash := "Dan Ash left Organization:Redline"
	lead := "The drummer with rock band Redline has quit the music industry. "
	runFactCases(t, []string{Left}, []factCase{
		{"named next", lead + "Dan Ash told a radio station he was tired.", []string{ash}, nil},
		{"named next, same role", lead + "Dan Ash, the band's drummer, told a radio station he was tired.", []string{ash}, nil},
		{"named next, an age", lead + "Dan Ash, 32, told a radio station he was tired.", []string{ash}, nil},
		{"named next, another role", lead + "Dan Ash, the singer, said he was sad.", nil, []string{ash}},
		{"named next, a possessive role", lead + "Dan Ash, Redline's manager, said he was sad.", nil, []string{ash}},
	})
}
