using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsHub.Segmentation;

namespace NewsHub.Benchmarks.Segmentation;

/// <summary>
/// The quick measurement <c>scripts/bench-segmenter.sh</c> compares with python3-jieba and jieba-rs: dictionary
/// load time (wall-clock and CPU), MiB/s of <see cref="JiebaSegmenter.Cut"/> with HMM on (single-threaded, best of N runs, and on all
/// cores), the same per CPU-second (steadier on a busy machine), bytes allocated per MiB cut and the peak working set
/// after the single-threaded runs. Prints one JSON object; with ENDS_FILE, also writes each token's end (a UTF-16
/// offset) one per line, which the script compares with python3-jieba's.
/// </summary>
/// <remarks>Usage: <c>segmenter-throughput FILE [RUNS [ENDS_FILE]]</c>. BenchmarkDotNet's <see cref="CutBenchmarks"/> gives the careful numbers.</remarks>
internal static class SegmenterThroughput
{
    public static int Run(string[] args)
    {
        string text = File.ReadAllText(args[0], Encoding.UTF8);
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        double mebibytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);

        long memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        TimeSpan loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var load = Stopwatch.StartNew();
        JiebaSegmenter segmenter = JiebaSegmenter.Default;
        segmenter.Cut("预热");
        load.Stop();
        loadCpu = Process.GetCurrentProcess().TotalProcessorTime - loadCpu;
        long dictionaryBytes = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;

        IReadOnlyList<string> words = segmenter.Cut(text);   // warm-up: JIT tiers and the word-string cache fill here
        int tokens = words.Count;
        double best = double.MaxValue, bestCpu = double.MaxValue;
        long allocated = 0;
        for (int run = 0; run < runs; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            segmenter.Cut(text);
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // Before the all-cores runs, whose extra threads' buffers the other implementations never pay for.
        double peakWorkingSetMib = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        if (args.Length > 2)
        {
            WriteEnds(args[2], words);
        }

        // All cores: each worker cuts the whole text, as many independent requests would.
        int workers = Environment.ProcessorCount;
        double bestParallel = double.MaxValue;
        for (int run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => segmenter.Cut(text));
            bestParallel = Math.Min(bestParallel, stopwatch.Elapsed.TotalSeconds);
        }

        var result = new
        {
            implementation = "NewsHub.Segmentation (C#)",
            load_seconds = load.Elapsed.TotalSeconds,
            load_cpu_seconds = loadCpu.TotalSeconds,
            dictionary_megabytes = dictionaryBytes / 1e6,
            mib_per_second = mebibytes / best,
            mib_per_cpu_second = mebibytes / bestCpu,
            mib_per_second_all_cores = mebibytes * workers / bestParallel,
            cores = workers,
            allocated_bytes_per_mib = allocated / mebibytes,
            peak_working_set_mib = peakWorkingSetMib,
            tokens,
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static void WriteEnds(string path, IReadOnlyList<string> words)
    {
        using var ends = new StreamWriter(path, append: false, Encoding.ASCII);
        long end = 0;
        foreach (string word in words)
        {
            end += word.Length;
            ends.WriteLine(end.ToString(CultureInfo.InvariantCulture));
        }
    }
}
