package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// EntityTypes are the entity types Stats counts.
var EntityTypes = []extract.EntityType{extract.Person, extract.Organization, extract.Country, extract.City, extract.Place, extract.Event}

// FactPredicates are the fact predicates Stats counts: the scored
// vocabulary plus said.
var FactPredicates = []string{
	extract.LeaderOf, extract.MemberOf, extract.Left, extract.PlansToLeave, extract.Joined,
	extract.Hosted, extract.WillHost, extract.MetWith, extract.LocatedIn,
	extract.ParticipatedIn, extract.Visited, PredSaid,
}

// Count is a named number, for ordered output.
type Count struct {
	Name  string `json:"name"`
	Count int64  `json:"count"`
}

// Stats summarises a store.
type Stats struct {
	Documents int64   `json:"documents"`
	Sentences int64   `json:"sentences"`
	Quotes    int64   `json:"quotes"`
	Quads     int64   `json:"quads"`
	Nodes     int64   `json:"nodes"`
	Entities  int64   `json:"entities"`
	ByType    []Count `json:"entitiesByType"`
	ByPred    []Count `json:"factsByPredicate"`
}

// Stats counts documents, quads, entities by type and facts by predicate.
// Entity description quads are stored once however many documents share
// them, so nothing is counted twice.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	gs, err := s.qs.Stats(ctx, true)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Quads, st.Nodes = gs.Quads.Value, gs.Nodes.Value
	countType := func(t string) (int64, error) { return s.size(ctx, quad.Object, s.voc.Term(t)) }
	if st.Documents, err = countType(TypeDocument); err != nil {
		return st, err
	}
	if st.Sentences, err = countType(TypeSentence); err != nil {
		return st, err
	}
	if st.Quotes, err = countType(TypeQuote); err != nil {
		return st, err
	}
	for _, t := range EntityTypes {
		n, err := countType(string(t))
		if err != nil {
			return st, err
		}
		st.Entities += n
		if n > 0 {
			st.ByType = append(st.ByType, Count{string(t), n})
		}
	}
	for _, p := range FactPredicates {
		n, err := s.size(ctx, quad.Predicate, s.voc.Term(p))
		if err != nil {
			return st, err
		}
		if n > 0 {
			st.ByPred = append(st.ByPred, Count{p, n})
		}
	}
	sort.SliceStable(st.ByType, func(i, j int) bool { return st.ByType[i].Count > st.ByType[j].Count })
	sort.SliceStable(st.ByPred, func(i, j int) bool { return st.ByPred[i].Count > st.ByPred[j].Count })
	return st, nil
}
