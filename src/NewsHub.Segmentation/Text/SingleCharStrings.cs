namespace NewsHub.Segmentation.Text;

/// <summary>
/// One shared string per BMP character, created on first use: single-character tokens (punctuation,
/// spaces, unknown Han characters) are the most frequent kind and need not allocate.
/// </summary>
internal static class SingleCharStrings
{
    private static readonly string?[] Cache = new string?[char.MaxValue + 1];

    /// <summary>The string of <paramref name="c"/>. Races only create a duplicate, which is harmless.</summary>
    public static string Get(char c) => Cache[c] ??= new string(c, 1);

    /// <summary>The string of the code point at <c>text[start..start + length)</c> (length 1 or 2).</summary>
    public static string Get(ReadOnlySpan<char> text, int start, int length) =>
        length == 1 ? Get(text[start]) : new string(text.Slice(start, length));
}
