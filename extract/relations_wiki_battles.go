package extract

import "strings"

// A battle or a siege is named by its noun and the place it was fought at:
// "the Battle of Hastings", "the Siege of Leningrad". The name ends in the
// place, so the mention stage types it by that place's word as a body or a
// place; it is an event, and only an event takes part in
// participatedIn ("Harold fought in the Battle of Hastings", "the Battle
// of Samugarh was fought between Dara Shikoh and Aurangzeb").

// battleHeads open the name of one fight.
var battleHeads = map[string]bool{"battle": true, "battles": true, "siege": true}

// battleTypes retypes the organisations and places named "Battle|Siege of
// X" as events. It runs before the sentence and dependency rules read the
// types.
func (r *relState) battleTypes() {
	for i := range r.a.doc.Entities {
		e := &r.a.doc.Entities[i]
		if e.Type != Organization && e.Type != Place {
			continue
		}
		if battleName(e.Name) {
			e.Type = Event
		}
	}
}

// battleName reports a name written "Battle|Siege of X" with a
// capitalised X ("the Battle of the Somme" included; "Battle of the Bands"
// is a contest, an event all the same).
func battleName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 || !battleHeads[strings.ToLower(f[0])] || f[1] != "of" {
		return false
	}
	x := f[2]
	if x == "the" && len(f) > 3 {
		x = f[3]
	}
	return x != "" && x[0] >= 'A' && x[0] <= 'Z'
}
