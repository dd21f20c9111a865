package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Coreference of descriptions of public bodies and blocs: "Equatorial
// Guinea, which joined the bloc in 2014", "The Greens voted to join the
// Future Alliance ... they will leave the alliance", "the agency said",
// "the watchdog fined the firm". The mention stage binds such a phrase to
// the latest organisation of any kind, which in news is as often a firm
// or a party the bloc's story names in passing ("the alliance" after
// "Peugeot", "the watchdog" after "BT Group"). The nominal resolver
// (coref_nominals.go) decides them instead, like "the firm" and "the
// club", over the organisations the text shows to be of the kind:
//   - a bloc (nomBloc: "the bloc", "the alliance", "the coalition", and
//     "the group" beside a firm or a band: "Gabon will leave Opec ... the
//     group's next conference") is an organisation whose name has a
//     grouping's word in it
//     ("European Union", "Association of Southeast Asian Nations",
//     "Organization of the Petroleum Exporting Countries", "North
//     Atlantic Treaty Organization") or that the text calls one ("the
//     Nato alliance", "the left-wing New Popular Front alliance");
//   - a union (nomUnion: "the union") is an organisation whose name says
//     union ("European Union", "National Union of Journalists") or that
//     the text calls one ("the Amicus union", "trade union Unite"): "the
//     union's district leader" after a sovereign fund and an unnamed union
//     is no officer of the fund. Any other public body or bloc named
//     before is no candidate, so with none the description stays unbound;
//   - a body (nomBody: "the agency", "the watchdog", "the regulator",
//     "the organisation") is a public body by its name ("Food Standards
//     Agency", "World Health Organization"), one the gazetteer knows as
//     international (the IAEA), or one the text calls one ("media
//     watchdog Ofcom");
//   - "the organisation" may mean any of these and a business, club or
//     group as well ("the British Phonographic Industry ... The
//     organisation's anti-piracy director"), but no paper or broadcaster
//     a story cites;
//   - "the body" means an organisation only when the text called it one
//     ("trade body Intellect"): a news story's "the body" is as often a
//     corpse or the human body.
// An organisation of no such kind is no candidate, so such a description
// with no candidate near binds nothing: a missing binding loses a fact,
// a wrong one makes a false one.

// anyOrganisation are the classes "the organisation" may refer to.
const anyOrganisation = nomBody | nomBloc | nomUnion | nomCompany | nomClub | nomTeam | nomBand | nomParty

// bodyNameWords in an organisation's name say it is a body or a bloc.
var bodyNameWords = map[string]nomClass{
	// groupings of states or parties
	"alliance": nomBloc, "bloc": nomBloc, "coalition": nomBloc, "partnership": nomBloc,
	"nations": nomBloc, "countries": nomBloc, "community": nomBloc, "treaty": nomBloc,
	"union": nomBloc | nomBody | nomUnion, // the European Union; a trade union
	// public bodies
	"organisation": nomBody, "organization": nomBody, "agency": nomBody, "authority": nomBody,
	"commission": nomBody, "association": nomBody, "federation": nomBody, "institute": nomBody,
	"council": nomBody, "committee": nomBody, "bureau": nomBody, "board": nomBody,
	"foundation": nomBody, "society": nomBody,
}

// bodyNounsAfter, right after an organisation's name, say what kind of
// body or bloc it is: "the Nato alliance", "the Mercosur trade bloc",
// "the Amicus union". Only nouns of bodies and blocs are read there: a
// firm's or a club's noun after a name is a phrase of its own ("Chelsea
// club captain", "the Sony group's profits").
var bodyNounsAfter = lexicon.WordSet(`alliance bloc coalition union agency watchdog regulator`)

// blocNounAfter returns the class of a body's noun written right after
// name mention m, or 0: "the left-wing New Popular Front alliance".
func (a *analysis) blocNounAfter(m *mention) nomClass {
	r := a.sentTokens[m.sent]
	if m.t1 >= r.End {
		return 0
	}
	k := m.t1
	if k+1 < r.End && a.tokens[k].Lower() == "trade" && a.tokens[k+1].Lower() == "bloc" {
		k++ // "the Mercosur trade bloc"
	}
	w := a.tokens[k].Lower()
	if !bodyNounsAfter[w] || isCapWord(a.tokens[k]) {
		return 0
	}
	if k+1 < r.End {
		// "the Nato alliance's members" still names it; "the Amicus
		// union leader" is a person's title, "the Opec bloc Gabon left"
		// another phrase
		n := a.tokens[k+1]
		if isCapWord(n) {
			return 0
		}
		a.tagSentence(m.sent)
		if n.Flags&textseg.TPunct == 0 && strings.HasPrefix(a.tokens[k+1].Tag, "NN") {
			return 0
		}
	}
	return nominalHeads[w]
}

// memberCountWord reports whether w counts a bloc's members: "27-nation",
// "nine-member", "15-country".
func memberCountWord(w string) bool {
	for _, suf := range []string{"-nation", "-member", "-country", "-state", "-party"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" {
			return true
		}
	}
	return false
}

// soleBody returns the one bloc or union named so far for a bloc's or a
// union's description (cls nomBloc: "the alliance", "the bloc", "the
// coalition"; nomUnion: "the union") when nothing
// recent answers it: "Germany's Green Party voted to join the governing
// Future Alliance ... The liberal Free Democrats said they will leave
// the alliance". A text names few blocs, and only by the words that make
// them candidates, so the one named is the one meant. A public body's
// description gets no such reach: the body meant may be one its name
// does not show ("the British Phonographic Industry ... the
// organisation"), and the one shown another (a court that sentenced).
func soleBody(refs map[int]*nominalRef, classes []nomClass, cls nomClass) (int, string) {
	if cls != nomBloc && cls != nomUnion {
		return -1, "no candidate"
	}
	one := -1
	for e := range refs {
		if classes[e]&cls == 0 {
			continue
		}
		if one >= 0 {
			return -1, "no candidate"
		}
		one = e
	}
	if one < 0 {
		return -1, "no candidate"
	}
	return one, "sole of its kind"
}
