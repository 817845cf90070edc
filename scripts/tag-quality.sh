#!/usr/bin/env bash
# Company tagging quality on every hand-made gold set of ../shared (gold/ and dev/): for every article,
# the required companies found and missed and the companies tagged that the gold file does not require,
# then company recall and precision per gold file. Fails (exit 1) when recall drops below 0.95 or precision
# below its set's bar (GoldTaggingQualityTests) on any.
# Usage: scripts/tag-quality.sh [extra dotnet test arguments, e.g. -c Release]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test tests/NewsHub.Ingestion.Tests -nologo "$@" \
  --filter "FullyQualifiedName~GoldTaggingQualityTests" \
  --logger "console;verbosity=detailed" >"$log" 2>&1
rc=$?
set -e
# The report lines are the tests' standard output: one line per article, then one per gold file.
grep -E '^\s+[^ ]+\.(txt|md|html|json): |company recall|error' "$log" | sed -E 's/^\s+//' || true
[ "$rc" -eq 0 ] || { grep -E 'Failed|Assert' "$log" | head -20 >&2; }
exit "$rc"
