package syntax

import (
	"reflect"
	"strings"
	"testing"
)

// Documents and paragraphs come from the comment lines of both treebanks'
// styles: GUM's "# newpar" + "# newpar_block", EWT's "# newpar id".
func TestReadDocuments(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []Document
	}{
		{"GUM blocks", `# newdoc id = GUM_news_a
# newpar
# newpar_block = head (1 s)
# text = Crane falls
1	Crane	crane	NOUN	NN	_	2	nsubj	_	_

# newpar
# newpar_block = p (2 s)
# text = A crane fell.
# text2 = ignored
# text = Nobody was hurt.
# newpar
# newpar_block = figure (1 s)
# text = A photo
`, []Document{{ID: "GUM_news_a", Paragraphs: []Paragraph{
			{Block: "head (1 s)", Sentences: []string{"Crane falls"}},
			{Block: "p (2 s)", Sentences: []string{"A crane fell.", "Nobody was hurt."}},
			{Block: "figure (1 s)", Sentences: []string{"A photo"}},
		}}}},
		{"EWT paragraphs, sentences before a paragraph, empty paragraphs", `# text = before any document
# newdoc id = weblog-1
# text = No paragraph line yet.
# newpar id = weblog-1-p0001
# newpar id = weblog-1-p0002
# text = Second.
# newdoc id = weblog-2
`, []Document{
			{ID: "weblog-1", Paragraphs: []Paragraph{
				{Sentences: []string{"No paragraph line yet."}},
				{Sentences: []string{"Second."}},
			}},
			{ID: "weblog-2"},
		}},
		{"a block line inside a paragraph begins a new one", `# newdoc id = d
# newpar
# text = One.
# newpar_block = caption (1 s)
# text = Two.
`, []Document{{ID: "d", Paragraphs: []Paragraph{
			{Sentences: []string{"One."}},
			{Block: "caption (1 s)", Sentences: []string{"Two."}},
		}}}},
	} {
		got, err := ReadDocuments(strings.NewReader(c.in))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %#v\nwant %#v", c.name, got, c.want)
		}
	}
}

// A line longer than the scanner's buffer is an error naming the line.
func TestReadDocumentsLongLine(t *testing.T) {
	in := "# newdoc id = d\n# text = " + strings.Repeat("x", 2<<20) + "\n"
	_, err := ReadDocuments(strings.NewReader(in))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("error = %v, want one naming line 2", err)
	}
}
