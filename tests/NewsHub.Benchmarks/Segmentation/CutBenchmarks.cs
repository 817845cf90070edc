using System.Text;
using BenchmarkDotNet.Attributes;
using NewsHub.Segmentation;

namespace NewsHub.Benchmarks.Segmentation;

/// <summary>
/// BenchmarkDotNet measurements of the segmenter over the benchmark text (1 MiB of corpus articles written by
/// <c>scripts/bench-segmenter-text.py</c>; its path comes from <c>NEWSHUB_BENCH_TEXT</c>, default
/// <c>.newshub/bench/corpus-1mib.txt</c> under the repository).
/// </summary>
[MemoryDiagnoser]
public class CutBenchmarks
{
    private JiebaSegmenter _segmenter = null!;
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("NEWSHUB_BENCH_TEXT") ?? FindDefaultText();
        _text = File.ReadAllText(path, Encoding.UTF8);
        _segmenter = JiebaSegmenter.Default;
        _segmenter.Cut(_text);
    }

    [Benchmark(Baseline = true, Description = "Cut (HMM)")]
    public int Cut() => _segmenter.Cut(_text).Count;

    [Benchmark(Description = "Cut (no HMM)")]
    public int CutWithoutHmm() => _segmenter.Cut(_text, hmm: false).Count;

    [Benchmark(Description = "Tokenize (HMM)")]
    public int Tokenize() => _segmenter.Tokenize(_text).Count;

    [Benchmark(Description = "CutForSearch (HMM)")]
    public int CutForSearch() => _segmenter.CutForSearch(_text).Count;

    [Benchmark(Description = "CutAll")]
    public int CutAll() => _segmenter.CutAll(_text).Count;

    private static string FindDefaultText()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, ".newshub", "bench", "corpus-1mib.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Run scripts/bench-segmenter.sh (or scripts/bench-segmenter-text.py) first, or set NEWSHUB_BENCH_TEXT.");
    }
}

/// <summary>Cold start: building the default dictionary and HMM from the embedded data.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Description = "Load default dictionary")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet benchmarks are instance methods.")]
    public object Load() => NewsHub.Segmentation.Dictionary.DictionaryData.LoadDefault();
}
