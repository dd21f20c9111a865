package queries

import (
	"strings"
	"testing"
)

func TestCannedQueries(t *testing.T) {
	names := strings.Join(Names(), ",")
	for _, want := range []string{"quotes-by", "neighbours", "members-of", "who-left", "sources"} {
		if !strings.Contains(","+names+",", ","+want+",") {
			t.Errorf("canned query %s missing from %s", want, names)
		}
		if u := Usage(want); !strings.HasPrefix(u, want+" ") {
			t.Errorf("%s: first line %q should start with its usage", want, u)
		}
	}
	for _, bad := range []string{"_prelude", "../queries", "nosuch"} {
		if _, err := Get(bad); err == nil {
			t.Errorf("Get(%q) succeeded", bad)
		}
	}
	if !strings.Contains(Prelude(), "function entitiesNamed") {
		t.Error("prelude lacks entitiesNamed")
	}
}
