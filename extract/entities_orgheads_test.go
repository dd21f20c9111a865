package extract

import "testing"

// TestOrgHeadBodies: a dance company, orchestra, agency or consortium is
// named by a head word (lexicon.OrgHeads) and is an organisation, not a
// person of two unknown words; a person whose surname is no head word
// stays a person.
func TestOrgHeadBodies(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Type:Name", each must be present
	}{
		{"She joined the Halden Ballet as a soloist in 1990.", []string{"Organization:Halden Ballet"}},
		{"Reporters for Agence Tarrou Presse were refused entry.", []string{"Organization:Agence Tarrou Presse"}},
		{"The Quillan Consortium will set the standard.", []string{"Organization:Quillan Consortium"}},
		{"The Marrow Philharmonic played in Vienna.", []string{"Organization:Marrow Philharmonic"}},
		// Negative: a first name and surname.
		{"Colin Ballard played in Vienna.", []string{"Person:Colin Ballard"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, nil)
	}
}
