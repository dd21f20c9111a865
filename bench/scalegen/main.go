// Command scalegen multiplies an exported newsgraph graph into a bigger one
// for query benchmarks: it writes the input N-Quads once as they are, then
// COPIES-1 more times with every newsgraph IRI (entities, documents,
// sentences, quotes; not the ns# vocabulary) renamed "<iri>-vK", every
// schema:name / schema:alternateName suffixed " vK", and document sources
// and hashes made distinct. Each copy is an isomorphic graph of its own, as
// if other articles about other people had been ingested, so the store
// grows without any entity gaining edges.
//
//	scalegen -i export.nq -copies 4 -o big.nq
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

func main() {
	in := flag.String("i", "", "exported N-Quads")
	out := flag.String("o", "-", "output N-Quads (- for stdout)")
	copies := flag.Int("copies", 4, "copies in all, the original included")
	base := flag.String("base", graph.DefaultBase, "IRI base the store was written with")
	flag.Parse()
	if err := run(*in, *out, *copies, *base); err != nil {
		fmt.Fprintln(os.Stderr, "scalegen:", err)
		os.Exit(1)
	}
}

func run(in, out string, copies int, base string) error {
	if in == "" || copies < 1 {
		return fmt.Errorf("need -i FILE and -copies >= 1")
	}
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := nquads.NewWriter(bw)
	voc := graph.NewVocab(base)
	names := map[string]bool{graph.SchemaName: true, graph.SchemaAltName: true}
	distinct := map[string]bool{string(voc.Term(graph.PredSource)): true, string(voc.Term(graph.PredHash)): true}
	n := 0
	for k := 0; k < copies; k++ {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
		suffix := fmt.Sprintf("-v%d", k)
		rename := func(v quad.Value) quad.Value {
			if iri, ok := v.(quad.IRI); ok && k > 0 && strings.HasPrefix(string(iri), base) && !strings.HasPrefix(string(iri), voc.NS) {
				return iri + quad.IRI(suffix)
			}
			return v
		}
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			} else if err != nil {
				f.Close()
				return fmt.Errorf("read %s: %w", in, err)
			}
			if k > 0 {
				pred := string(q.Predicate.(quad.IRI))
				q.Subject, q.Object, q.Label = rename(q.Subject), rename(q.Object), rename(q.Label)
				if s, ok := q.Object.(quad.String); ok && names[pred] {
					q.Object = quad.String(fmt.Sprintf("%s v%d", s, k))
				} else if s, ok := q.Object.(quad.String); ok && distinct[pred] {
					q.Object = s + quad.String(suffix)
				}
			}
			if err := enc.WriteQuad(q); err != nil {
				f.Close()
				return err
			}
			n++
		}
		f.Close()
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "scalegen: wrote %d quads (%d copies)\n", n, copies)
	return nil
}
