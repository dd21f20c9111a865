package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// conlluDoc is one document's raw text rebuilt from a CoNLL-U file.
type conlluDoc struct {
	ID   string
	Text string
}

// gumTrainGenres are the GUM genres whose texts we may learn from: CC BY or
// CC BY-SA (gum/LICENSE.txt). News is left out because our Wikinews
// development and blind texts come from GUM's news documents; the
// non-commercial genres (fiction, letters, podcasts, wikiHow, essays,
// reddit) are left out by their licences.
var gumTrainGenres = map[string]bool{"academic": true, "bio": true, "court": true, "interview": true, "voyage": true}

// licensedGUMDoc reports whether a GUM document (GUM_<genre>_<name>) may
// be trained on.
func licensedGUMDoc(id string) bool {
	rest, ok := strings.CutPrefix(id, "GUM_")
	if !ok {
		return false
	}
	genre, _, _ := strings.Cut(rest, "_")
	return gumTrainGenres[genre]
}

// readConlluDocs rebuilds each document of a CoNLL-U file from its
// comment lines (syntax.ReadDocuments): a paragraph's sentences joined by
// spaces, paragraphs by a blank line, so the extract rules read it as they
// read a story. keep chooses documents by id.
func readConlluDocs(path string, keep func(id string) bool) ([]conlluDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu texts: %w", err)
	}
	defer f.Close()
	all, err := syntax.ReadDocuments(f)
	if err != nil {
		return nil, fmt.Errorf("conllu texts %s: %w", path, err)
	}
	var docs []conlluDoc
	for _, d := range all {
		if d.ID == "" || len(d.Paragraphs) == 0 || (keep != nil && !keep(d.ID)) {
			continue
		}
		var text strings.Builder
		for i, p := range d.Paragraphs {
			if i > 0 {
				text.WriteString("\n\n")
			}
			for j, s := range p.Sentences {
				if j > 0 {
					text.WriteString(" ")
				}
				text.WriteString(strings.TrimSpace(s))
			}
		}
		docs = append(docs, conlluDoc{ID: d.ID, Text: text.String() + "\n"})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("conllu texts %s: no document with \"# newdoc id\" and \"# text =\" lines", path)
	}
	return docs, nil
}
