package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A body introduced with its kind as a bare title ("ferry operator
// Tidewave") and quoted later by that kind alone ("the operator said").
func TestRoleNamedOrg(t *testing.T) {
	tide := qtEnt{name: "Tidewave", typ: model.Organization, forms: []string{"Tidewave"}}
	port := qtEnt{name: "Calder", typ: model.City, forms: []string{"Calder"}}
	qtRun(t, []qtCase{
		{
			name: "a dateline before the lead: the body called by that noun",
			text: "Ferries\n\nCALDER (Wire) - Ferry operator Tidewave cancelled all its sailings on Friday after a storm damaged two ships.\n\n\"We are sorry for the trouble this causes to our passengers,\" the operator said in a statement.",
			ents: []qtEnt{port, tide},
			want: []qtWant{{"We are sorry for the trouble", "Tidewave", "role-named"}},
		},
		{
			name:         "a body named without that noun is not the one meant",
			text:         "Ferries\n\nCALDER (Wire) - Tidewave cancelled all its sailings on Friday after a storm damaged two ships.\n\n\"We are sorry for the trouble this causes to our passengers,\" the operator said in a statement.",
			ents:         []qtEnt{port, tide},
			unattributed: 1,
		},
	})
}
