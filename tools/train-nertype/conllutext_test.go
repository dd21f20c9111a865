package main

import (
	"os"
	"path/filepath"
	"testing"
)

// Documents are rebuilt from the comment lines: sentences of a paragraph
// joined by a space, paragraphs by a blank line, a new document at each
// "# newdoc id", and the keep filter applied by id.
func TestReadConlluDocs(t *testing.T) {
	const conllu = `# newdoc id = GUM_bio_ada
# newpar
# sent_id = 1
# text = Ada Lovelace was born in London.
1	Ada	Ada	PROPN	NNP	_	0	root	_	_

# sent_id = 2
# text = She wrote notes.
1	She	she	PRON	PRP	_	0	root	_	_

# newpar
# text = Babbage read them.
1	Babbage	Babbage	PROPN	NNP	_	0	root	_	_

# newdoc id = GUM_news_crane
# newpar
# text = A crane fell.
1	A	a	DET	DT	_	0	root	_	_

# newdoc id = weblog-example
# newpar id = weblog-example-p0001
# text = I went to Paris.
1	I	I	PRON	PRP	_	0	root	_	_
`
	path := filepath.Join(t.TempDir(), "train.conllu")
	if err := os.WriteFile(path, []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		keep func(string) bool
		want []conlluDoc
	}{
		{"every document", nil, []conlluDoc{
			{"GUM_bio_ada", "Ada Lovelace was born in London. She wrote notes.\n\nBabbage read them.\n"},
			{"GUM_news_crane", "A crane fell.\n"},
			{"weblog-example", "I went to Paris.\n"},
		}},
		{"licensed GUM documents", licensedGUMDoc, []conlluDoc{
			{"GUM_bio_ada", "Ada Lovelace was born in London. She wrote notes.\n\nBabbage read them.\n"},
		}},
	} {
		got, err := readConlluDocs(path, c.keep)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(got) != len(c.want) {
			t.Fatalf("%s: %d documents %v, want %d", c.name, len(got), got, len(c.want))
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: document %d = %q, want %q", c.name, i, got[i], c.want[i])
			}
		}
	}
	if _, err := readConlluDocs(filepath.Join(t.TempDir(), "missing.conllu"), nil); err == nil {
		t.Error("missing file: no error")
	}
}

// Only GUM's CC BY / CC BY-SA genres, never news, may be trained on.
func TestLicensedGUMDoc(t *testing.T) {
	for _, c := range []struct {
		id   string
		want bool
	}{
		{"GUM_bio_ada", true},
		{"GUM_voyage_oakland", true},
		{"GUM_interview_cyclone", true},
		{"GUM_news_crane", false},
		{"GUM_fiction_beast", false},
		{"GUM_reddit_card", false},
		{"weblog-example", false},
	} {
		if got := licensedGUMDoc(c.id); got != c.want {
			t.Errorf("licensedGUMDoc(%q) = %v, want %v", c.id, got, c.want)
		}
	}
}
