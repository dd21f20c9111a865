package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
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
	// OpenFacts counts open facts (encode_open.go), kept apart from the
	// fixed predicates.
	OpenFacts int64 `json:"openFacts"`
}

// Stats counts documents, quads, entities by type and facts by predicate.
// Entity description quads are stored once however many documents share
// them, so nothing is counted twice.
//
// Every count is of quads with a given object (the types) or predicate
// (the facts), all taken in one pass over the quads: bolt has no
// predicate index and no object-only one, so counting each of the ~20
// terms on its own meant a scan of every quad per predicate, minutes on a
// store of a million quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	gs, err := s.qs.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		// A bolt store that was created but never written (an ingest of
		// empty or binary files only, or one killed in its first second)
		// has no size yet: it holds nothing.
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Quads, st.Nodes = gs.Quads.Value, gs.Nodes.Value

	types := []string{TypeDocument, TypeSentence, TypeQuote, TypeOpenFact}
	for _, t := range EntityTypes {
		types = append(types, string(t))
	}
	byObject, err := s.refKeys(types)
	if err != nil {
		return st, err
	}
	byPred, err := s.refKeys(FactPredicates)
	if err != nil {
		return st, err
	}
	objCount := make([]int64, len(types))
	predCount := make([]int64, len(FactPredicates))
	if len(byObject)+len(byPred) > 0 {
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q := it.Result()
			if len(byObject) > 0 {
				o, err := s.qs.QuadDirection(q, quad.Object)
				if err != nil {
					return st, fmt.Errorf("stats: %w", err)
				}
				if i, ok := byObject[refs.ToKey(o)]; ok {
					objCount[i]++
				}
			}
			if len(byPred) > 0 {
				p, err := s.qs.QuadDirection(q, quad.Predicate)
				if err != nil {
					return st, fmt.Errorf("stats: %w", err)
				}
				if i, ok := byPred[refs.ToKey(p)]; ok {
					predCount[i]++
				}
			}
		}
		if err := it.Err(); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	st.Documents, st.Sentences, st.Quotes, st.OpenFacts = objCount[0], objCount[1], objCount[2], objCount[3]
	for i, t := range EntityTypes {
		n := objCount[4+i]
		st.Entities += n
		if n > 0 {
			st.ByType = append(st.ByType, Count{string(t), n})
		}
	}
	for i, p := range FactPredicates {
		if n := predCount[i]; n > 0 {
			st.ByPred = append(st.ByPred, Count{p, n})
		}
	}
	sort.SliceStable(st.ByType, func(i, j int) bool { return st.ByType[i].Count > st.ByType[j].Count })
	sort.SliceStable(st.ByPred, func(i, j int) bool { return st.ByPred[i].Count > st.ByPred[j].Count })
	return st, nil
}

// refKeys maps the store keys of the vocabulary terms locals to their
// positions; terms the store has never seen are left out.
func (s *Store) refKeys(locals []string) (map[any]int, error) {
	out := make(map[any]int, len(locals))
	for i, l := range locals {
		ref, err := s.qs.ValueOf(s.voc.Term(l))
		if err != nil {
			return nil, fmt.Errorf("stats: %s: %w", l, err)
		}
		if ref != nil {
			out[refs.ToKey(ref)] = i
		}
	}
	return out, nil
}
