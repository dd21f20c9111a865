// Command gen-triggers writes the trigger classes of the dependency rules
// (extract/deprules/triggers.txt) from the PropBank frame files and the
// rolesets chosen by hand in tools/gen-triggers/rolesets.txt.
//
// Run from the repository root:
//
//	go run ./tools/gen-triggers
//
// The output is committed, so building newsgraph never needs PropBank.
// Each output line is one trigger lemma of one class and part of speech,
// with the roleset it came from and every inflected form, so that the
// extractor can tell from the words alone whether a sentence is worth
// parsing.
package main

import (
	"bufio"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	frames := flag.String("frames", "../shared/lexicon/propbank/frames", "PropBank frames directory")
	hand := flag.String("rolesets", "tools/gen-triggers/rolesets.txt", "rolesets chosen by hand")
	out := flag.String("out", "extract/deprules/triggers.txt", "output file")
	flag.Parse()
	if err := run(*frames, *hand, *out); err != nil {
		log.Fatal(err)
	}
}

func run(frames, hand, out string) error {
	choices, err := readChoices(hand)
	if err != nil {
		return err
	}
	index, err := indexFrames(frames)
	if err != nil {
		return err
	}
	entries, err := build(choices, index)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	if err := write(f, entries); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Close()
}

// choice is one line of the hand file: a roleset or a lone word for a class.
type choice struct {
	class   string
	roleset string // "withdraw.01"; empty for a word line
	lemma   string // word lines: the lemma
	pos     string // word lines: "v" or "n"
	drop    bool   // a "drop:" line: leave this alias of a chosen roleset out
	line    int
}

func readChoices(path string) ([]choice, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read rolesets: %w", err)
	}
	defer f.Close()
	var cs []choice
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) != 2 {
			return nil, fmt.Errorf("%s:%d: want CLASS ROLESET, got %q", path, n, line)
		}
		c := choice{class: fs[0], line: n}
		w, isWord := strings.CutPrefix(fs[1], "word:")
		w, isDrop := strings.CutPrefix(w, "drop:")
		if isWord || isDrop {
			c.drop = isDrop
			parts := strings.Split(w, ":")
			if len(parts) != 2 || (parts[1] != "v" && parts[1] != "n") {
				return nil, fmt.Errorf("%s:%d: want word:LEMMA:v|n or drop:LEMMA:v|n, got %q", path, n, fs[1])
			}
			c.lemma, c.pos = parts[0], parts[1]
		} else {
			c.roleset = fs[1]
		}
		cs = append(cs, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return cs, nil
}

// alias is a verb or noun alias of a roleset.
type alias struct {
	pos, text string
}

type frameset struct {
	Predicates []struct {
		Rolesets []struct {
			ID      string `xml:"id,attr"`
			Aliases []struct {
				Pos  string `xml:"pos,attr"`
				Text string `xml:",chardata"`
			} `xml:"aliases>alias"`
		} `xml:"roleset"`
	} `xml:"predicate"`
}

// indexFrames maps every roleset id to its aliases. Roleset ids do not
// always match their file ("pull_out.02" lives in pull.xml), so all files
// are read.
func indexFrames(dir string) (map[string][]alias, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no PropBank frame files in %s", dir)
	}
	idx := make(map[string][]alias)
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read frame: %w", err)
		}
		var fs frameset
		d := xml.NewDecoder(strings.NewReader(string(raw)))
		d.Strict = false
		d.Entity = xml.HTMLEntity
		if err := d.Decode(&fs); err != nil && err != io.EOF {
			continue // a handful of files are not well formed; none is chosen
		}
		for _, p := range fs.Predicates {
			for _, rs := range p.Rolesets {
				for _, a := range rs.Aliases {
					idx[rs.ID] = append(idx[rs.ID], alias{pos: a.Pos, text: strings.TrimSpace(a.Text)})
				}
			}
		}
	}
	return idx, nil
}

// entry is one output line.
type entry struct {
	class, pos, lemma, source string
	forms                     []string
}

func build(cs []choice, idx map[string][]alias) ([]entry, error) {
	seen := make(map[string]bool)
	dropped := make(map[string]bool)
	for _, c := range cs {
		if c.drop {
			dropped[c.class+":"+c.lemma+":"+c.pos] = true
		}
	}
	var out []entry
	add := func(class, pos, lemma, source string) {
		k := class + "\t" + pos + "\t" + lemma
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, entry{class: class, pos: pos, lemma: lemma, source: source, forms: inflect(lemma, pos)})
	}
	for _, c := range cs {
		if c.drop {
			continue
		}
		if c.roleset == "" {
			add(c.class, c.pos, c.lemma, "hand")
			continue
		}
		als, ok := idx[c.roleset]
		if !ok {
			return nil, fmt.Errorf("rolesets line %d: roleset %s not found in PropBank", c.line, c.roleset)
		}
		for _, a := range als {
			if a.pos != "v" && a.pos != "n" {
				continue // light verbs are the engine's; adjectives carry no event
			}
			if strings.HasSuffix(a.text, "ing") || strings.Contains(a.text, "ing_") {
				continue // gerunds ("holding", "pulling_out"): the verb's own forms cover them; a gerund that names a thing of its own ("meeting") is a word line
			}
			if a.pos == "v" && nominal(a.text) {
				continue // PropBank lists a few nouns as verbs ("accession", "conference")
			}
			if dropped[c.class+":"+a.text+":"+a.pos] {
				continue
			}
			add(c.class, a.pos, a.text, c.roleset)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].class != out[j].class {
			return out[i].class < out[j].class
		}
		if out[i].pos != out[j].pos {
			return out[i].pos > out[j].pos // verbs first
		}
		return out[i].lemma < out[j].lemma
	})
	return out, nil
}

func write(w io.Writer, es []entry) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Generated by `go run ./tools/gen-triggers` from PropBank frames and")
	fmt.Fprintln(bw, "# tools/gen-triggers/rolesets.txt; do not edit.")
	fmt.Fprintln(bw, "# class\tpos\tlemma\troleset\tforms (lower case, space-separated)")
	for _, e := range es {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\n", e.class, e.pos, e.lemma, e.source, strings.Join(e.forms, " "))
	}
	return bw.Flush()
}

// nominal reports a word with a noun suffix.
func nominal(w string) bool {
	for _, suf := range []string{"ion", "ence", "ance", "ment"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
