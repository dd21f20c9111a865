//go:build nomtrace

package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestNominalTrace writes every description the nominal resolver tried on
// the BBC corpus to $NOM_TRACE, one a line: outcome, phrase, entity, file,
// sentence. A measuring aid for coref_nominals.go, built only with
// -tags nomtrace:
//
//	NOM_TRACE=/tmp/nominals.tsv go test -tags nomtrace -run TestNominalTrace ./extract
func TestNominalTrace(t *testing.T) {
	f := traceFile(t, "NOM_TRACE")
	var name string
	traceNominal = func(doc *Document, i int, phrase string, e int, why string) {
		ent := "-"
		if e >= 0 {
			ent = doc.Entities[e].Name
		}
		sp := doc.Sentences[i].Span
		sent := strings.ReplaceAll(doc.Text[sp.Start:sp.End], "\n", " ")
		fmt.Fprintf(f, "%s\t%s\t%s\t%s\t%d\t%s\n", why, phrase, ent, name, i, sent)
	}
	defer func() { traceNominal = nil }()
	extractCorpus(t, &name)
}
