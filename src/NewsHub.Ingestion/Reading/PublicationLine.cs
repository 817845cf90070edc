using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// The publication time an article writes at its top, for files whose front matter gives none (plain text
/// saved from a page keeps it as a line under the title): <c>发布时间：2023-03-08 09:30</c>,
/// <c>时间：２０２３年３月８日</c>, <c>来源：新浪汽车 2023-03-08</c>, or a date and time alone on a line.
/// </summary>
/// <remarks>
/// Only a line that is a label and a date, or a date alone, counts: the first sentence of an article often
/// opens with a date too (<c>2023年3月8日，吉利与华为签署……</c>), and that dates the event, not the article.
/// </remarks>
public static partial class PublicationLine
{
    /// <summary>How many non-blank lines from the top are searched: the title, a byline, the dateline.</summary>
    public const int LinesSearched = 8;

    /// <summary>A dateline is short; a longer line is text.</summary>
    public const int MaxLineLength = 80;

    // A date alone may be followed by a weekday or an outlet (2023-03-08 09:30 星期三); a longer rest is a
    // headline that starts with a date (2023年3月8日吉利与华为签约), which dates the event, not the article.
    private const int MaxUnlabelledRest = 12;

    // Only the top of a body is looked at: a page's HTML may be long, but its dateline comes early.
    private const int CharactersSearched = 4000;

    /// <summary>The publication time of the first dateline line of <paramref name="body"/>, else null.</summary>
    /// <param name="body">The article body as written in the file: plain text, Markdown or HTML.</param>
    public static DateTimeOffset? Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var top = body.Length > CharactersSearched ? body[..CharactersSearched] : body;
        var text = Tag().Replace(BlockTag().Replace(top, "\n"), " ");

        var searched = 0;
        foreach (var raw in text.Split('\n'))
        {
            // Full-width digits and colons (２０２３－０３－０８ ０９：３０) are read as the ASCII ones.
            var line = raw.Normalize(NormalizationForm.FormKC).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (++searched > LinesSearched)
            {
                break;
            }

            if (line.Length <= MaxLineLength && Dateline().Match(line) is { Success: true } match
                && (match.Groups["label"].Success || match.Groups["rest"].Length <= MaxUnlabelledRest || Byline().IsMatch(match.Groups["rest"].ValueSpan))
                && PublicationDate.FromParts(match) is { } time)
            {
                return time;
            }
        }

        return null;
    }

    // Markdown emphasis, quotes and brackets may surround the line; the label may be followed by a source's
    // name (来源：新浪汽车 2023-03-08); what follows the date must not read as a sentence.
    [GeneratedRegex(
        @"^[\s*_#>|【\[(（]*(?<label>(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|出版时间|时间|日期|来源|稿源|发布于)[^0-9，。,；;！？!?]{0,30}?)?"
        + @"(?<y>(?:19|20)[0-9]{2})\s*(?:年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]?|[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2}))"
        + @"(?:\s*(?<h>[0-9]{1,2})\s*[:时]\s*(?<min>[0-9]{2})(?:\s*[:分]\s*(?<s>[0-9]{2}))?)?(?![0-9])"
        + @"(?<rest>[^，。,；;！？!?]{0,30})$")]
    private static partial Regex Dateline();

    // A page's meta line puts the byline after the date (2025-05-06 14:20 来源：示例网 编辑：张弛): a longer rest that
    // names a source, author or editor is still the dateline.
    [GeneratedRegex(@"^\s*(?:来源|稿源|作者|编辑|责任编辑|责编|记者|文)\s*[:：]")]
    private static partial Regex Byline();

    [GeneratedRegex(@"<(?:/?(?:p|div|br|h[1-6]|li|tr|section|header)\b)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
