// Command newsgraph turns news articles into a knowledge graph stored in
// Cayley and queried with Gizmo. See README.md.
package main

import "os"

func main() {
	os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
