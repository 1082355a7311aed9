#!/usr/bin/env bash
# Delivery API benchmark (issue 2). Run by hand from the repository root: benchmarks/delivery/run.sh
# Needs wrk (apt-get install wrk). Generates 10,001 nodes × 3 cultures once (about 90 s), then measures:
#   start-up to first 200 and working set; a static JSON file of similar size (the floor);
#   Delivery item by path; the children query; publish → visible.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${BENCH_DATA:-/tmp/hedershus-bench}"
port="${BENCH_PORT:-5190}"
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-32}"
key="bench-key"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dotnet build -c Release src/Hedershus.Web -v q -nologo >/dev/null
app="src/Hedershus.Web/bin/Release/net10.0/Hedershus.Web.dll"
settings=(--Hedershus:DataPath="$data" --Hedershus:ImportSeedOnStart=false --Jobs:RunServer=false
          --ManagementApi:ApiKey=$key --DeliveryApi:ApiKey=$key --Logging:LogLevel:Default=Warning)

if [ ! -f "$data/Hedershus.sqlite.db" ]; then
  echo "== generating and importing 10,001 nodes × 3 cultures"
  dotnet run benchmarks/delivery/generate-content.cs -- /tmp/hedershus-bench-content.json
  (cd src/Hedershus.Web && time dotnet "../../$app" import /tmp/hedershus-bench-content.json "${settings[@]}")
fi

start_server() {
  (cd src/Hedershus.Web && exec dotnet "../../$app" --urls "$base" "${settings[@]}") >/tmp/hedershus-bench-server.log 2>&1 &
  server=$!
}
trap 'kill $server 2>/dev/null || true; rm -f src/Hedershus.Web/wwwroot/_bench-floor.json' EXIT

begin=$(date +%s.%N)
start_server
until curl -sf -o /dev/null "$base/health"; do
  kill -0 "$server" 2>/dev/null || { tail -20 /tmp/hedershus-bench-server.log; echo "the server stopped; an old data folder? remove $data" >&2; exit 1; }
  sleep 0.02
done
ready=$(date +%s.%N)
echo "== start-up to first 200: $(echo "$ready - $begin" | bc) s; working set after start: $(($(grep VmRSS /proc/$server/status | awk '{print $2}') / 1024)) MB"

item="/umbraco/delivery/api/v2/content/item/ingang-50-sv/vagledning-50-50-sv/"
landing="00000000-0000-4000-8000-005100000000"
query="/umbraco/delivery/api/v2/content?fetch=children:$landing&sort=name:asc&take=10"
curl -sf "$base$item" > /dev/null || { echo "item $item not found" >&2; exit 1; }
mkdir -p src/Hedershus.Web/wwwroot
curl -sf "$base$item" > src/Hedershus.Web/wwwroot/_bench-floor.json
echo "   item JSON: $(wc -c < src/Hedershus.Web/wwwroot/_bench-floor.json) bytes; query JSON: $(curl -sf "$base$query" | wc -c) bytes"

measure() { # name path
  wrk -t2 -c"$connections" -d"$duration" --latency "$base$2" > /tmp/hedershus-bench-wrk.txt
  rps=$(awk '/Requests\/sec/ {print $2}' /tmp/hedershus-bench-wrk.txt)
  p99=$(awk '/ 99%/ {print $2}' /tmp/hedershus-bench-wrk.txt)
  p50=$(awk '/ 50%/ {print $2}' /tmp/hedershus-bench-wrk.txt)
  non2xx=$(awk '/Non-2xx/ {print $4}' /tmp/hedershus-bench-wrk.txt)
  printf '%-16s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
  eval "rps_$3=$rps"
}
echo "== wrk, $connections connections, $duration each (server and wrk share this machine's cores)"
wrk -t2 -c"$connections" -d3s "$base$item" >/dev/null; wrk -t2 -c"$connections" -d3s "$base$query" >/dev/null   # warm-up
measure "static file" "/_bench-floor.json" static
measure "item by path" "$item" item
measure "children query" "$query" query
echo "   item/static: $(echo "scale=2; $rps_item / $rps_static" | bc)   query/static: $(echo "scale=2; $rps_query / $rps_static" | bc)"
echo "   working set after load: $(($(grep VmRSS /proc/$server/status | awk '{print $2}') / 1024)) MB"

echo "== publish → visible"
dotnet run benchmarks/delivery/publish-latency.cs -- "$base" "$key" 00000000-0000-4000-8000-005000000050 200
