# newsgraph: the usual entry points. `make demo` is the README's first
# command, `make test` its second.
GO ?= go
BIN ?= ./newsgraph

.PHONY: all build ui test demo bench clean

all: build

# The web UI is bundled with npm (cytoscape + fcose via esbuild) into
# web/dist, which go build embeds; a binary built without it serves a page
# saying how to build the UI.
ui:
	$(MAKE) -C web

build: ui
	$(GO) build -o $(BIN) ./cmd/newsgraph

# Ingest the shipped example into a throwaway store and ask it something.
demo: build
	rm -rf demo.db
	$(BIN) ingest --store demo.db examples/
	$(BIN) stats --store demo.db
	$(BIN) query --store demo.db --name quotes-by Ozola

# go test ./..., then the suites that skipped and why (go test shows skip
# reasons only with -v). The summary keeps go test's own ok/FAIL lines.
test:
	$(GO) build -o .testreport ./tools/testreport
	$(GO) test -json ./... | ./.testreport

bench:
	bash bench/run.sh

clean:
	rm -rf $(BIN) demo.db
	$(MAKE) -C web clean
