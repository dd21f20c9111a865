package extract

import (
	"slices"
	"testing"
)

// TestFrontedIt: a subject "it" after a fronted connective or time phrase
// stands for the body the previous sentence opened with, as a
// sentence-opening "It" does; the same guards hold (an expletive or
// speech verb after it, a person or no clear subject before, "it too"),
// and "it" as an object or inside a clause binds nothing. Every sentence
// is invented.
func TestFrontedIt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		referent   string // what the first "it" or "It" resolves to, "" for none
		fact       string // a fact that must be extracted, if any
	}{
		{"time phrase with comma", "Volvex deal\n\nVolvex has cut its forecast again. Last month, it signed a supply deal with Toyota.",
			"Volvex", ""},
		{"time phrase without comma", "Volvex deal\n\nVolvex has cut its forecast again. Earlier this year it bought a stake in Brakeline.",
			"Volvex", ""},
		{"year", "Nexora expands\n\nNexora sells database software. In 2001 it opened an office in Dublin.",
			"Nexora", ""},
		{"connective", "Skyjet results\n\nSkyjet Airways carried more passengers in March. However, it faces stiff competition from rivals.",
			"Skyjet Airways", ""},
		{"bare connective", "Nato expands\n\nNato held a summit in Riga on Tuesday. But it includes Poland and Hungary.",
			"North Atlantic Treaty Organization", "Poland memberOf Organization:North Atlantic Treaty Organization"},
		{"expletive after connective", "Skyjet results\n\nSkyjet Airways carried more passengers in March. But it was a hard month for staff.",
			"", ""},
		{"speech verb after time phrase", "Skyjet results\n\nSkyjet Airways carried more passengers in March. On Monday, it said fares would rise.",
			"", ""},
		{"it too", "Nexora console\n\nNexora faces a rival console from Gamewell. It too allows games over the air.",
			"", ""},
		{"person before", "Blair speaks\n\nTony Blair spoke in Leeds on Friday. Last week, it opened a new school.",
			"", ""},
		{"not a time phrase", "Nexora expands\n\nNexora sells database software. In Dublin it opened an office.",
			"", ""},
		{"pair of subjects", "Skyjet results\n\nSkyjet Airways and Bluewing Air carried more passengers in March. However, it faces stiff competition from rivals.",
			"", ""},
		{"pair of subjects, opening It", "Skyjet results\n\nSkyjet Airways and Bluewing Air carried more passengers in March. It faces stiff competition from rivals.",
			"", ""},
		{"object it", "Nexora expands\n\nNexora sells database software. But analysts like it a lot.",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := itReferent(d, 0); got != tc.referent {
				t.Errorf("it -> %q, want %q", got, tc.referent)
			}
			if tc.fact != "" {
				if f := factsOf(d, MemberOf, LeaderOf, Hosted, Joined); !slices.Contains(f, tc.fact) {
					t.Errorf("facts %v, want %q", f, tc.fact)
				}
			}
		})
	}
}
