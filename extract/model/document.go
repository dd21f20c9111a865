package model

import "github.com/newsgraph/newsgraph/extract/textseg"

// EntityType is the kind of a real-world entity, as named in the gold
// conventions (../shared/eval/GOLD.md).
type EntityType string

// The entity types newsgraph emits.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	City         EntityType = "City"
	Place        EntityType = "Place"
	Event        EntityType = "Event"
)

// Predicates of facts. The first eleven are the scored vocabulary; others
// may be added where a rule is reliable.
const (
	LeaderOf       = "leaderOf"
	MemberOf       = "memberOf"
	Left           = "left"
	PlansToLeave   = "plansToLeave"
	Joined         = "joined"
	Hosted         = "hosted"
	WillHost       = "willHost"
	MetWith        = "metWith"
	LocatedIn      = "locatedIn"
	ParticipatedIn = "participatedIn"
	Visited        = "visited"
)

// Document is everything extracted from one article. All offsets index
// Text, the decoded UTF-8 text.
type Document struct {
	Source     string // path or name the text came from, as given by the caller
	Title      string // the headline: the first paragraph, trimmed
	Text       string // decoded UTF-8 text
	Hash       string // hex SHA-256 of Text; identifies the content
	Words      int    // word count, for throughput reporting
	Paragraphs []textseg.Span
	Sentences  []Sentence
	Entities   []Entity
	Mentions   []Mention
	Quotes     []Quote
	Facts      []Fact
	OpenFacts  []OpenFact // links stated in the text's own words (openfacts.go)
	Warnings   []string   // non-fatal problems, e.g. "not UTF-8, decoded as Windows-1252"
	// Meta is what the article's page, feed or data set said about it;
	// the extractor leaves it empty and graph.ExtractInput fills it.
	Meta Meta
}

// Sentence is one sentence of the text.
type Sentence struct {
	textseg.Span
	Paragraph int // index into Document.Paragraphs
}

// Entity is one real-world entity mentioned in the document.
type Entity struct {
	// Key is stable and readable, derived from type and canonical name
	// (e.g. "person/aleksandr-lukashenko"), so that the same entity in two
	// documents gets the same key and hence the same graph node.
	Key     string
	Type    EntityType
	Name    string   // canonical (fullest) name
	Aliases []string // other surface forms naming it in this text; not Name
}

// MentionKind says how a mention names its entity.
type MentionKind uint8

// Mention kinds, from a proper name to a pronoun resolved by coreference.
const (
	MentionName    MentionKind = iota // "Aleksandr Lukashenko", "Lukashenko"
	MentionAcronym                    // "CIS"
	MentionDemonym                    // "Belarusian" (for Belarus)
	MentionRole                       // "the President", "the Belarusian leader"
	MentionPronoun                    // "he", "she"
)

// Mention is one place in the text that refers to an entity.
type Mention struct {
	textseg.Span
	Sentence int // index into Document.Sentences
	Entity   int // index into Document.Entities
	Kind     MentionKind
}

// Quote is one direct quotation, possibly made of several pieces (a quote
// interrupted by its attribution, or carried across paragraphs).
type Quote struct {
	Pieces   []textseg.Span // the quoted text of each piece, without the quote marks
	Text     string         // the pieces joined by a single space
	Speaker  int            // index into Document.Entities, or -1 when unattributed
	Sentence int            // the sentence holding the attribution (or the first piece)
	Rule     string         // the attribution rule that named the speaker
}

// Fact is one relation between two entities.
type Fact struct {
	Subject    int    // index into Document.Entities
	Predicate  string // one of the predicate constants, or a documented extra
	Object     int    // index into Document.Entities
	Sentence   int    // index into Document.Sentences: the evidence
	Rule       string // name of the rule that produced it, for --explain
	Confidence float64
}
