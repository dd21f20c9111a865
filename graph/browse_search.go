package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// Search finds entities whose name or alias matches q, best first: exact
// name, exact alias, name prefix, alias prefix, word prefix, substring;
// ties go to the better-connected entity, then the shorter name. Matching
// ignores case, curly versus straight quotes and repeated spaces.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]EntitySummary, error) {
	needle := normName(q)
	if needle == "" {
		return []EntitySummary{}, nil
	}
	if limit <= 0 {
		limit = 20
	}
	b := s.browser()
	type hit struct {
		id     string
		tier   int
		name   string
		degree int64
	}
	best := map[string]*hit{}
	consider := func(p string, alias bool) error {
		return b.scan(ctx, quad.Predicate, quad.IRI(p), func(qd quad.Quad) bool {
			id, ok := iriOf(qd.Subject)
			if !ok || !s.isEntity(id) {
				return true
			}
			t := matchTier(normName(literal(qd.Object)), needle, alias)
			if t < 0 {
				return true
			}
			if h, ok := best[id]; !ok || t < h.tier {
				best[id] = &hit{id: id, tier: t, name: literal(qd.Object)}
			}
			return true
		})
	}
	if err := consider(SchemaName, false); err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	if err := consider(SchemaAltName, true); err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	hits := make([]*hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].tier != hits[j].tier {
			return hits[i].tier < hits[j].tier
		}
		return hits[i].id < hits[j].id
	})
	// Degree only for the candidates that can still make the list.
	if len(hits) > 4*limit {
		hits = hits[:4*limit]
	}
	for _, h := range hits {
		h.degree = s.degreeEstimate(ctx, h.id)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, c := hits[i], hits[j]
		if a.tier != c.tier {
			return a.tier < c.tier
		}
		if a.degree != c.degree {
			return a.degree > c.degree
		}
		return len(a.name) < len(c.name)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]EntitySummary, 0, len(hits))
	for _, h := range hits {
		n, err := b.node(ctx, h.id)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", q, err)
		}
		out = append(out, n.summary())
	}
	return out, nil
}

// degreeEstimate is the number of quads pointing at id: mentions, facts
// and quotes, a measure of how prominent an entity is.
func (s *Store) degreeEstimate(ctx context.Context, id string) int64 {
	return s.countRefs(ctx, quad.Object, quad.IRI(id))
}

// matchTier ranks how name matches needle (both normalised): lower is
// better, -1 is no match.
func matchTier(name, needle string, alias bool) int {
	off := 0
	if alias {
		off = 1
	}
	switch {
	case name == needle:
		return 0 + off
	case strings.HasPrefix(name, needle):
		return 2 + off
	case strings.Contains(" "+name, " "+needle):
		return 4
	case strings.Contains(name, needle):
		return 5
	}
	return -1
}

var nameReplacer = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "-", " ", "\u2013", " ")

func normName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(nameReplacer.Replace(s))), " ")
}
