#!/usr/bin/env bash
# bench/scale.sh: how ingest and query cost grow with a bolt store, and
# newsgraph ingest against stock `cayley load` of the same quads. Writes a
# Markdown report (bench/out/scale.md by default). From the repository root:
#
#   bash bench/scale.sh
#
# The corpus is copied COPIES times, each copy made distinct by one line
# added to every article ("Copy K."), so each copy is new content about the
# same entities, as more news about the same people would be. Copy K is
# ingested into the store that holds copies 1..K-1: its ingest time is the
# cost of adding one corpus to a store K-1 times as big. At 1, 2, 4 and 8
# copies the canned one-hop and two-hop queries are timed (querybench).
#
# Knobs (environment):
#   BENCH_CORPUS        corpus directory              (../shared/corpus/bbc)
#   BENCH_OUT           report file                   (bench/out/scale.md)
#   BENCH_COPIES        copies in all                 (8)
#   BENCH_RATIO_COPIES  copies in the whole-ingest ratio against stock
#                       Cayley, at most BENCH_COPIES  (1; 4 is the issue's
#                       1.13M-quad scale)
#   BENCH_QUERY_ARGS    arguments per canned query    (10)
#   BENCH_QUERY_ROUNDS  timed runs per argument       (5)
#   BENCH_BACKEND       bolt or postgres              (bolt)
#   BENCH_KEEP=1        keep the temp dir
#   BENCH_COMMIT        commit to name in the report (default: HEAD of this checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=${BENCH_CORPUS:-$root/../shared/corpus/bbc}
out=${BENCH_OUT:-$root/bench/out/scale.md}
copies=${BENCH_COPIES:-8}
qargs=${BENCH_QUERY_ARGS:-10}
qrounds=${BENCH_QUERY_ROUNDS:-5}
backend=${BENCH_BACKEND:-bolt}
ratio_copies=${BENCH_RATIO_COPIES:-1}
case $ratio_copies in '' | *[!0-9]* | 0) echo "scale: BENCH_RATIO_COPIES=$ratio_copies: want a whole number from 1" >&2; exit 1 ;; esac
[ "$ratio_copies" -le "$copies" ] || { echo "scale: BENCH_RATIO_COPIES=$ratio_copies is more than BENCH_COPIES=$copies" >&2; exit 1; }
case $backend in bolt | postgres) ;; *) echo "scale: BENCH_BACKEND=$backend: want bolt or postgres" >&2; exit 1 ;; esac
[ -d "$corpus" ] || { echo "scale: corpus $corpus not found (../shared beside the repository?)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "scale: need GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
corpus=$(cd "$corpus" && pwd)
mkdir -p "$(dirname "$out")"

work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-scale.XXXXXX")
cleanup() { if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$work"; else echo "scale: kept $work" >&2; fi; }
trap cleanup EXIT
pg_started=""
if [ "$backend" = postgres ]; then
  # A throwaway cluster (.ci/postgres.sh), one database per store; stopped
  # with the temp dir.
  # shellcheck source=/dev/null
  source .ci/postgres.sh
  pg_started=1
  cleanup() {
    ngpg_stop "$NEWSGRAPH_PG_DIR"
    if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$work"; else echo "scale: kept $work" >&2; fi
  }
  trap cleanup EXIT
  pgver=$(psql -X -tA "$NEWSGRAPH_TEST_PG" -c 'SHOW server_version')
fi
dsn() { echo "${NEWSGRAPH_TEST_PG/\/newsgraph\?//scale_$1?}"; }
# pgdb NAME: make database scale_NAME unless it exists.
pgdb() {
  if [ -z "$(psql -X -tA "$NEWSGRAPH_TEST_PG" -c "SELECT 1 FROM pg_database WHERE datname = 'scale_$1'")" ]; then
    psql -X -q "$NEWSGRAPH_TEST_PG" -c "CREATE DATABASE scale_$1" >&2
  fi
}
# store NAME: the newsgraph flags that name store NAME (a bolt directory in
# the temp dir, or a PostgreSQL database made on first use).
store() {
  if [ "$backend" = postgres ]; then
    pgdb "$1"
    echo "--backend postgres --address $(dsn "$1")"
  else
    echo "--store $work/$1.db"
  fi
}
# cayley_at NAME: stock Cayley's -d/-a flags for store NAME.
cayley_at() {
  if [ "$backend" = postgres ]; then pgdb "$1" && echo "-d postgres -a $(dsn "$1")"; else echo "-d bolt -a $work/$1.db"; fi
}
# size_mb NAME: the store's size on disk in MB.
size_mb() {
  if [ "$backend" = postgres ]; then
    psql -X -tA "$NEWSGRAPH_TEST_PG" -c "SELECT pg_database_size('scale_$1') / 1048576"
  else
    du -sm "$work/$1.db" | cut -f1
  fi
}
log() { echo "scale: $(date -u +%H:%M:%S) $*" >&2; }

log "building into $work"
go build -o "$work/newsgraph" ./cmd/newsgraph
go build -o "$work/querybench" ./bench/querybench
cayley=$(bash bench/stockcayley.sh)
if [ -n "${BENCH_COMMIT:-}" ]; then
  commit=$BENCH_COMMIT # e.g. when run from a `git archive` of that commit
else
  commit=$(git rev-parse --short HEAD)
  git diff --quiet HEAD -- . 2>/dev/null || commit="$commit (with uncommitted changes)"
fi

# timed NAME CMD...: run CMD under GNU time; NAME.wall, NAME.cpu (user +
# sys seconds) and NAME.rss (MB) hold the figures. With lenient=1 a
# failing CMD is logged and its output kept (querybench prints the queries
# it timed before one that times out, e.g. the whole-graph facts query on
# a big store).
timed() {
  local name=$1
  shift
  log "run $name: $*"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    if [ -n "${lenient:-}" ]; then
      log "  $name failed: $(tail -1 "$work/$name.err")"
      sed -i '/^Command exited/d' "$work/$name.time"
    else
      echo "scale: $name failed:" >&2
      tail -20 "$work/$name.err" >&2
      exit 1
    fi
  fi
  read -r wall user sys rss <"$work/$name.time"
  echo "$wall" >"$work/$name.wall"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}' >"$work/$name.cpu"
  awk -v r="$rss" 'BEGIN {printf "%.0f", r / 1024}' >"$work/$name.rss"
  log "  $name: ${wall}s wall, $(cat "$work/$name.cpu")s CPU, $(cat "$work/$name.rss") MB"
}
get() { cat "$work/$1.$2"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# The copies: every article with one line of its own added (appended in
# batches: a process per file is minutes on a busy machine).
for k in $(seq "$copies"); do
  cp -r "$corpus" "$work/copy$k"
  find "$work/copy$k" -name '*.txt' -exec sh -c 'k=$1; shift; for f; do printf "\nCopy %d.\n" "$k" >>"$f"; done' sh "$k" {} +
done
nfiles=$(find "$work/copy1" -name '*.txt' | wc -l)

# 1. Whole ingest of the first RATIO copies into an empty store, against
# stock Cayley loading the quads that ingest stored, one after the other.
ratio_dirs=()
for k in $(seq "$ratio_copies"); do ratio_dirs+=("$work/copy$k"); done
# shellcheck disable=SC2046 # store and cayley_at print several flags
timed ingest_empty "$work/newsgraph" ingest --no-progress $(store ratio) "${ratio_dirs[@]}"
# shellcheck disable=SC2046
"$work/newsgraph" export $(store ratio) -o "$work/quads.nq" 2>/dev/null
nquads=$(wc -l <"$work/quads.nq")
# shellcheck disable=SC2046
timed stock_load "$cayley" load --init $(cayley_at stock) -i "$work/quads.nq"
# shellcheck disable=SC2046
"$cayley" dump $(cayley_at ratio) -o "$work/dump.nq" >/dev/null 2>&1
ndump=$(wc -l <"$work/dump.nq")
rm -rf "$work/ratio.db" "$work/stock.db" "$work/dump.nq"

# 2. Copy after copy into one store.
rows=""
qrows=""
for k in $(seq "$copies"); do
  # shellcheck disable=SC2046
  timed "copy$k" "$work/newsgraph" ingest --no-progress $(store scale) "$work/copy$k"
  size=$(size_mb scale)
  # shellcheck disable=SC2046
  quads=$("$work/newsgraph" stats $(store scale) 2>/dev/null | awk '/quads/ {for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+$/) {print $i; exit}}')
  rows="$rows| ${k}× | $quads | $(get "copy$k" wall) s | $(get "copy$k" cpu) s | $(div "$(get "copy$k" wall)" "$(get copy1 wall)")× | $size MB | $(get "copy$k" rss) MB |
"
  case $k in 1 | 2 | 4 | 8)
    # shellcheck disable=SC2046
    lenient=1 timed "query$k" "$work/querybench" $(store scale | sed 's/^--/-/; s/ --/ -/g') -args "$qargs" -rounds "$qrounds" -budget 20s
    pick() { awk -F'|' -v q="$1" -v c="$2" '{gsub(/ /, "", $2)} $2 == q {gsub(/^ +| +$/, "", $c); print $c}' "$work/query$k.out"; }
    qrows="$qrows| ${k}× | $(pick neighbours 6) / $(pick neighbours 7) | $(pick members-of 6) / $(pick members-of 7) | $(pick quotes-by 6) / $(pick quotes-by 7) | $(get "query$k" rss) MB |
"
    ;;
  esac
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$backend" = postgres ]; then
  at_ours="--backend postgres --address DSN"
  at_stock="-d postgres -a DSN"
  at_query="-backend postgres -address DSN"
else
  at_ours="--store s.db"
  at_stock="-d bolt -a stock.db"
  at_query="-store scale.db"
fi
{
  if [ "$backend" = postgres ]; then
    echo "# PostgreSQL store: cost growth and stock Cayley"
  else
    echo "# Bolt store: cost growth and stock Cayley"
  fi
  echo
  echo "Written by \`bash bench/scale.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit."
  echo "Machine: $(nproc) cores, $(go version | awk '{print $3}'); load average at start $load_start, at end"
  echo "$load_end (a shared machine: compare figures of one report only)."
  if [ "$backend" = postgres ]; then
    echo "Server: PostgreSQL $pgver, a throwaway cluster from \`.ci/postgres.sh\` on this machine (defaults); store size is \`pg_database_size\`."
  fi
  echo "Corpus: $corpus, $nfiles files a copy, each copy's articles with a line \"Copy K.\" added."
  echo
  echo "## Whole ingest against stock \`cayley load\`"
  echo
  echo "| run | command | wall | CPU | peak RSS |"
  echo "|---|---|---:|---:|---:|"
  ratio_args=COPY1
  [ "$ratio_copies" -gt 1 ] && ratio_args="COPY1 … COPY$ratio_copies"
  echo "| newsgraph ingest of $ratio_copies cop$([ "$ratio_copies" -gt 1 ] && echo ies || echo y), empty store (extraction included) | \`newsgraph ingest --no-progress $at_ours $ratio_args\` | $(get ingest_empty wall) s | $(get ingest_empty cpu) s | $(get ingest_empty rss) MB |"
  echo "| stock Cayley load of the $nquads quads it stored | \`cayley load --init $at_stock -i quads.nq\` | $(get stock_load wall) s | $(get stock_load cpu) s | $(get stock_load rss) MB |"
  echo
  echo "Stock over ours: **$(div "$(get stock_load wall)" "$(get ingest_empty wall)")×** wall, $(div "$(get stock_load cpu)" "$(get ingest_empty cpu)")× CPU. Stock \`cayley dump\` reads $ndump quads from our store."
  echo
  echo "## Ingest cost as the store grows"
  echo
  echo "Copy K ingested into the store holding copies 1..K-1 (\`newsgraph ingest --no-progress $at_ours COPYK\`)."
  echo "\"vs 1×\" is that ingest's wall time over the first copy's, into the empty store."
  echo
  echo "| store after | quads | ingest of the copy | CPU | vs 1× | store size | peak RSS |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows"
  echo
  echo "## Queries as the store grows"
  echo
  echo "\`querybench $at_query -args $qargs -rounds $qrounds\`: p50 / p99 of the canned queries, arguments drawn"
  echo "from the store (neighbours: one hop out and in; members-of: one hop in; quotes-by: two hops)."
  echo
  echo "| store | neighbours | members-of | quotes-by | peak RSS |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s' "$qrows"
} >"$out"
log "wrote $out"
