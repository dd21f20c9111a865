package extract

import "strings"

// The gazetteer holds some competitions both bare and qualified by their
// sport: "World Cup" (football's) and "Rugby World Cup", "Cricket World
// Cup". A rugby story names "the Rugby World Cup" once and then writes
// "the World Cup"; the bare name there is the qualified one, not
// football's. When a text names exactly one qualified form of a bare
// gazetteer event, the bare mentions take that form's name, so both join
// one entity named in full. A text naming two qualified forms ("Rugby
// World Cup" and "Cricket World Cup") leaves the bare name alone.

// resolveBareSeries gives bare gazetteer event mentions the name of the
// one qualified form of them the text names.
func (a *analysis) resolveBareSeries() {
	ms := a.ments
	named := map[string]bool{}
	for i := range ms {
		if ms[i].typ == Event && ms[i].canon != "" && !ms[i].hidden {
			named[ms[i].canon] = true
		}
	}
	if len(named) < 2 {
		return
	}
	longer := map[string]string{} // bare canon -> its one qualified form, "" when several
	for b := range named {
		for q := range named {
			if !strings.HasSuffix(q, " "+b) {
				continue
			}
			if prev, seen := longer[b]; seen && prev != q {
				longer[b] = ""
			} else {
				longer[b] = q
			}
		}
	}
	for i := range ms {
		if ms[i].typ != Event {
			continue
		}
		if q := longer[ms[i].canon]; q != "" {
			ms[i].canon = q
		}
	}
}
