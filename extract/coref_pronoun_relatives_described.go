package extract

// "The 23-year-old next meets Tommy Haas, the player he beat in 2002":
// the relative clause on Haas has "he" as its subject, so "he" is the
// sentence's subject (coref_pronoun_relatives.go). When that subject is
// a description rather than a name, pickPronoun cannot see it:
// pronouns are resolved before descriptions, and it keeps Haas. This
// pass runs once descriptions are bound and moves such a pronoun from
// the person the clause describes to the person the description opening
// the sentence stands for, when that person fits the pronoun. A
// description bound to no one leaves the pronoun unbound, since the
// person the clause describes is the one person it cannot be.

// rebindRelativeToDescribed applies the rule to every "he"/"she" bound
// to the person of a relative clause it is the subject of.
func (a *analysis) rebindRelativeToDescribed() {
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionPronoun || m.entity < 0 || m.hidden {
			continue
		}
		if w := a.tokens[m.t0].Lower(); w != "he" && w != "she" {
			continue
		}
		head := a.relativeHeadBefore(m)
		if head != m.entity {
			continue
		}
		d := a.describedSubject(m.sent)
		if d == nil || d.t0 >= m.t0 {
			continue
		}
		switch g := a.ents[max(d.entity, 0)].gender; {
		case d.entity < 0:
			m.entity = -1 // "the player he beat" is not the player
		case d.entity != head && (g == 0 || m.gender == 0 || g == m.gender):
			m.entity = d.entity
		}
	}
}

// relativeHeadBefore returns the person whose name (or a description in
// apposition to it, "Haas, the player") ends right before a relative
// clause whose subject is pronoun m, or -1.
func (a *analysis) relativeHeadBefore(m *mention) int {
	for _, o := range a.mentionsInSentence(m.sent) {
		if o.hidden || o.entity < 0 || o.t1 > m.t0 || a.doc.Entities[o.entity].Type != Person || o.kind == MentionPronoun {
			continue
		}
		t := o.t1
		if o.kind == MentionRole && a.namedBefore(&o) {
			t = o.t0 - 1
		}
		if a.relativeOnName(t, m.t0) {
			return o.entity
		}
	}
	return -1
}

// describedSubject returns the visible person description (a role
// mention, bound or not) that opens sentence s as its subject ("The
// 23-year-old next meets ..."), or nil.
func (a *analysis) describedSubject(s int) *mention {
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent != s || m.hidden || m.kind != MentionRole || m.typ != Person {
			continue
		}
		if a.subjectPosition(s, m.t0) && a.tokens[m.t0].Lower() == "the" {
			return m
		}
	}
	return nil
}
