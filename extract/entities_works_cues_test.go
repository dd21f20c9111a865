package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// TestWorkTitleCuesCoverLoop reads findWorkTitles' source and checks that
// every set it tests the lower-case word lw against, and every word it
// compares lw with, is covered by workTitleCues: the loop skips a word
// outside workTitleCues before any of those tests, so a cue left out
// would silently never fire.
func TestWorkTitleCuesCoverLoop(t *testing.T) {
	// the sets findWorkTitles reads by name; a new one must be added here
	// and to workTitleCues
	sets := map[string]map[string]bool{
		"lexicon.WorkNounsBefore": lexicon.WorkNounsBefore,
		"lexicon.GenreNouns":      lexicon.GenreNouns,
		"workNounsAfter":          workNounsAfter,
		"apposedWorkNouns":        apposedWorkNouns,
		"characterFrames":         characterFrames,
		"franchiseNouns":          franchiseNouns,
		"instalmentNouns":         instalmentNouns,
		"playVerbs":               playVerbs,
		"playedParticiples":       playedParticiples,
		"creativeRoles":           creativeRoles,
		"sharedRoles":             sharedRoles,
		"workNounsPlural":         workNounsPlural,
		"creatorNouns":            creatorNouns,
		"framePrepositions":       framePrepositions,
		"craftNouns":              craftNouns,
		"creditParticiples":       creditParticiples,
		"openingVerbs":            openingVerbs,
		"airingVerbs":             airingVerbs,
		"namingVerbs":             namingVerbs,
		"titleLinks":              titleLinks,
	}
	// modifiedWorkNouns[lw] == "" only narrows a test that already needs
	// lw in one of the sets above
	narrowing := map[string]bool{"modifiedWorkNouns": true}

	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "entities_works.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var fn *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "findWorkTitles" {
			fn = fd
		}
	}
	if fn == nil {
		t.Fatal("findWorkTitles not found in entities_works.go")
	}
	isLw := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && id.Name == "lw"
	}
	var nSets, nWords int
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if !isLw(n.Index) {
				return true
			}
			var name string
			switch x := n.X.(type) {
			case *ast.Ident:
				name = x.Name
			case *ast.SelectorExpr:
				if pkg, ok := x.X.(*ast.Ident); ok {
					name = pkg.Name + "." + x.Sel.Name
				}
			}
			if name == "workTitleCues" || narrowing[name] {
				return true
			}
			set, ok := sets[name]
			if !ok {
				t.Errorf("%s: findWorkTitles tests %s[lw]; add it to workTitleCues and to this test", fset.Position(n.Pos()), name)
				return true
			}
			nSets++
			for w := range set {
				if !workTitleCues[w] {
					t.Errorf("%s: %q of %s is not in workTitleCues", fset.Position(n.Pos()), w, name)
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL {
				return true
			}
			lit, ok := n.Y.(*ast.BasicLit)
			if !isLw(n.X) || !ok {
				lit, ok = n.X.(*ast.BasicLit)
				if !isLw(n.Y) || !ok {
					return true
				}
			}
			w, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			nWords++
			if !workTitleCues[w] {
				t.Errorf("%s: findWorkTitles compares lw with %q, which is not in workTitleCues", fset.Position(n.Pos()), w)
			}
		}
		return true
	})
	// the reading itself must have found the loop's tests
	if nSets < len(sets) || nWords == 0 {
		t.Errorf("read %d set tests and %d word comparisons in findWorkTitles; the loop's shape changed", nSets, nWords)
	}
}
