#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and benchmarks.
#
#   bash .ci/postgres.sh run -- CMD ARGS...   start, run CMD with the server up, stop
#   source .ci/postgres.sh                    start now, stop when the calling shell exits
#   NGPG_FUNCTIONS_ONLY=1 source .ci/postgres.sh   only define the helpers
#
# The cluster lives in a fresh temp dir, listens on 127.0.0.1 only (plus a
# unix socket in that dir), trusts local connections and is deleted on stop.
# CMD (or the sourcing shell) sees:
#   NEWSGRAPH_TEST_PG  DSN of an empty database "newsgraph" (superuser, so
#                      tests may CREATE DATABASE one per test)
#   NEWSGRAPH_PG_DIR   the cluster's directory
# NEWSGRAPH_PG_OPTS, when set, adds server options (e.g.
# "-c shared_buffers=512MB").
# Debian's postgresql package is installed when no initdb is found (needs
# root). PostgreSQL refuses to run as root, so as root the server runs as the
# "postgres" system user via runuser.

_ngpg_die() { echo "postgres.sh: $*" >&2; return 1; }

_ngpg_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

_ngpg_install() {
  _ngpg_bindir >/dev/null && return 0
  [ "$(id -u)" = 0 ] || { _ngpg_die "PostgreSQL is not installed and we are not root to apt-get it"; return 1; }
  echo "postgres.sh: installing Debian postgresql" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null ||
    { _ngpg_die "apt-get install postgresql failed"; return 1; }
  # Debian's package starts its own "main" cluster; we do not need it.
  if command -v pg_ctlcluster >/dev/null; then
    local v
    for v in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster "$v" main stop >/dev/null 2>&1 || true; done
  fi
  _ngpg_bindir >/dev/null
}

# _ngpg_as CMD...: run CMD as the cluster owner.
_ngpg_as() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

_ngpg_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

ngpg_start() {
  _ngpg_install || return 1
  local bin dir port i
  bin=$(_ngpg_bindir) || { _ngpg_die "no initdb under /usr/lib/postgresql/*/bin"; return 1; }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-pg.XXXXXX") || return 1
  chmod 700 "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { _ngpg_die "no postgres system user"; return 1; }
    chown postgres: "$dir"
  fi
  _ngpg_as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 ||
    _ngpg_as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; _ngpg_die "initdb failed"; return 1; }
  # A throwaway cluster: durability off makes tests and loads faster and
  # changes nothing they observe. bench/run.sh keeps these too, and says so.
  for i in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 20000))
    _ngpg_port_free "$port" || continue
    if _ngpg_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 ${NEWSGRAPH_PG_OPTS:-}" \
      start >/dev/null 2>&1; then
      break
    fi
    port=
  done
  if [ -z "$port" ]; then
    tail -20 "$dir/server.log" >&2 2>/dev/null
    rm -rf "$dir"
    _ngpg_die "could not start the server"
    return 1
  fi
  "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c 'CREATE DATABASE newsgraph' >/dev/null ||
    { ngpg_stop "$dir"; _ngpg_die "CREATE DATABASE failed"; return 1; }
  export NEWSGRAPH_PG_DIR="$dir"
  export NEWSGRAPH_TEST_PG="postgres://postgres@127.0.0.1:$port/newsgraph?sslmode=disable"
  echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') up: $NEWSGRAPH_TEST_PG" >&2
}

ngpg_stop() {
  local dir=${1:-${NEWSGRAPH_PG_DIR:-}} bin
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  bin=$(_ngpg_bindir) || return 0
  _ngpg_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  echo "postgres.sh: stopped" >&2
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced with NGPG_FUNCTIONS_ONLY=1: only define the functions above
  # (bench/pgreplica.sh starts clusters of its own with them).
  [ -n "${NGPG_FUNCTIONS_ONLY:-}" ] && return 0
  # Sourced: start now, stop when the sourcing shell exits.
  ngpg_start && trap 'ngpg_stop "$NEWSGRAPH_PG_DIR"' EXIT
  return $?
fi

set -uo pipefail
case "${1:-}" in
run)
  shift
  [ "${1:-}" = "--" ] && shift
  [ $# -gt 0 ] || { echo "usage: $0 run -- CMD [ARGS...]" >&2; exit 2; }
  ngpg_start || exit 1
  trap 'ngpg_stop "$NEWSGRAPH_PG_DIR"' EXIT
  trap 'exit 130' INT TERM
  "$@"
  exit $?
  ;;
*)
  echo "usage: bash $0 run -- CMD [ARGS...]   |   source $0" >&2
  exit 2
  ;;
esac
