// Command testreport reads `go test -json` on stdin and prints what a
// plain `go test ./...` prints (each package's ok/FAIL line, the output of
// failing tests), then the tests that were skipped and why. Skip reasons
// are otherwise visible only with -v, so a suite that silently skipped
// (no chromium, no PostgreSQL, no ../shared) would go unnoticed.
//
//	go test -json ./... | go run ./tools/testreport
//
// It exits 1 when any test or package failed, or when the input has no
// test events at all.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of test2json output.
type event struct {
	Action     string
	Package    string
	ImportPath string // build events name the package here
	Test       string
	Output     string
}

type key struct{ pkg, test string }

func main() {
	failed, err := report(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testreport:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// report copies the summary of a test2json stream to w and says whether
// anything failed.
func report(r io.Reader, w io.Writer) (failed bool, err error) {
	out := map[key][]string{}
	var skips []string
	events := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if json.Unmarshal(line, &e) != nil || e.Action == "" {
			// Build errors and other non-JSON lines reach us as plain text.
			fmt.Fprintln(w, string(line))
			if len(line) > 0 {
				failed = true
			}
			continue
		}
		events++
		k := key{e.Package, e.Test}
		switch e.Action {
		case "output":
			if e.Test == "" {
				// Package-level lines: "ok  pkg 1.2s", "FAIL pkg", "?  pkg [no test files]".
				o := e.Output
				if strings.HasPrefix(o, "ok ") || strings.HasPrefix(o, "FAIL") || strings.HasPrefix(o, "?") || strings.HasPrefix(o, "panic") {
					fmt.Fprint(w, o)
				} else {
					out[k] = append(out[k], o)
				}
				continue
			}
			out[k] = append(out[k], e.Output)
		case "build-output":
			fmt.Fprint(w, e.Output)
		case "build-fail":
			failed = true
		case "fail":
			failed = true
			if e.Test == "" {
				// A package that dies (a panic, a timeout) leaves its running
				// tests without an end event: their output is the why.
				for tk, lines := range out {
					if tk.pkg == e.Package && tk.test != "" {
						fmt.Fprint(w, strings.Join(lines, ""))
						delete(out, tk)
					}
				}
			}
			fmt.Fprint(w, strings.Join(out[k], ""))
			delete(out, k)
		case "skip":
			if e.Test != "" {
				skips = append(skips, fmt.Sprintf("%s %s: %s", e.Package, e.Test, skipReason(out[k])))
			}
			delete(out, k)
		case "pass":
			delete(out, k)
		}
	}
	if err := sc.Err(); err != nil {
		return true, fmt.Errorf("read test events: %w", err)
	}
	if events == 0 {
		return true, fmt.Errorf("no test events on stdin (pipe `go test -json` into it)")
	}
	if len(skips) > 0 {
		sort.Strings(skips)
		fmt.Fprintf(w, "\nskipped (%d):\n", len(skips))
		for _, s := range skips {
			fmt.Fprintln(w, "  "+s)
		}
	}
	return failed, nil
}

// skipReason picks the message a test gave t.Skip from its output: the
// lines between its RUN header and its SKIP footer, without file:line.
func skipReason(lines []string) string {
	var msg []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		if i := strings.Index(t, ".go:"); i >= 0 {
			if j := strings.Index(t[i:], ": "); j >= 0 {
				t = t[i+j+2:]
			}
		}
		msg = append(msg, t)
	}
	if len(msg) == 0 {
		return "(no reason given)"
	}
	return strings.Join(msg, " / ")
}
