using System.Globalization;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>
/// Reads a main dictionary in jieba's <c>dict.txt</c> format (<c>gen_pfdict</c>): one <c>word freq [tag]</c> per
/// line, separated by single spaces. A word listed twice keeps its last frequency and tag, but both frequencies
/// count towards the total, as in jieba.
/// </summary>
internal static class DictionaryText
{
    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    /// <summary>Builds a trie from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">A line lacks a frequency, or it is not a non-negative 32-bit integer.</exception>
    public static PrefixTrie Read(TextReader reader, string source)
    {
        var entries = new List<(string Word, int Frequency, string? Tag)>();
        long total = 0;
        int lineNumber = 0;
        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            string line = rawLine.Trim(AsciiWhitespace).TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;   // jieba would raise here; a blank line carries no entry, so it is skipped
            }

            string[] parts = line.Split(' ');
            if (parts.Length < 2 || parts[0].Length == 0
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int frequency))
            {
                throw new FormatException($"Invalid dictionary entry in {source} at line {lineNumber}: {line}");
            }

            entries.Add((parts[0], frequency, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null));
            total += frequency;
        }

        if (total == 0)
        {
            throw new FormatException($"The dictionary {source} has no word with a positive frequency.");
        }

        var builder = new PrefixTrie.Builder(CountPrefixes(entries.Select(entry => entry.Word)));
        foreach ((string word, int frequency, string? tag) in entries)
        {
            builder.SetWord(builder.AddPath(PrefixTrie.None, word), frequency, tag is null ? (byte)0 : builder.InternTag(tag));
        }

        return builder.Build(total);
    }

    /// <summary>The number of distinct non-empty prefixes of <paramref name="words"/>: the trie's node count.</summary>
    private static int CountPrefixes(IEnumerable<string> words)
    {
        int prefixes = 0;
        string previous = "";
        foreach (string word in words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            prefixes += word.Length - word.AsSpan().CommonPrefixLength(previous);
            previous = word;
        }

        return prefixes;
    }
}
