#!/usr/bin/env bash
# Registration benchmark (issue 6). Run by hand from the repository root:
#   benchmarks/registrations/run.sh [sqlite|postgres|both]   (default both)
# Starts the Release build against a fresh database (a throw-away PostgreSQL cluster like test.sh's for postgres),
# with the Hangfire server on and mail going to the pickup folder, so the outbox is delivered during the load as in
# production. The per-client rate limit is off: all clients share one address here.
# BENCH_CLIENTS (32), BENCH_SECONDS (20), BENCH_CAPACITY (2000), BENCH_PG_DURABLE (1: fsync and synchronous_commit on),
# BENCH_PG_SETTINGS (extra server settings for diagnosis, e.g. "-c log_min_duration_statement=15 -c log_lock_waits=on").
set -euo pipefail
cd "$(dirname "$0")/../.."
which="${1:-both}"
port="${BENCH_PORT:-5191}"
clients="${BENCH_CLIENTS:-32}"
seconds="${BENCH_SECONDS:-20}"
capacity="${BENCH_CAPACITY:-2000}"
key="bench-key"
base="http://127.0.0.1:$port"
work="$(mktemp -d /tmp/hedershus-regbench.XXXXXX)"
server=""
pg_ctl_stop=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$pg_ctl_stop" ] && eval "$pg_ctl_stop" || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build -c Release src/Hedershus.Web -v q -nologo >/dev/null
app="src/Hedershus.Web/bin/Release/net10.0/Hedershus.Web.dll"

run_against() { # name extra-settings...
  local name="$1"; shift
  local data="$work/$name-data"
  mkdir -p "$data"
  (cd src/Hedershus.Web && exec dotnet "../../$app" --urls "$base" --Hedershus:DataPath="$data" --Hedershus:ImportSeedOnStart=false \
     --ManagementApi:ApiKey=$key --Seminars:RateLimitPerMinute=0 --Logging:LogLevel:Default=Warning ${BENCH_SETTINGS:-} "$@") >"$work/$name-server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$server" 2>/dev/null || { tail -30 "$work/$name-server.log"; echo "the server stopped" >&2; exit 1; }
    sleep 0.1
  done
  echo "== $name (load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores)"
  local ticks_before; ticks_before=$(awk '{print $14 + $15}' "/proc/$server/stat")
  dotnet run benchmarks/registrations/registrations.cs -- "$base" "$key" "$clients" "$seconds" "$capacity" | tee "$work/$name-result.txt"
  local ticks_after; ticks_after=$(awk '{print $14 + $15}' "/proc/$server/stat")
  local posted; posted=$(awk '/^posted/ {print $2}' "$work/$name-result.txt")
  # CPU the server spent per registration (HTTP, rules, database, mail rendering, outbox delivery, jobs): the figure
  # that does not depend on how busy the machine is. 2 free cores / this = the ceiling on this hardware.
  awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$posted" \
    'BEGIN { ms = t * 1000 / hz; printf "   server CPU: %.0f ms for %d registrations = %.2f ms each\n", ms, n, ms / n }'
  echo "   mail files written by the outbox during the run: $(find "$data" -name '*.eml' | wc -l)"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  run_against sqlite --Database:Provider=Sqlite
fi

if [ "$which" = postgres ] || [ "$which" = both ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  pg_dir="$work/pg"; mkdir -p "$pg_dir"
  run_pg() { "$@"; }
  pg_user="$(id -un)"
  if [ "$(id -u)" = 0 ]; then chmod 755 "$work"; chown postgres "$pg_dir"; pg_user=postgres; run_pg() { runuser -u postgres -- "$@"; }; fi
  pg_port=$(( 15000 + RANDOM % 15000 ))
  durability="-c fsync=on -c synchronous_commit=on"
  [ "${BENCH_PG_DURABLE:-1}" = 1 ] || durability="-c fsync=off -c synchronous_commit=off"
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c max_connections=300 $durability ${BENCH_PG_SETTINGS:-}" start >/dev/null
  pg_ctl_stop="run_pg '$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop >/dev/null 2>&1"
  run_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U "$pg_user" hedershus_bench
  echo "== PostgreSQL settings: $durability"
  run_against postgres --Database:Provider=Postgres \
    --ConnectionStrings:Hedershus="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=hedershus_bench"
fi
