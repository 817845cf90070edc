#!/usr/bin/env bash
# Partnership quality on every hand-made gold file of ../shared (gold/ and dev/, read in place): `newshub quality`
# analyses each gold file's articles, scores them as ../shared/tools/score_analyze.py does, lists every missed and
# false pair, wrong date and missed company, and prints the figures per set and overall. Exit 1 when a set is below
# the quality gates the tests hold (tests/quality-floors.json).
# Usage: scripts/score-analyze.sh [newshub quality options]   e.g. --stored --save (needs the database), --shared DIR
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet build src/NewsHub.Cli -c Release -nologo -v q >/dev/null
exec dotnet src/NewsHub.Cli/bin/Release/net10.0/newshub.dll quality --shared "$(cd .. && pwd)/shared" \
  --floors tests/quality-floors.json --verbose "$@"
