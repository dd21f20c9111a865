package extract

import "testing"

// TestTitlesAtBoxOffice: the subject of a box-office verb, or a name
// modifying "box office", is a film; an actor, a studio the gazetteer
// knows, a country or a demonym keeps its entity.
func TestTitlesAtBoxOffice(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives.
		{"Harbour Lights took $40m at the box office in Canada, said Tom Reed.",
			[]string{"Country:Canada", "Person:Tom Reed"}, []string{"Harbour Lights"}},
		{"Ember Song has topped the North American box office, and Ember Song will open in Leeds.",
			[]string{"City:Leeds"}, []string{"Ember Song"}},
		{"Tom Reed said the Stone Lantern box office triumph surprised Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Stone Lantern"}},
		// Negatives: an actor, a short form of an actor's name, a
		// country's box office, no box office at all.
		{"Tom Reed has returned to the top of the box office with his film.",
			[]string{"Person:Tom Reed"}, nil},
		{"Actor Tom Reed was in Leeds. Reed topped the box office last year.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"Quillsoft made $40m in Canada last year, said Tom Reed.",
			[]string{"Organization:Quillsoft", "Country:Canada", "Person:Tom Reed"}, nil},
		{"Ticket sales in Leeds rose while the Canada box office fell.",
			[]string{"City:Leeds", "Country:Canada"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestVenueBoxOffice: a venue's box office sells tickets; the venue
// keeps its entity.
func TestVenueBoxOffice(t *testing.T) {
	checkEntities(t, "Quillsoft and the Marlowe Arena box office will write to fans in Leeds.",
		[]string{"Organization:Quillsoft", "City:Leeds"}, nil)
}
