#!/usr/bin/env bash
# Runs the whole test suite against a real, private PostgreSQL (scripts/pg.sh), after installing
# what the tests need. Extra arguments go to `dotnet test` (for example --filter Name~Segment).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
scripts/install-deps.sh test
NEWSHUB_TEST_DB="$(scripts/pg.sh start)"
export NEWSHUB_TEST_DB
dotnet tool restore >/dev/null
dotnet build NewsHub.sln -c Release -nologo -v q
log=$(mktemp)
set +e
dotnet test NewsHub.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test projects.
awk '/^(Passed|Failed)!/ {for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1)+0; if($i=="Passed:")p+=$(i+1)+0; if($i=="Skipped:")s+=$(i+1)+0}} END{printf "%d passed, %d failed, %d skipped\n",p,f,s}' "$log"
rm -f "$log"
exit "$rc"
