package graph

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/testcorpus"
)

func TestNameKeys(t *testing.T) {
	got := NameKeys("Jean-Claude  Juncker", "Mr Juncker", "JUNCKER")
	want := []string{"jean-claude juncker", "jean", "claude", "juncker", "mr juncker", "mr"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("NameKeys = %q, want %q", got, want)
	}
}

// storyC is invented: a firm and a person sharing a word of their names.
const storyC = "McAllister hires new chief\n\n" +
	"The engineering firm McAllister named Ian McAllister as chief executive. " +
	"Minister Vell welcomed the appointment.\n"

func docC(source string, vellAlias string) *extract.Document {
	d := &extract.Document{Source: source, Text: storyC, Title: "McAllister hires new chief", Words: 17}
	d.Sentences = testcorpus.SentencesOf(d.Text)
	d.Entities = []extract.Entity{
		{Key: "organization/mcallister", Type: extract.Organization, Name: "McAllister"},
		{Key: "person/ian-mcallister", Type: extract.Person, Name: "Ian McAllister"},
		{Key: "person/jonas-vell", Type: extract.Person, Name: "Jonas Vell", Aliases: []string{vellAlias}},
	}
	d.Mentions = []extract.Mention{{Sentence: 1, Entity: 0}, {Sentence: 1, Entity: 1}, {Sentence: 2, Entity: 2}}
	d.Facts = []extract.Fact{{Subject: 1, Predicate: extract.LeaderOf, Object: 0, Sentence: 1, Rule: "title-of"}}
	return d
}

// named runs the prelude's entitiesNamed and returns the IRIs found.
func named(t *testing.T, s *Store, name string) []string {
	t.Helper()
	text, err := s.Script(`entitiesNamed(args[0]).forEach(function (e) { g.Emit(e); });`, []string{name})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.Query(context.Background(), text, 0)
	if err != nil {
		t.Fatalf("entitiesNamed(%q): %v", name, err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, strings.TrimPrefix(strings.TrimSuffix(r.(string), ">"), "<"+s.voc.Base+"entity/"))
	}
	sort.Strings(out)
	return out
}

func TestEntitiesNamedByWord(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, docC("c.txt", "Minister Vell"))
	for name, want := range map[string][]string{
		// Whole names, any case: exact matches only.
		"McAllister":     {"organization/mcallister"},
		"mcallister":     {"organization/mcallister"},
		"MCALLISTER":     {"organization/mcallister"},
		"ian mcallister": {"person/ian-mcallister"},
		"iAN mcALLISTER": {"person/ian-mcallister"},
		// One word of a name or alias.
		"ian":      {"person/ian-mcallister"},
		"marta":    {"person/marta-kovalenko"},
		"minister": {"person/jonas-vell"},
		"ports":    {"organization/baltic-ports-union"},
		// Several words in order, not a whole name.
		"baltic ports": {"organization/baltic-ports-union"},
		// Words out of order or not all present: nothing.
		"mcallister ian": nil,
		"ian kovalenko":  nil,
		"mcall":          nil,
	} {
		if got := named(t, s, name); !reflect.DeepEqual(got, want) {
			t.Errorf("entitiesNamed(%q) = %v, want %v", name, got, want)
		}
	}
	rows, err := s.RunNamed(context.Background(), "neighbours", []string{"ian"}, 0)
	if err != nil || len(rows) != 1 || rows[0].(map[string]any)["other"] != "McAllister" {
		t.Errorf("neighbours ian: %v %v", rows, err)
	}
}

// Forgetting the only document that used an alias drops the alias's name
// keys, leaving the store equal to one that never held that document.
func TestForgetDropsNameKeysOfDroppedAliases(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	mustIngest(t, s, docC("c.txt", "Minister Vell"))
	if got := named(t, s, "minister"); len(got) != 1 {
		t.Fatalf("before forget: minister = %v", got)
	}
	if _, err := s.Forget(ctx, "c.txt"); err != nil {
		t.Fatal(err)
	}
	if got := named(t, s, "minister"); len(got) != 0 {
		t.Errorf("after forget: minister still finds %v", got)
	}
	if got := named(t, s, "jonas"); !reflect.DeepEqual(got, []string{"person/jonas-vell"}) {
		t.Errorf("after forget: jonas = %v", got)
	}
	fresh, _ := openTemp(t)
	mustIngest(t, fresh, testcorpus.DocB("b.txt"))
	assertSameGraph(t, s, fresh)
	assertNoOrphans(t, s)

	// Changed content at the same source replaces the alias and its keys.
	mustIngest(t, s, docC("c.txt", "Minister Vell"))
	changed := docC("c.txt", "Envoy Vell")
	changed.Text += "More follows.\n"
	changed.Sentences = testcorpus.SentencesOf(changed.Text)
	mustIngest(t, s, changed)
	if got := named(t, s, "minister"); len(got) != 0 {
		t.Errorf("after replace: minister still finds %v", got)
	}
	if got := named(t, s, "envoy"); !reflect.DeepEqual(got, []string{"person/jonas-vell"}) {
		t.Errorf("after replace: envoy = %v", got)
	}
	fresh2, _ := openTemp(t)
	mustIngest(t, fresh2, testcorpus.DocB("b.txt"))
	mustIngest(t, fresh2, changed)
	assertSameGraph(t, s, fresh2)
	assertNoOrphans(t, s)
}
