package extract

import "testing"

// TestModelsBeforeCraftNouns: a model's name before a craft noun, behind
// lower-case modifiers, is a product where a model number or an owner
// marks it; a maker's name alone, a known name or a year is not.
func TestModelsBeforeCraftNouns(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives: a model number, an owner's determiner or possessive.
		{"Quillsoft agreed to share data on the K-7 Heron coastal patrol aircraft. The navy may buy used K-7 Heron from Quillsoft.",
			[]string{"Organization:Quillsoft"}, []string{"K-7 Heron", "Heron"}},
		{"Quillsoft said its Zorvex drug had failed a trial in Leeds, and Zorvex sales fell.",
			[]string{"Organization:Quillsoft", "City:Leeds"}, []string{"Zorvex"}},
		{"Vantor Motors' Kestrel Ridge hatchback went on sale in Leeds on Monday.",
			[]string{"City:Leeds"}, []string{"Kestrel Ridge"}},
		// Negatives: a maker alone after "the", a known place, a year, a
		// noun that modifies another ("jet engine").
		{"Quillsoft said the Vantor jet had landed safely in Leeds.",
			[]string{"Organization:Quillsoft", "City:Leeds"}, nil},
		{"The pilots boarded the Japan Airlines jet in Tokyo, said Tom Reed.",
			[]string{"City:Tokyo", "Person:Tom Reed"}, nil},
		{"Tom Reed drove the 2004 Vantor car in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
