package extract

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// stageOrder lists the stage packages under extract, lowest first. A
// stage may import only the stages before it (extract itself, which runs
// them in order, sits above them all), so that no stage reaches into a
// later one. A new package under extract must be placed here.
var stageOrder = []string{
	"lexicon",   // word lists
	"gazetteer", // place and organisation names
	"textseg",   // decoding, tokens, paragraphs, sentences
	"postag",    // part-of-speech tags
	"model",     // the Document values the stages fill
	"deprules",  // relation rules over the dependency parse
	"nertype",   // a name's type from its context (trained typer)
	"quotes",    // quotations and their speakers
	"openfacts", // open relations between entities, run last
}

const extractPath = "github.com/newsgraph/newsgraph/extract/"

// stageImports returns the extract stage packages that the non-test Go
// files in dir import.
func stageImports(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		for _, im := range af.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if rest, ok := strings.CutPrefix(p, extractPath); ok {
				got[strings.SplitN(rest, "/", 2)[0]] = true
			}
		}
	}
	return got
}

// stageViolations lists what is wrong with stage importing imports: a
// later stage, or a package stageOrder does not list.
func stageViolations(stage string, imports map[string]bool) []string {
	rank := map[string]int{}
	for i, s := range stageOrder {
		rank[s] = i
	}
	var bad []string
	for dep := range imports {
		r, known := rank[dep]
		switch {
		case !known:
			bad = append(bad, "imports extract/"+dep+", which is in no stage (add it to stageOrder)")
		case r >= rank[stage]:
			bad = append(bad, "imports extract/"+dep+", a later stage")
		}
	}
	return bad
}

// TestStageViolations checks the rule itself on made-up import lists and
// on files written to a temporary directory, so that the check of the
// real packages below is known to be able to fail.
func TestStageViolations(t *testing.T) {
	cases := []struct {
		name    string
		stage   string
		imports string // an import line of a made-up stage file
		bad     int
	}{
		{"earlier stage", "quotes", extractPath + "model", 0},
		{"later stage", "textseg", extractPath + "quotes", 1},
		{"itself", "model", extractPath + "model", 1},
		{"unlisted package", "model", extractPath + "newstage/sub", 1},
		{"outside extract", "lexicon", "github.com/newsgraph/newsgraph/syntax", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := "package x\n\nimport _ \"" + tc.imports + "\"\n"
			if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			// test files may import any stage: they are not read
			if err := os.WriteFile(filepath.Join(dir, "x_test.go"), []byte("package x\n\nimport _ \""+extractPath+"quotes\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := stageViolations(tc.stage, stageImports(t, dir)); len(got) != tc.bad {
				t.Errorf("stage %s importing %s: %d violations %v, want %d", tc.stage, tc.imports, len(got), got, tc.bad)
			}
		})
	}
}

// TestStagesImportOnlyEarlierStages fails when a stage package imports
// a later stage, or one that stageOrder does not list.
func TestStagesImportOnlyEarlierStages(t *testing.T) {
	for _, stage := range stageOrder {
		t.Run(stage, func(t *testing.T) {
			for _, v := range stageViolations(stage, stageImports(t, stage)) {
				t.Errorf("stage %s %s", stage, v)
			}
		})
	}
}

// TestEveryPackageIsAStage fails when a directory under extract holds Go
// code but is missing from stageOrder, which would leave its imports
// unchecked.
func TestEveryPackageIsAStage(t *testing.T) {
	listed := map[string]bool{}
	for _, s := range stageOrder {
		listed[s] = true
	}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "testdata" {
			continue
		}
		goFiles, _ := filepath.Glob(filepath.Join(e.Name(), "*.go"))
		if len(goFiles) > 0 && !listed[e.Name()] {
			t.Errorf("extract/%s holds Go code but is not in stageOrder", e.Name())
		}
	}
	for _, s := range stageOrder {
		if _, err := os.Stat(s); err != nil {
			t.Errorf("stageOrder lists %s, which is not a directory of extract: %v", s, err)
		}
	}
}
