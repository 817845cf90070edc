#!/usr/bin/env bash
# Speed of NewsHub.Segmentation against python3-jieba and jieba-rs (npm's @node-rs/jieba), measured in one run on
# the same 1 MiB of shared corpus text, printed as a table with ratios. Not a test: run it by hand.
#   scripts/bench-segmenter.sh            RUNS=5 by default (each figure is the best of RUNS cuts)
# Needs /usr/bin/python3 with python3-jieba, node + npm (installs @node-rs/jieba@2.0.3 into .newshub/bench-node,
# git-ignored) and the .NET SDK. BenchmarkDotNet's careful numbers: dotnet run -c Release --project
# tests/NewsHub.Benchmarks -- --filter '*CutBenchmarks*'.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
TEXT=.newshub/bench/corpus-1mib.txt
NODE_PREFIX=.newshub/bench-node

/usr/bin/python3 scripts/bench-segmenter-text.py "$TEXT"
if [ ! -d "$NODE_PREFIX/node_modules/@node-rs/jieba" ]; then
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund @node-rs/jieba@2.0.3 >/dev/null
fi
dotnet build -c Release tests/NewsHub.Benchmarks -nologo -v q >/dev/null

echo "measuring (best of $RUNS) ..." >&2
csharp=$(dotnet tests/NewsHub.Benchmarks/bin/Release/net10.0/NewsHub.Benchmarks.dll segmenter-throughput "$TEXT" "$RUNS")
python=$(/usr/bin/python3 scripts/bench-segmenter-python.py "$TEXT" "$RUNS")
node=$(node scripts/bench-segmenter-node.mjs "$NODE_PREFIX" "$TEXT" "$RUNS")

/usr/bin/python3 - "$csharp" "$python" "$node" <<'PY'
import json, sys
ours, python, rust = (json.loads(a) for a in sys.argv[1:4])
def num(value, fmt):
    return fmt.format(value) if value is not None else '-'
print('Cut with HMM on 1 MiB of corpus text, best of the runs, %d cores. Ratios compare single-threaded speed; those per'
      % ours['cores'])
print('CPU-second count only the time the process ran, so they hold up when other work shares the machine.')
print()
print('| implementation | load s | MiB/s 1 thread | MiB/s all cores | MiB per CPU-s | bytes allocated / MiB | tokens '
      '| × python | × jieba-rs | × python (CPU) | × jieba-rs (CPU) |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for r in (ours, python, rust):
    print('| %s | %.3f | %.2f | %s | %.2f | %s | %d | %.1f | %.2f | %.1f | %.2f |' % (
        r['implementation'], r['load_seconds'], r['mib_per_second'], num(r.get('mib_per_second_all_cores'), '{:.2f}'),
        r['mib_per_cpu_second'], num(r.get('allocated_bytes_per_mib'), '{:,.0f}'), r['tokens'],
        r['mib_per_second'] / python['mib_per_second'], r['mib_per_second'] / rust['mib_per_second'],
        r['mib_per_cpu_second'] / python['mib_per_cpu_second'], r['mib_per_cpu_second'] / rust['mib_per_cpu_second']))
print()
print('NewsHub.Segmentation: %.1f× python3-jieba (goal ≥ 10×), %.2f× jieba-rs (goal ≥ 1.0×) single-threaded '
      '(CPU time: %.1f×, %.2f×); dictionary %.1f MB, loaded in %.3f s'
      % (ours['mib_per_second'] / python['mib_per_second'], ours['mib_per_second'] / rust['mib_per_second'],
         ours['mib_per_cpu_second'] / python['mib_per_cpu_second'], ours['mib_per_cpu_second'] / rust['mib_per_cpu_second'],
         ours['dictionary_megabytes'], ours['load_seconds']))
PY
