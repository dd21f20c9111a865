package extract

import (
	"strings"
	"testing"
)

// TestSeatedMembers covers a seat in an elected body written beside a
// name (titles_seats.go). Every sentence is invented; the near misses are
// a past seat, a body that is no legislature, a seat of another kind and
// a seat named without its body.
func TestSeatedMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Councillor Amina Qureshi of Sheffield City Council said the plan was sound.", "Amina Qureshi memberOf Sheffield City Council"},
		{"Amina Qureshi, a councillor on Leeds City Council, said the plan was sound.", "Amina Qureshi memberOf Leeds City Council"},
		{"Tom Hale, a deputy in the State Duma, said the plan was sound.", "Tom Hale memberOf State Duma"},
		// Near misses.
		{"Former councillor Amina Qureshi of Sheffield City Council said the plan was sound.", ""},
		{"Councillor Amina Qureshi of the Local Government Association said the plan was sound.", ""},
		{"Amina Qureshi, a critic of Leeds City Council, said the plan was sound.", ""},
		{"Amina Qureshi, a councillor, attacked Leeds City Council on Monday.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == MemberOf })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
