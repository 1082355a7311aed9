#!/usr/bin/env bash
# Regenerates the migrations of both providers from the current model.
# Usage: scripts/regenerate-migrations.sh [Name]   (default name: Initial; with Initial the old ones are removed first)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-Initial}"
dotnet tool restore >/dev/null
if [ "$name" = "Initial" ]; then
  rm -rf src/Hedershus.Core/Data/Sqlite/Migrations src/Hedershus.Core/Data/Postgres/Migrations
fi
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Hedershus.Core --startup-project src/Hedershus.Core \
    --context "${provider}HedershusDbContext" --output-dir "Data/${provider}/Migrations"
done
