package browse

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// corpusIndex opens the store named by $NEWSGRAPH_CORPUS_STORE (a bolt
// store of the BBC corpus: newsgraph --store DIR ingest ../shared/corpus/bbc)
// read-only and indexes it, or skips.
func corpusIndex(t testing.TB) (*graph.Store, *Index) {
	dir := os.Getenv("NEWSGRAPH_CORPUS_STORE")
	if dir == "" {
		t.Skip("set NEWSGRAPH_CORPUS_STORE to a bolt store of the BBC corpus to run this")
	}
	s := openStore(t, graph.Config{Backend: "bolt", Path: dir, ReadOnly: true})
	ix, err := New(s).BuildIndex(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("indexed %d entities, %d texts in %v", ix.Entities(), len(ix.text.docs), ix.Took)
	return s, ix
}

// On the BBC corpus: the searches the issue names find the entity meant.
func TestCorpusSearchFindsTheEntityMeant(t *testing.T) {
	_, ix := corpusIndex(t)
	for _, c := range []struct {
		q, want, notType string
		within           int
	}{
		{"Bla", "Tony Blair", "", 5},
		{"UK", "", "Person", 1},
		{"EU", "", "Person", 1},
		{"Lukash", "", "", 12},
		{"Lukashenka", "", "", 3},
	} {
		hits := ix.Search(c.q, 12)
		var names []string
		for _, h := range hits {
			names = append(names, h.Name+" ("+h.Type+")")
		}
		t.Logf("%q -> %s", c.q, strings.Join(names, "; "))
		if c.want != "" {
			found := -1
			for i, h := range hits {
				if h.Name == c.want {
					found = i
					break
				}
			}
			if found < 0 || found >= c.within {
				t.Errorf("Search(%q): %q at %d, want within the first %d", c.q, c.want, found, c.within)
			}
		}
		if c.notType != "" && len(hits) > 0 && hits[0].Type == c.notType {
			t.Errorf("Search(%q) first = %+v, want no %s", c.q, hits[0], c.notType)
		}
	}
}

// On the BBC corpus: the time a path query takes, and what it finds.
func TestCorpusPathsTiming(t *testing.T) {
	s, ix := corpusIndex(t)
	ctx := context.Background()
	pairs := [][2]string{{"Tony Blair", "Gordon Brown"}, {"Tony Blair", "George Bush"}, {"Arsenal", "Chelsea"}, {"Tony Blair", "Thierry Henry"}}
	for _, p := range pairs {
		a, b := ix.Search(p[0], 1), ix.Search(p[1], 1)
		if len(a) == 0 || len(b) == 0 {
			t.Logf("%v: not both found", p)
			continue
		}
		start := time.Now()
		res, err := ix.Paths(ctx, New(s), a[0].ID, b[0].ID, 4, 5)
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		t.Logf("%s -> %s: %d paths in %v", a[0].Name, b[0].Name, len(res.Paths), took)
		for _, pa := range res.Paths {
			var sb strings.Builder
			for _, st := range pa.Steps {
				sb.WriteString(" [" + st.Source.Name + " " + st.Label + " " + st.Target.Name + "]")
			}
			t.Logf("  %s", sb.String())
		}
	}
	for _, q := range []string{"sanctions", "said the economy", "world cup"} {
		start := time.Now()
		hits := ix.TextSearch(q, 5)
		t.Logf("text %q: %d hits in %v", q, len(hits), time.Since(start))
		for _, h := range hits[:min(2, len(hits))] {
			sp := ""
			if h.Speaker != nil {
				sp = h.Speaker.Name + ": "
			}
			t.Logf("  %s%s", sp, excerpt(h.Sentence.Text, 100))
		}
	}
}
