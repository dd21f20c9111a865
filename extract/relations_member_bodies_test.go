package extract

import (
	"strings"
	"testing"
)

// TestMemberBodies covers the memberships read beside a name for a
// membership body that is no party ("X of Amnesty International", "the
// TUC's X") and the lists paired by "respectively". Every sentence is
// invented; each construction has negatives: a firm, a think-tank, a
// union of states, a place, a title, a person unnamed.
func TestMemberBodies(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A body by a word of its name, by its name, by the text's word.
		{"Moira Dunn of the National Union of Teachers said the strike would go ahead.", "Moira Dunn memberOf National Union of Teachers"},
		{"The plan was criticised by Helen Marsh of Amnesty International on Monday.", "Helen Marsh memberOf Amnesty International"},
		{"Nurses in the Unison union voted to strike. Moira Dunn of Unison said the strike would go ahead.", "Moira Dunn memberOf Unison"},
		{"The Trades Union Congress's Moira Dunn said the strike would go ahead.", "Moira Dunn memberOf Trades Union Congress"},
		// A firm, a think-tank, a union of states: no membership.
		{"Tom Hale of Barclays said the shares would rise.", ""},
		{"Tom Hale, a fellow of the Lisbon Council, said the talks would go ahead.", ""},
		{"Tom Hale of the European Union said the talks would go ahead.", ""},
		{"Councillor Ann Rowe of the Local Government Association said the rent rise was unfair.", ""},
		{"The African Union's Tom Hale said the talks would go ahead.", ""},
		// A place, a title, an unnamed holder.
		{"Prince Edward, the Duke of Wessex, opened the hospital in Leeds.", ""},
		{"The leader of the National Union of Teachers said the strike would go ahead.", ""},
		// "respectively": the names and the parties in order, only when
		// the lists are as long.
		{"Wing Lo-kam and Peter Siu of respectively the Liberal Party and the Civic Party won seats.", "Wing Lo-kam memberOf Liberal Party; Peter Siu memberOf Civic Party"},
		{"Wing Lo-kam and Peter Siu of respectively the Liberal Party, the Civic Party and the Labour Party won seats.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Predicate == MemberOf })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
