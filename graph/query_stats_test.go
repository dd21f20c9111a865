package graph

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

// Stats counts in one pass what size counts term by term.
func TestStatsOnePassMatchesPerTermCounts(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byType := map[string]int64{}
	for _, c := range st.ByType {
		byType[c.Name] = c.Count
	}
	byPred := map[string]int64{}
	for _, c := range st.ByPred {
		byPred[c.Name] = c.Count
	}
	var entities int64
	for _, ty := range EntityTypes {
		want, err := s.size(ctx, quad.Object, s.voc.Term(string(ty)))
		if err != nil {
			t.Fatal(err)
		}
		entities += want
		if byType[string(ty)] != want {
			t.Errorf("%s: %d, want %d", ty, byType[string(ty)], want)
		}
	}
	for _, p := range FactPredicates {
		want, err := s.size(ctx, quad.Predicate, s.voc.Term(p))
		if err != nil {
			t.Fatal(err)
		}
		if byPred[p] != want {
			t.Errorf("%s: %d, want %d", p, byPred[p], want)
		}
	}
	for name, c := range map[string]struct {
		got  int64
		term string
	}{"documents": {st.Documents, TypeDocument}, "sentences": {st.Sentences, TypeSentence}, "quotes": {st.Quotes, TypeQuote}} {
		want, err := s.size(ctx, quad.Object, s.voc.Term(c.term))
		if err != nil {
			t.Fatal(err)
		}
		if c.got != want {
			t.Errorf("%s: %d, want %d", name, c.got, want)
		}
	}
	// The stories: 2 documents, 2 quotes, 6 entities (Kovalenko, Estravia
	// and Norland shared), leaderOf stated 4 times in 2 sentences.
	if st.Documents != 2 || st.Quotes != 2 || entities != 6 || st.Entities != 6 || byPred["leaderOf"] != 4 || byPred["left"] != 1 {
		t.Errorf("stats = %+v", st)
	}
}
