using BenchmarkDotNet.Running;
using NewsHub.Benchmarks.Ingestion;
using NewsHub.Benchmarks.Segmentation;

// `dotnet run -c Release --project tests/NewsHub.Benchmarks -- --filter '*'` runs every benchmark;
// `… -- segmenter-throughput FILE` is the quick measurement scripts/bench-segmenter.sh compares with the
// reference implementations; see README for the scripts.
if (args is ["segmenter-throughput", .. var rest])
{
    return SegmenterThroughput.Run(rest);
}

if (args is ["import-stages", .. var stageArgs])
{
    return ImportStages.Run(stageArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
