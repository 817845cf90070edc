#!/usr/bin/env bash
# Speed, load time, memory and token agreement of NewsHub.Segmentation against python3-jieba, jieba-rs (npm's
# @node-rs/jieba) and jieba.NET (NuGet's JiebaNet.Segmenter), measured in one run on the same 1 MiB of shared corpus
# text, printed as a table with ratios. Not a test: run it by hand.
#   scripts/bench-segmenter.sh            RUNS=5 by default (each figure is the best of RUNS cuts)
# Needs /usr/bin/python3 with python3-jieba, node + npm (installs @node-rs/jieba@2.0.3 into .newshub/bench-node,
# git-ignored) and the .NET SDK (jieba.NET lives in the benchmark-only tests/NewsHub.Benchmarks.JiebaNet).
# Each implementation runs in a process of its own, so its peak working set is its own. BenchmarkDotNet's careful
# numbers: dotnet run -c Release --project tests/NewsHub.Benchmarks -- --filter '*CutBenchmarks*'.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
TEXT=.newshub/bench/corpus-1mib.txt
ENDS=.newshub/bench/ends   # each implementation's token ends, compared with python's below
NODE_PREFIX=.newshub/bench-node

/usr/bin/python3 scripts/bench-segmenter-text.py "$TEXT"
if [ ! -d "$NODE_PREFIX/node_modules/@node-rs/jieba" ]; then
  npm install --prefix "$NODE_PREFIX" --no-audit --no-fund @node-rs/jieba@2.0.3 >/dev/null
fi
dotnet build -c Release tests/NewsHub.Benchmarks -nologo -v q >/dev/null
dotnet build -c Release tests/NewsHub.Benchmarks.JiebaNet -nologo -v q >/dev/null
mkdir -p "$ENDS"

echo "measuring (best of $RUNS) ..." >&2
csharp=$(dotnet tests/NewsHub.Benchmarks/bin/Release/net10.0/NewsHub.Benchmarks.dll segmenter-throughput "$TEXT" "$RUNS" "$ENDS/ours.txt")
python=$(/usr/bin/python3 scripts/bench-segmenter-python.py "$TEXT" "$RUNS" "$ENDS/python.txt")
node=$(node scripts/bench-segmenter-node.mjs "$NODE_PREFIX" "$TEXT" "$RUNS" "$ENDS/jieba-rs.txt")
jiebanet=$(dotnet tests/NewsHub.Benchmarks.JiebaNet/bin/Release/net10.0/jiebanet-throughput.dll "$TEXT" "$RUNS" "$ENDS/jieba-net.txt")

/usr/bin/python3 scripts/bench-segmenter-report.py "$TEXT" "$ENDS" "$csharp" "$python" "$node" "$jiebanet"
