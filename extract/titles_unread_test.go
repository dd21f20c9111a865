package extract

import "testing"

// TestUnreadOwners: a title's owner written as the name of an
// organisation the story knows, where the entity stage read no name
// before the role; a scope word or a descriptor noun between owner and
// role; and the same shapes where the role makes no head or the owner is
// no organisation; a publication's editor. Every sentence is invented.
func TestUnreadOwners(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{`UK-based bank Western Chartered said it would spend $3.3bn to buy a rival. Western Chartered has its headquarters in London. "We are comfortable with the price paid," said Western Chartered chief executive Tom Hale at a London press conference.`, "Tom Hale leaderOf Western Chartered"},
		{`Australian airline Teal Wing said profits after tax would be lower. "Demand is sluggish," said Teal Wing chief executive Tom Hale. Teal Wing was launched four years ago.`, "Tom Hale leaderOf Teal Wing"},
		{`Card fraud firm Retail Choices said fraud rose. Retail Choices chief executive Tom Hale told the BBC that fraud would fall.`, "Tom Hale leaderOf Retail Choices"},
		{`Australian airline Teal Wing said profits after tax would be lower. "Demand is sluggish," said Teal Wing deputy chief executive Tom Hale.`, ""},
		{`Card fraud firm Retail Choices said fraud rose. Retail Choices finance director Tom Hale told the BBC that fraud would fall.`, ""},
		{`Sales at Crimson Harbour rose. Crimson Harbour chief executive Ann Lee said costs were rising.`, ""},
		// Scope words and descriptor nouns.
		{"Brightcode's global chief executive, Ann Lee, said costs rose.", "Ann Lee leaderOf Brightcode"},
		{"Tom Hale, Brightcode group chief executive, said costs rose.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode's newly-appointed chief executive Ann Lee met staff.", "Ann Lee leaderOf Brightcode"},
		{"Sales at Brightcode rose. Brightcode magazine president Ann Lee said the attack was sickening.", "Ann Lee leaderOf Brightcode"},
		{"Brightcode's global head of research, Ann Lee, said costs rose.", ""},
		{"Brightcode group finance director Ann Lee said costs rose.", ""},
		// A publication's editor heads it; a desk's editor, one of
		// several, or an editor with a nationality does not.
		{"Tom Hale, editor of PC Review Magazine, said phones sold well.", "Tom Hale leaderOf PC Review Magazine"},
		{"Brightcode editor Tom Hale said phones sold well.", "Tom Hale leaderOf Brightcode"},
		{"Tom Hale is the editor of the Brightcode website.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode's business editor, Tom Hale, said phones sold well.", ""},
		{"Tom Hale, an editor of Brightcode, said sales rose.", ""},
		{"British editor Tom Hale said sales rose.", ""},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSubNationalTitles: a bare premier's title with a state's or a
// region's word before it leads no country named in the context; a
// caretaker manager leads his club. Invented sentences.
func TestSubNationalTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Bavaria and Germany\n\nState premier Hans Weber said Germany would back the plan.", ""},
		{"Bavaria and Germany\n\nPremier Hans Weber said Germany would back the plan.", "Hans Weber leaderOf Germany"},
		{"Wolverhampton Wanderers lost the league match. Wolverhampton Wanderers caretaker manager Stuart Gray praised the squad.", "Stuart Gray leaderOf Wolverhampton Wanderers"},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
