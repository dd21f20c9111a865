package browse

import (
	"context"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/graph"
)

// How two entities are connected: shortest paths over the facts between
// entities, with "mentioned in the same sentence" as a weaker link where
// no fact joins a pair. The links come from the Index, built in one pass
// over the store and rebuilt after every write, so a path query touches
// the store only for the names and the evidence of the steps it returns.

// CoMention is the predicate of a path step that joins two entities named
// in one sentence without a fact between them.
const CoMention = "co-mention"

// Path search bounds: the most hops asked for, and the most shortest
// paths enumerated per pass before ranking (a hub such as a country can
// join thousands of equally short paths).
const (
	MaxPathHops    = 4
	maxPathsListed = 400
)

// link is one edge of the path graph, seen from one end.
type link struct {
	to    int32
	pred  string // fact predicate IRI, or CoMention
	out   bool   // this end is the fact's subject
	label string // a sentence stating it
}

// buildLinks turns the facts (with a sentence stating each) and the
// entities each sentence mentions into adjacency lists by entry number.
func (ix *Index) buildLinks(facts map[[3]string]string, sentEnts map[string][]string) [][]link {
	links := make([][]link, len(ix.entries))
	num := func(id string) (int32, bool) {
		e, ok := ix.byID[id]
		if !ok || e.sum.Type == "" {
			return 0, false
		}
		return e.num, true
	}
	joined := map[[2]int32]bool{}
	for k, lbl := range facts {
		a, ok1 := num(k[0])
		b, ok2 := num(k[2])
		if !ok1 || !ok2 || a == b {
			continue
		}
		if lbl == "-" {
			lbl = ""
		}
		links[a] = append(links[a], link{to: b, pred: k[1], out: true, label: lbl})
		links[b] = append(links[b], link{to: a, pred: k[1], out: false, label: lbl})
		joined[[2]int32{min(a, b), max(a, b)}] = true
	}
	// Co-mentions: sentences naming many entities (lists, tables) say
	// little about any pair in them, so they are left out.
	const maxPerSentence = 12
	sents := make([]string, 0, len(sentEnts))
	for s := range sentEnts {
		sents = append(sents, s)
	}
	sort.Strings(sents) // the same sentence is chosen as evidence on every build
	for _, s := range sents {
		var ids []int32
		seen := map[int32]bool{}
		for _, id := range sentEnts[s] {
			if n, ok := num(id); ok && !seen[n] {
				seen[n] = true
				ids = append(ids, n)
			}
		}
		if len(ids) > maxPerSentence {
			continue
		}
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				k := [2]int32{min(a, b), max(a, b)}
				if joined[k] {
					continue
				}
				joined[k] = true
				links[a] = append(links[a], link{to: b, pred: CoMention, out: true, label: s})
				links[b] = append(links[b], link{to: a, pred: CoMention, out: false, label: s})
			}
		}
	}
	for i := range links {
		// Facts before co-mentions, so a step between two nodes is the
		// strongest link joining them.
		sort.SliceStable(links[i], func(x, y int) bool {
			return links[i][x].pred != CoMention && links[i][y].pred == CoMention
		})
	}
	return links
}

// PathStep is one hop: a fact (Source Predicate Target, as stored) or a
// co-mention, with the sentence it rests on. Forward says the step is
// walked from Source to Target (false: from Target to Source).
type PathStep struct {
	Source     NodeRef      `json:"source"`
	Predicate  string       `json:"predicate"`
	Label      string       `json:"label"`
	Target     NodeRef      `json:"target"`
	Forward    bool         `json:"forward"`
	Provenance []Provenance `json:"provenance"`
}

// Path is a chain of steps from one entity to another.
type Path struct {
	Steps []PathStep `json:"steps"`
}

// Paths is the answer to "how are A and B connected?".
type Paths struct {
	From  NodeRef `json:"from"`
	To    NodeRef `json:"to"`
	Hops  int     `json:"hops"` // the most hops searched
	Paths []Path  `json:"paths"`
}

// Paths finds up to limit shortest paths of at most hops steps between
// two entities, shortest first; among paths of one length, those resting
// on facts come before those needing co-mentions. Both the shortest paths
// over facts alone and over facts and co-mentions are listed, so a fact
// chain one hop longer than a co-mention shortcut is not lost.
func (ix *Index) Paths(ctx context.Context, r *Reader, from, to string, hops, limit int) (Paths, error) {
	ix = ix.fresh() // fresh.go
	hops = min(max(hops, 1), MaxPathHops)
	if limit <= 0 {
		limit = 5
	}
	out := Paths{Hops: hops, Paths: []Path{}}
	a, ok := ix.byID[from]
	if !ok || a.sum.Type == "" {
		return out, fmt.Errorf("path from %s: %w", from, ErrNotFound)
	}
	b, ok := ix.byID[to]
	if !ok || b.sum.Type == "" {
		return out, fmt.Errorf("path to %s: %w", to, ErrNotFound)
	}
	out.From = NodeRef{ID: a.sum.ID, Name: a.sum.Name, Type: a.sum.Type}
	out.To = NodeRef{ID: b.sum.ID, Name: b.sum.Name, Type: b.sum.Type}
	if a == b {
		return out, nil
	}
	var found [][]link
	seen := map[string]bool{}
	for _, factsOnly := range []bool{true, false} {
		for _, p := range ix.shortest(a.num, b.num, hops, factsOnly) {
			k := pathKey(p)
			if !seen[k] {
				seen[k] = true
				found = append(found, p)
			}
		}
		if err := ctx.Err(); err != nil {
			return out, fmt.Errorf("path %s to %s: %w", from, to, err)
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if len(found[i]) != len(found[j]) {
			return len(found[i]) < len(found[j])
		}
		ci, cj := coMentions(found[i]), coMentions(found[j])
		if ci != cj {
			return ci < cj
		}
		// Through less prominent intermediaries first: a path through a
		// specific person says more than one through a whole country.
		return ix.hubness(found[i]) < ix.hubness(found[j])
	})
	if len(found) > limit {
		found = found[:limit]
	}
	br := r.browser()
	for _, p := range found {
		path, err := ix.describe(ctx, br, a.num, p)
		if err != nil {
			return out, fmt.Errorf("path %s to %s: %w", from, to, err)
		}
		out.Paths = append(out.Paths, path)
	}
	return out, nil
}

// shortest lists the shortest paths (as the links walked) from a to b of
// at most hops steps, up to maxPathsListed.
func (ix *Index) shortest(a, b int32, hops int, factsOnly bool) [][]link {
	usable := func(l link) bool { return !factsOnly || l.pred != CoMention }
	// Distances from b, up to hops: a walk from a then only takes steps
	// that bring it one nearer to b, so every walk it completes is
	// shortest.
	distB := map[int32]int{b: 0}
	frontier := []int32{b}
	for d := 1; d <= hops && len(frontier) > 0; d++ {
		var next []int32
		for _, n := range frontier {
			for _, l := range ix.links[n] {
				if _, ok := distB[l.to]; !ok && usable(l) {
					distB[l.to] = d
					next = append(next, l.to)
				}
			}
		}
		if _, ok := distB[a]; ok {
			break
		}
		frontier = next
	}
	total, ok := distB[a]
	if !ok {
		return nil
	}
	var paths [][]link
	var walk []link
	var dfs func(n int32)
	dfs = func(n int32) {
		if len(paths) >= maxPathsListed {
			return
		}
		if n == b {
			paths = append(paths, append([]link(nil), walk...))
			return
		}
		left := total - len(walk)
		stepped := map[int32]bool{}
		for _, l := range ix.links[n] {
			if d, ok := distB[l.to]; !ok || d != left-1 || stepped[l.to] || !usable(l) {
				continue
			}
			stepped[l.to] = true // the first (strongest) link to each neighbour
			walk = append(walk, l)
			dfs(l.to)
			walk = walk[:len(walk)-1]
		}
	}
	dfs(a)
	return paths
}

func pathKey(p []link) string {
	k := ""
	for _, l := range p {
		k += fmt.Sprintf("%d %s;", l.to, l.pred)
	}
	return k
}

func coMentions(p []link) int {
	n := 0
	for _, l := range p {
		if l.pred == CoMention {
			n++
		}
	}
	return n
}

// hubness sums the prominence of the intermediate entities of a path.
func (ix *Index) hubness(p []link) int {
	h := 0
	for _, l := range p[:len(p)-1] {
		h += ix.entries[l.to].prominence()
	}
	return h
}

// describe turns links walked from start into steps with names and the
// sentence each rests on.
func (ix *Index) describe(ctx context.Context, br *browser, start int32, p []link) (Path, error) {
	path := Path{Steps: make([]PathStep, 0, len(p))}
	at := start
	for _, l := range p {
		here, there := ix.entries[at].sum, ix.entries[l.to].sum
		hereRef := NodeRef{ID: here.ID, Name: here.Name, Type: here.Type}
		thereRef := NodeRef{ID: there.ID, Name: there.Name, Type: there.Type}
		st := PathStep{Predicate: l.pred, Label: graph.LocalName(l.pred), Source: hereRef, Target: thereRef, Forward: true, Provenance: []Provenance{}}
		if l.pred == CoMention {
			st.Label = "same sentence"
		} else if !l.out {
			st.Source, st.Target, st.Forward = thereRef, hereRef, false
		}
		if l.label != "" {
			subj, err := br.node(ctx, st.Source.ID)
			if err != nil {
				return path, err
			}
			obj, err := br.node(ctx, st.Target.ID)
			if err != nil {
				return path, err
			}
			pr, err := br.provenance(ctx, l.label, subj, obj)
			if err != nil {
				return path, err
			}
			st.Provenance = append(st.Provenance, pr)
		}
		path.Steps = append(path.Steps, st)
		at = l.to
	}
	return path, nil
}
