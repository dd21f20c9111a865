package extract

import "testing"

// TestTitleRegionLeaders covers a governor's or premier's title before a
// name with a state or province typed as a place ("Utah Governor X"): the
// holder leads the region. Other leader titles before a region name a
// firm's regional head or a party's branch leader and lead nothing, and so
// do deputies and former holders. Every sentence is invented.
func TestTitleRegionLeaders(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Utah Governor Mark Hollis called the decision a gift.", "Mark Hollis leaderOf Utah"},
		{"The minister met New South Wales Premier Ann Costa on Monday.", "Ann Costa leaderOf New South Wales"},
		{"Former Utah Governor Mark Hollis called the decision a gift.", ""},
		{"Utah deputy governor Mark Hollis called the decision a gift.", ""},
		{"Asia-Pacific president Ron Tan said sales rose.", ""},
		{"Yorkshire leader Tom Hale said the vote was close.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
