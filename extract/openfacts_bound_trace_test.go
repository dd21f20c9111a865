//go:build oietrace

package extract

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/extract/openfacts"
	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// TestOpenBoundTrace writes every openie tuple of the BBC corpus whose
// subject or object head lies in a pronoun or description mention
// ("He joined Chelsea", "the firm bought X") to $OIE_BOUND, one a line:
// why it was kept or left out, the mention kinds of both heads, the
// entities, relation, file, sentence index and sentence. It counts how
// many tuples coreference could give an entity end. Built only with
// -tags oietrace:
//
//	OIE_BOUND=/tmp/bound.tsv go test -tags oietrace -run TestOpenBoundTrace ./extract
func TestOpenBoundTrace(t *testing.T) {
	f := traceFile(t, "OIE_BOUND")
	var name string
	kinds := map[MentionKind]string{MentionName: "name", MentionAcronym: "acronym", MentionDemonym: "demonym", MentionRole: "role", MentionPronoun: "pronoun"}
	openfacts.Trace = func(doc *Document, i int, s *syntax.Sentence, tp openie.Tuple, why string) {
		if why == "" {
			why = "KEPT"
		}
		if len(tp.Args) < 2 {
			return
		}
		var ms []Mention
		for _, m := range doc.Mentions {
			if m.Sentence == i {
				ms = append(ms, m)
			}
		}
		kindAt := func(h int) (string, int) {
			if h < 0 || h >= len(s.Starts) {
				return "-", -1
			}
			best, n := -1, 0
			for k, m := range ms {
				if m.Entity >= 0 && s.Starts[h] >= m.Start && s.Ends[h] <= m.End && (best < 0 || m.End-m.Start < n) {
					best, n = k, m.End-m.Start
				}
			}
			if best < 0 {
				return "-", -1
			}
			return kinds[ms[best].Kind], ms[best].Entity
		}
		k0, e0 := kindAt(tp.Args[0].Head)
		k1, e1 := kindAt(tp.Args[1].Head)
		_, ob := openfacts.Ends(s, tp, ms)
		if e1 < 0 {
			e1 = ob
		}
		bound := func(k string) bool { return k == "pronoun" || k == "role" }
		if !bound(k0) && !bound(k1) {
			return
		}
		en := func(e int) string {
			if e < 0 {
				return "-"
			}
			return doc.Entities[e].Name
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", why, tp.Clause, k0+"|"+k1, en(e0), tp.Relation, en(e1),
			tp.Args[0].Text, tp.Args[1].Text, name, i, sentenceText(doc, i))
	}
	defer func() { openfacts.Trace = nil }()
	extractCorpus(t, &name, nil)
}
