namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>Character classes that decide how a name's edges are checked.</summary>
internal static class Script
{
    /// <summary>A Han character: jieba decides where words made of them begin and end.</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>
    /// A letter or digit of an alphabetic script (Tesla, Škoda, 360): a name edge made of one must not
    /// touch another, so that Ford does not fire inside Oxford.
    /// </summary>
    public static bool IsAlphanumeric(char c) => char.IsLetterOrDigit(c) && !IsHan(c);

    /// <summary>Whether jieba can cut <paramref name="word"/> out of a text as one word (its re_han_default).</summary>
    public static bool IsJiebaWord(string word) =>
        word.Any(IsHan) && word.All(c => (c >= '\u4E00' && c <= '\u9FD5') || char.IsAsciiLetterOrDigit(c) || "+#&._%-".Contains(c, StringComparison.Ordinal));
}
