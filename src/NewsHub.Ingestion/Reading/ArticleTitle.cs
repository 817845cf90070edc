using System.Buffers;

namespace NewsHub.Ingestion.Reading;

/// <summary>Chooses an article's title when the front matter gives none.</summary>
public static class ArticleTitle
{
    /// <summary>A first line longer than this is a paragraph, not a title.</summary>
    public const int MaxTitleLineLength = 40;

    /// <summary>How much of the first sentence a title made from it keeps.</summary>
    public const int MaxSentenceTitleLength = 50;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?；;");

    // Headlines end without punctuation or with ！/？; a line ending like a clause or a sentence is text.
    private static readonly char[] NonTitleEndings = ['。', '，', ',', '、', '：', ':', '；', ';', '…'];

    /// <summary>A title as the text would write it: without the invisible characters some pages put in headlines.</summary>
    public static string AsHeadline(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return string.Concat(title.Where(c => !CjkText.IsInvisible(c))).Trim();
    }

    /// <summary>
    /// The paragraphs without the headline that pages and feeds repeat above the text (the title already holds
    /// it); the headline alone when it is all there is, so that a page that is only its headline still has text.
    /// </summary>
    public static IReadOnlyList<string> WithoutHeadline(IReadOnlyList<string> paragraphs, string? title)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (title is null)
        {
            return paragraphs;
        }

        var headline = AsHeadline(title);
        var rest = paragraphs.Where(p => !string.Equals(p, headline, StringComparison.Ordinal)).ToList();
        return rest.Count > 0 || headline.Length == 0 ? rest : [headline];
    }

    /// <summary>
    /// The first paragraph when it reads as a title (short, not ending like a clause or a sentence, and
    /// followed by more text); else the start of the first sentence; else <paramref name="fallback"/>.
    /// </summary>
    public static string FromText(IReadOnlyList<string> paragraphs, string fallback)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count == 0)
        {
            return fallback;
        }

        var first = paragraphs[0];
        if (paragraphs.Count > 1 && first.Length <= MaxTitleLineLength && !first.Contains('。') && !NonTitleEndings.Contains(first[^1]))
        {
            return first;
        }

        var end = first.AsSpan().IndexOfAny(SentenceEnds);
        var sentence = (end >= 0 ? first[..end] : first).TrimEnd(NonTitleEndings);
        if (sentence.Length == 0)
        {
            return fallback;
        }

        return sentence.Length <= MaxSentenceTitleLength ? sentence : CutAtCharBoundary(sentence, MaxSentenceTitleLength) + "…";
    }

    private static string CutAtCharBoundary(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
