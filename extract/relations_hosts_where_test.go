package extract

import "testing"

// TestWhereAttendHost: a place with "in" or "at" and a "where" clause
// whose verb attends an event holds the event, in the clause's tense.
// A place that is an origin, a "where" clause with a verb of its own
// before the attending, and a negated or hoped-for attending give no
// hosting. Every text is invented.
func TestWhereAttendHost(t *testing.T) {
	held := "Geneva hosted Event:Global Trade Forum"
	ahead := "Geneva willHost Event:Global Trade Forum"
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"were attending", "The ministers met in Geneva, where their deputies were attending the Global Trade Forum.",
			[]string{held}, []string{ahead}},
		{"attended", "The talks ended in Geneva, where the envoys had attended the Global Trade Forum.",
			[]string{held}, []string{ahead}},
		{"will attend", "The ministers will meet in Geneva, where their deputies will attend the Global Trade Forum.",
			[]string{ahead}, []string{held}},
		{"future sentence, past clause", "The ministers will meet in Geneva, where their deputies attended the Global Trade Forum last year.",
			[]string{held}, []string{ahead}},
		{"origin", "The delegates flew in from Geneva, where officials were attending the Global Trade Forum.",
			nil, []string{held, ahead}},
		{"verb of its own", "Tom Baird, speaking in Geneva, where he had flown after attending the Global Trade Forum, praised the talks.",
			nil, []string{held, ahead}},
		{"negated", "The ministers met in Geneva, where their deputies were not attending the Global Trade Forum.",
			nil, []string{held, ahead}},
		{"hoped", "The ministers will meet in Geneva, where their deputies hope to attend the Global Trade Forum.",
			nil, []string{held, ahead}},
	})
}
