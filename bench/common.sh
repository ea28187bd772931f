# Shared by the bench scripts: Release builds, free loopback ports, process bookkeeping.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
mkdir -p "$RESULTS"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap 'cleanup; stop_postgres' EXIT

build_release() {
  for p in "$@"; do dotnet build -c Release "$ROOT/$p" -v q -nologo >/dev/null; done
}

dll() { echo "$ROOT/$1/bin/Release/net10.0/$2.dll"; }

wait_http() { # url [seconds]
  for _ in $(seq 1 "${2:-60}"); do curl -s -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1" >&2; return 1
}

# A throwaway PostgreSQL on loopback (Debian's binaries), default durability settings. Sets PG_URL; stopped on exit.
start_postgres() { # port
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  PG_ROOT="$(mktemp -d /tmp/assistant-bench-pg-XXXX)"; local as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$PG_ROOT"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/log.txt" -o "-p $1 -c listen_addresses=127.0.0.1 -k $PG_ROOT -c max_connections=300" -w start >/dev/null
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_ROOT/data" -m fast -w stop)
  PG_URL="Host=127.0.0.1;Port=$1;Database=assistant;Username=postgres"
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$1" -U postgres assistant
}
stop_postgres() { [ -n "${PG_ROOT:-}" ] && "${PG_STOP[@]}" >/dev/null || true; }
