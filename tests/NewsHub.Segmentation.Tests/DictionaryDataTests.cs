using System.Diagnostics;
using System.Globalization;
using NewsHub.Segmentation.Dictionary;
using NewsHub.Segmentation.Tests.Reference;

namespace NewsHub.Segmentation.Tests;

/// <summary>The embedded data is jieba's, and its arithmetic is python's to the bit.</summary>
public sealed class DictionaryDataTests
{
    private static readonly Lazy<PrefixTrie> Trie = new(DictionaryData.LoadDefault);

    [Fact]
    public void Default_dictionary_has_the_words_and_total_of_jiebas_dict_txt()
    {
        Assert.Equal(349_045, Trie.Value.WordCount);   // 349,046 lines, "B超" twice
        Assert.Equal(60_101_967, Trie.Value.Total);
    }

    [Fact]
    public async Task Log_frequencies_are_bit_for_bit_those_of_python_math_log()
    {
        // Routes tie-break on equal doubles, so Math.Log must return exactly what python's math.log returns.
        long[] values = [.. Trie.Value.DistinctFrequencies.ToArray().Select(f => (long)f).Append(Trie.Value.Total)];
        Assert.Equal(5_087, values.Length - 1);
        var start = new ProcessStartInfo(PythonJieba.Interpreter, ["-c",
            "import sys, math, struct\nfor line in sys.stdin: print(struct.pack('<d', math.log(int(line))).hex())"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using Process python = Process.Start(start)!;
        Task writing = Task.Run(async () =>
        {
            foreach (long value in values)
            {
                await python.StandardInput.WriteLineAsync(value.ToString(CultureInfo.InvariantCulture));
            }

            python.StandardInput.Close();
        });
        string[] lines = (await python.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await writing;
        await python.WaitForExitAsync();

        Assert.Equal(values.Length, lines.Length);
        for (int i = 0; i < values.Length; i++)
        {
            double expected = BitConverter.ToDouble(Convert.FromHexString(lines[i]));
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(Math.Log(values[i])),
                $"log({values[i]}): python {expected:R}, .NET {Math.Log(values[i]):R}");
        }
    }
}

/// <summary>Runs alone (after the parallel tests), so that no other test's allocations skew the heap size.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement
{
}

/// <summary>The default dictionary's memory footprint.</summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class DictionaryMemoryTests
{
    [Fact]
    public void Default_dictionary_and_models_take_far_less_than_100_MB()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        PrefixTrie trie = DictionaryData.LoadDefault();
        Hmm.HmmModel hmm = Hmm.HmmModel.LoadDefault();
        long used = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(trie);
        GC.KeepAlive(hmm);

        Assert.InRange(used, 1, 40_000_000);   // measured: about 19 MB
    }
}
