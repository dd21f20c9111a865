package main

// The store backends beyond graph's own (bolt, memory): each registers
// itself with graph when linked in.
import _ "github.com/newsgraph/newsgraph/graph/pgstore" // "postgres"
