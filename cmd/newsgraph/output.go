package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// maxCell bounds a table cell; --format json prints values whole.
const maxCell = 120

// printRows prints query results as a table (maps as columns, other values
// one a line) or as JSON lines; either way control characters from article
// text reach the terminal escaped (termSafe).
func printRows(w io.Writer, rows []any, format string) error {
	switch format {
	case "json":
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			buf.Reset()
			if err := enc.Encode(r); err != nil {
				return err
			}
			if _, err := w.Write(jsonTermSafe(buf.Bytes())); err != nil {
				return err
			}
		}
		return nil
	case "table", "":
		return printTable(w, rows)
	}
	return checkFormat(format)
}

// printLimited prints what a query returned and passes its error on:
// rows that came before the error (a timeout part-way through) are
// printed. Rows are asked with limit+1 (limit > 0) so that a cut is known:
// at most limit rows are printed, and a cut is said in the table's count
// line, or on note (stderr) for JSON, whose stdout holds values only.
func printLimited(w, note io.Writer, format string, rows []any, limit int, err error) error {
	if err != nil && len(rows) == 0 {
		return safeErr(err)
	}
	cut := limit > 0 && len(rows) > limit
	if cut {
		rows = rows[:limit]
	}
	if format == "json" || !cut {
		if perr := printRows(w, rows, format); perr != nil {
			return perr
		}
		if cut && note != nil {
			fmt.Fprintf(note, "newsgraph: showing the first %d results; more were found (raise --limit, 0 = all)\n", limit)
		}
		return safeErr(err)
	}
	if perr := printTableNote(w, rows, fmt.Sprintf("first %d of more results (raise --limit, 0 = all)", limit)); perr != nil {
		return perr
	}
	return safeErr(err)
}

// checkFormat refuses an output format printRows does not know.
func checkFormat(format string) error {
	switch format {
	case "json", "table", "":
		return nil
	}
	return fmt.Errorf("unknown format %q (table or json)", format)
}

func printTable(w io.Writer, rows []any) error { return printTableNote(w, rows, "") }

// printTableNote prints rows as a table ending in a count line, or in
// note when it is not empty.
func printTableNote(w io.Writer, rows []any, note string) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "(no results)")
		return err
	}
	var cols []string
	seen := map[string]bool{}
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					cols = append(cols, k)
				}
			}
		}
	}
	cols = orderColumns(cols)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, termSafe(strings.ToUpper(strings.Join(cols, "\t"))))
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			fmt.Fprintln(tw, cell(r))
			continue
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			if v, ok := m[c]; ok {
				cells[i] = cell(v)
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if note != "" {
		_, err := fmt.Fprintf(w, "(%s)\n", note)
		return err
	}
	plural := "s"
	if len(rows) == 1 {
		plural = ""
	}
	_, err := fmt.Fprintf(w, "(%d result%s)\n", len(rows), plural)
	return err
}

// orderColumns puts identifiers last: the readable columns come first.
func orderColumns(cols []string) []string {
	var front, back []string
	for _, c := range cols {
		if c == "id" || strings.HasSuffix(c, "Id") {
			back = append(back, c)
		} else {
			front = append(front, c)
		}
	}
	return append(front, back...)
}

func cell(v any) string {
	var s string
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		s = v
	case map[string]any, []any:
		b, _ := json.Marshal(v)
		s = string(b)
	default:
		s = fmt.Sprint(v)
	}
	s = termSafe(strings.Join(strings.Fields(s), " "))
	if utf8.RuneCountInString(s) > maxCell {
		r := []rune(s)
		s = string(r[:maxCell-1]) + "…"
	}
	return s
}

// termSafe makes text inert on a terminal, as the web UI makes it inert in
// a page: article text may hold escape sequences that set the window title
// or colours, or clear the screen. Every C0 control but tab and newline,
// DEL and every C1 control is shown as \xHH (\u00HH for C1), and invalid
// UTF-8 as \xHH.
func termSafe(s string) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f || r == utf8.RuneError
}

// jsonTermSafe escapes the C1 controls encoding/json leaves raw (it
// escapes C0 itself); they can only stand inside strings, where \u00HH is
// the same JSON value.
func jsonTermSafe(line []byte) []byte {
	s := string(line)
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 && r <= 0x9f }) {
		return line
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && r <= 0x9f {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return []byte(b.String())
}

// termSafeError shows an error's text through termSafe: a query's error
// may quote article text.
type termSafeError struct{ err error }

func (e termSafeError) Error() string { return termSafe(e.err.Error()) }
func (e termSafeError) Unwrap() error { return e.err }

// safeErr wraps err in termSafeError; nil stays nil.
func safeErr(err error) error {
	if err == nil {
		return nil
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return err // printed already, or our own words
	}
	return termSafeError{err}
}
