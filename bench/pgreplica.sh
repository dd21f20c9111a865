#!/usr/bin/env bash
# bench/pgreplica.sh: newsgraph on PostgreSQL's own replication, on loopback.
#
#   bash bench/pgreplica.sh
#
# Starts a throwaway primary and a hot-standby replica (pg_basebackup -R,
# streaming replication) on free loopback ports, then
#   1. runs two `newsgraph ingest` processes at once into the primary, first
#      on the two halves of a corpus, then on two overlapping two-thirds of
#      it (each into a database of its own), and checks that each graph
#      equals that of one ingest of the same files (`newsgraph export`,
#      ingest times left out, sorted), and that the replica's export
#      equals the primary's;
#   2. runs `newsgraph serve` on the primary and on the replica, ingests
#      new articles one at a time into the primary and measures, with
#      bench/replicalag, how soon each can be read on the replica after it
#      can be read on the primary: the lag a reader of the replica sees.
# Prints the lag p50 and max. Everything lives in a temp dir, deleted at
# the end (PG_REPLICA_KEEP=1 keeps it).
#
# Knobs (environment):
#   PG_REPLICA_CORPUS   corpus directory            (../shared/corpus/bbc/business)
#   PG_REPLICA_FILES    files of it used, in order  (120)
#   PG_REPLICA_TRIALS   articles timed for the lag  (10)
#   PG_REPLICA_SEARCH=1 also time each article until the replica's
#                       type-ahead search (/api/search, served from serve's
#                       in-memory index) finds it: the index asks the store
#                       for its generation at most every 0.5 s under
#                       requests and rebuilds when it moved, so this adds
#                       up to a check interval and one rebuild to the lag
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=${PG_REPLICA_CORPUS:-$root/../shared/corpus/bbc/business}
nfiles=${PG_REPLICA_FILES:-120}
trials=${PG_REPLICA_TRIALS:-10}
[ -d "$corpus" ] || { echo "pgreplica: corpus $corpus not found (../shared beside the repository?)" >&2; exit 1; }

NGPG_FUNCTIONS_ONLY=1 source .ci/postgres.sh
_ngpg_install
bin=$(_ngpg_bindir) || { echo "pgreplica: no PostgreSQL under /usr/lib/postgresql" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-replica.XXXXXX")
chmod 755 "$work"
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  for d in standby primary; do
    [ -d "$work/$d" ] && _ngpg_as "$bin/pg_ctl" -D "$work/$d" -m immediate -w stop >/dev/null 2>&1 || true
  done
  if [ -n "${PG_REPLICA_KEEP:-}" ]; then echo "pgreplica: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 20000))
    _ngpg_port_free "$p" && { echo "$p"; return 0; }
  done
  return 1
}
since() { echo "$(( $(date +%s%N) / 1000000 - $1 ))"; }
now_ms() { echo "$(( $(date +%s%N) / 1000000 ))"; }

go build -o "$work/newsgraph" ./cmd/newsgraph
go build -o "$work/replicalag" ./bench/replicalag
ng="$work/newsgraph"

# The primary: durable commits (synchronous_commit on, so a document is
# committed when its ingest batch returns), fsync off as in every throwaway
# cluster here; streaming replication needs nothing beyond PostgreSQL's
# defaults (wal_level=replica, max_wal_senders=10, and initdb's pg_hba
# lines for replication from 127.0.0.1).
mkdir -p "$work/primary" "$work/standby" "$work/sock" "$work/pglog"
[ "$(id -u)" = 0 ] && chown postgres: "$work/primary" "$work/standby" "$work/sock" "$work/pglog"
chmod 700 "$work/primary" "$work/standby"
_ngpg_as "$bin/initdb" -D "$work/primary" -U postgres --auth=trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
p1=$(free_port)
_ngpg_as "$bin/pg_ctl" -D "$work/primary" -l "$work/pglog/primary.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $p1 -k $work/sock -c fsync=off -c full_page_writes=off" start >/dev/null
psql1() { "$bin/psql" -X -q -At -h 127.0.0.1 -p "$p1" -U postgres "$@"; }
for db in ref halves overlap lag; do psql1 -d postgres -c "CREATE DATABASE $db"; done

# The replica: a base backup with -R (standby.signal and primary_conninfo
# written for us), started as a hot standby on a port of its own.
_ngpg_as "$bin/pg_basebackup" -h 127.0.0.1 -p "$p1" -U postgres -D "$work/standby" -R -X stream -c fast
p2=$(free_port)
_ngpg_as "$bin/pg_ctl" -D "$work/standby" -l "$work/pglog/standby.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $p2 -k $work/sock -c hot_standby=on -c fsync=off" start >/dev/null
psql2() { "$bin/psql" -X -q -At -h 127.0.0.1 -p "$p2" -U postgres "$@"; }
[ "$(psql2 -d postgres -c 'SELECT pg_is_in_recovery()')" = t ] || { echo "pgreplica: the replica is not in recovery" >&2; exit 1; }
for _ in $(seq 100); do
  [ "$(psql1 -d postgres -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ] && break
  sleep 0.1
done
echo "pgreplica: PostgreSQL $("$bin/postgres" --version | awk '{print $3}'): primary 127.0.0.1:$p1, hot standby 127.0.0.1:$p2 ($(psql1 -d postgres -c "SELECT state FROM pg_stat_replication"))"
dsn1() { echo "postgres://postgres@127.0.0.1:$p1/$1?sslmode=disable"; }
dsn2() { echo "postgres://postgres@127.0.0.1:$p2/$1?sslmode=disable"; }

# 1. Concurrent ingests into the primary.
mapfile -t files < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort | head -n "$nfiles")
n=${#files[@]}
[ "$n" -ge 6 ] || { echo "pgreplica: only $n files in $corpus" >&2; exit 1; }
even=() odd=()
for i in "${!files[@]}"; do
  if [ $((i % 2)) = 0 ]; then even+=("${files[$i]}"); else odd+=("${files[$i]}"); fi
done
first=("${files[@]:0:$((2 * n / 3))}")
last=("${files[@]:$((n / 3))}")
ingest() { "$ng" ingest --no-progress --backend postgres --address "$(dsn1 "$1")" "${@:2}" >"$work/ingest-$1-$RANDOM.log" 2>&1; }
export_sorted() { "$ng" export --backend postgres --address "$1" | grep -v 'ingestedAt>' | LC_ALL=C sort; }

t=$(now_ms)
ingest ref "${files[@]}"
echo "pgreplica: one ingest of $n files: $(since "$t") ms"
export_sorted "$(dsn1 ref)" >"$work/ref.nq"
ok=1
for c in halves overlap; do
  t=$(now_ms)
  if [ $c = halves ]; then
    ingest $c "${even[@]}" & a=$!
    ingest $c "${odd[@]}" & b=$!
  else
    ingest $c "${first[@]}" & a=$!
    ingest $c "${last[@]}" & b=$!
  fi
  wait $a || { echo "pgreplica: $c: first ingest failed:"; tail -n 5 "$work"/ingest-$c-*.log; ok=0; }
  wait $b || { echo "pgreplica: $c: second ingest failed:"; tail -n 5 "$work"/ingest-$c-*.log; ok=0; }
  ms=$(since "$t")
  export_sorted "$(dsn1 $c)" >"$work/$c.nq"
  if cmp -s "$work/ref.nq" "$work/$c.nq"; then
    echo "pgreplica: two ingests at once ($c): $ms ms, graph equals one ingest's ($(wc -l <"$work/ref.nq") quads besides ingest times)"
  else
    echo "pgreplica: two ingests at once ($c): graph DIFFERS from one ingest's:"
    diff "$work/ref.nq" "$work/$c.nq" | head -20 || true
    ok=0
  fi
done
# The replica holds the same graph once it has replayed the primary's WAL.
lsn=$(psql1 -d postgres -c 'SELECT pg_current_wal_lsn()')
for _ in $(seq 300); do
  [ "$(psql2 -d postgres -c "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] && break
  sleep 0.1
done
if cmp -s "$work/overlap.nq" <(export_sorted "$(dsn2 overlap)"); then
  echo "pgreplica: the replica's export equals the primary's"
else
  echo "pgreplica: the replica's export DIFFERS from the primary's"
  ok=0
fi

# 2. Lag: serve on each, new articles ingested into the primary one by one.
# The store holds the whole sample, so that the replica's index rebuild,
# paid once per new article, costs what it would on a real store.
ingest lag "${files[@]}"
s1=$(free_port) s2=$(free_port)
"$ng" serve --backend postgres --address "$(dsn1 lag)" --addr "127.0.0.1:$s1" >"$work/serve-primary.log" 2>&1 &
pids+=($!)
"$ng" serve --backend postgres --address "$(dsn2 lag)" --addr "127.0.0.1:$s2" >"$work/serve-replica.log" 2>&1 &
pids+=($!)
for s in $s1 $s2; do
  for _ in $(seq 300); do
    curl -fs "http://127.0.0.1:$s/api/info" >/dev/null && break
    sleep 0.1
  done
  curl -fs "http://127.0.0.1:$s/api/info" >/dev/null || { echo "pgreplica: serve on port $s did not start:"; cat "$work"/serve-*.log; exit 1; }
done
echo "pgreplica: serve on the primary (:$s1) and on the replica (:$s2), read-only"
lags=() searches=()
mkdir -p "$work/new"
for i in $(seq "$trials"); do
  word="Qvarn$RANDOM$i"
  title="Harbour pilots in $word vote to end strike after $i weeks"
  f="$work/new/article-$i.txt"
  printf '%s\n\n%s\n' "$title" "Pilots at the port of $word voted on Tuesday to end a strike that had lasted $i weeks, the union said. \"We have an agreement,\" said Maren Holt, who chairs the pilots' union." >"$f"
  search=()
  [ -n "${PG_REPLICA_SEARCH:-}" ] && search=(-search "$word" -timeout 180s)
  "$work/replicalag" -primary "http://127.0.0.1:$s1" -replica "http://127.0.0.1:$s2" -value "$title" "${search[@]}" >"$work/lag-$i.txt" &
  probe=$!
  sleep 0.2 # the probe is polling before the ingest commits
  ingest lag "$f"
  wait "$probe" || { echo "pgreplica: trial $i: the probe failed"; ok=0; continue; }
  read -r at1 at2 lag sms <"$work/lag-$i.txt"
  lags+=("$lag")
  [ -n "${sms:-}" ] && searches+=("$((sms - at1))")
  # PostgreSQL's own figure: how long the standby took to replay the
  # primary's last commit (empty once it is idle again).
  rl=$(psql1 -d postgres -c "SELECT coalesce(round(extract(epoch FROM replay_lag) * 1000)::text || ' ms', 'idle') FROM pg_stat_replication")
  found=
  [ -n "${sms:-}" ] && found="; found by the replica's search after $sms ms ($((sms - at1)) ms after the primary could read it)"
  echo "pgreplica: article $i: readable on the primary after $at1 ms, on the replica after $at2 ms: lag $lag ms (pg_stat_replication replay_lag: $rl)$found"
done
if [ ${#lags[@]} -gt 0 ]; then
  sorted=($(printf '%s\n' "${lags[@]}" | sort -n))
  k=${#sorted[@]}
  echo "pgreplica: replica lag over $k articles: p50 ${sorted[$(((k - 1) / 2))]} ms, max ${sorted[$((k - 1))]} ms" \
    "(each server polled every 10 ms plus a query's time: a negative lag is the replica answering first within that)"
fi
if [ ${#searches[@]} -gt 0 ]; then
  sorted=($(printf '%s\n' "${searches[@]}" | sort -n))
  k=${#sorted[@]}
  echo "pgreplica: replica search lag (found by /api/search on the replica, after readable on the primary) over $k articles: p50 ${sorted[$(((k - 1) / 2))]} ms, max ${sorted[$((k - 1))]} ms"
fi
[ "$ok" = 1 ] || { echo "pgreplica: FAILED"; exit 1; }
echo "pgreplica: ok"
