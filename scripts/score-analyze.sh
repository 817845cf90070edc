#!/usr/bin/env bash
# Partnership quality on the hand-made gold files: runs `newshub analyze` over the shared seeds and corpus
# (../shared, read in place), then ../shared/tools/score_analyze.py on each gold file, which prints the
# false and missed pairs and a last line of figures. Exit 1 when a gold file is below the bar the tests
# hold (pair recall 0.9, precision 0.85, date accuracy 0.9).
# Usage: scripts/score-analyze.sh [--keep DIR]   (--keep leaves the analyze output, one .jsonl per folder, in DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
shared=$(cd .. && pwd)/shared
out=$(mktemp -d)
if [ "${1:-}" = "--keep" ] && [ -n "${2:-}" ]; then out=$2; mkdir -p "$out"; else trap 'rm -rf "$out"' EXIT; fi
python=/usr/bin/python3; [ -x "$python" ] || python=python3

dotnet build src/NewsHub.Cli -c Release -nologo -v q >/dev/null
newshub() { dotnet src/NewsHub.Cli/bin/Release/net10.0/newshub.dll "$@"; }
newshub analyze "$shared/seeds" >"$out/seeds.jsonl" || true    # exit 1 only says some file was unreadable
newshub analyze "$shared/corpus" >"$out/corpus.jsonl" || true

rc=0
for gold in "$shared"/gold/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  echo "== $name"
  "$python" "$shared/tools/score_analyze.py" "$gold" "$out/$name.jsonl" \
    --min-recall 0.9 --min-precision 0.85 --min-date 0.9 -v || rc=1
done
exit "$rc"
