package lexicon

import (
	"reflect"
	"testing"
)

func TestUnion(t *testing.T) {
	tests := []struct {
		name string
		sets []map[string]bool
		want map[string]bool
	}{
		{"none", nil, map[string]bool{}},
		{"one", []map[string]bool{WordSet("film book")}, WordSet("film book")},
		{"overlapping", []map[string]bool{WordSet("film book"), WordSet("book song")}, WordSet("film book song")},
		// a word mapped to false is in no set, so not in the union
		{"false member", []map[string]bool{{"film": false, "song": true}}, WordSet("song")},
	}
	for _, tc := range tests {
		if got := Union(tc.sets...); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Union = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestUnionIsACopy(t *testing.T) {
	a := WordSet("film")
	u := Union(a)
	u["song"] = true
	if a["song"] {
		t.Error("writing the union changed a set it was made from")
	}
}
