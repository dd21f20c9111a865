package main

import (
	"encoding/json"
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
// one a line) or as JSON lines.
func printRows(w io.Writer, rows []any, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "table", "":
		return printTable(w, rows)
	}
	return checkFormat(format)
}

// printResult prints what a query returned and passes its error on: rows
// that came before the error (a timeout part-way through) are printed.
func printResult(w io.Writer, format string, rows []any, err error) error {
	if err != nil && len(rows) == 0 {
		return err
	}
	if perr := printRows(w, rows, format); perr != nil {
		return perr
	}
	return err
}

// checkFormat refuses an output format printRows does not know.
func checkFormat(format string) error {
	switch format {
	case "json", "table", "":
		return nil
	}
	return fmt.Errorf("unknown format %q (table or json)", format)
}

func printTable(w io.Writer, rows []any) error {
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
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
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
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxCell {
		r := []rune(s)
		s = string(r[:maxCell-1]) + "…"
	}
	return s
}
