package extract

import (
	"slices"
	"testing"
)

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

// TestFirmGroups: a name and a lower-case "group" or "consortium" after
// "the" names an organisation, even where the name alone is a town or
// a common word; a demonym, a country or a large city
// before the noun, a name or "of" after it, a firm named otherwise in the
// story and a plural act's name are left to the other rules.
func TestFirmGroups(t *testing.T) {
	tests := []entityCase{
		{"The phone market is shared by the Vantori group and the Kestrel group, analysts said.",
			[]string{"Organization:Vantori"}, nil},
		{"The carmaker was sold for £10 to the Brakvik consortium in 2000.",
			[]string{"Organization:Brakvik"}, []string{"Person:Brakvik"}},
		{"Mr Okafor headed the Tata group until 2003, when he left.",
			[]string{"Organization:Tata"}, []string{"City:Tata"}},
		// Negatives: a demonym or compound that says where the group is
		// from; a large city; a name after the noun; "of" after it; a
		// firm with a longer name in the story; a plural act.
		{"The German group said on Monday that profits rose.",
			nil, []string{"Organization:German"}},
		{"The Florida-based Vantori group runs 90 shops.",
			nil, []string{"Organization:Florida-based Vantori group"}},
		{"Fans of the Glasgow group queued for hours.",
			[]string{"City:Glasgow"}, []string{"Organization:Glasgow"}},
		{"Tickets for the Leeds group Kaiser Chiefs sold out.",
			nil, []string{"Organization:Leeds"}},
		{"Quillsoft Motors said sales rose, and the Quillsoft group said it would cut jobs.",
			[]string{"Organization:Quillsoft Motors"}, []string{"Organization:Quillsoft group"}},
		{"Chips are made by the Sterling consortium.",
			nil, []string{"Organization:Sterling"}},
		{"Anna Berg, who chairs the EPP group, said the European People's Party would vote no.",
			nil, []string{"Organization:EPP group"}},
		{"The duo later became the Silver Strings group.",
			nil, []string{"Organization:Silver Strings"}},
		{"Talks with the Paris Club group of creditors will resume.",
			nil, []string{"Organization:Paris Club group"}},
	}
	checkEntityCases(t, tests)
}

// TestFirmGroupNames: the group noun read after a firm's name stays out
// of the name but is kept as another name of the firm ("Vantori group");
// where the noun made no firm (a large city, an acronym's group, a firm
// with a longer name), no such name is added.
func TestFirmGroupNames(t *testing.T) {
	tests := []struct {
		text, name, alias string
		want              bool
	}{
		{"The phone market is shared by the Vantori group, analysts said. Vantori said sales rose.", "Vantori", "Vantori group", true},
		{"The carmaker was sold for £10 to the Brakvik consortium in 2000.", "Brakvik", "Brakvik consortium", true},
		{"Fans of the Glasgow group queued for hours.", "Glasgow", "Glasgow group", false},
		{"Quillsoft Motors said sales rose, and the Quillsoft group said it would cut jobs.", "Quillsoft Motors", "Quillsoft group", false},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		got := false
		for _, e := range d.Entities {
			if e.Name == tt.name && slices.Contains(e.Aliases, tt.alias) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s with alias %q = %v, want %v (entities %v)", tt.text, tt.name, tt.alias, got, tt.want, d.Entities)
		}
	}
}
