#!/usr/bin/env bash
# Reminder fan-out, full size: 10,000 owners, the stand-in connector enforcing 50 requests/s (429 + Retry-After),
# the real bot executable running `remind` (not a dry run). Floor 200 s. Counts lost and doubled at the connector.
#   bench/run-fanout.sh [owners] [rate] [sqlite|postgres]
source "$(dirname "$0")/common.sh"
export BENCH_OWNERS="${1:-10000}" BENCH_RATE="${2:-50}" BENCH_PROVIDER="${3:-sqlite}" BENCH_RESULTS="$RESULTS/fanout-$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet test "$ROOT/tests/Assistant.Tests" --filter "FullyQualifiedName~Reliability.ReminderFanOutTests" -v q --nologo
cat "$BENCH_RESULTS"
