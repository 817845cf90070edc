#!/usr/bin/env bash
# Load benchmark of the web app on loopback: p50 and p95 latency at 16 connections (hey) for the
# timeline, a company page, a filtered timeline and a search, against the database that
# scripts/gen-bench-data.sh made. Goal: p95 < 50 ms for timeline and company, < 150 ms for search.
# Each page is measured twice: "cached", the app as shipped with the same address asked again and
# again (after the first request the answer comes from the output cache), and "uncached", the app
# restarted with PageCache__Enabled=false, so every request renders from the database.
# The machine is shared: before each run the script waits (up to BENCH_WAIT_LOAD seconds, default 600)
# for the 1-minute load average to drop to BENCH_MAX_LOAD (default 1.5), and prints the load beside the figures.
# Usage: scripts/bench-web.sh [database]   Env: BENCH_SECONDS (per page and mode, default 10),
# BENCH_PORT (default 5090), BENCH_MODES ("cached uncached", or one of them).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-newshub_bench}
seconds=${BENCH_SECONDS:-10}
port=${BENCH_PORT:-5090}
modes=${BENCH_MODES:-cached uncached}
max_load=${BENCH_MAX_LOAD:-1.5}
wait_load=${BENCH_WAIT_LOAD:-600}
command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }

server=$("$here/scripts/pg.sh" start)
pgport=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$server")
counts=$(PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -qAt -F ' ' \
  -c "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM partnership_events)") \
  || { echo "database $db not found: run scripts/gen-bench-data.sh first" >&2; exit 1; }
read -r articles events <<<"$counts"

echo "Building the web app (Release) …" >&2
dotnet build "$here/src/NewsHub.Web" -c Release -nologo -v q >/dev/null

load1() { cut -d ' ' -f 1 /proc/loadavg; }
# Waits for the machine to calm down, BENCH_WAIT_LOAD seconds in all over the whole run; says so when it would not.
waited=0
wait_for_quiet() {
  while awk -v l="$(load1)" -v m="$max_load" 'BEGIN {exit !(l > m)}'; do
    if [ "$waited" -ge "$wait_load" ]; then
      echo "  load average still $(load1) after waiting ${waited} s (limit $max_load): measuring anyway, figures will be slower" >&2
      return
    fi
    echo "  load average $(load1) > $max_load: waiting …" >&2
    sleep 30
    waited=$((waited + 30))
  done
}

app=""
app_log=$(mktemp)
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -f "$app_log"' EXIT
start_app() { # $1: true to cache pages, false for none
  (
    cd "$here/src/NewsHub.Web/bin/Release/net10.0"
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__NewsHub="Host=127.0.0.1;Port=$pgport;Database=$db;Username=newshub;Password=newshub;Maximum Pool Size=64" \
    Database__MigrateOnStartup=false \
    PageCache__Enabled="$1" \
    Serilog__MinimumLevel__Default=Warning \
    exec dotnet NewsHub.Web.dll --urls "http://127.0.0.1:$port"
  ) >"$app_log" 2>&1 &
  app=$!
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && return 0
    kill -0 "$app" 2>/dev/null || { cat "$app_log" >&2; exit 1; }
    sleep 0.5
  done
}

enc() { /usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="/?=&"))' "$1"; }
names=("timeline" "company page" "filtered timeline" "search")
paths=("/" "$(enc '/Companies/华为')" "$(enc '/?company=北汽&role=tech&from=2018-01&to=2021-12')" "$(enc '/Search?q=华为')")
goals=(50 50 50 150)

printf '\nNewsHub web benchmark: %s articles, %s events; hey, 16 connections, %s s per page, loopback, %s cores\n' "$articles" "$events" "$seconds" "$(nproc)"
printf '%-18s %-9s %9s %9s %9s %8s %6s  %s\n' page mode p50_ms p95_ms req_s goal load1 path
status=0
for mode in $modes; do
  case "$mode" in cached) start_app true ;; uncached) start_app false ;; *) echo "unknown mode $mode" >&2; exit 2 ;; esac
  for i in "${!paths[@]}"; do
    url="http://127.0.0.1:$port${paths[$i]}"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$code" = 200 ] || { echo "${names[$i]}: HTTP $code for $url" >&2; status=1; continue; }
    hey -n 64 -c 16 -t 120 "$url" >/dev/null   # warm-up: JIT, connection pool, PostgreSQL caches
    wait_for_quiet
    load=$(load1)
    out=$(hey -z "${seconds}s" -c 16 -t 120 "$url")
    p50=$(awk '/ 50%% in/ || / 50% in/ {printf "%.1f", $3*1000}' <<<"$out")
    p95=$(awk '/ 95%% in/ || / 95% in/ {printf "%.1f", $3*1000}' <<<"$out")
    [ -n "$p95" ] || p95=$(awk '/Slowest:/ {printf "%.1f", $2*1000}' <<<"$out")   # too few requests for a 95th percentile: the slowest
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    errors=$(awk '/\[[0-9]+\]/ && !/\[200\]/ {n+=$2} END {print n+0}' <<<"$out")
    verdict=$(awk -v p="$p95" -v g="${goals[$i]}" 'BEGIN {print (p != "" && p + 0 < g + 0) ? "ok" : "MISSED"}')
    printf '%-18s %-9s %9s %9s %9s %5s<%s %6s  %s\n' "${names[$i]}" "$mode" "$p50" "$p95" "$rps" "$verdict" "${goals[$i]}" "$load" "${paths[$i]}"
    [ "$errors" = 0 ] || { echo "  $errors non-200 responses" >&2; status=1; }
  done
  stop_app
done
exit "$status"
