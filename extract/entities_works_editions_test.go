package extract

import "testing"

// TestProductEditions: a known product followed by words naming an
// edition or the machine that runs it is no entity; a body or a person
// whose name opens with a product's word keeps its entity.
func TestProductEditions(t *testing.T) {
	checkEntities(t, "The flaw affects Windows PCs and laptops sold in Leeds.",
		[]string{"City:Leeds"}, []string{"Windows PCs", "Windows"})
	checkEntities(t, "Apple said Mac OS X would ship with the new machines.",
		nil, []string{"Mac OS X", "Mac OS"})
	for _, tc := range []struct{ text, name string }{
		{"The Blu-ray Disc Association met in Tokyo on Monday.", "Blu-ray Disc Association"},
		{"Mac Wilkins threw the discus in Leeds.", "Mac Wilkins"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
