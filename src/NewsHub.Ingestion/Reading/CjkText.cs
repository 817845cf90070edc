namespace NewsHub.Ingestion.Reading;

/// <summary>Character classes that Chinese text handling needs and <see cref="char"/> does not give.</summary>
internal static class CjkText
{
    /// <summary>A Chinese character: CJK unified ideographs, extension A, compatibility ideographs, or half of a surrogate pair (extensions B and later).</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') || char.IsSurrogate(c);

    /// <summary>Punctuation written with Chinese text: CJK symbols (。、「」), full-width forms (，：！), curly quotes, dashes and the ellipsis.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2018' and <= '\u201F') or '\u2014' or '\u2026' or '\u00B7';

    /// <summary>A Chinese character or Chinese punctuation.</summary>
    public static bool IsCjk(char c) => IsHan(c) || IsCjkPunctuation(c);

    /// <summary>Characters that carry no text and only get in the way of matching: zero-width spaces and joiners, the BOM, word joiner.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
