package model

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

func TestIsPlace(t *testing.T) {
	for typ, want := range map[EntityType]bool{Country: true, City: true, Place: true, Person: false, Organization: false, Event: false} {
		if got := typ.IsPlace(); got != want {
			t.Errorf("%s.IsPlace() = %v, want %v", typ, got, want)
		}
	}
}

func TestMentionsIn(t *testing.T) {
	m := func(sent, start int) Mention {
		return Mention{Sentence: sent, Span: textseg.Span{Start: start, End: start + 1}}
	}
	d := &Document{Mentions: []Mention{m(0, 1), m(0, 5), m(2, 20), m(2, 25), m(2, 30), m(4, 50)}}
	for _, c := range []struct {
		sent   int
		starts []int
	}{{0, []int{1, 5}}, {1, nil}, {2, []int{20, 25, 30}}, {4, []int{50}}, {5, nil}} {
		var got []int
		for _, x := range d.MentionsIn(c.sent) {
			got = append(got, x.Start)
		}
		if !reflect.DeepEqual(got, c.starts) {
			t.Errorf("MentionsIn(%d) starts = %v, want %v", c.sent, got, c.starts)
		}
	}
}

func TestTwoEntities(t *testing.T) {
	m := func(e int) Mention { return Mention{Entity: e} }
	for _, c := range []struct {
		ms   []Mention
		want bool
	}{
		{[]Mention{m(0), m(1)}, true},
		{[]Mention{m(0), m(0), m(0)}, false},
		{[]Mention{m(3), m(-1)}, false},
		{[]Mention{m(3), m(-1), m(2)}, true},
		{[]Mention{m(0)}, false},
	} {
		if got := TwoEntities(c.ms); got != c.want {
			t.Errorf("TwoEntities(%v) = %v, want %v", c.ms, got, c.want)
		}
	}
}
