package source

import (
	"net/url"
	"testing"
	"unicode/utf8"
)

// outputBound is how much text a reader may give for n bytes of input:
// the headline can repeat as the first paragraph and an invalid byte
// becomes a 3-byte U+FFFD, so a few times n, never more.
func outputBound(n int) int { return 8*n + 256 }

// FuzzReadPage: any bytes, decoded as a page would be, are read without a
// panic into text no larger than outputBound, and valid UTF-8.
func FuzzReadPage(f *testing.F) {
	seeds := []string{
		`<html><head><title>Port strike ends</title><meta charset="utf-8"></head><body><article><h1>Port strike ends</h1><p>` +
			`Dock workers in Rigaport returned to work on Monday after a ten-day strike over pay, the union said, ending a dispute that had stranded ships and cargo along the whole coast for more than a week.</p></article></body></html>`,
		`<meta charset="windows-1252"><p>caf` + "\xe9" + `</p>`,
		`<p>&amp;&lt;&#x10FFFF;&NotNestedGreaterGreater;</p>`,
		`<table><tr><td><p>cell</table><script>var x</script>`,
		"\xef\xbb\xbf<html>", "", "<",
	}
	for _, s := range seeds {
		f.Add([]byte(s), "")
	}
	f.Add([]byte(seeds[1]), "iso-8859-1")
	base, _ := url.Parse("https://news.example/2026/story.html")
	f.Fuzz(func(t *testing.T, raw []byte, charset string) {
		page, err := ReadPage(ToUTF8(raw, charset), base)
		if err != nil {
			return // ErrNoArticle or a parse error: an input that costs only itself
		}
		text := page.Text()
		if len(text) > outputBound(len(raw)) {
			t.Fatalf("%d bytes of page gave %d bytes of text", len(raw), len(text))
		}
		if !utf8.ValidString(text) {
			t.Fatalf("text is not UTF-8: %q", text)
		}
	})
}

// FuzzParseFeed: any bytes are parsed as a feed, or refused, without a
// panic, into items whose text is bounded by the input.
func FuzzParseFeed(f *testing.F) {
	seeds := []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks stall</title>` +
			`<link>https://news.example/a?utm_source=x</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>` +
			`<description>&lt;p&gt;Estravia and Norland talks stall.&lt;/p&gt;</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>T</title><content type="html">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"Hello there."}]}`,
		`<rss><channel><item><link>javascript:alert(1)</link></item>`, `{}`, ``,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		feed, err := ParseFeed(raw)
		if err != nil {
			return
		}
		n := len(feed.Title)
		for _, it := range feed.Items {
			n += len(it.Link) + len(it.ID) + len(it.Meta.Title)
			for _, p := range it.Paragraphs {
				n += len(p)
			}
		}
		if n > outputBound(len(raw)) {
			t.Fatalf("%d bytes of feed gave %d bytes of items", len(raw), n)
		}
	})
}
