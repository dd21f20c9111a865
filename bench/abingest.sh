#!/usr/bin/env bash
# bench/abingest.sh: compare the whole-corpus bolt ingest of two builds on
# a busy machine. Wall time there moves with everyone else's load, so the
# two builds run alternately (A, B, A, B, ...), each into an empty store,
# and the report gives per build the median of CPU (user + system), wall
# and peak RSS; a gain is believable when B's CPU median is below A's and
# B wins most of the pairs. The sorted export of the last store of each
# build is compared too, without the ns#ingestedAt quads (the clock):
# a speed change must store the same quads.
#
#   bash bench/abingest.sh DIR_A DIR_B      # two source trees (git archive)
#
# e.g. base = HEAD and new = HEAD with your files copied in:
#
#   git archive HEAD | tar -x -C /tmp/me/base   (and /tmp/me/new, + files)
#   bash bench/abingest.sh /tmp/me/base /tmp/me/new
#
# Archive both trees from the same HEAD: others' commits in between show
# up as a different export. The runs start in this repository's root, so
# its ./config.yaml (ingest.batch_quads among others) applies to both
# builds; NEWSGRAPH_CONFIG=FILE gives them another one.
#
# Knobs (environment):
#   AB_CORPUS   corpus directory                (../shared/corpus/bbc)
#   AB_ROUNDS   pairs of runs                   (5)
#   AB_FLAGS    extra ingest flags, both builds (none)
#   AB_KEEP=1   keep the temp dir
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bash bench/abingest.sh DIR_A DIR_B" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "abingest: need GNU time at /usr/bin/time" >&2; exit 1; }
corpus=$(cd "${AB_CORPUS:-../shared/corpus/bbc}" && pwd)
rounds=${AB_ROUNDS:-5}
case $rounds in '' | *[!0-9]* | 0) echo "abingest: AB_ROUNDS=$rounds: want a whole number from 1" >&2; exit 1 ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-ab.XXXXXX")
cleanup() { if [ -z "${AB_KEEP:-}" ]; then rm -rf "$work"; else echo "abingest: kept $work" >&2; fi; }
trap cleanup EXIT

for side in A B; do
  dir=$1
  [ "$side" = B ] && dir=$2
  (cd "$dir" && go build -o "$work/ng-$side" ./cmd/newsgraph) || { echo "abingest: build of $dir failed" >&2; exit 1; }
done

# One run: a fresh store, GNU time's figures appended to SIDE.times as
# "cpu wall rss_mb load".
run() {
  local side=$1 db=$work/$1.db
  rm -rf "$db"
  # shellcheck disable=SC2086 # AB_FLAGS is a list of flags
  /usr/bin/time -f '%U %S %e %M' -o "$work/t" "$work/ng-$side" ingest --no-progress ${AB_FLAGS:-} --store "$db" "$corpus" >/dev/null 2>"$work/$side.err" ||
    { echo "abingest: ingest $side failed:" >&2; tail -5 "$work/$side.err" >&2; exit 1; }
  read -r user sys wall rss <"$work/t"
  echo "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}') $wall $((rss / 1024)) $(cut -d' ' -f1 /proc/loadavg)" >>"$work/$side.times"
}
for r in $(seq "$rounds"); do
  run A
  run B
  echo "abingest: pair $r: A $(tail -1 "$work/A.times" | cut -d' ' -f1) s CPU, B $(tail -1 "$work/B.times" | cut -d' ' -f1) s CPU (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for side in A B; do
  f=$work/$side.times
  echo "$side: CPU $(cut -d' ' -f1 "$f" | median) s, wall $(cut -d' ' -f2 "$f" | median) s, peak RSS $(cut -d' ' -f3 "$f" | median) MB (medians of $rounds; runs: $(cut -d' ' -f1 "$f" | tr '\n' ' '))"
done
wins=$(paste -d' ' "$work/A.times" "$work/B.times" | awk '$5 < $1 {n++} END {print n + 0}')
echo "B used less CPU than A in $wins of $rounds pairs"

for side in A B; do
  "$work/ng-$side" export --store "$work/$side.db" -o "$work/$side.nq" 2>/dev/null
  grep -v '/ns#ingestedAt> ' "$work/$side.nq" | LC_ALL=C sort >"$work/$side.sorted"
done
if cmp -s "$work/A.sorted" "$work/B.sorted"; then
  echo "export: identical ($(wc -l <"$work/A.sorted") quads without ingestedAt, sorted)"
else
  echo "export: DIFFERENT (A $(wc -l <"$work/A.nq"), B $(wc -l <"$work/B.nq") quads)"
  exit 1
fi
