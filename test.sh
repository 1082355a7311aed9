#!/usr/bin/env bash
# Installs what the tests need when it is missing, starts a throw-away PostgreSQL server, runs every test.
# Under CI=true a dependency that cannot be installed fails the run; nothing is skipped silently.
# Arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Cluster" while working on one area.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

apt_updated=""
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    fail "$1 is missing and installing it needs root (apt-get install $*)."
  fi
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---------- PostgreSQL ----------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  log "Installing PostgreSQL"
  apt_install postgresql || fail "PostgreSQL could not be installed."
fi
PG_BIN="$(pg_bin)"
[ -x "$PG_BIN/initdb" ] || fail "PostgreSQL's initdb was not found after installing."

pg_dir="$(mktemp -d /tmp/hedershus-pg.XXXXXX)"
trap 'rm -rf "$pg_dir"' EXIT
pg_user="$(id -un)"
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: run the throw-away cluster as the 'postgres' system user.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres "$pg_dir"
  pg_user=postgres
  run_pg() { runuser -u postgres -- "$@"; }
fi

pg_port=""
for _ in $(seq 1 50); do
  candidate=$(( 15000 + RANDOM % 15000 ))   # below Linux's ephemeral range (32768+)
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pg_port=$candidate; break; fi
done
[ -n "$pg_port" ] || fail "no free loopback port for PostgreSQL."

stop_pg() {
  run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

log "Starting PostgreSQL on 127.0.0.1:$pg_port"
run_pg "$PG_BIN/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; fail "initdb failed."; }
run_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null || { cat "$pg_dir/server.log"; fail "PostgreSQL did not start."; }
export HEDERSHUS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=postgres;Include Error Detail=true"

# ---------- Browser tests: Debian's Chromium and axe-core (see /work/shared/docs/BROWSER-TESTS.md) ----------
if ! command -v chromium >/dev/null 2>&1; then
  log "Installing Chromium"
  apt_install chromium || fail "Chromium could not be installed; the browser tests need it."
fi
CHROME_PATH="$(command -v chromium)" || fail "chromium was not found after installing."
export CHROME_PATH
command -v npm >/dev/null 2>&1 || apt_install npm || fail "npm is missing and could not be installed."
log "Installing browser-test assets (npm ci in tests/)"
(cd tests && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in tests/ failed."

# ---------- .NET tests ----------
log "Running the tests"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
output="$(mktemp)"
set +e
dotnet test Hedershus.sln --nologo "$@" 2>&1 | tee "$output"
status=${PIPESTATUS[0]}
set -e

count() { grep -oE "$1: +[0-9]+" "$output" | awk '{ sum += $2 } END { print sum + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
rm -f "$output"
echo
echo "Tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${skipped:-0}" != 0 ]; then
  echo "test.sh: skipped tests prove nothing; remove the skip." >&2
  status=1
fi
if [ "${passed:-0}" = 0 ] && [ "$status" = 0 ]; then
  echo "test.sh: no test ran." >&2
  status=1
fi
exit "$status"
