package graph

import (
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestCollectQuadsDistinct: collectQuads lists each distinct quad of a
// batch once, at its first occurrence, whether its subject has a few
// quads (compared along the subject's chain), more than subjectChainMax
// (looked up in the map once the chain is full), or none.
func TestCollectQuadsDistinct(t *testing.T) {
	var qs []quad.Quad
	add := func(s, p, o, l quad.Value) { qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l}) }
	name := quad.IRI("http://ex.org/name")
	knows := quad.IRI("http://ex.org/knows")
	doc := quad.IRI("http://ex.org/doc/1")
	// A subject with two quads, each given twice, one with and one
	// without a label, and the same text as an IRI and as a string.
	add(quad.IRI("http://ex.org/ann"), name, quad.String("Ann"), nil)
	add(quad.IRI("http://ex.org/ann"), name, quad.String("Ann"), doc)
	add(quad.IRI("http://ex.org/ann"), name, quad.String("Ann"), nil)
	add(quad.IRI("http://ex.org/ann"), knows, quad.IRI("Ann"), nil)
	add(quad.IRI("http://ex.org/ann"), knows, quad.String("Ann"), nil)
	add(quad.IRI("http://ex.org/ann"), name, quad.String("Ann"), doc)
	// A subject with far more quads than the chain holds, each repeated
	// further on.
	hub := quad.IRI("http://ex.org/hub")
	for round := 0; round < 2; round++ {
		for i := range 3 * subjectChainMax {
			add(hub, knows, quad.IRI(fmt.Sprintf("http://ex.org/p%d", i)), doc)
		}
	}
	// No subject: the map alone.
	add(nil, name, quad.String("orphan"), nil)
	add(nil, name, quad.String("orphan"), nil)
	// Other kinds of value.
	add(quad.BNode("b1"), name, quad.LangString{Value: "Anne", Lang: "fr"}, nil)
	add(quad.BNode("b1"), name, quad.LangString{Value: "Anne", Lang: "fr"}, nil)
	add(quad.BNode("b1"), name, quad.TypedString{Value: "1", Type: "http://ex.org/int"}, nil)

	var want []int
	seen := map[quad.Quad]bool{}
	for i, q := range qs {
		if !seen[q] {
			seen[q] = true
			want = append(want, i)
		}
	}
	_, got := collectQuads(qs)
	if len(got) != len(want) {
		t.Fatalf("%d distinct quads, want %d", len(got), len(want))
	}
	for i, bq := range got {
		if bq.pos != want[i] {
			t.Errorf("quad %d at position %d, want %d", i, bq.pos, want[i])
		}
	}
}

// TestNodeSetKinds: the same text as an IRI and as a string is two
// values; the same value met twice is one node.
func TestNodeSetKinds(t *testing.T) {
	s := newNodeSet(8)
	iri, str := s.node(quad.IRI("x")), s.node(quad.String("x"))
	if iri == str {
		t.Fatal("IRI <x> and string \"x\" share a node")
	}
	if s.node(quad.IRI("x")) != iri || s.node(quad.String("x")) != str {
		t.Error("a value met again got another node")
	}
	if b := s.node(quad.BNode("x")); b == iri || b == str || s.node(quad.BNode("x")) != b {
		t.Error("blank node _:x: wrong node")
	}
	if len(s.byHash) != 3 {
		t.Errorf("%d nodes, want 3", len(s.byHash))
	}
}
