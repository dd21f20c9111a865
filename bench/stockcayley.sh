#!/usr/bin/env bash
# Builds stock Cayley (cmd/cayley at the version newsgraph pins) for
# comparison and prints the binary's path. `go install …@version` refuses
# Cayley because its go.mod has a replace directive, so this writes a
# scratch module that requires it, copies that replace line, and runs go
# build there. The module lives in a cache dir (not in the repository) and
# is rebuilt only when missing.
#
#   CAYLEY=$(bash bench/stockcayley.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(awk '$1 == "github.com/cayleygraph/cayley" {print $2; exit}' "$root/go.mod")
[ -n "$version" ] || { echo "stockcayley.sh: cayley not found in $root/go.mod" >&2; exit 1; }
dir=${NEWSGRAPH_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsgraph-bench}/stockcayley-$version
bin=$dir/cayley
if [ -x "$bin" ]; then echo "$bin"; exit 0; fi
mkdir -p "$dir"
cat >"$dir/go.mod" <<MOD
module stockcayley

go 1.26

require github.com/cayleygraph/cayley $version

// Copied from cayley's own go.mod: a require alone does not apply it.
replace github.com/Sirupsen/logrus => github.com/Sirupsen/logrus v1.0.1
MOD
echo "stockcayley.sh: building stock cayley $version in $dir (a minute or two)" >&2
(cd "$dir" && GOFLAGS=-mod=mod go build -o "$bin.tmp" github.com/cayleygraph/cayley/cmd/cayley) >&2
mv "$bin.tmp" "$bin"
echo "$bin"
