package model

import "time"

// Meta describes where and when an article was published, as its page,
// feed or data set said (package source reads it); graph stores it on
// the document node as schema.org properties. Zero values are unknown.
type Meta struct {
	Authors      []string
	Published    time.Time
	Site         string // the publisher's name, or the host
	URL          string // where it was read from, canonical form
	CanonicalURL string // the page's own canonical link
	Lang         string // as declared ("en-GB"), or "en" when detected
}
