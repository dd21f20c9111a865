// Package testcorpus holds small invented news stories for tests: files
// to ingest (WriteStories), where people and countries recur across
// stories, so documents share entities as real news does, and two stories
// annotated by hand as the extractor would (DocA, DocB), for tests of the
// store that must not depend on the extractor. Nothing depends on the
// shared corpus being present.
package testcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// WriteStories writes n short wire stories to dir as story-000.txt …,
// each with a meeting in Riga and a quotation of its minister.
func WriteStories(t testing.TB, dir string, n int) {
	t.Helper()
	people := []string{"Marta Kovalenko", "Jonas Vell", "Ilse Brandt", "Tomas Rudik", "Anna Berg"}
	countries := []string{"Estonia", "Latvia", "Lithuania", "Finland", "Poland"}
	for i := 0; i < n; i++ {
		p, c := people[i%len(people)], countries[(i/len(people))%len(countries)]
		text := fmt.Sprintf("Talks on harbour fees resume, round %d\n\n"+
			"%s, the foreign minister of %s, met delegations in Riga on Monday for round %d of the talks.\n\n"+
			"\u201cWe expect a result before the summer,\u201d %s said.\n", i, p, c, i, strings.Fields(p)[1])
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story-%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
