package extract

import "testing"

// TestMatchInjuries: a player hurt in a described match took part in it,
// with no verb of play: the injury's participle ("sustained during",
// "suffered in", "picked up in") hangs the match on the injury, whose
// possessor or clause subject is the player. Every text is invented.
func TestMatchInjuries(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the Premier Cup season.\n\n"
	const named = "Premier Cup game against Kingsport Athletic"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"sidelined by a problem", intro + "Jon Reid is sidelined by a hamstring problem sustained during the Premier Cup game against Kingsport Athletic last weekend.",
			[]string{"Jon Reid participatedIn Event:" + named}, nil},
		{"ruled out with a knock", intro + "Jon Reid was ruled out with a knock picked up in the Premier Cup game against Kingsport Athletic last weekend.",
			[]string{"Jon Reid participatedIn Event:" + named}, nil},
		{"the injury's possessor", intro + "Jon Reid's ankle injury suffered in the Premier Cup game against Kingsport Athletic last weekend has healed.",
			[]string{"Jon Reid participatedIn Event:" + named}, nil},
		{"a denied clause", intro + "Jon Reid is not sidelined by a problem sustained during the Premier Cup game against Kingsport Athletic last weekend.",
			nil, []string{"Jon Reid participatedIn Event:" + named}},
		{"a doubted clause", intro + "Jon Reid may be out with a knock picked up in the Premier Cup game against Kingsport Athletic last weekend.",
			nil, []string{"Jon Reid participatedIn Event:" + named}},
		{"no injury", intro + "Jon Reid was angered by the criticism received during the Premier Cup game against Kingsport Athletic last weekend.",
			nil, []string{"Jon Reid participatedIn Event:" + named}},
		{"a coach's words", intro + "Coach Jon Reid said the injury sustained during the Premier Cup game against Kingsport Athletic last weekend was minor.",
			nil, []string{"Jon Reid participatedIn Event:" + named}},
	})
}
