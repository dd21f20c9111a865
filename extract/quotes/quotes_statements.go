package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Statements placed or issued by their author. GOLD.md gives a quotation
// made through a statement to the person or body it speaks for; the
// spokesman rules already read "a statement from Acme" and "Acme's
// statement". Two more ways name the author after the noun:
//
//	placed on the author's own page:
//	  "…," a statement on her website said.  (her: the singer)
//	  "…," a statement on Acme's website said.
//	  "…," said a statement on the Acme website.
//	issued by the author:
//	  "…," read a statement issued by Acme.
//	  "…," a statement released by the ministry said.
//
// Not: "a statement on the crisis" (no page word), "a statement on the
// crisis on its website" (a word other than a name or possessive before
// the page word), "a statement issued after the meeting" (no agent).

// qStatementPages are the pages a statement is put on by its author.
var qStatementPages = qWordSet(`website site page blog account`)

// qPageOwnerWords may stand between "on" and the page word besides names
// and possessives: "on the Acme website", "on her official website".
var qPageOwnerWords = qWordSet(`the his her its their official own`)

// qIssueParticiples introduce a statement's author with "by".
var qIssueParticiples = qWordSet(`issued released published posted sent`)

// qStatementReach bounds the words read after "statement".
const qStatementReach = 6

// statementSource returns the author of the statement named by ts[k]
// when the words after it say who put it out, or -1.
func (q *quoter) statementSource(ts []qtok, k int) (int, int) {
	if k+2 >= len(ts) || ts[k+1].kind != qkWord {
		return -1, 0
	}
	w := q.text[ts[k+1].s:ts[k+1].e]
	switch {
	case w == "on":
		// the page word within a few words: "on her website", "on
		// the Acme website", "on Acme's official website"
		for n := k + 2; n < len(ts) && n <= k+qStatementReach; n++ {
			t := ts[n]
			if t.kind != qkWord && t.kind != qkPoss {
				return -1, 0
			}
			w := q.text[t.s:t.e]
			if t.kind == qkWord && qStatementPages[w] {
				return q.pageOwner(t.s)
			}
			if t.kind == qkWord && !qPageOwnerWords[w] && !q.capitalAt(t) {
				return -1, 0 // "on the crisis …": not a page
			}
		}
	case qIssueParticiples[w]:
		if k+3 >= len(ts) || q.text[ts[k+2].s:ts[k+2].e] != "by" {
			return -1, 0
		}
		return q.authorNamedAt(ts[k+3].s)
	}
	return -1, 0
}

// pageOwner returns whose page the page word at pos is: a possessor
// ("her website", "Acme's website") or a body named right before it
// ("the Acme website"), or -1.
func (q *quoter) pageOwner(pos int) (int, int) {
	if e, at := q.possessor(pos); e >= 0 {
		return e, at
	}
	ms := q.doc.Mentions
	j := q.mentionFrom(pos) - 1
	if j < 0 || ms[j].End > pos || ms[j].Entity < 0 || ms[j].Kind == model.MentionPronoun {
		return -1, 0
	}
	if m := ms[j]; q.text[m.End:pos] == " " && q.orgType(m.Entity) {
		return m.Entity, m.Start
	}
	return -1, 0
}

// "read" introduces a quotation only as the verb of a written statement:
//
//	"…," a BBC statement read.  / "…," read a statement from Acme.
//	"…," Jo Bloggs's message read.
//
// Not: "Helen Mirren read out his speech" (the reader voices another's
// words), "a form that can be read by the handheld" (no statement). A
// verb of saying that finds no speaker stops the other rules, so "read"
// anywhere else would leave quotations unattributed that they give.

// qStatementNouns are the written statements "read" may have as subject.
var qStatementNouns = qWordSet(`statement message letter note`)

// readsStatement reports whether "read" at t has a statement noun right
// before it or a statement as its inverted subject ("read a statement").
func (q *quoter) readsStatement(t qtok) bool {
	if w, _ := q.prevWord(max(0, t.s-40), t.s); qStatementNouns[w] {
		return true
	}
	// inverted only right after the quotation it frames: `…," read a
	// statement`, never "she read the letter"
	before := strings.TrimRight(q.text[max(0, t.s-8):t.s], " ")
	if !strings.HasSuffix(before, `"`) && !strings.HasSuffix(before, "”") && !strings.HasSuffix(before, "»") && !strings.HasSuffix(before, "''") {
		return false
	}
	next := strings.Fields(q.text[t.e:min(len(q.text), t.e+40)])
	return len(next) >= 2 && (next[0] == "a" || next[0] == "the") && qStatementNouns[strings.Trim(next[1], ",.:;")]
}
