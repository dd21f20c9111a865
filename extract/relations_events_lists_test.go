package extract

import "testing"

// TestExampleSubjects: a plural noun opening the clause with the names it
// includes ("singers including A, B and C") makes every listed name the
// subject of an act at an event; a list after the verb, a list told of
// no act done, or one that is no clause's subject gives the listed names
// nothing. Every text is invented.
func TestExampleSubjects(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"including, with role words", "Mourners remember Reno\n\nSingers including Ana Lind, Tom Baxter and Grammy winner Rosa Petit have paid tribute to actor Maria Reno at a funeral in Boston.",
			[]string{"Ana Lind participatedIn Event:funeral in Boston", "Tom Baxter participatedIn Event:funeral in Boston",
				"Rosa Petit participatedIn Event:funeral in Boston"}, nil},
		{"such as", "Car makers gather\n\nCar makers such as Volvo and Fiat unveiled new models at the Geneva Motor Show.",
			[]string{"Volvo participatedIn Event:Geneva Motor Show", "Fiat participatedIn Event:Geneva Motor Show"}, nil},
		{"a list after the verb", "Mourners remember Reno\n\nThe priest thanked singers including Ana Lind and Tom Baxter, who said at a funeral in Boston that Reno was kind.",
			nil, []string{"Ana Lind participatedIn Event:funeral in Boston"}},
		{"still to come", "Mourners remember Reno\n\nSingers including Ana Lind and Tom Baxter will pay tribute to actor Maria Reno at a funeral in Boston.",
			nil, []string{"Ana Lind participatedIn Event:funeral in Boston", "Tom Baxter participatedIn Event:funeral in Boston"}},
		{"the list inside a prepositional phrase", "Mourners remember Reno\n\nIn a letter to singers including Ana Lind and Tom Baxter, the priest paid tribute to actor Maria Reno at a funeral in Boston.",
			nil, []string{"Ana Lind participatedIn Event:funeral in Boston", "Tom Baxter participatedIn Event:funeral in Boston"}},
	})
}
