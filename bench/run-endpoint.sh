#!/usr/bin/env bash
# Endpoint load: the bot (dev mode, Release, seeds imported) on PostgreSQL and on SQLite, side by side with a bare
# Kestrel endpoint and a botbuilder-js echo bot, all replying to the same stand-in connector, at 1, 10, 50 and 200
# concurrent conversations, 10 s each after a 10 s warm-up (30 s before the first level: under load the bot's tiered
# JIT keeps compiling for 20-40 s after start, and a shorter warm-up measures the JIT). The bot's own connector throttle (Teams' 50/s per tenant and 7/s per
# conversation) is lifted: the stand-in enforces nothing and this measures the HTTP and turn path.
#   bench/run-endpoint.sh [duration-seconds] [levels] [warmup-seconds]
source "$(dirname "$0")/common.sh"
DURATION="${1:-10}"; LEVELS="${2:-1,10,50,200}"; WARMUP="${3:-10}"
build_release bot bench/Assistant.StandInConnector bench/Assistant.BareEndpoint bench/Assistant.LoadTest
[ -d "$BENCH/node/node_modules" ] || (cd "$BENCH/node" && npm ci --no-audit --no-fund >/dev/null)

WORK="$(mktemp -d /tmp/assistant-bench-XXXX)"
export DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning
start_postgres 5910
SQLITE="Data Source=$WORK/assistant.db"
SEEDS="$ROOT/../shared/seeds"
if [ -d "$SEEDS" ]; then
  for db in sqlite pg; do
    if [ $db = pg ]; then set -- Storage__Provider=Postgres "ConnectionStrings__Assistant=$PG_URL"; else set -- "ConnectionStrings__Assistant=$SQLITE"; fi
    (cd "$WORK" && env "$@" dotnet "$(dll bot Assistant.Bot)" import "$SEEDS" >/dev/null)
  done
  export Knowledge__LoadSamples=false
fi
# Anonymous (no app id) is allowed in Development only (SECURITY.md); a closed benchmark runs as Development.
BOTENV=(ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId= ServiceUrls__0=http://127.0.0.1:5901/ Connector__RequestsPerSecondPerTenant=10000 Connector__ConversationLimits=false Reminders__Enabled=false)

dotnet "$(dll bench/Assistant.StandInConnector Assistant.StandInConnector)" --port 5901 & PIDS+=($!)
(cd "$WORK" && exec env Urls=http://127.0.0.1:5900 "${BOTENV[@]}" Storage__Provider=Postgres "ConnectionStrings__Assistant=$PG_URL" \
  dotnet "$(dll bot Assistant.Bot)") & BOT=$!; PIDS+=($BOT)
(cd "$WORK" && exec env Urls=http://127.0.0.1:5904 "${BOTENV[@]}" "ConnectionStrings__Assistant=$SQLITE" \
  dotnet "$(dll bot Assistant.Bot)") & BOTS=$!; PIDS+=($BOTS)
dotnet "$(dll bench/Assistant.BareEndpoint Assistant.BareEndpoint)" --port 5902 & BARE=$!; PIDS+=($BARE)
node "$BENCH/node/echo-bot.js" 5903 >/dev/null & NODE=$!; PIDS+=($NODE)
for port in 5900 5902 5903 5904; do wait_http "http://127.0.0.1:$port/api/messages"; done
wait_http http://127.0.0.1:5901/stats
sleep 2

OUT="$RESULTS/endpoint-$(date -u +%Y%m%dT%H%M%SZ).md"
dotnet "$(dll bench/Assistant.LoadTest Assistant.LoadTest)" load \
  --target bot=http://127.0.0.1:5900 --target bare=http://127.0.0.1:5902 --target botbuilder-js=http://127.0.0.1:5903 \
  --target bot-sqlite=http://127.0.0.1:5904 \
  --pid bot=$BOT --pid bare=$BARE --pid botbuilder-js=$NODE --pid bot-sqlite=$BOTS \
  --service-url http://127.0.0.1:5901/ --concurrency "$LEVELS" --duration "$DURATION" --warmup "$WARMUP" | tee "$OUT"
curl -s http://127.0.0.1:5901/stats; echo
echo "written: $OUT"
