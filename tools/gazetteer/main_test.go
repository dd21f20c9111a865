package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestGeneratedDataIsCurrent regenerates the gazetteer and compares it with
// the committed file, so hand edits and generator changes cannot drift from
// the embedded data. It needs the npm sources (npm ci in tools/gazetteer)
// and the wamerican word list; without them it skips.
func TestGeneratedDataIsCurrent(t *testing.T) {
	const dict = "/usr/share/dict/words"
	if _, err := os.Stat("node_modules/world-countries/countries.json"); err != nil {
		t.Skip("npm sources absent: run `npm ci` in tools/gazetteer to check the generated data")
	}
	if _, err := os.Stat(dict); err != nil {
		t.Skip("word list absent: apt-get install wamerican to check the generated data")
	}
	out := filepath.Join(t.TempDir(), "gazetteer.tsv")
	if err := run(".", dict, out, 15000); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../extract/gazetteer/data/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("extract/gazetteer/data/gazetteer.tsv is stale: run `go run ./tools/gazetteer` from the repository root")
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Brasília":      "Brasilia",
		"São Paulo":     "Sao Paulo",
		"Côte d’Ivoire": "Cote d'Ivoire",
		"Minsk":         "Minsk",
		"Łódź":          "", // Ł has no ASCII decomposition
		"Белоруссия":    "",
	}
	for in, want := range tests {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDemonymPlurals(t *testing.T) {
	got := demonymPlurals([]string{"American", "Iraqi", "Chinese", "British", "Swiss", "New Zealander", "Djibouti"}, "Djibouti")
	want := []string{"American", "Iraqi", "Chinese", "British", "Swiss", "New Zealander", "Djibouti", "Americans", "Iraqis", "New Zealanders"}
	if !slices.Equal(got, want) {
		t.Errorf("demonymPlurals = %v, want %v", got, want)
	}
}

func TestWithVariants(t *testing.T) {
	got := withVariants([]string{"NATO"}, "North Atlantic Treaty Organization", true)
	if !slices.Contains(got, "Nato") {
		t.Errorf("withVariants(NATO) = %v, want Nato among them", got)
	}
	got = withVariants(nil, "Saint Petersburg", true)
	if !slices.Contains(got, "St Petersburg") || !slices.Contains(got, "St. Petersburg") {
		t.Errorf("withVariants(Saint Petersburg) = %v", got)
	}
	// Three-letter acronyms keep their case only: "Cis" is no name.
	if got := withVariants([]string{"CIS"}, "Commonwealth of Independent States", true); slices.Contains(got, "Cis") {
		t.Errorf("withVariants(CIS) = %v, want no Cis", got)
	}
	if got := withVariants(nil, "Göd", false); len(got) != 0 {
		t.Errorf("withVariants(Göd, no fold) = %v, want none", got)
	}
}
