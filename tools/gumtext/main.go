// Command gumtext writes the running text of the GUM treebank's Wikinews
// documents (genre news) as plain-text articles, one file a document, so that
// the wire-style development and blind sets in extract/testdata can point
// their gold files at them. The texts are CC BY 2.5 and stay outside the
// repository: they are rebuilt from ../shared/ud on demand.
//
//	go run ./tools/gumtext [-ud ../shared/ud/gum] [-genre news] -out DIR
//
// A document becomes its headline, a blank line, then its paragraphs
// (GUM's "newpar" blocks) separated by blank lines. Figure captions and image
// credits are left out: they are not part of the story a reader reads.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/ud/gum", "folder holding GUM's train/dev/test .conllu files")
	genre := flag.String("genre", "news", "GUM genre whose documents to write (news, interview, ...)")
	out := flag.String("out", "", "folder to write DOCID.txt files into (created if missing)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gumtext: -out is required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "gumtext: %v\n", err)
		os.Exit(1)
	}
	n := 0
	for _, split := range []string{"train", "dev", "test"} {
		path := filepath.Join(*ud, split+".conllu")
		docs, err := readDocs(path, "GUM_"+*genre+"_")
		if err != nil {
			fmt.Fprintf(os.Stderr, "gumtext: %s: %v\n", path, err)
			os.Exit(1)
		}
		for _, d := range docs {
			if err := os.WriteFile(filepath.Join(*out, d.id+".txt"), []byte(d.text()), 0o644); err != nil {
				fmt.Fprintf(os.Stderr, "gumtext: %v\n", err)
				os.Exit(1)
			}
			n++
		}
	}
	if n == 0 {
		fmt.Fprintf(os.Stderr, "gumtext: no %q documents under %s\n", *genre, *ud)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gumtext: wrote %d documents to %s\n", n, *out)
}

// doc is one GUM document as paragraphs of sentences.
type doc struct {
	id    string
	paras [][]string
}

// text lays the document out as a reader sees it. GUM nests figure captions
// and sub-headings inside paragraph blocks without saying which sentence they
// are, so a sentence with no closing punctuation is taken for one and set on a
// line of its own: run into the next sentence it would glue a caption's name
// to the words after it ("DAB's Elizabeth Quat In the ...").
func (d doc) text() string {
	var paras []string
	for _, p := range d.paras {
		var run []string
		for _, s := range p {
			if closed(s) {
				run = append(run, s)
				continue
			}
			if len(run) > 0 {
				paras = append(paras, strings.Join(run, " "))
				run = nil
			}
			paras = append(paras, s)
		}
		if len(run) > 0 {
			paras = append(paras, strings.Join(run, " "))
		}
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// closed reports whether a sentence ends as running prose does.
func closed(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";")
}

// readDocs collects the documents whose id starts with prefix. Paragraph
// blocks typed figure or caption are skipped.
func readDocs(path, prefix string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	all, err := syntax.ReadDocuments(f)
	if err != nil {
		return nil, err
	}
	var docs []doc
	for _, d := range all {
		if !strings.HasPrefix(d.ID, prefix) {
			continue
		}
		out := doc{id: d.ID}
		for _, p := range d.Paragraphs {
			if strings.HasPrefix(p.Block, "figure") || strings.HasPrefix(p.Block, "caption") {
				continue
			}
			out.paras = append(out.paras, p.Sentences)
		}
		docs = append(docs, out)
	}
	return docs, nil
}
