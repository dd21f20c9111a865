package lexicon

// Roles in kinds of event. A story about one trial, festival, awards
// ceremony or election tells who took part in it by the role they had
// there, often without naming the event again: "the prosecution's first
// witness, reporter X", "X and Y were among the headline acts", "X last
// played at the festival", "at the awards, presented by X". As a role in
// a body implies membership (GOLD.md), a role in an event implies taking
// part (participatedIn). The rule event-role
// (extract/relations_events_roles.go) reads these classes.

// EventRoleKind is one kind of event with the words that tell its
// participants.
type EventRoleKind struct {
	// Kind names the kind, for tests and messages.
	Kind string
	// Names are the words an event's name (or its description) holds to
	// be of the kind: "Michael Jackson child abuse trial", "T in the Park
	// festival".
	Names map[string]bool
	// Roles are the nouns whose holder took part: "witness", "headline
	// acts". Nouns any body or person has besides ("lawyer", "host",
	// "guest") are left out: "his lawyer" may be another case's.
	Roles map[string]bool
	// Acts are past verbs of taking part, read before "at" and the event:
	// "played at the festival", "headlined the concert".
	Acts map[string]bool
	// By are participles whose agent, after "by", took part in the event
	// the participle follows: "at the awards, presented by X".
	By map[string]bool
}

// EventRoleKinds are the kinds of event whose roles the rule reads. An
// election's "candidate" is left out: a story of one election also tells
// of candidates for other posts ("beat Djibouti's candidate, X, in the
// seventh round" of a commission's vote), and relations_elections.go
// reads the candidates an election result names.
var EventRoleKinds = []EventRoleKind{
	{
		// "the prosecution's first witness, reporter X", "X was among
		// the jurors"; the lawyers and the judge are titles before a name
		// (extract/relations_trials.go).
		Kind:  "trial",
		Names: WordSet(`trial`),
		Roles: WordSet(`witness witnesses juror jurors`),
	},
	{
		// "X and Y were among the headline acts", "X last played at the
		// festival in 2002", "playing at the Newport Jazz Festival".
		Kind:  "music",
		Names: WordSet(`festival concert gig`),
		Roles: WordSet(`act acts headliner headliners performers`),
		Acts:  WordSet(`played playing headlined headlining`),
	},
	{
		// "at the awards, presented by Little Britain star X", "X was the
		// presenter".
		Kind:  "awards",
		Names: WordSet(`awards ceremony oscars grammys baftas brits emmys globes`),
		Roles: WordSet(`presenter presenters`),
		By:    WordSet(`presented hosted`),
	},
}

// EventRoleCues holds every kind's roles, acts and by-participles: a
// sentence with none of them gives the rule nothing, and one look-up per
// word here answers that instead of one per kind and class.
var EventRoleCues = eventRoleCues(EventRoleKinds)

func eventRoleCues(kinds []EventRoleKind) map[string]bool {
	var sets []map[string]bool
	for _, k := range kinds {
		sets = append(sets, k.Roles, k.Acts, k.By)
	}
	return Union(sets...)
}
