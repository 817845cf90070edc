#!/usr/bin/env bash
# Import throughput on this machine, printed as figures (not a timed test):
#   1. the shared corpus replicated to at least 10,000 distinct files (each copy differs only in
#      trailing white space, so every file is a new article whose clean text is the original's),
#      imported into a fresh, migrated PostgreSQL database: the full pipeline (read, tag, find
#      partnerships, store) in articles per second;
#   2. the same folder imported again with nothing changed, in files per second;
#   3. the CPU time per article of each stage before the database (read, tag, find, cut for search).
# Usage: scripts/bench-import.sh [minimum-files]   (default 10000); BENCH_CLI=build to run the build output.
# BENCH_BASELINE=<commit> (e.g. e9cc219) also builds that commit in a temporary worktree, imports the same
# folder with it into a database of its own right after, and prints its figures below these: on a shared
# machine only figures measured in the same hour compare. BENCH_STAGES=no leaves out the stage timings.
set -euo pipefail
cd "$(dirname "$0")/.."
MIN_FILES=${1:-10000}
CORPUS=$(realpath ../shared/corpus)
WORK=$(mktemp -d /tmp/newshub-bench-import-XXXXXX)
DB="newshub_bench_import_$$"
BASELINE=${BENCH_BASELINE:-}

SERVER=$(scripts/pg.sh start)
psql_server() { PGPASSWORD=newshub /usr/lib/postgresql/15/bin/psql -h 127.0.0.1 -p 55432 -U newshub -d postgres -qAt -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  psql_server -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  psql_server -c "DROP DATABASE IF EXISTS \"${DB}_baseline\" WITH (FORCE)" >/dev/null 2>&1 || true
  if [ -n "$BASELINE" ]; then git worktree remove --force "$WORK/baseline-src" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# Per-file lines would measure the console, not the import.
export Serilog__MinimumLevel__Default=Warning

# The CLI as deployed: published ReadyToRun (compiled ahead of time), so that an import spends its CPU on
# articles rather than on the JIT (about 0.8 ms per file less over 3,220 files). BENCH_CLI=build measures
# the plain build output instead. Usage: build_cli SOURCE_FOLDER OUTPUT_FOLDER; prints the dll to run.
build_cli() {
  if [ "${BENCH_CLI:-r2r}" = build ]; then
    dotnet build "$1/src/NewsHub.Cli" -c Release -nologo -v q >/dev/null
    echo "$1/src/NewsHub.Cli/bin/Release/net10.0/newshub.dll"
  else
    dotnet publish "$1/src/NewsHub.Cli" -c Release -r "linux-$(dpkg --print-architecture | sed 's/amd64/x64/')" --self-contained false \
      -p:PublishReadyToRun=true -o "$2" -nologo -v q >/dev/null
    echo "$2/newshub.dll"
  fi
}
echo "Building the CLI (Release, ${BENCH_CLI:-ReadyToRun})…"
NEWSHUB_DLL=$(build_cli "$PWD" "$WORK/cli")
if [ -n "$BASELINE" ]; then
  echo "Building the baseline $(git log -1 --format='%h (%s' "$BASELINE" | cut -c1-90)…) the same way…"
  git worktree add --detach "$WORK/baseline-src" "$BASELINE" >/dev/null 2>&1
  BASELINE_DLL=$(build_cli "$WORK/baseline-src" "$WORK/baseline-cli")
fi

echo "Replicating $CORPUS to at least $MIN_FILES files in $WORK/articles…"
/usr/bin/python3 - "$CORPUS" "$WORK/articles" "$MIN_FILES" <<'PY'
import math, os, sys
corpus, target, minimum = sys.argv[1], sys.argv[2], int(sys.argv[3])
names = sorted(n for n in os.listdir(corpus) if n != "SOURCES.md")
copies = math.ceil(minimum / len(names))
os.makedirs(target)
for copy in range(copies):
    # Copy-major names: neighbouring files are different articles, as in a real folder.
    for name in names:
        data = open(os.path.join(corpus, name), "rb").read()
        with open(os.path.join(target, f"c{copy:03d}_{name}"), "wb") as out:
            out.write(data + b"\n" + b" " * (copy + 1) + b"\n")
print(f"{copies} copies of {len(names)} files: {copies * len(names)} files")
PY

# PostgreSQL's CPU: that of the server processes serving the benchmark's own database (its backends and
# autovacuum workers), sampled from /proc while the import runs. The server is shared with tests and other
# benchmarks, whose work the postmaster's own totals would count too.
SAMPLER=$PWD/scripts/postgres-cpu-sampler.py

# Usage: run_import LABEL OUTCOME UNIT DATABASE DLL
run_import() {
  local label=$1 outcome=$2 unit=$3 database=$4 dll=$5 started ended output seconds count wall sampler pg_cpu client_cpu
  /usr/bin/python3 "$SAMPLER" "$database" "$WORK/pg-cpu" &
  sampler=$!
  started=$(date +%s.%N)
  output=$(ConnectionStrings__NewsHub="${SERVER/Database=newshub/Database=$database}" /usr/bin/time -f '%U %S' -o "$WORK/time" dotnet "$dll" import "$WORK/articles")
  ended=$(date +%s.%N)
  kill -TERM "$sampler"
  wait "$sampler" || true
  pg_cpu=$(cat "$WORK/pg-cpu")
  client_cpu=$(awk '{print $1 + $2}' "$WORK/time")
  seconds=$(sed -nE 's/.* in ([0-9.]+) s \(import run.*/\1/p' <<<"$output")
  count=$(awk -v o="$outcome" '$1 == o { print $2 }' <<<"$output")
  wall=$(echo "$ended - $started" | bc -l)
  echo "$output" | sed 's/^/    /'
  printf '%-34s %6d files in %6.2f s import (%6.2f s with process start): %8.0f %s/s\n' \
    "$label" "$count" "$seconds" "$wall" "$(echo "$count / $seconds" | bc -l)" "$unit"
  # On a shared machine the wall clock says more about the neighbours than about the import; CPU
  # time per file does not, and 2 cores divided by it is the rate this machine would give alone.
  printf '%-34s CPU %.2f ms/file (newshub %.2f, PostgreSQL %.2f): at most %.0f %s/s on %d idle cores; load average now %s\n' \
    "" "$(echo "($client_cpu + $pg_cpu) * 1000 / $count" | bc -l)" "$(echo "$client_cpu * 1000 / $count" | bc -l)" \
    "$(echo "$pg_cpu * 1000 / $count" | bc -l)" "$(echo "$(nproc) * $count / ($client_cpu + $pg_cpu)" | bc -l)" "$unit" "$(nproc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# Usage: bench DATABASE DLL: a fresh, migrated database, the full import, then the unchanged re-import.
bench() {
  local database=$1 dll=$2
  psql_server -c "CREATE DATABASE \"$database\""
  ConnectionStrings__NewsHub="${SERVER/Database=newshub/Database=$database}" dotnet "$dll" migrate >/dev/null
  echo
  run_import "Full pipeline into PostgreSQL:" new articles "$database" "$dll"
  run_import "Re-import, nothing changed:" unchanged files "$database" "$dll"
  echo
  PGPASSWORD=newshub /usr/lib/postgresql/15/bin/psql "postgresql://newshub@127.0.0.1:55432/$database" -qAt -c \
    "SELECT 'stored: ' || (SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM article_company_mentions) || ' company mentions, ' || (SELECT count(*) FROM partnership_mentions) || ' partnership mentions in ' || (SELECT count(*) FROM partnership_events) || ' events'"
}

echo
echo "== This tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ', with uncommitted changes'))"
bench "$DB" "$NEWSHUB_DLL"
if [ -n "$BASELINE" ]; then
  echo
  echo "== Baseline $BASELINE, the same folder right after"
  bench "${DB}_baseline" "$BASELINE_DLL"
  echo
  # Identical results: every stored article, company mention, partnership mention, event and company, without
  # ids or clock times, digested per table in both databases.
  digest() { PGPASSWORD=newshub /usr/lib/postgresql/15/bin/psql "postgresql://newshub@127.0.0.1:55432/$1" -qAt -F ' ' -f scripts/bench-import-digest.sql; }
  digest "$DB" | sort > "$WORK/digest-tree"
  digest "${DB}_baseline" | sort > "$WORK/digest-baseline"
  echo "Stored results against the baseline's (rows, md5 of the rows without ids or times):"
  join "$WORK/digest-tree" "$WORK/digest-baseline" | awk '{ printf "  %-26s %8d rows  %s\n", $1, $2, ($2 == $4 && $3 == $5) ? "identical" : "DIFFERENT (baseline " $4 " rows)" }'
fi
echo
[ "${BENCH_STAGES:-yes}" = no ] && exit 0
echo "Where newshub's own CPU time goes, stage by stage on one thread over the corpus (no database):"
dotnet build tests/NewsHub.Benchmarks -c Release -nologo -v q >/dev/null
dotnet tests/NewsHub.Benchmarks/bin/Release/net10.0/NewsHub.Benchmarks.dll import-stages "$CORPUS" 10
echo "machine: $(nproc) cores, $(dotnet --version) SDK, PostgreSQL $(/usr/lib/postgresql/15/bin/postgres --version | awk '{print $3}')"
