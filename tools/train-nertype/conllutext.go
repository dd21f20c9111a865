package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
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
// "# newdoc id", "# newpar" and "# text =" comment lines: a paragraph's
// sentences joined by spaces, paragraphs by a blank line, so the extract
// rules read it as they read a story. keep chooses documents by id.
func readConlluDocs(path string, keep func(id string) bool) ([]conlluDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu texts: %w", err)
	}
	defer f.Close()
	var (
		docs []conlluDoc
		id   string
		text strings.Builder
		// newPar is set by a "# newpar" line until the paragraph's first
		// sentence is written.
		newPar bool
	)
	flush := func() {
		if id != "" && text.Len() > 0 && (keep == nil || keep(id)) {
			docs = append(docs, conlluDoc{ID: id, Text: text.String() + "\n"})
		}
		text.Reset()
		newPar = false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			continue
		}
		if v, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
			flush()
			id = strings.TrimSpace(v)
			continue
		}
		if line == "# newpar" || strings.HasPrefix(line, "# newpar id") || strings.HasPrefix(line, "# newpar =") {
			newPar = true
			continue
		}
		if v, ok := strings.CutPrefix(line, "# text = "); ok {
			switch {
			case text.Len() == 0:
			case newPar:
				text.WriteString("\n\n")
			default:
				text.WriteString(" ")
			}
			newPar = false
			text.WriteString(strings.TrimSpace(v))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu texts %s: %w", path, err)
	}
	flush()
	if len(docs) == 0 {
		return nil, fmt.Errorf("conllu texts %s: no document with \"# newdoc id\" and \"# text =\" lines", path)
	}
	return docs, nil
}
