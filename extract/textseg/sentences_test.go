package textseg

import (
	"errors"
	"strings"
	"testing"
)

// TestSentences checks the pipeline's sentences as Sentences exports them:
// offsets cut each word out of the decoded text, sentence spans hold their
// words, and bad input gives the input errors and warnings.
func TestSentences(t *testing.T) {
	cases := []struct {
		name    string
		raw     string
		sents   int
		warn    string
		wantErr error
	}{
		{"two sentences", "Ann Smith met Mr. Jones in Leeds. They talked.", 2, "", nil},
		{"paragraphs", "Title line\n\nThe café opened on Monday. It closed.", 3, "", nil},
		{"windows-1252", "The caf\xe9 opened.", 1, "not UTF-8", nil},
		{"binary", "a\x00b", 0, "", ErrBinary},
		{"empty", "  \n ", 0, "", ErrEmpty},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, sents, warns, err := Sentences("x.txt", []byte(c.raw))
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) || !strings.Contains(err.Error(), "x.txt") {
					t.Fatalf("error %v, want %v naming x.txt", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(sents) != c.sents {
				t.Fatalf("%d sentences, want %d: %+v", len(sents), c.sents, sents)
			}
			if c.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0], c.warn)) {
				t.Errorf("warnings %q, want one with %q", warns, c.warn)
			}
			for _, s := range sents {
				if len(s.Words) == 0 || len(s.Starts) != len(s.Words) || len(s.Ends) != len(s.Words) {
					t.Fatalf("sentence %+v: words and offsets disagree", s)
				}
				if s.Starts[0] != s.Start || s.Ends[len(s.Ends)-1] != s.End {
					t.Errorf("span %d-%d does not match its words", s.Start, s.End)
				}
				for i, w := range s.Words {
					if text[s.Starts[i]:s.Ends[i]] != w {
						t.Errorf("word %q at %d-%d reads %q", w, s.Starts[i], s.Ends[i], text[s.Starts[i]:s.Ends[i]])
					}
				}
			}
		})
	}
}
