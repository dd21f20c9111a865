package graph_test

// The postgres backend lives in graph/pgstore, which imports graph, so
// graph's own tests cannot import it. This external test file does: it
// links pgstore into graph's test binary, whose init registers the
// "postgres" backend, so the backend tests (store_backends_test.go) run
// on postgres too (when NEWSGRAPH_TEST_PG is set).

import _ "github.com/newsgraph/newsgraph/graph/pgstore"
