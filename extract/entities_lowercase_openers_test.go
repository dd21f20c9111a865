package extract

import "testing"

// TestLowercaseOpenersAreNoNames: a lone word opening a sentence that
// the document writes elsewhere in lower case, or the plural of such a
// word, is an ordinary word; names written capitalised inside a
// sentence, surnames, acronyms and web addresses stay names.
func TestLowercaseOpenersAreNoNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives: the word in lower case elsewhere; a plural of it.
		{"Quillsoft sells kits to fintechs in Leeds. Fintechs are growing fast, said Tom Reed.",
			[]string{"Organization:Quillsoft", "Person:Tom Reed", "City:Leeds"}, []string{"Fintechs"}},
		{"Vloggers flock to the site, said Tom Reed of Quillsoft. Each vlogger earns about $5 a month.",
			[]string{"Organization:Quillsoft", "Person:Tom Reed"}, []string{"Vloggers"}},
		{"The firm sells cheap telecoms kit in Kenya. Telecoms is one of two areas it targets, said Tom Reed.",
			[]string{"Country:Kenya", "Person:Tom Reed"}, []string{"Telecoms"}},
		// Negatives: capitalised inside a sentence elsewhere; a
		// surname named before; an acronym; a web address.
		{"Shares in Zyloria rose. Zyloria said zyloria fans were pleased.",
			[]string{"Organization:Zyloria"}, nil},
		{"Tom Vantrell spoke in Leeds. Vantrell told reporters the vantrell plan was sound.",
			[]string{"Person:Tom Vantrell"}, nil},
		{"Its site, zorbix.com, opened in May. Zorbix said it had two million users, said Tom Reed.",
			[]string{"Person:Tom Reed", "Organization:Zorbix"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
