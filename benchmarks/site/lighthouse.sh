#!/usr/bin/env bash
# Lighthouse 12.2.3, mobile, with Debian's Chromium (CHROME_PATH) on the pages issue 4 names: the home page, a guidance
# page, Hitta hjälp and posted search results. Run by hand from the repository root: benchmarks/site/lighthouse.sh
# BASE=http://127.0.0.1:PORT measures a running server; otherwise a Release build on the seed is started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"
[ -x "$CHROME_PATH" ] || { echo "chromium is missing: apt-get install chromium" >&2; exit 1; }
[ -d benchmarks/site/node_modules/lighthouse ] || (cd benchmarks/site && npm ci --no-audit --no-fund --loglevel=error)
out="${LIGHTHOUSE_OUT:-/tmp/hedershus-lighthouse}"
mkdir -p "$out"

base="${BASE:-}"
if [ -z "$base" ]; then
  port="${BENCH_PORT:-5192}"
  base="http://127.0.0.1:$port"
  data=/tmp/hedershus-lighthouse-data
  rm -rf "$data"
  dotnet build -c Release src/Hedershus.Web -v q -nologo >/dev/null
  (cd src/Hedershus.Web && exec dotnet ../../src/Hedershus.Web/bin/Release/net10.0/Hedershus.Web.dll --urls "$base" \
    --Hedershus:DataPath="$data" --Hedershus:ImportSeedOnStart=true --Jobs:RunServer=false --Logging:LogLevel:Default=Warning) \
    >"$out/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "$base/ung/tvangsaktenskap/"; do kill -0 "$server"; sleep 0.2; done
fi
until curl -sf -X POST -d "q=tv%C3%A5ngs%C3%A4ktenskap" "$base/sok" | grep -q "<mark>"; do sleep 0.2; done

lighthouse=benchmarks/site/node_modules/.bin/lighthouse
scores() { # name report.json
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = k => Math.round(c[k].score * 100);
    const bytes = r.audits["total-byte-weight"].numericValue;
    console.log(`${process.argv[2].padEnd(24)} performance ${s("performance")}  accessibility ${s("accessibility")}  best practices ${s("best-practices")}  SEO ${s("seo")}  bytes ${bytes}`);
  ' "$2" "$1"
}
for page in "home|/" "guidance page|/ung/tvangsaktenskap/" "Hitta hjälp|/hitta-hjalp/?kommun=Stockholm"; do
  name="${page%%|*}"; path="${page#*|}"
  file="$out/$(echo "$name" | tr ' ' '-').json"
  "$lighthouse" "$base$path" --chrome-flags="--headless=new --no-sandbox" --form-factor=mobile \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$file" --quiet
  scores "$name" "$file"
done
node benchmarks/site/lighthouse-search.mjs "$base" "tvångsäktenskap" > "$out/search-results.json"
scores "search results (POST)" "$out/search-results.json"
