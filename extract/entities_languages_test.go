package extract

import "testing"

// TestLanguageNames: a language named alone is no entity; a longer name
// it opens stays one.
func TestLanguageNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // names that must not be entities
	}{
		{"Mr Fischer, who speaks fluent Hebrew, will move to Jerusalem.", nil, []string{"Hebrew"}},
		{"She spent three weeks learning Hindi in Mumbai.", nil, []string{"Hindi"}},
		{"The stars re-recorded the song in Cantonese.", nil, []string{"Cantonese"}},
		// Negatives: the language word opens a longer name.
		{"He taught at the Hebrew University of Jerusalem.", []string{"Organization:Hebrew University of Jerusalem"}, nil},
		{"Growth slowed across Latin America.", []string{"Place:Latin America"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.absent)
	}
}
