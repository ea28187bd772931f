#!/usr/bin/env bash
# Faults during the fan-out of the real bot executable, counted at the stand-in connector (lost, doubled):
# SIGKILL mid-run then run again; PostgreSQL (a dedicated instance) stopped for 3 s and restarted; the connector
# answering 503 for a minute. 2,000 owners at 50/s (floor 40 s) by default.
#   bench/run-faults.sh [owners] [rate] [outage-seconds]
source "$(dirname "$0")/common.sh"
export BENCH_OWNERS="${1:-2000}" BENCH_RATE="${2:-50}" BENCH_OUTAGE_SECONDS="${3:-60}" BENCH_RESULTS="$RESULTS/faults-$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet test "$ROOT/tests/Assistant.Tests" --filter "FullyQualifiedName~Reliability.CrashAndOutageTests|FullyQualifiedName~Reliability.PostgresRestartTests" -v q --nologo
cat "$BENCH_RESULTS"
