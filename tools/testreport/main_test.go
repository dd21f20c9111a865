package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	stream := strings.Join([]string{
		`{"Action":"run","Package":"p/a","Test":"TestOK"}`,
		`{"Action":"output","Package":"p/a","Test":"TestOK","Output":"=== RUN   TestOK\n"}`,
		`{"Action":"pass","Package":"p/a","Test":"TestOK"}`,
		`{"Action":"run","Package":"p/a","Test":"TestBrowser"}`,
		`{"Action":"output","Package":"p/a","Test":"TestBrowser","Output":"=== RUN   TestBrowser\n"}`,
		`{"Action":"output","Package":"p/a","Test":"TestBrowser","Output":"    browser_test.go:42: chromium not installed\n"}`,
		`{"Action":"output","Package":"p/a","Test":"TestBrowser","Output":"--- SKIP: TestBrowser (0.00s)\n"}`,
		`{"Action":"skip","Package":"p/a","Test":"TestBrowser"}`,
		`{"Action":"output","Package":"p/a","Output":"ok  \tp/a\t0.1s\n"}`,
		`{"Action":"pass","Package":"p/a"}`,
	}, "\n")
	tests := []struct {
		name       string
		in         string
		wantFail   bool
		wantOut    []string
		notWantOut []string
	}{
		{"pass with a skip", stream, false,
			[]string{"ok  \tp/a", "skipped (1):", "p/a TestBrowser: chromium not installed"},
			[]string{"=== RUN"}},
		{"a failing test prints its output", stream + "\n" + strings.Join([]string{
			`{"Action":"run","Package":"p/b","Test":"TestBad"}`,
			`{"Action":"output","Package":"p/b","Test":"TestBad","Output":"    b_test.go:9: got 2, want 3\n"}`,
			`{"Action":"fail","Package":"p/b","Test":"TestBad"}`,
			`{"Action":"output","Package":"p/b","Output":"FAIL\tp/b\t0.2s\n"}`,
			`{"Action":"fail","Package":"p/b"}`,
		}, "\n"), true, []string{"got 2, want 3", "FAIL\tp/b"}, nil},
		{"a package that panics prints its running test's output", strings.Join([]string{
			`{"Action":"run","Package":"p/d","Test":"TestBoom"}`,
			`{"Action":"output","Package":"p/d","Test":"TestBoom","Output":"panic: runtime error: nil pointer\n"}`,
			`{"Action":"output","Package":"p/d","Output":"FAIL\tp/d\t0.3s\n"}`,
			`{"Action":"fail","Package":"p/d"}`,
		}, "\n"), true, []string{"panic: runtime error", "FAIL\tp/d"}, nil},
		{"a build error is a failure", "# p/c\nc.go:3:1: syntax error\n", true, []string{"syntax error"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			failed, err := report(strings.NewReader(tc.in), &out)
			if tc.name == "a build error is a failure" {
				if err == nil {
					t.Fatal("no error for a stream without test events")
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if failed != tc.wantFail {
				t.Errorf("failed = %v, want %v", failed, tc.wantFail)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			for _, w := range tc.notWantOut {
				if strings.Contains(out.String(), w) {
					t.Errorf("output has %q:\n%s", w, out.String())
				}
			}
		})
	}
}
