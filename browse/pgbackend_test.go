package browse

// Linking graph/pgstore into the test binary registers the "postgres"
// backend, so the index tests (fresh_test.go) run on postgres too (when
// NEWSGRAPH_TEST_PG is set).

import _ "github.com/newsgraph/newsgraph/graph/pgstore"
