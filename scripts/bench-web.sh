#!/usr/bin/env bash
# Load benchmark of the web app on loopback: p50 and p95 latency at 16 connections (hey) for the
# timeline, a company page, a filtered timeline and a search, against the database that
# scripts/gen-bench-data.sh made. Goal: p95 < 50 ms for timeline and company, < 150 ms for search.
# Usage: scripts/bench-web.sh [database]   Env: BENCH_SECONDS (per URL, default 10), BENCH_PORT (default 5090).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-newshub_bench}
seconds=${BENCH_SECONDS:-10}
port=${BENCH_PORT:-5090}
command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }

server=$("$here/scripts/pg.sh" start)
pgport=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$server")
counts=$(PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -qAt -F ' ' \
  -c "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM partnership_events)") \
  || { echo "database $db not found: run scripts/gen-bench-data.sh first" >&2; exit 1; }
read -r articles events <<<"$counts"

echo "Building the web app (Release) …" >&2
dotnet build "$here/src/NewsHub.Web" -c Release -nologo -v q >/dev/null
app_log=$(mktemp)
(
  cd "$here/src/NewsHub.Web/bin/Release/net10.0"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__NewsHub="Host=127.0.0.1;Port=$pgport;Database=$db;Username=newshub;Password=newshub;Maximum Pool Size=64" \
  Database__MigrateOnStartup=false \
  Serilog__MinimumLevel__Default=Warning \
  exec dotnet NewsHub.Web.dll --urls "http://127.0.0.1:$port"
) >"$app_log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -f "$app_log"' EXIT
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { cat "$app_log" >&2; exit 1; }
  sleep 0.5
done

enc() { /usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="/?=&"))' "$1"; }
names=("timeline" "company page" "filtered timeline" "search")
paths=("/" "$(enc '/Companies/华为')" "$(enc '/?company=北汽&role=tech&from=2018-01&to=2021-12')" "$(enc '/Search?q=华为')")
goals=(50 50 50 150)

printf '\nNewsHub web benchmark: %s articles, %s events; hey, 16 connections, %s s per page, loopback\n' "$articles" "$events" "$seconds"
printf '%-18s %9s %9s %9s %8s  %s\n' page p50_ms p95_ms req_s goal path
status=0
for i in "${!paths[@]}"; do
  url="http://127.0.0.1:$port${paths[$i]}"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  [ "$code" = 200 ] || { echo "${names[$i]}: HTTP $code for $url" >&2; status=1; continue; }
  hey -n 64 -c 16 -t 120 "$url" >/dev/null   # warm-up: JIT, connection pool, PostgreSQL caches
  out=$(hey -z "${seconds}s" -c 16 -t 120 "$url")
  p50=$(awk '/ 50%% in/ || / 50% in/ {printf "%.1f", $3*1000}' <<<"$out")
  p95=$(awk '/ 95%% in/ || / 95% in/ {printf "%.1f", $3*1000}' <<<"$out")
  [ -n "$p95" ] || p95=$(awk '/Slowest:/ {printf "%.1f", $2*1000}' <<<"$out")   # too few requests for a 95th percentile: the slowest
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  errors=$(awk '/\[[0-9]+\]/ && !/\[200\]/ {n+=$2} END {print n+0}' <<<"$out")
  verdict=$(awk -v p="$p95" -v g="${goals[$i]}" 'BEGIN {print (p != "" && p + 0 < g + 0) ? "ok" : "MISSED"}')
  printf '%-18s %9s %9s %9s %5s<%s  %s\n' "${names[$i]}" "$p50" "$p95" "$rps" "$verdict" "${goals[$i]}" "${paths[$i]}"
  [ "$errors" = 0 ] || { echo "  $errors non-200 responses" >&2; status=1; }
done
exit "$status"
