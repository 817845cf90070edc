using System.Runtime.CompilerServices;

namespace NewsHub.Segmentation.Text;

/// <summary>
/// The character classes of jieba's regular expressions, as python's <c>re</c> module evaluates them.
/// Hand-written so that splitting needs no regex engine and allocates nothing.
/// </summary>
internal static class CharClass
{
    /// <summary>First and last character of jieba's Han range <c>[\u4E00-\u9FD5]</c>.</summary>
    public const char HanFirst = '\u4E00';

    /// <inheritdoc cref="HanFirst"/>
    public const char HanLast = '\u9FD5';

    /// <summary>Number of characters in the Han range; the HMM emission tables are indexed by <c>c - HanFirst</c>.</summary>
    public const int HanCount = HanLast - HanFirst + 1;

    /// <summary><c>[\u4E00-\u9FD5]</c>: finalseg's <c>re_han</c>.</summary>
    public static bool IsHan(char c) => (uint)(c - HanFirst) < HanCount;

    /// <summary><c>[a-zA-Z0-9]</c>: jieba's <c>re_eng</c> (ASCII only: the class spells out its ranges).</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    // The ASCII members of re_han_default as bit masks over U+0000..U+003F and U+0040..U+007F.
    private const ulong DictionaryAsciiLow =
        (1UL << '#') | (1UL << '%') | (1UL << '&') | (1UL << '+') | (1UL << '-') | (1UL << '.') | (0x3FFUL << '0');

    private const ulong DictionaryAsciiHigh = (0x3FFFFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FFFFFFUL << ('a' - 64));

    /// <summary>
    /// <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>: the characters of jieba's <c>re_han_default</c>, which the
    /// dictionary and the HMM see; everything else is split off before them. Asked once per character of the
    /// input, hence the masks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDictionaryChar(char c) =>
        IsHan(c) || (c < 64 ? ((DictionaryAsciiLow >> c) & 1) != 0 : c < 128 && ((DictionaryAsciiHigh >> (c - 64)) & 1) != 0);

    /// <summary>
    /// Python's <c>\s</c> for <c>str</c> patterns (<c>str.isspace</c>): the list below was computed with
    /// python 3.11 over every code point. None lies outside the BMP, so one UTF-16 unit decides.
    /// Note that it differs from <see cref="char.IsWhiteSpace(char)"/>: U+001C..U+001F are spaces to python.
    /// </summary>
    public static bool IsPythonWhitespace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    /// <summary>
    /// Length in UTF-16 units of the code point at <paramref name="index"/>: 2 for a well-formed surrogate
    /// pair, else 1. Python strings hold code points, so an emoji is one "character" to jieba; an unpaired
    /// surrogate is one code point too.
    /// </summary>
    public static int CodePointLength(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
