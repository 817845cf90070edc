#!/usr/bin/env bash
# Builds the benchmark database: the corpus imported with the real pipeline, then multiplied in SQL
# (scripts/gen-bench-data.sql) to at least 50,000 articles and 10,000 partnership events.
# Usage: scripts/gen-bench-data.sh [database]   (default newshub_bench, on the cluster of scripts/pg.sh;
# the database is dropped and made again). Env: BENCH_ARTICLES (at least how many articles, default
# 50000; the copies per corpus article follow from how many the corpus gave), BENCH_COPIES (copies per
# corpus article, instead), BENCH_EVENTS (about how many events, default 12000), SHARED (default ../shared),
# BENCH_DB_PORT (a PostgreSQL already running on loopback with the newshub role, instead of scripts/pg.sh's).
# A million articles: BENCH_ARTICLES=1000000 BENCH_EVENTS=200000 (about 25 GB of disk).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-newshub_bench}
target=${BENCH_ARTICLES:-50000}
events=${BENCH_EVENTS:-12000}
corpus=${SHARED:-$here/../shared}/corpus
[ -d "$corpus" ] || { echo "corpus not found at $corpus (set SHARED)" >&2; exit 1; }

if [ -n "${BENCH_DB_PORT:-}" ]; then
  port=$BENCH_DB_PORT
else
  server=$("$here/scripts/pg.sh" start)
  port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$server")
fi
export PGPASSWORD=newshub
psql=(psql -h 127.0.0.1 -p "$port" -U newshub -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
export ConnectionStrings__NewsHub="Host=127.0.0.1;Port=$port;Database=$db;Username=newshub;Password=newshub"

echo "Building the CLI (Release) …" >&2
dotnet build "$here/src/NewsHub.Cli" -c Release -nologo -v q >/dev/null
newshub=("dotnet" "$here/src/NewsHub.Cli/bin/Release/net10.0/newshub.dll")
"${newshub[@]}" migrate
"${newshub[@]}" seed-catalog >/dev/null
start=$(date +%s)
"${newshub[@]}" import "$corpus" --recursive | tail -n 3
# The corpus grows and the importer's rules change: derive the copies from what was imported, so the
# benchmark keeps at least $target articles (base articles plus their copies).
base=$("${psql[@]}" -d "$db" -At -c "SELECT count(*) FROM articles")
copies=${BENCH_COPIES:-$(( (target + base - 1) / base - 1 ))}
echo "Multiplying $base articles by $copies copies each, about $events events …" >&2
"${psql[@]}" -d "$db" -v copies="$copies" -v events="$events" -f "$here/scripts/gen-bench-data.sql" 2>&1 | grep -v '^$'
echo "Benchmark database $db ready in $(( $(date +%s) - start )) s: $ConnectionStrings__NewsHub" >&2
