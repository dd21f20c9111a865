package source

import (
	"testing"
	"time"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://News.Example:443/a/b?utm_source=rss&utm_medium=x#top", "https://news.example/a/b"},
		{"http://news.example:80", "http://news.example/"},
		{"https://news.example/a?b=2&a=1&fbclid=zz", "https://news.example/a?a=1&b=2"},
		{"https://news.example:8443/a?", "https://news.example:8443/a"},
		{"https://user:pw@news.example/a", "https://news.example/a"},
	}
	for _, tc := range tests {
		got, err := CanonicalURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"ftp://x/y", "news.example/a", "https:///nohost", "http://[::1"} {
		if got, err := CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestDateline(t *testing.T) {
	ref := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       string // YYYY-MM-DD, "" for none
	}{
		{"BelTA day month, year from ref", "Headline\n\nMINSK, 6 October (BelTA) \u2013 The President said…", "2025-10-06"},
		{"month day, agency in brackets", "Title\n\nTALLINN, March 4 (Newsgraph) - Estonian Prime Minister…", "2025-03-04"},
		{"date later than ref is last year's", "MINSK, 24 December (BelTA) \u2013 text", "2024-12-24"},
		{"explicit year", "WASHINGTON, Oct. 6, 2021 (Reuters) \u2014 text", "2021-10-06"},
		{"two-part place", "PORTLAND, Maine, June 3 (AP) - text", "2025-06-03"},
		{"no agency", "VILNIUS, 12 May \u2013 text", "2025-05-12"},
		{"not at a paragraph start", "He flew to MINSK, 6 October (BelTA) \u2013 and back", ""},
		{"no dash", "MINSK, 6 October was a Monday", ""},
		{"impossible day", "MINSK, 31 February (BelTA) \u2013 text", ""},
		{"too deep in the text", "a\n\nb\n\nc\n\nd\n\nMINSK, 6 October (BelTA) \u2013 text", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Dateline(tc.text, ref)
			if tc.want == "" {
				if ok {
					t.Errorf("found %v, want none", got)
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tc.want {
				t.Errorf("got %v (%v), want %s", got, ok, tc.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-10-06T14:32:00+03:00", "2025-10-06T11:32:00Z"},
		{"2025-10-06", "2025-10-06T00:00:00Z"},
		{"Mon, 06 Oct 2025 14:32:00 +0300", "2025-10-06T11:32:00Z"},
		{"Mon, 06 Oct 2025 11:32:00 GMT", "2025-10-06T11:32:00Z"},
		{"October 6, 2025", "2025-10-06T00:00:00Z"},
		{"2025-10-06T11:32:00.123Z", "2025-10-06T11:32:00.123Z"},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if !ok || got.UTC().Format(time.RFC3339Nano) != tc.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tc.in, got.UTC().Format(time.RFC3339Nano), ok, tc.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "0001-01-01T00:00:00Z", "not a date at all"} {
		if got, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %v, want none", bad, got)
		}
	}
}

func TestIsEnglish(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             bool
	}{
		{"English prose", "The minister said on Monday that the agreement would allow farmers to reach buyers in the north of Europe, and that the two governments were ready to meet again in the spring to review the first results of the work.", "", true},
		{"French prose", "Le ministre a déclaré lundi que l'accord permettrait aux agriculteurs d'atteindre des acheteurs dans le nord de l'Europe, et que les deux gouvernements étaient prêts à se réunir de nouveau au printemps pour examiner les premiers résultats.", "", false},
		{"German prose", "Der Minister sagte am Montag, das Abkommen werde es den Landwirten ermöglichen, Käufer im Norden Europas zu erreichen, und die beiden Regierungen seien bereit, sich im Frühjahr erneut zu treffen, um die ersten Ergebnisse zu prüfen.", "", false},
		{"Russian prose", "Министр заявил в понедельник, что соглашение позволит фермерам выйти на покупателей на севере Европы, и что оба правительства готовы снова встретиться весной, чтобы рассмотреть первые результаты работы группы.", "", false},
		{"short text trusts the declared language", "Kohtumine Tallinnas", "et", false},
		{"short text without a declaration passes", "Kohtumine Tallinnas", "", true},
		{"English text beats a wrong declaration", "The minister said on Monday that the agreement would allow farmers to reach buyers in the north of Europe, and that the two governments were ready to meet again in the spring to review the first results of the work.", "ru", true},
	}
	for _, tc := range tests {
		if got := IsEnglish(tc.text, tc.lang); got != tc.want {
			r, n := EnglishRatio(tc.text)
			t.Errorf("%s: IsEnglish = %v, want %v (ratio %.2f of %d words)", tc.name, got, tc.want, r, n)
		}
	}
}
