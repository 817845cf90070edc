#!/usr/bin/env bash
# Load benchmark of the web app on loopback: p50 and p95 latency at 16 connections (hey) for the
# timeline, a company page, a filtered timeline, a search of a common name (华为) and of a rare one, against the
# database that scripts/gen-bench-data.sh made. Goal: p95 < 50 ms for the timelines and the company page, < 150 ms
# for the searches; after each mode, the app's resident memory.
# Each page is measured twice: "cached", the app as shipped with the same address asked again and
# again (after the first request the answer comes from the output cache), and "uncached", the app
# restarted with PageCache__Enabled=false, so every request renders from the database (the headline figure).
# A third mode, "varied", runs the app as shipped (page cache on) but asks MANY different addresses per page
# kind (wrk with scripts/bench-web-rotate.lua): every timeline page 1..N, up to 200 company pages, a few
# hundred company/role/date filters, and 100 search words taken from the database (company names and the
# commonest words of the articles, the slowest to search); the cache only helps when an address comes round again.
# Beside the latency each line gives the CPU time per request of the app and of PostgreSQL (this database's
# backends), read from /proc: on a shared machine that is the steadier figure.
# The machine is shared: before each run the script waits (up to BENCH_WAIT_LOAD seconds, default 600)
# for the 1-minute load average to drop to BENCH_MAX_LOAD (default 1.5), and prints the load beside the figures.
# Usage: scripts/bench-web.sh [database]   Env: BENCH_SECONDS (per page and mode, default 10),
# BENCH_WARM_SECONDS (warm-up per page and mode, default 10), BENCH_PORT (default 5090), BENCH_MODES
# ("cached uncached varied", or some of them), BENCH_WEB (r2r, the default: published ReadyToRun; build: the
# plain Release build), BENCH_APP_DIR (an app built elsewhere, instead of this one), BENCH_DB_PORT (a PostgreSQL
# already running on loopback, instead of scripts/pg.sh's), BENCH_RARE_WORD (the rare search), BENCH_PLANS (where to
# write the query plans, default docs/bench-web-plans.md; none for no plans).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-newshub_bench}
seconds=${BENCH_SECONDS:-10}
warm_seconds=${BENCH_WARM_SECONDS:-10}
port=${BENCH_PORT:-5090}
modes=${BENCH_MODES:-cached uncached varied}
max_load=${BENCH_MAX_LOAD:-1.5}
wait_load=${BENCH_WAIT_LOAD:-600}
command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }
case " $modes " in *" varied "*) command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; } ;; esac

if [ -n "${BENCH_DB_PORT:-}" ]; then
  pgport=$BENCH_DB_PORT
else
  server=$("$here/scripts/pg.sh" start)
  pgport=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$server")
fi
counts=$(PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -qAt -F ' ' \
  -c "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM partnership_events)") \
  || { echo "database $db not found: run scripts/gen-bench-data.sh first" >&2; exit 1; }
read -r articles events <<<"$counts"

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
work=$(mktemp -d)
app_log="$work/app.log"
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -rf "$work"' EXIT

# The app as deployed: published ReadyToRun (compiled ahead of time), as the import benchmark runs the CLI; a plain
# build JITs every method of the first pages measured, which then pay for it (see BENCH_WARM_SECONDS).
# BENCH_WEB=build measures the plain build output instead; BENCH_APP_DIR, an app already built elsewhere (e.g. a
# checkout of an older commit, to compare).
if [ -n "${BENCH_APP_DIR:-}" ]; then
  app_dir=$BENCH_APP_DIR
elif [ "${BENCH_WEB:-r2r}" = build ]; then
  echo "Building the web app (Release) …" >&2
  dotnet build "$here/src/NewsHub.Web" -c Release -nologo -v q >/dev/null
  app_dir=$here/src/NewsHub.Web/bin/Release/net10.0
else
  echo "Publishing the web app (Release, ReadyToRun) …" >&2
  dotnet publish "$here/src/NewsHub.Web" -c Release -r "linux-$(dpkg --print-architecture | sed 's/amd64/x64/')" --self-contained false \
    -p:PublishReadyToRun=true -o "$work/web" -nologo -v q >/dev/null
  app_dir=$work/web
fi

# CPU time so far, in clock ticks, of the app ("app <ticks>") and of each backend of this database ("<pid> <ticks>").
clk_tck=$(getconf CLK_TCK)
cpu_snapshot() {
  echo "app $(awk '{print $14 + $15}' "/proc/$app/stat")"
  for pid in $(pgrep -f "^postgres: [^ ]+ $db " || true); do
    awk -v p="$pid" '{print p, $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true
  done
}
# "app_ms pg_ms" per request between two snapshots ($1, $2) over $3 requests; a backend started in between counts from zero.
cpu_per_request() {
  awk -v n="$3" -v tck="$clk_tck" '
    FNR == NR { before[$1] = $2; next }
    $1 == "app" { app = $2 - before["app"]; next }
    { pg += $2 - ($1 in before ? before[$1] : 0) }
    END { if (n > 0) printf "%.2f %.2f\n", app * 1000 / tck / n, pg * 1000 / tck / n; else print "- -" }' "$1" "$2"
}
start_app() { # $1: true to cache pages, false for none
  (
    cd "$app_dir"
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
# A rare name: BENCH_RARE_WORD, or the group named by the fewest events (every word of the multiplied corpus is in
# thousands of articles at a million, so "rare" is the rarest there is).
rare=${BENCH_RARE_WORD:-$(PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -qAt -c "
  SELECT c.canonical_name FROM companies c JOIN partnership_events e ON c.id IN (e.company_a_id, e.company_b_id)
  WHERE c.parent_id IS NULL AND char_length(c.canonical_name) >= 2 AND c.canonical_name ~ '^[[:alnum:]]+$'
    AND EXISTS (SELECT 1 FROM articles a WHERE a.search_vector @@ quote_literal(lower(c.canonical_name))::tsquery)
  GROUP BY c.id ORDER BY count(*), c.id LIMIT 1")}
names=("timeline" "company page" "filtered timeline" "search" "rare search")
paths=("/" "$(enc '/Companies/华为')" "$(enc '/?company=北汽&role=tech&from=2018-01&to=2021-12')" "$(enc '/Search?q=华为')" "$(enc "/Search?q=$rare")")
goals=(50 50 50 150 150)

dbq() { PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -qAt "$@"; }
# The addresses of the varied mode, from the database, one URL-encoded path a line per page kind.
make_varied_lists() {
  local pages=$(( (events + 29) / 30 ))
  seq 1 "$pages" | awk '{print ($1 == 1) ? "/" : "/?page=" $1}' >"$work/timeline.txt"
  dbq -c "SELECT '/Companies/' || c.canonical_name FROM companies c
      LEFT JOIN partnership_events e ON c.id IN (e.company_a_id, e.company_b_id)
      WHERE c.parent_id IS NULL GROUP BY c.id ORDER BY count(e.id) DESC, c.id LIMIT 200" | enc_lines >"$work/company.txt"
  # Companies with events, each with roles and date ranges: a few hundred filtered timelines, shuffled in a fixed order.
  dbq -c "WITH busy AS (SELECT c.canonical_name AS name FROM companies c JOIN partnership_events e ON c.id IN (e.company_a_id, e.company_b_id)
        WHERE c.parent_id IS NULL GROUP BY c.id ORDER BY count(*) DESC LIMIT 60)
      SELECT '/?company=' || name || '&role=' || role || '&from=' || r.f || '&to=' || r.t
      FROM busy, unnest(ARRAY['carmaker','battery','parts','tech','other']) AS role,
           (VALUES ('2015-01','2017-12'), ('2018-01','2021-12'), ('2019-06','2020-06'), ('2010-01','2024-12')) AS r(f, t)
      ORDER BY md5(name || role || r.f) LIMIT 400" | enc_lines >"$work/filtered.txt"
  # Search words: 50 company names and the 50 commonest words of a sample of articles (the most matches).
  { dbq -c "SELECT c.canonical_name FROM companies c JOIN partnership_events e ON c.id IN (e.company_a_id, e.company_b_id)
        WHERE c.parent_id IS NULL GROUP BY c.id ORDER BY count(*) DESC LIMIT 50"
    dbq -c "SELECT word FROM ts_stat('SELECT search_vector FROM articles WHERE id % 100 = 0')
        WHERE length(word) >= 2 AND word !~ '^[0-9.%-]+$' ORDER BY ndoc DESC, word LIMIT 50"
  } | sed 's|^|/Search?q=|' | enc_lines >"$work/search.txt"
  # Rare names: the 50 groups named by the fewest events.
  dbq -c "SELECT c.canonical_name FROM companies c JOIN partnership_events e ON c.id IN (e.company_a_id, e.company_b_id)
      WHERE c.parent_id IS NULL AND char_length(c.canonical_name) >= 2 GROUP BY c.id ORDER BY count(*), c.id LIMIT 50" \
    | sed 's|^|/Search?q=|' | enc_lines >"$work/rare.txt"
}
enc_lines() { /usr/bin/python3 -c 'import sys, urllib.parse
for line in sys.stdin:
    line = line.rstrip("\n")
    if line: print(urllib.parse.quote(line, safe="/?=&"))'; }

printf '\nNewsHub web benchmark: %s articles, %s events; 16 connections, %s s per page, loopback, %s cores\n' "$articles" "$events" "$seconds" "$(nproc)"
printf '%-18s %-9s %9s %9s %9s %8s %7s %7s %6s  %s\n' page mode p50_ms p95_ms req_s goal app_cpu pg_cpu load1 path
status=0
kinds=("timeline" "company" "filtered" "search" "rare")
for mode in $modes; do
  case "$mode" in cached) start_app true ;; uncached) start_app false ;; varied) start_app true; make_varied_lists ;; *) echo "unknown mode $mode" >&2; exit 2 ;; esac
  for i in "${!paths[@]}"; do
    if [ "$mode" = varied ]; then
      list="$work/${kinds[$i]}.txt"
      shown="$(wc -l <"$list") paths like $(head -n 2 "$list" | tail -n 1)"
      url="http://127.0.0.1:$port"
      code=$(curl -s -o /dev/null -w '%{http_code}' "$url$(head -n 1 "$list")")
    else
      shown="${paths[$i]}"
      url="http://127.0.0.1:$port${paths[$i]}"
      code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    fi
    [ "$code" = 200 ] || { echo "${names[$i]}: HTTP $code for $url" >&2; status=1; continue; }
    if [ "$mode" = varied ]; then
      # Warm-up (JIT, connection pool, PostgreSQL caches) under other cache keys than the measured addresses.
      wrk -t 2 -c 16 -d 3s --timeout 120s -s "$here/scripts/bench-web-rotate.lua" "$url" -- "$list" warm=1 >/dev/null
    else
      # Warm-up: JIT, connection pool, PostgreSQL caches. A few seconds, not a few requests: .NET compiles a hot
      # method again, optimised, only after it has run a while (tiered compilation), and until then the page
      # measured first after the app starts (the timeline) paid for the compiler and slower code.
      hey -z "${warm_seconds}s" -c 16 -t 120 "$url" >/dev/null
    fi
    wait_for_quiet
    load=$(load1)
    cpu_snapshot >"$work/cpu.before"
    if [ "$mode" = varied ]; then
      out=$(wrk -t 2 -c 16 -d "${seconds}s" --timeout 120s -s "$here/scripts/bench-web-rotate.lua" "$url" -- "$list")
      cpu_snapshot >"$work/cpu.after"
      read -r _ p50 p95 requests errors duration < <(grep '^rotate ' <<<"$out")
      rps=$(awk -v n="$requests" -v d="$duration" 'BEGIN {printf "%.0f", n / d}')
    else
      out=$(hey -z "${seconds}s" -c 16 -t 120 "$url")
      cpu_snapshot >"$work/cpu.after"
      p50=$(awk '/ 50%% in/ || / 50% in/ {printf "%.1f", $3*1000}' <<<"$out")
      p95=$(awk '/ 95%% in/ || / 95% in/ {printf "%.1f", $3*1000}' <<<"$out")
      [ -n "$p95" ] || p95=$(awk '/Slowest:/ {printf "%.1f", $2*1000}' <<<"$out")   # too few requests for a 95th percentile: the slowest
      rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
      requests=$(awk '/\[[0-9]+\]/ {n+=$2} END {print n+0}' <<<"$out")
      errors=$(awk '/\[[0-9]+\]/ && !/\[200\]/ {n+=$2} END {print n+0}' <<<"$out")
    fi
    read -r app_ms pg_ms < <(cpu_per_request "$work/cpu.before" "$work/cpu.after" "$requests")
    verdict=$(awk -v p="$p95" -v g="${goals[$i]}" 'BEGIN {print (p != "" && p + 0 < g + 0) ? "ok" : "MISSED"}')
    printf '%-18s %-9s %9s %9s %9s %5s<%s %7s %7s %6s  %s\n' "${names[$i]}" "$mode" "$p50" "$p95" "$rps" "$verdict" "${goals[$i]}" "$app_ms" "$pg_ms" "$load" "$shown"
    [ "$errors" = 0 ] || { echo "  $errors non-200 responses or errors" >&2; status=1; }
  done
  # What the app keeps: its resident set after the run (nothing in it should grow with the number of articles).
  printf '%-18s %-9s %s MiB resident (VmRSS), %s MiB at most (VmHWM)\n' "working set" "$mode" \
    "$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app/status")" "$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app/status")"
  stop_app
done
printf 'app_cpu, pg_cpu: CPU milliseconds per request of the app and of PostgreSQL (this database'"'"'s backends), from /proc.\n'

# Every query that serves the pages above, under EXPLAIN (ANALYZE, BUFFERS) on this database: which index serves it.
plans=${BENCH_PLANS:-$here/docs/bench-web-plans.md}
if [ "$plans" != none ]; then
  huawei=$(dbq -c "SELECT id FROM companies WHERE canonical_name = '华为'")
  baic=$(dbq -c "SELECT id FROM companies WHERE canonical_name = '北汽'")
  ids=$(dbq -c "SELECT '{' || string_agg(id::text, ',') || '}' FROM (SELECT id FROM partnership_events WHERE sort_date IS NOT NULL
      ORDER BY sort_date DESC, date_precision = 'Year', id DESC LIMIT 30) AS page")
  {
    printf '# Query plans of the benchmarked pages\n\nWritten by `scripts/bench-web.sh` (%s) on `%s`: %s articles, %s events; ' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$db" "$articles" "$events"
    printf 'the queries of `scripts/bench-web-plans.sql`, rare word "%s". Buffers: pages read from PostgreSQL'"'"'s cache (hit) or the OS (read).\n\n```\n' "$rare"
    PGPASSWORD=newshub psql -h 127.0.0.1 -p "$pgport" -U newshub -d "$db" -q -v huawei="$huawei" -v baic="$baic" \
      -v deep=$(( events / 60 * 30 )) -v common="'华为'" -v rare="'${rare,,}'" -v ids="$ids" -f "$here/scripts/bench-web-plans.sql"
    printf '```\n'
  } >"$plans"
  echo "Query plans written to $plans" >&2
fi
exit "$status"
