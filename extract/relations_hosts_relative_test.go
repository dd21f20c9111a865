package extract

import (
	"testing"
)

func TestRelativeHost(t *testing.T) {
	cases := []struct {
		text string
		want []string // hosting facts of any rule (the dependency rules read some of these)
	}{
		// The event is the object of the relative clause, by tense.
		{"Smith won gold at the Harbour Games, which Chile hosted in 2019.", []string{"Chile hosted Harbour Games"}},
		{"Smith will miss the Atlantic Cup, which Lisbon will stage next year.", []string{"Lisbon willHost Atlantic Cup"}},
		{"Tickets for the Andean Open that Perth is co-hosting have sold out.", []string{"Perth hosted Andean Open"}},
		// A progressive with the event ahead of the story: to come.
		{"The vote will be taken on the eve of the Atlantic Cup, which Chile is hosting.", []string{"Chile willHost Atlantic Cup"}},
		{"Smith is fit for the Andean Open, which Perth is hosting.", []string{"Perth hosted Andean Open"}},
		// Denied, doubted or only wished for: nothing.
		{"Smith spoke of the Harbour Games, which Chile did not host.", nil},
		{"Smith spoke of the Harbour Games, which Chile could host.", nil},
		{"Smith spoke of the Harbour Games, which Chile hopes to host.", nil},
		// The verb has an object of its own.
		{"Smith spoke at the Harbour Games, which Chile hosted a dinner for.", nil},
		{"Smith spoke at the Harbour Games, which Chile said it hosted.", nil},
	}
	checkHostFacts(t, cases, func(f Fact) bool { return f.Predicate == Hosted || f.Predicate == WillHost })
}
