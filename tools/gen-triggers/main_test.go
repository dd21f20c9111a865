package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestInflect(t *testing.T) {
	for _, c := range []struct {
		lemma, pos string
		want       []string
	}{
		{"withdraw", "v", []string{"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}},
		{"visit", "v", []string{"visit", "visits", "visited", "visiting"}},
		{"secede", "v", []string{"secede", "secedes", "seceded", "seceding"}},
		{"pull_out", "v", []string{"pull", "pulls", "pulled", "pulling"}},
		{"stop", "v", []string{"stop", "stops", "stopped", "stopping"}},
		{"accession", "n", []string{"accession", "accessions"}},
		{"match", "n", []string{"match", "matches"}},
	} {
		if got := inflect(c.lemma, c.pos); !slices.Equal(got, c.want) {
			t.Errorf("inflect(%q, %q) = %v, want %v", c.lemma, c.pos, got, c.want)
		}
	}
}

// TestRun builds the table from a small frames directory in PropBank's
// format: chosen rolesets bring their verb and noun aliases, gerunds,
// light verbs and dropped aliases stay out, and an unknown roleset fails.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	frames := filepath.Join(dir, "frames")
	if err := os.Mkdir(frames, 0o755); err != nil {
		t.Fatal(err)
	}
	xml := `<?xml version="1.0"?>
<frameset><predicate lemma="withdraw">
<roleset id="withdraw.01" name="withdraw"><aliases>
<alias pos="n">withdrawal</alias><alias pos="l">make_withdrawal</alias><alias pos="v">withdraw</alias>
<alias pos="n">withdrawing</alias></aliases><roles/></roleset>
<roleset id="withdraw.02" name="other"><aliases><alias pos="v">withdraw</alias></aliases></roleset>
</predicate></frameset>`
	if err := os.WriteFile(filepath.Join(frames, "withdraw.xml"), []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	hand := filepath.Join(dir, "rolesets.txt")
	out := filepath.Join(dir, "triggers.txt")
	write := func(s string) {
		if err := os.WriteFile(hand, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("# comment\nleave withdraw.01\nleave drop:withdrawal:n\nmember word:member:n\n")
	if err := run(frames, hand, out); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(raw)
	for _, want := range []string{"leave\tv\twithdraw\twithdraw.01\twithdraw withdraws withdrew withdrawn withdrawing\n",
		"member\tn\tmember\thand\tmember members\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"withdrawal", "make_withdrawal", "withdrawing\thand"} {
		if strings.Contains(got, "\t"+not+"\t") {
			t.Errorf("output holds %q:\n%s", not, got)
		}
	}
	write("leave withdraw.09\n")
	if err := run(frames, hand, out); err == nil || !strings.Contains(err.Error(), "withdraw.09") {
		t.Errorf("unknown roleset: err = %v, want one naming withdraw.09", err)
	}
	write("leave\n")
	if err := run(frames, hand, out); err == nil || !strings.Contains(err.Error(), "rolesets.txt:1") {
		t.Errorf("bad line: err = %v, want one naming the line", err)
	}
}
