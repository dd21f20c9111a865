//go:build nomtrace

package extract

import (
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
	traceNominal = resolverTrace(f, &name)
	defer func() { traceNominal = nil }()
	extractCorpus(t, &name, nil)
}
