package source

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
)

// summaryWords: an item whose text is shorter than this is a teaser, and
// the article is read from its page instead.
const summaryWords = 120

// FeedItem is one entry of a feed.
type FeedItem struct {
	Link       string   // the article's address, canonical form; "" when the item has none
	ID         string   // guid / id, to name an item without a link
	Meta       Meta     // title, authors, date, site (the feed's title), language
	Paragraphs []string // the item's own text: its content, else its summary
	Summary    bool     // the text is only a teaser: fetch Link for the article
}

// Feed is a parsed RSS, Atom or JSON Feed document.
type Feed struct {
	Title string
	Items []FeedItem
}

// ParseFeed reads RSS (0.9x, 1.0, 2.0), Atom or JSON Feed. A document
// that is none of these, or is malformed, is an error.
func ParseFeed(raw []byte) (*Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("not a readable RSS, Atom or JSON feed: %w", err)
	}
	out := &Feed{Title: clean(f.Title)}
	for _, it := range f.Items {
		fi := FeedItem{ID: strings.TrimSpace(it.GUID)}
		if it.Link != "" {
			if c, err := CanonicalURL(it.Link); err == nil {
				fi.Link = c
			}
		}
		fi.Meta = Meta{Title: clean(it.Title), Site: out.Title, Lang: f.Language, URL: fi.Link}
		switch {
		case it.PublishedParsed != nil:
			fi.Meta.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			fi.Meta.Published = it.UpdatedParsed.UTC()
		}
		for _, a := range it.Authors {
			if a != nil && clean(a.Name) != "" {
				fi.Meta.Authors = appendUnique(fi.Meta.Authors, clean(a.Name))
			}
		}
		if len(fi.Meta.Authors) == 0 && it.DublinCoreExt != nil {
			for _, c := range it.DublinCoreExt.Creator {
				if clean(c) != "" {
					fi.Meta.Authors = appendUnique(fi.Meta.Authors, clean(c))
				}
			}
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		fi.Paragraphs = fragmentText(body)
		fi.Summary = countWords(fi.Paragraphs) < summaryWords
		out.Items = append(out.Items, fi)
	}
	return out, nil
}

// looksLikeFeed reports whether a body that came with a generic XML or
// JSON content type (or none) is a feed.
func looksLikeFeed(body []byte) bool {
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	h := strings.ToLower(string(head))
	return strings.Contains(h, "<rss") || strings.Contains(h, "<feed") ||
		strings.Contains(h, "<rdf:rdf") || strings.Contains(h, "jsonfeed.org/version")
}
