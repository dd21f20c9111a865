package extract

// Biographies front a war veteran's service before the clause it
// describes: "A World War I veteran who served a prison term in France,
// he was a noted writer", "A veteran of the Korean War, Smith later ran
// for Congress". The veteran is the clause's subject, named or a pronoun
// right after the fronted phrase's comma. The dependency rule
// participatedIn/veteran reads "X, a Gulf War veteran," and "X was a
// veteran of Y"; a fronted phrase hangs from the clause's verb, not from
// its subject, and that rule does not reach it.

// frontedVeterans adds participatedIn for the subject of each sentence
// opened by "A|An <event> veteran" or "A|An veteran of (the) <event>",
// followed by a comma, or by a "who" clause and its comma.
func (r *relState) frontedVeterans() {
	for s, sp := range r.a.sentTokens {
		k := sp.Start
		if w := r.docLow(k); w != "a" && w != "an" {
			continue
		}
		ev, j := r.veteranPhrase(k+1, sp.End)
		if ev < 0 {
			continue
		}
		switch r.docLow(j) {
		case ",":
		case "who":
			// The "who" clause ends at the first comma; a quotation or a
			// bracket in it ends the search.
			for j < sp.End && r.docLow(j) != "," {
				if w := r.docLow(j); w == "\"" || w == "(" || w == "“" {
					j = sp.End
				}
				j++
			}
			if j >= sp.End {
				continue
			}
		default:
			continue
		}
		subj := r.docMentionAt(j + 1)
		if subj == nil || subj.Sentence != s || r.docTok(subj.Start) != j+1 {
			continue
		}
		if subj.Kind != MentionName && subj.Kind != MentionPronoun || r.typeOf(subj.Entity) != Person {
			continue
		}
		if subj.Kind == MentionName && r.docLow(r.docTok(subj.End)) == "," {
			continue // "A Gulf War veteran, Smith, Jones and ...": a list, no subject
		}
		r.add(subj.Entity, ParticipatedIn, ev, s, "participatedIn/fronted-veteran", 0.7)
	}
}

// veteranPhrase reads "<event> veteran" or "veteran of (the) <event>" at
// token k, before token end, and returns the event and the token after the
// phrase, or -1.
func (r *relState) veteranPhrase(k, end int) (ev, next int) {
	if r.docLow(k) == "veteran" && r.docLow(k+1) == "of" {
		j := k + 2
		if r.docLow(j) == "the" {
			j++
		}
		m := r.docMentionAt(j)
		if m == nil || r.docTok(m.Start) != j || !r.isEvent(m.Entity) {
			return -1, 0
		}
		next = r.docTok(m.End)
		if next >= end {
			return -1, 0
		}
		return m.Entity, next
	}
	m := r.docMentionAt(k)
	if m == nil || r.docTok(m.Start) != k || !r.isEvent(m.Entity) {
		return -1, 0
	}
	j := r.docTok(m.End)
	if r.docLow(j) != "veteran" || j+1 >= end {
		return -1, 0
	}
	return m.Entity, j + 1
}
