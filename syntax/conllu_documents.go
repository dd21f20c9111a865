package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Document is one document of a CoNLL-U file as its comment lines lay it
// out: "# newdoc id = ", paragraphs, and each sentence's "# text = ".
// Tools that rebuild running text from a treebank (the Wikinews texts of
// the development sets, the entity typer's training texts) read it here
// and join the sentences as their use needs.
type Document struct {
	ID         string
	Paragraphs []Paragraph
}

// Paragraph is a run of sentences. Block is GUM's block kind ("p (8 s)",
// "head (1 s)", "figure (1 s)") from "# newpar_block = ", empty where a
// treebank does not say (EWT's "# newpar id = ").
type Paragraph struct {
	Block     string
	Sentences []string
}

// ReadDocuments reads the documents of a CoNLL-U stream from its comment
// lines. A paragraph begins at "# newpar" or "# newpar id = "; GUM's
// "# newpar_block = " names the kind of the paragraph just begun.
// Sentence texts are kept as written; sentences before the first
// "# newdoc id" and paragraphs without a sentence are dropped. Token lines
// are not read: ReadCoNLLU reads those.
func ReadDocuments(r io.Reader) ([]Document, error) {
	var (
		docs []Document
		// open says the last paragraph of the current document may still
		// take sentences; "# newpar" closes it.
		open bool
		line int
	)
	cur := func() *Document {
		if len(docs) == 0 {
			return nil
		}
		return &docs[len(docs)-1]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line++
		text := sc.Text()
		if !strings.HasPrefix(text, "#") {
			continue
		}
		if id, ok := strings.CutPrefix(text, "# newdoc id = "); ok {
			docs = append(docs, Document{ID: strings.TrimSpace(id)})
			open = false
			continue
		}
		d := cur()
		if d == nil {
			continue
		}
		switch {
		case text == "# newpar" || strings.HasPrefix(text, "# newpar id ="):
			d.Paragraphs = append(d.Paragraphs, Paragraph{})
			open = true
		case strings.HasPrefix(text, "# newpar_block = "):
			block := strings.TrimPrefix(text, "# newpar_block = ")
			if !open || len(d.Paragraphs[len(d.Paragraphs)-1].Sentences) > 0 {
				d.Paragraphs = append(d.Paragraphs, Paragraph{})
				open = true
			}
			d.Paragraphs[len(d.Paragraphs)-1].Block = block
		case strings.HasPrefix(text, "# text = "):
			if !open {
				d.Paragraphs = append(d.Paragraphs, Paragraph{})
				open = true
			}
			p := &d.Paragraphs[len(d.Paragraphs)-1]
			p.Sentences = append(p.Sentences, strings.TrimPrefix(text, "# text = "))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", line+1, err)
	}
	for i := range docs {
		kept := docs[i].Paragraphs[:0]
		for _, p := range docs[i].Paragraphs {
			if len(p.Sentences) > 0 {
				kept = append(kept, p)
			}
		}
		docs[i].Paragraphs = kept
	}
	return docs, nil
}
