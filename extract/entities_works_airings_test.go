package extract

import "testing"

// TestTitlesAired: the subject of "airs on", "was screened on" or "is
// broadcast on" a named channel is a programme's title; a person, a
// broadcaster that broadcasts and a channel on a platform keep their
// entities.
func TestTitlesAired(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives.
		{"Brookvale, which airs on ITV, lost viewers in May, said Tom Reed.",
			[]string{"Person:Tom Reed", "Organization:ITV"}, []string{"Brookvale"}},
		{"Eastgaters was screened on BBC Two in May. Eastgaters drew praise, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Eastgaters"}},
		{"Zorvik is broadcast on ITV every week, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Zorvik"}},
		// Negatives: a person on a channel, a broadcaster broadcasting, a
		// channel on a platform.
		{"Tom Reed, who appears on ITV, said Quillsoft will broadcast on Zorcast in Leeds. Kate Malone aired on ITV.",
			[]string{"Person:Tom Reed", "Organization:Quillsoft", "Person:Kate Malone", "City:Leeds"}, nil},
		{"Quillsoft airs on Freeview, said Tom Reed. Quillsoft lost viewers.",
			[]string{"Person:Tom Reed", "Organization:Quillsoft"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
