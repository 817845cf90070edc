using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JiebaNet.Segmenter;

// jieba.NET's figures for scripts/bench-segmenter.sh, measured as NewsHub.Benchmarks' segmenter-throughput measures
// our port: load time (wall-clock and CPU), MiB/s of Cut with HMM on one thread (best of RUNS, wall-clock and CPU time), bytes allocated
// per MiB, peak working set; the token ends go to ENDS_FILE so the script can compare them with python3-jieba's.
// Usage: jiebanet-throughput FILE RUNS ENDS_FILE. Prints one JSON object.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: jiebanet-throughput FILE RUNS ENDS_FILE");
    return 2;
}

string text = File.ReadAllText(args[0], Encoding.UTF8);
int runs = int.Parse(args[1], CultureInfo.InvariantCulture);
double mebibytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);

// The package keeps dict.txt and the HMM tables in a Resources folder that NuGet does not copy; the project file
// copies them beside this program, and jieba.NET reads them from ConfigFileBaseDir on the first segmenter.
ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba-resources");

TimeSpan loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
var load = Stopwatch.StartNew();
var segmenter = new JiebaSegmenter();
_ = segmenter.Cut("预热", cutAll: false, hmm: true).ToList();
load.Stop();
loadCpu = Process.GetCurrentProcess().TotalProcessorTime - loadCpu;

List<string> tokens = segmenter.Cut(text, cutAll: false, hmm: true).ToList();   // warm-up, and the tokens compared
double best = double.MaxValue, bestCpu = double.MaxValue;
long allocated = 0;
for (int run = 0; run < runs; run++)
{
    long before = GC.GetAllocatedBytesForCurrentThread();
    TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    _ = segmenter.Cut(text, cutAll: false, hmm: true).ToList();
    best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
    bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
}

// Token ends as UTF-16 offsets, one per line: the script compares them with python's as (start, end) spans.
long end = 0;
await using (var ends = new StreamWriter(args[2], append: false, Encoding.ASCII))
{
    foreach (string token in tokens)
    {
        end += token.Length;
        await ends.WriteLineAsync(end.ToString(CultureInfo.InvariantCulture));
    }
}

var result = new
{
    implementation = "jieba.NET 0.42.2 (JiebaNet.Segmenter)",
    load_seconds = load.Elapsed.TotalSeconds,
    load_cpu_seconds = loadCpu.TotalSeconds,
    mib_per_second = mebibytes / best,
    mib_per_cpu_second = mebibytes / bestCpu,
    allocated_bytes_per_mib = allocated / mebibytes,
    peak_working_set_mib = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
    tokens = tokens.Count,
    covers_text = end == text.Length && string.Concat(tokens) == text,
    emoji_probe = EmojiProbe.Measure(segmenter),
};
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;
