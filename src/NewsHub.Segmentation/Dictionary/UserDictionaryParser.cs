using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Segmentation.Dictionary;

/// <summary>One line of a user dictionary: a word, and optionally its frequency and part-of-speech tag.</summary>
internal readonly record struct UserDictionaryEntry(string Word, int? Frequency, string? Tag);

/// <summary>
/// Parses jieba's user dictionary format (<c>load_userdict</c>): one entry per line, <c>word [freq] [tag]</c>,
/// separated by single spaces; the word itself may contain spaces. Blank lines are skipped and a leading
/// byte order mark is ignored.
/// </summary>
internal static partial class UserDictionaryParser
{
    // jieba's re_userdict; the classes are spelled out, so they are ASCII in .NET as in python.
    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    // python's bytes.strip(): ASCII whitespace only.
    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\r', '\v', '\f'];

    /// <summary>Parses every entry of <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<UserDictionaryEntry> Parse(TextReader reader, string source)
    {
        // python iterates lines split at '\n' only; a stray '\r' inside a line stays part of it.
        string[] lines = reader.ReadToEnd().Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim(AsciiWhitespace).TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            Match match = EntryPattern().Match(line);
            if (!match.Success)
            {
                // Only a line holding a '\n' could fail, and lines are split at '\n'.
                throw new FormatException($"Invalid user dictionary entry in {source} at line {i + 1}: {line}");
            }

            int? frequency = null;
            if (match.Groups[2].Success)
            {
                if (!int.TryParse(match.Groups[2].ValueSpan.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
                {
                    throw new FormatException($"Frequency out of range in {source} at line {i + 1}: {line}");
                }

                frequency = parsed;
            }

            string? tag = match.Groups[3].Success ? match.Groups[3].Value.Trim() : null;
            yield return new UserDictionaryEntry(match.Groups[1].Value, frequency, tag);
        }
    }
}
