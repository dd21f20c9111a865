package browse

// The JSON types of the web API: what Reader's methods and Index return.

import "github.com/newsgraph/newsgraph/graph"

// EntitySummary names an entity: what search returns.
type EntitySummary struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// NodeRef is the short form of a node at the other end of a fact.
type NodeRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// DocumentRef identifies a document.
type DocumentRef struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Source     string `json:"source"`
	IngestedAt string `json:"ingestedAt,omitempty"`
}

// SentenceRef is one sentence with its byte offsets into its document.
type SentenceRef struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Segment is a piece of a sentence's text; Role is "subject" or "object"
// when the piece names that end of the fact, empty otherwise. The UI
// renders segments as text nodes, so highlighting never parses the text.
type Segment struct {
	Text string `json:"text"`
	Role string `json:"role,omitempty"`
}

// Provenance is where a fact or quote came from.
type Provenance struct {
	Sentence *SentenceRef `json:"sentence,omitempty"` // nil when the extractor recorded only the document
	Document DocumentRef  `json:"document"`
	Segments []Segment    `json:"segments"`
}

// FactView is one relation of an entity, grouped over the sentences that
// state it.
type FactView struct {
	Predicate  string       `json:"predicate"` // full IRI
	Label      string       `json:"label"`     // local name, e.g. leaderOf
	Direction  string       `json:"direction"` // "out": entity -p-> other; "in": other -p-> entity
	Other      NodeRef      `json:"other"`
	Provenance []Provenance `json:"provenance"`
}

// QuoteView is a quotation attributed to an entity.
type QuoteView struct {
	ID         string       `json:"id"`
	Text       string       `json:"text"`
	Provenance []Provenance `json:"provenance"`
}

// EntityView is an entity with everything the side panel shows.
type EntityView struct {
	Entity    EntitySummary `json:"entity"`
	Facts     []FactView    `json:"facts"`
	Quotes    []QuoteView   `json:"quotes"`
	Documents []DocumentRef `json:"documents"`
}

// FactDetail is one (subject, predicate, object) with its provenance.
type FactDetail struct {
	Subject    NodeRef      `json:"subject"`
	Predicate  string       `json:"predicate"`
	Label      string       `json:"label"`
	Object     NodeRef      `json:"object"`
	Provenance []Provenance `json:"provenance"`
}

// GraphNode is a node of a subgraph; Degree counts its edges in the
// subgraph.
type GraphNode struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Degree    int      `json:"degree"`
	Documents []string `json:"documents,omitempty"` // documents mentioning it (document subgraphs only)
}

// GraphEdge is one relation, aggregated over the sentences stating it.
type GraphEdge struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Predicate string   `json:"predicate"`
	Label     string   `json:"label"`
	Count     int      `json:"count"`     // sentences stating it
	Documents []string `json:"documents"` // document IRIs those sentences belong to
}

// Subgraph is what the graph view draws. Total is the number of nodes
// before the cap; Truncated says some were left out.
type Subgraph struct {
	Center    string       `json:"center,omitempty"`
	Document  *DocumentRef `json:"document,omitempty"`
	Nodes     []GraphNode  `json:"nodes"`
	Edges     []GraphEdge  `json:"edges"`
	Total     int          `json:"total"`
	Truncated bool         `json:"truncated"`
}

// Connected is an entity with its number of facts.
type Connected struct {
	NodeRef
	Degree int `json:"degree"`
}

// Overview is the store at a glance.
type Overview struct {
	graph.Stats
	Facts              int64         `json:"facts"`
	Top                []Connected   `json:"top"`
	DocumentList       []DocumentRef `json:"documentList"`
	DocumentsTruncated bool          `json:"documentsTruncated"`
}
