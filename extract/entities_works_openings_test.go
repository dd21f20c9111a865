package extract

import "testing"

// TestTitlesAtOpening: the subject of "opens in cinemas", "opens in the
// UK" in a story about films, or "opened at number N" is a title; a firm
// or venue that opens, an actor, a country after "in" outside a works
// story, or an opening with no release frame keeps its entity.
func TestTitlesAtOpening(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives.
		{"Tom Reed said Copper Mill was fun. Copper Mill opened at number four with $9m.",
			[]string{"Person:Tom Reed"}, []string{"Copper Mill"}},
		{"The comedy film stars Tom Reed. Meet The Wardens opens in the UK on Friday. The Wardens made Tom Reed laugh.",
			[]string{"Person:Tom Reed"}, []string{"Wardens", "The Wardens", "Meet The Wardens"}},
		{"Stone Lantern has opened in cinemas across Leeds. Stone Lantern stars Tom Reed.",
			[]string{"City:Leeds", "Person:Tom Reed"}, []string{"Stone Lantern"}},
		// A title whose last word alone was taken for a name before
		// this rule: "Wardens" starred people and opened in the UK.
		{"Star talk\n\nActor Tom Reed is in the UK to publicise his new comedy, Meet the Wardens, which also stars Ann Hale and Bob Stone.\n\nRecently, Reed has returned to film, with roles in Finding Neverland and now Meet the Wardens, which is the sequel to Meet the Parents.\n\nMeet The Wardens opens in the UK on Friday.",
			[]string{"Person:Tom Reed", "Person:Ann Hale"}, []string{"Wardens", "The Wardens", "Meet The Wardens"}},
		// Negatives: a firm opening in a country outside a works story,
		// an actor, a venue opening with no release frame.
		{"Quillsoft opened in the UK last year, said Tom Reed.",
			[]string{"Organization:Quillsoft", "Person:Tom Reed"}, nil},
		{"The film was a hit. Tom Reed opened at number two in the poll.",
			[]string{"Person:Tom Reed"}, nil},
		{"Quillsoft opened in Leeds on Friday, said Tom Reed.",
			[]string{"Organization:Quillsoft", "City:Leeds", "Person:Tom Reed"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
