#!/usr/bin/env bash
# Regenerates the EF Core migrations of both providers after a model change.
# Usage: scripts/migrations.sh NAME   (e.g. AddSnooze). Before the first release, InitialCreate is rebuilt in place:
#        scripts/migrations.sh --reset
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
if [ "${1:-}" = "--reset" ]; then
  rm -rf bot/Storage/Migrations
  name=InitialCreate
else
  name=${1:?migration name}
fi
dotnet ef migrations add "$name" --project bot --context SqliteAssistantDbContext --output-dir Storage/Migrations/Sqlite
dotnet ef migrations add "$name" --project bot --context PostgresAssistantDbContext --output-dir Storage/Migrations/Postgres
