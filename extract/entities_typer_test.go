package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/nertype"
)

// withTyperRetypes switches the typer on with table for one test (the
// package's tests run one at a time) and back off after it.
func withTyperRetypes(t *testing.T, table map[[2]EntityType]float64) {
	t.Helper()
	saved := typerRetypes
	typerRetypes = table
	t.Cleanup(func() { typerRetypes = saved })
}

// A name the rules can only guess (no first name, title, gazetteer entry
// or head word) is typed Organization by default; switched on, the trained
// typer makes it a person when its contexts say so, and leaves it alone
// when they do not. Switched off (the shipped table), nothing moves.
func TestTyperRetypesWeakNames(t *testing.T) {
	quoted := "Coach speaks\n\n\"We played well and I am proud of the team,\" said Brannagh, who scored twice.\n"
	company := "Profits up\n\nShares in Darrowby rose 5% after Darrowby said its profits had doubled.\n\nDarrowby makes engines.\n"
	on := map[[2]EntityType]float64{{Organization, Person}: testTyperMargin}
	for _, c := range []struct {
		name, text string
		table      map[[2]EntityType]float64
		entity     string
		want       EntityType
	}{
		{"a quoted speaker, typer on", quoted, on, "Brannagh", Person},
		{"a company's results, typer on", company, on, "Darrowby", Organization},
		{"a quoted speaker, typer off", quoted, typerRetypes, "Brannagh", Organization},
	} {
		withTyperRetypes(t, c.table)
		d := extractText(t, c.text)
		found := false
		for _, e := range d.Entities {
			if e.Name == c.entity {
				found = true
				if e.Type != c.want {
					t.Errorf("%s: %q typed %s, want %s", c.name, c.entity, e.Type, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no entity %q in %v", c.name, c.entity, entitySummary(d))
		}
	}
}

func TestPersonShaped(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		name string
		want bool
	}{
		{"G Henson", true},
		{"O'Callaghan", true},
		{"Ten Cate", true},
		{"Come", false},          // a common word, from a title
		{"American Life", false}, // a demonym opens it
	} {
		if got := x.personShaped(c.name); got != c.want {
			t.Errorf("personShaped(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TyperSilver labels the names the rules type with strong evidence and
// keeps none of the features that reveal the cue itself.
func TestTyperSilver(t *testing.T) {
	text := "Microsoft profits rise\n\nShares in Microsoft rose after Microsoft said its profits had doubled.\n\nMr Kelworth, the chief executive, said Kelworth was pleased.\n\nThe final of the Davis Cup is in Belgium.\n"
	ex, err := testExtractor(t).TyperSilver(context.Background(), "test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[nertype.Label]int{}
	for _, e := range ex {
		got[e.Gold]++
		for _, f := range e.Features {
			for _, cue := range []string{"name=", "gaz", "head:", "first=", "last=", "firstname", "suf"} {
				if strings.HasPrefix(f, cue) {
					t.Errorf("%v example keeps cue feature %q", e.Gold, f)
				}
			}
		}
	}
	for _, want := range []nertype.Label{nertype.Organization, nertype.Person, nertype.Place, nertype.Event} {
		if got[want] == 0 {
			t.Errorf("no %v example (got %v)", want, got)
		}
	}
	if _, err := testExtractor(t).TyperSilver(context.Background(), "blank", []byte("  \n")); err == nil {
		t.Error("TyperSilver of a blank text: no error")
	}
}

// testTyperMargin switches the typer on in tests: the licensed model (EWT
// and GUM text) is sure of a quoted speaker at 8 a mention.
const testTyperMargin = 8
