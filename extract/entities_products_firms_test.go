package extract

import "testing"

// TestFirmArms: a firm's name and a region or body word after it name
// the firm's arm, an organisation, where the firm stands alone elsewhere
// in the story, and a known product after it is no entity; a person's
// name, a region or a firm never named alone is left to the other rules.
func TestFirmArms(t *testing.T) {
	// want and not hold "Type:Name" entries.
	tests := []entityCase{
		{"Quillsoft Europe said sales grew by 8% in Paris. Shares in Quillsoft rose on Monday.",
			[]string{"Organization:Quillsoft Europe", "City:Paris"}, []string{"Person:Quillsoft Europe"}},
		{"Vantori Networks cut 300 jobs, and Vantori said more would go.",
			[]string{"Organization:Vantori Networks"}, []string{"Person:Vantori Networks"}},
		{"Shares in Torvane Motor fell on Monday after Torvane cut its forecast.",
			[]string{"Organization:Torvane Motor"}, []string{"Person:Torvane Motor"}},
		// A known product after its maker: the maker is the firm and the
		// product no entity; a person named like a firm stays whole.
		{"Quillsoft said the Quillsoft Walkman sold well in Leeds.",
			[]string{"Organization:Quillsoft", "City:Leeds"}, []string{"Person:Quillsoft Walkman", "Organization:Quillsoft Walkman"}},
		{"Tom Walkman said the Betamax era was over.",
			[]string{"Person:Tom Walkman"}, nil},
		// Negatives: the firm's word never stands alone; a parent named
		// alone before its regional arm (the short-form rule would join
		// the two); a region after a common word; a person's first name.
		{"Zelbrook Asia said on Monday that profits rose in Leeds.",
			[]string{"City:Leeds"}, []string{"Organization:Zelbrook Asia"}},
		{"Shares in Quillsoft rose on Monday. Quillsoft Europe said sales grew by 8% in Paris.",
			[]string{"Organization:Quillsoft", "City:Paris"}, []string{"Organization:Quillsoft Europe"}},
		{"Sales in Eastern Europe rose, Tom Reed told Quillsoft.",
			[]string{"Person:Tom Reed"}, []string{"Organization:Eastern Europe"}},
		{"Fiona Asia won the race. Fiona said she was tired.",
			nil, []string{"Organization:Fiona Asia"}},
	}
	checkEntityCases(t, tests)
}

// TestFirmOpened: two capitalised words opening with a known firm's name
// are the firm's full name or one of its products, never a person; a
// first name that is also a firm's name keeps the person.
func TestFirmOpened(t *testing.T) {
	// want and not hold "Type:Name" entries.
	tests := []entityCase{
		{"The new venture, Nokia Tarrant, will open an office in Oslo next spring.",
			[]string{"Organization:Nokia Tarrant"}, []string{"Person:Nokia Tarrant"}},
		{"Users of Microsoft Quibble complained about the update on Tuesday.",
			nil, []string{"Person:Microsoft Quibble"}},
		// Negative: a first name before the surname stays a person.
		{"Striker Jordan Tarrant scored twice at the weekend.",
			[]string{"Person:Jordan Tarrant"}, nil},
	}
	checkEntityCases(t, tests)
}
