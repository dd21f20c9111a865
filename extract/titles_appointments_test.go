package extract

import "testing"

// TestAppointmentUndone: an appointment noun with "as ROLE" makes its
// holder the leader only when the appointment went through; one blocked,
// rejected, proposed, pending or put with a modal gives nothing. Every
// sentence is invented.
func TestAppointmentUndone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// Done appointments.
		{"Since Ann Lee's appointment as chairman of Brightcode, shares have fallen.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee's appointment as chairman of Brightcode was confirmed on Friday.", "Ann Lee leaderOf Brightcode"},
		{"The election of Ann Lee as mayor of Chisinau surprised analysts.", "Ann Lee leaderOf Chisinau"},
		{"Investors welcomed Ann Lee's appointment as chief executive of Brightcode.", "Ann Lee leaderOf Brightcode"},
		// Failed, pending or planned ones.
		{"Ann Lee's appointment as chairman of Brightcode was blocked on Friday.", ""},
		{"Ann Lee's appointment as chairman of Brightcode has been rejected by the regulator.", ""},
		{"Ann Lee's appointment as chairman of Brightcode would be a surprise.", ""},
		{"Ann Lee's appointment as chairman of Brightcode is expected to be approved next week.", ""},
		{"Ann Lee's appointment as chairman of Brightcode is subject to a shareholder vote.", ""},
		{"Ann Lee's appointment as chairman of Brightcode will not go ahead.", ""},
		{"The proposed election of Ann Lee as mayor of Chisinau divided the council.", ""},
		{"Shareholders rejected Ann Lee's appointment as chairman of Brightcode.", ""},
		{"The union voiced its opposition to Ann Lee's appointment as chairman of Brightcode.", ""},
		{"Councillors voted against the election of Ann Lee as mayor of Chisinau.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
