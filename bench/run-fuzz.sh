#!/usr/bin/env bash
# Hostile activities against the Release bot (dev mode, seeds imported, real answering) over real HTTP: no 5xx (501
# only for unknown invokes), no dropped connection, and a plain question answered afterwards.
#   bench/run-fuzz.sh [count] [seed]
source "$(dirname "$0")/common.sh"
COUNT="${1:-20000}"; SEED="${2:-1}"
build_release bot bench/Assistant.StandInConnector bench/Assistant.LoadTest
WORK="$(mktemp -d /tmp/assistant-bench-XXXX)"
export DOTNET_NOLOGO=1 Logging__LogLevel__Default=Error ConnectionStrings__Assistant="Data Source=$WORK/assistant.db"
if [ -d "$ROOT/../shared/seeds" ]; then (cd "$WORK" && dotnet "$(dll bot Assistant.Bot)" import "$ROOT/../shared/seeds" >/dev/null); export Knowledge__LoadSamples=false; fi
dotnet "$(dll bench/Assistant.StandInConnector Assistant.StandInConnector)" --port 5921 & PIDS+=($!)
(cd "$WORK" && exec env ASPNETCORE_ENVIRONMENT=Development Urls=http://127.0.0.1:5920 MicrosoftAppId= ServiceUrls__0=http://127.0.0.1:5921/ Reminders__Enabled=false \
  dotnet "$(dll bot Assistant.Bot)") & BOT=$!; PIDS+=($BOT)
wait_http http://127.0.0.1:5920/healthz; wait_http http://127.0.0.1:5921/stats
OUT="$RESULTS/fuzz-$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet "$(dll bench/Assistant.LoadTest Assistant.LoadTest)" fuzz --url http://127.0.0.1:5920 --service-url http://127.0.0.1:5921/ --count "$COUNT" --seed "$SEED" | tee "$OUT"
kill -0 $BOT && echo "bot process still alive (pid $BOT)" | tee -a "$OUT"
