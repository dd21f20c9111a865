package graph

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/newsgraph/newsgraph/internal/testcorpus"
	"github.com/newsgraph/newsgraph/queries"
)

// sameAnswers runs text on the raw kv store and through prefixIndexed
// and fails unless both give the same rows (in any order) or the same
// error.
func sameAnswers(t *testing.T, s *Store, w *prefixIndexed, text string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	answers := func(qs graph.QuadStore) ([]string, string) {
		rows, _, _, err := s.run(ctx, gizmo.NewSession(qs), text, 0, nil)
		var out []string
		for _, r := range rows {
			b, _ := json.Marshal(r)
			out = append(out, string(b))
		}
		slices.Sort(out)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		return out, msg
	}
	raw, rawErr := answers(s.qs)
	got, gotErr := answers(w)
	if gotErr != rawErr || !slices.Equal(raw, got) {
		t.Errorf("%s\nCayley's plan: %v %s\nprefix scans:  %v %s", text, raw, rawErr, got, gotErr)
	}
	return len(raw)
}

func TestPrefixIndexedAnswersAsCayley(t *testing.T) {
	s, _ := openTemp(t)
	mustIngest(t, s, testcorpus.DocA("a.txt"))
	mustIngest(t, s, testcorpus.DocB("b.txt"))
	w := newPrefixIndexed(context.Background(), s.qs)
	if w == nil {
		t.Fatal("no prefix indexes found on a bolt store")
	}
	// Cayley's default kv indexes: (subject, predicate) and (object,
	// predicate, subject).
	var dirs []string
	for _, ind := range w.indexes {
		var ds []string
		for _, d := range ind.Dirs {
			ds = append(ds, d.String())
		}
		dirs = append(dirs, strings.Join(ds, ","))
	}
	slices.Sort(dirs)
	if want := []string{"object,predicate,subject", "subject,predicate"}; !slices.Equal(dirs, want) {
		t.Errorf("indexes found = %v, want %v", dirs, want)
	}

	ns := s.voc.NS
	kov := "<" + s.voc.Base + "entity/person/marta-kovalenko>"
	union := "<" + s.voc.Base + "entity/organization/baltic-ports-union>"
	nonempty := 0
	for _, q := range []string{
		`g.V("` + union + `").In("<` + ns + `left>").All()`,
		`g.V("` + union + `").In("<` + ns + `leaderOf>", "p").All()`,
		`g.V("` + kov + `").Out("<` + ns + `leaderOf>").All()`,
		`g.V("` + kov + `").Out(null, "p").All()`,
		`g.V("` + union + `").In(null, "p").All()`,
		`g.V("` + union + `").In(["<` + ns + `left>", "<` + ns + `leaderOf>"]).All()`,
		`g.V("` + union + `").In("<` + ns + `mentions>").Intersect(g.V("` + kov + `").In("<` + ns + `mentions>")).All()`,
		`g.V("` + kov + `").Both().Count()`,
		`g.V("` + union + `").InPredicates().All()`,
		`g.V().Has("<` + ns + `leaderOf>", "` + union + `").All()`,
		`g.V().HasR("<` + ns + `left>", "<` + s.voc.Base + `entity/country/norland>").All()`,
		`g.V("` + kov + `").Tag("s").Out("<` + ns + `leaderOf>").Tag("o").Save("<http://schema.org/name>", "name").All()`,
		`g.V("` + kov + `").Tag("s").Out("<` + ns + `leaderOf>").SaveOpt("<` + ns + `nosuch>", "x").All()`,
		`g.V("` + kov + `").In("<` + ns + `mentions>").ForEach(function (c) {
		   g.Emit({c: c.id, n: g.V("` + kov + `").LabelContext(c.id).Out("<` + ns + `leaderOf>").Is("` + union + `").Count()});
		 })`,
		`g.V("` + kov + `").LabelContext("<nosuch>").Out().All()`,
		`g.V().Out("<` + ns + `leaderOf>").Count()`,
		`g.V("nosuch").In("<` + ns + `left>").All()`,
	} {
		if sameAnswers(t, s, w, q) > 0 {
			nonempty++
		}
	}
	if nonempty < 12 {
		t.Errorf("only %d of the traversals found anything: the comparison is weak", nonempty)
	}
	// Every canned query, as the prelude and the query text.
	for _, c := range []struct{ name, arg string }{
		{"neighbours", "Marta Kovalenko"}, {"neighbours", "Baltic Ports Union"},
		{"members-of", "Baltic Ports Union"}, {"who-left", "Baltic Ports Union"},
		{"quotes-by", "Vell"}, {"sources", "Kovalenko"}, {"sources", "Norland"},
		{"facts", ""}, {"facts", "leaderOf"},
	} {
		src, err := queries.Get(c.name)
		if err != nil {
			t.Fatal(err)
		}
		text, err := s.Script(src, []string{c.arg})
		if err != nil {
			t.Fatal(err)
		}
		if sameAnswers(t, s, w, text) == 0 && c.name != "members-of" {
			t.Errorf("%s %s: no rows", c.name, c.arg)
		}
	}
}

// TestPrefixIndexedOnBigStore compares every canned query on a large
// store (NEWSGRAPH_BENCH_STORE, e.g. the one bench/run.sh builds) for the
// names in NEWSGRAPH_BENCH_NAMES (comma-separated).
func TestPrefixIndexedOnBigStore(t *testing.T) {
	dir, names := os.Getenv("NEWSGRAPH_BENCH_STORE"), os.Getenv("NEWSGRAPH_BENCH_NAMES")
	if dir == "" || names == "" {
		t.Skip("set NEWSGRAPH_BENCH_STORE and NEWSGRAPH_BENCH_NAMES to compare on a large store")
	}
	s := openStore(t, Config{Path: dir, ReadOnly: true, QueryTimeout: time.Minute})
	w := newPrefixIndexed(context.Background(), s.qs)
	rows := 0
	for _, name := range strings.Split(names, ",") {
		for _, q := range []string{"neighbours", "members-of", "who-left", "quotes-by", "sources"} {
			src, _ := queries.Get(q)
			text, err := s.Script(src, []string{name})
			if err != nil {
				t.Fatal(err)
			}
			rows += sameAnswers(t, s, w, text)
		}
	}
	t.Logf("%d rows compared", rows)
}
