//go:build oietrace

package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/openie"
	"github.com/newsgraph/newsgraph/syntax"
)

// TestOpenTrace writes every openie tuple of the BBC corpus with why it
// was kept or left out to $OIE_TRACE, one a line: reason (KEPT when
// kept), clause, subject source, relation, arguments with the entities
// inside each, file, sentence, and whether both ends would be entities
// (E2E). A measuring aid for the open-fact filters, built only with
// -tags oietrace:
//
//	OIE_TRACE=/tmp/trace.tsv go test -tags oietrace -run TestOpenTrace ./extract
func TestOpenTrace(t *testing.T) {
	f := traceFile(t, "OIE_TRACE")
	var name string
	traceOpen = func(doc *Document, i int, s *syntax.Sentence, tp openie.Tuple, why string) {
		if why == "" {
			why = "KEPT"
		}
		sp := doc.Sentences[i].Span
		sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
		args := make([]string, len(tp.Args))
		for k, a := range tp.Args {
			inA := ""
			for _, m := range doc.Mentions {
				if m.Sentence == i && m.Entity >= 0 {
					if st, en, ok := a.Bytes(s); ok && m.Start >= st && m.End <= en {
						inA += "[" + doc.Entities[m.Entity].Name + "]"
					}
				}
			}
			args[k] = a.Role + ":" + a.Text + inA
		}
		pot := "-"
		if len(tp.Args) >= 2 {
			ms := doc.Mentions[:0:0]
			for _, m := range doc.Mentions {
				if m.Sentence == i {
					ms = append(ms, m)
				}
			}
			su := entityAt(s, tp.Args[0], ms)
			ob, _, _ := objectOf(s, tp, ms)
			if su >= 0 && ob >= 0 && su != ob {
				pot = "E2E"
			} else if su >= 0 {
				pot = "S"
			} else if ob >= 0 {
				pot = "O"
			}
		}
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", why, tp.Clause, tp.SubjectFrom, tp.Relation, strings.Join(args, " | "), name, sent, pot)
	}
	defer func() { traceOpen = nil }()
	extractCorpus(t, &name)
}
