package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A first-person quotation with no reporting clause, in a story whose
// attributed quotations are all one person's, is that person's
// (story-voice) when no other voice came in since his latest quotation;
// invented feature copy.
func TestQuoteStoryVoice(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Vale"}}
	kerr := qtEnt{name: "Ann Kerr", typ: model.Person, forms: []string{"Ann Kerr", "Dr Kerr"}}
	const head = "Racing\n\n\"I feel stronger every week,\" said Tom Vale.\n\nVale broke his leg in a fall at Ascot last May. He spent four months in plaster while the bone set. Surgeon Ann Kerr fitted two pins in the leg. He is now back riding out every morning.\n\n"
	qtRun(t, []qtCase{
		{
			name: "a long paraphrase, then the voice goes on",
			text: head + "\"My aim is to ride at Cheltenham in March and win there again.\"",
			ents: []qtEnt{vale, kerr},
			want: []qtWant{{"I feel stronger", "Tom Vale", "said-after"}, {"My aim is to ride", "Tom Vale", "story-voice"}},
		},
		{
			name:         "not in the first person",
			text:         head + "\"The leg has healed well and the pins will come out in March.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"I feel stronger", "Tom Vale", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "another speaker in the story",
			text:         head + "\"My aim is to ride at Cheltenham in March and win there again.\"\n\n\"He has been a model patient for us,\" said Dr Kerr.",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"I feel stronger", "Tom Vale", "said-after"}, {"He has been a model", "Ann Kerr", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "a spokesman in the narrative",
			text:         head + "A spokesman for the course expects a big crowd.\n\n\"My aim is to ride at Cheltenham in March and win there again.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"I feel stronger", "Tom Vale", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "someone else is the subject of the sentence before",
			text:         head + "Ann Kerr is pleased with the scans.\n\n\"My aim is to ride at Cheltenham in March and win there again.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"I feel stronger", "Tom Vale", "said-after"}},
			unattributed: 1,
		},
		{
			name:         "another quotation in between",
			text:         head + "\"It was a bad fall,\" one trainer recalled. \"My aim is to ride at Cheltenham in March and win there again.\"",
			ents:         []qtEnt{vale, kerr},
			want:         []qtWant{{"I feel stronger", "Tom Vale", "said-after"}, {"It was a bad fall", "", ""}},
			unattributed: 2,
		},
	})
}
