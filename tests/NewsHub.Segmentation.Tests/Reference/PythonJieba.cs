using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NewsHub.Segmentation.Tests.Reference;

/// <summary>What python3-jieba makes of one input, in every mode the runner reports.</summary>
public sealed record ReferenceCut(
    IReadOnlyList<string> Cut,
    IReadOnlyList<string> CutWithoutHmm,
    IReadOnlyList<string> CutAll,
    IReadOnlyList<string> CutForSearch,
    IReadOnlyList<string> CutForSearchWithoutHmm,
    IReadOnlyList<(int Start, int End)> SearchTokenSpans,
    IReadOnlyList<(string Word, string Tag)> PartOfSpeech);

/// <summary>Changes to python's dictionary before it cuts: the same ones a test applies to a <see cref="JiebaSegmenter"/>.</summary>
public sealed record ReferenceOptions
{
    /// <summary>A user dictionary file for <c>jieba.load_userdict</c>.</summary>
    public string? UserDictionaryPath { get; init; }

    /// <summary>Words for <c>jieba.add_word</c>, in order.</summary>
    public IReadOnlyList<(string Word, int? Frequency, string? Tag)> AddedWords { get; init; } = [];

    /// <summary>Words for <c>jieba.del_word</c>, after the added ones.</summary>
    public IReadOnlyList<string> DeletedWords { get; init; } = [];

    /// <summary>Segments for <c>jieba.suggest_freq</c>: one part to join, several parts to split.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Suggestions { get; init; } = [];

    /// <summary>Whether to run <c>jieba.posseg</c> too (slow on very long inputs).</summary>
    public bool PartOfSpeech { get; init; } = true;

    /// <summary>Whether <c>jieba.posseg</c> runs with <c>HMM=False</c>.</summary>
    public bool PartOfSpeechWithoutHmm { get; init; }
}

/// <summary>The reference: Debian's python3-jieba 0.42.1, driven by <c>scripts/gen-segmenter-reference.py</c>.</summary>
public static class PythonJieba
{
    /// <summary>Debian's interpreter; the <c>python3</c> first on PATH may not see the python3-jieba package.</summary>
    public const string Interpreter = "/usr/bin/python3";

    /// <summary>
    /// Runs python3-jieba over all <paramref name="inputs"/>, returning one result per input and the suggested
    /// frequencies asked for in <paramref name="options"/>. Large batches are split over one python process per
    /// core (at most four), each given an equal share of the characters.
    /// </summary>
    public static async Task<(IReadOnlyList<ReferenceCut> Cuts, IReadOnlyList<int> Suggestions)> RunAsync(
        IReadOnlyList<string> inputs, ReferenceOptions? options = null)
    {
        options ??= new ReferenceOptions();
        long characters = inputs.Sum(input => (long)input.Length);
        int processes = characters < 200_000 ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 4);
        var batches = new List<List<string>>();
        long share = (characters / processes) + 1, filled = long.MaxValue;
        foreach (string input in inputs)
        {
            if (filled >= share && batches.Count < processes)
            {
                batches.Add([]);
                filled = 0;
            }

            batches[^1].Add(input);
            filled += input.Length;
        }

        if (batches.Count == 0)
        {
            batches.Add([]);
        }

        var results = await Task.WhenAll(batches.Select(batch => RunProcessAsync(batch, options)));
        return ([.. results.SelectMany(result => result.Cuts)], results[0].Suggestions);
    }

    private static async Task<(IReadOnlyList<ReferenceCut> Cuts, IReadOnlyList<int> Suggestions)> RunProcessAsync(
        List<string> inputs, ReferenceOptions options)
    {
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "gen-segmenter-reference.py"));
        if (options.UserDictionaryPath is not null)
        {
            start.ArgumentList.Add("--userdict");
            start.ArgumentList.Add(options.UserDictionaryPath);
        }

        foreach ((string word, int? frequency, string? tag) in options.AddedWords)
        {
            start.ArgumentList.Add("--add");
            start.ArgumentList.Add($"{Hex(word)}:{frequency?.ToString(CultureInfo.InvariantCulture)}" + (tag is null ? "" : ":" + tag));
        }

        foreach (string word in options.DeletedWords)
        {
            start.ArgumentList.Add("--del");
            start.ArgumentList.Add(Hex(word));
        }

        foreach (IReadOnlyList<string> parts in options.Suggestions)
        {
            start.ArgumentList.Add("--suggest");
            start.ArgumentList.Add(string.Join('+', parts.Select(Hex)));
        }

        if (!options.PartOfSpeech)
        {
            start.ArgumentList.Add("--no-posseg");
        }
        else if (options.PartOfSpeechWithoutHmm)
        {
            start.ArgumentList.Add("--posseg-without-hmm");
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Cannot start {Interpreter}: the conformance tests need Debian's python3 with the python3-jieba package.", exception);
        }

        using (process)
        {
            Task<string> errors = process.StandardError.ReadToEndAsync();
            Task writing = Task.Run(async () =>
            {
                foreach (string input in inputs)
                {
                    await process.StandardInput.WriteLineAsync(Hex(input));
                }

                process.StandardInput.Close();
            });

            var suggestions = new List<int>();
            var cuts = new List<ReferenceCut>(inputs.Count);
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("suggest\t", StringComparison.Ordinal))
                {
                    suggestions.Add(int.Parse(line.Split('\t')[2], CultureInfo.InvariantCulture));
                }
                else
                {
                    cuts.Add(ParseLine(line));
                }
            }

            await writing;
            await process.WaitForExitAsync();
            if (process.ExitCode != 0 || cuts.Count != inputs.Count)
            {
                throw new InvalidOperationException(
                    $"{Interpreter} gen-segmenter-reference.py exited with {process.ExitCode} after {cuts.Count} of {inputs.Count} inputs " +
                    $"(is python3-jieba installed?):\n{await errors}");
            }

            return (cuts, suggestions);
        }
    }

    /// <summary>The hex of <paramref name="text"/>'s UTF-16LE code units; survives unpaired surrogates.</summary>
    public static string Hex(string text)
    {
        var hex = new StringBuilder(text.Length * 4);
        foreach (char c in text)
        {
            hex.Append(CultureInfo.InvariantCulture, $"{(byte)c:x2}{(byte)(c >> 8):x2}");
        }

        return hex.ToString();
    }

    private static string Unhex(ReadOnlySpan<char> hex)
    {
        var chars = new char[hex.Length / 4];
        for (int i = 0; i < chars.Length; i++)
        {
            int low = int.Parse(hex.Slice(i * 4, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int high = int.Parse(hex.Slice((i * 4) + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            chars[i] = (char)(low | (high << 8));
        }

        return new string(chars);
    }

    private static ReferenceCut ParseLine(string line)
    {
        string[] fields = line.Split('\t');
        return new ReferenceCut(
            Words(fields[0]), Words(fields[1]), Words(fields[2]), Words(fields[3]), Words(fields[4]),
            [.. Items(fields[5]).Select(span => span.Split('-') is [var s, var e]
                ? (int.Parse(s, CultureInfo.InvariantCulture), int.Parse(e, CultureInfo.InvariantCulture))
                : throw new FormatException(span))],
            [.. Items(fields[6]).Select(pair => pair.Split('/') is [var w, var t] ? (Unhex(w), t) : throw new FormatException(pair))]);

        static string[] Words(string field) => [.. Items(field).Select(item => Unhex(item))];
    }

    /// <summary>Splits "count:a b c"; an item may be empty (python's cut_all yields empty strings).</summary>
    private static string[] Items(string field)
    {
        int colon = field.IndexOf(':', StringComparison.Ordinal);
        int count = int.Parse(field.AsSpan(0, colon), CultureInfo.InvariantCulture);
        string[] items = count == 0 ? [] : field[(colon + 1)..].Split(' ');
        return items.Length == count ? items : throw new FormatException($"Expected {count} items in '{field}'.");
    }
}
