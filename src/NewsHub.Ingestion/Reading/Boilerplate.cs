using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Tells article text from what publishers put around it: end markers, reprint notices, editor
/// credits, tag lists, view counters, licence lines and navigation. Rules describe kinds of
/// boilerplate that recur across Chinese outlets, not lines of particular files.
/// </summary>
internal static partial class Boilerplate
{
    // Navigation, share bars and "read the original" lines are almost all link text; an article
    // paragraph with a link or two in it is far below this.
    public const double NavigationLinkDensity = 0.6;

    // Notices are short; a long paragraph that happens to contain one of the phrases is article text.
    private const int NoticeMaxLength = 150;

    private static readonly string[] NoticePhrases =
    [
        "转载请注明出处", "转载请注明来源", "转载请注明作者", "未经授权禁止转载", "未经授权，禁止转载", "未经许可，严禁转载", "未经允许不得转载",
        "版权归原作者所有", "如有侵权请联系", "如有侵权，请联系", "本站提到的所有注册商标", "ICP备", "ICP证", "公网安备", "举报电话", "举报邮箱",
    ];

    private static readonly string[] NoticePrefixes =
    [
        "责任编辑", "编辑：", "编辑:", "图片来源", "图片来自", "图源", "本文编辑", "版权声明", "免责声明", "原文链接", "文章来源", "本文来源", "来源：", "来源:",
        "标签：", "标签:", "Tags:", "Tag:", "关键词：", "关键词:", "关键字：", "关键字:",
    ];

    private static readonly char[] LabelPunctuation = [' ', '\u3000', '，', ',', '。', '：', ':', '、'];

    /// <summary>The WeChat article page's buttons and prompts (like, share, "scan to follow"), whole paragraphs only.</summary>
    private static readonly HashSet<string> InterfaceLabels = new(StringComparer.Ordinal)
    {
        "视频", "小程序", "赞", "轻点两下取消赞", "在看", "轻点两下取消在看", "分享", "留言", "收藏", "听过", "写留言", "阅读原文",
        "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "知道了", "取消", "允许",
        "使用小程序", "微信扫一扫可打开此内容", "使用完整服务", "微信扫一扫可打开此内容，使用完整服务", "分析", "×",
    };

    /// <summary>Text with which publishers end the article itself; whatever follows belongs to the page around it.</summary>
    private static readonly HashSet<string> EndMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "END", "THEEND", "完", "全文完", "本文完",

        // WeChat's article page ends with its own interface text, which exports keep.
        "预览时标签不可点",
    };

    /// <summary>The paragraphs of <paramref name="blocks"/> that are article text, in order.</summary>
    public static List<string> Filter(IEnumerable<TextBlock> blocks) => Filter(blocks, out _);

    /// <summary>
    /// The paragraphs of <paramref name="blocks"/> that are article text, in order, and in <paramref name="end"/>
    /// where the article ended before its last block: at an end marker, or where the interface text of the page it
    /// was saved from begins.
    /// </summary>
    public static List<string> Filter(IEnumerable<TextBlock> blocks, out ArticleEnd? end)
    {
        var kept = new List<(string Paragraph, ArticleEnd Place)>();
        end = Collect(blocks, kept);

        // A page saved before its article loaded (or with its end marker lost) ends in the reader app's own
        // buttons: 视频, 小程序, 赞, 轻点两下取消赞 … Only a run of them at the very end goes.
        var text = kept.Count;
        while (text > 0 && IsInterfaceLabel(kept[text - 1].Paragraph))
        {
            text--;
        }

        if (text < kept.Count)
        {
            end = kept[text].Place;
            kept.RemoveRange(text, kept.Count - text);
        }

        return [.. kept.Select(k => k.Paragraph)];
    }

    /// <summary>Adds the article paragraphs of <paramref name="blocks"/> to <paramref name="kept"/>; returns the end marker that stopped it, if one did.</summary>
    private static ArticleEnd? Collect(IEnumerable<TextBlock> blocks, List<(string Paragraph, ArticleEnd Place)> kept)
    {
        foreach (var block in blocks)
        {
            if (block.LinkTextLength > 0 && block.LinkDensity >= NavigationLinkDensity)
            {
                continue;
            }

            var first = true;
            foreach (var paragraph in Paragraphs.Split(block.Text))
            {
                var place = new ArticleEnd(block, MarkerStartsBlock: first);
                if (IsEndMarker(paragraph))
                {
                    return place;
                }

                first = false;
                if (!IsBoilerplate(paragraph))
                {
                    kept.Add((paragraph, place));
                }
            }
        }

        return null;
    }

    /// <summary>A button or prompt of the WeChat article page, which saved copies keep as text.</summary>
    private static bool IsInterfaceLabel(string paragraph) => InterfaceLabels.Contains(paragraph.Trim(LabelPunctuation));

    /// <summary>The paragraphs of plain text that are article text.</summary>
    public static List<string> Filter(string plainText) => Filter([new TextBlock(plainText, 0)]);

    /// <summary>An end marker such as "——END——", "- THE END -" or "（完）", whatever dashes or brackets surround it.</summary>
    public static bool IsEndMarker(string paragraph)
    {
        if (paragraph.Length > 20)
        {
            return false;
        }

        var core = string.Concat(paragraph.Where(char.IsLetterOrDigit));
        return core.Length > 0 && EndMarkers.Contains(core);
    }

    /// <summary>A paragraph that is a notice, a credit, a tag list, a counter or bare punctuation.</summary>
    public static bool IsBoilerplate(string paragraph)
    {
        if (!paragraph.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        if (paragraph.Length > NoticeMaxLength)
        {
            return false;
        }

        var trimmed = paragraph.TrimStart('*', '#', ' ', '【', '[', '（', '(');
        return NoticePrefixes.Any(prefix => trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || NoticePhrases.Any(phrase => paragraph.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            || ViewCounter().IsMatch(paragraph)
            || IsHashtagList(paragraph);
    }

    /// <summary>Two or more <c>#tags</c> and little else.</summary>
    private static bool IsHashtagList(string paragraph)
    {
        var tags = Hashtag().Matches(paragraph);
        return tags.Count >= 2 && tags.Sum(m => m.Length) * 10 >= paragraph.Count(c => !char.IsWhiteSpace(c)) * 7;
    }

    [GeneratedRegex(@"^\W*(?:本文已被查看|阅读量|阅读数|阅读|浏览量|浏览次数|浏览|查看)\s*[:：]?\s*\d+\s*次?\W*$")]
    private static partial Regex ViewCounter();

    [GeneratedRegex(@"#[^\s#]+#?")]
    private static partial Regex Hashtag();
}

/// <summary>Where the article ended: an end marker, or the first of the page's interface labels after it.</summary>
/// <param name="Block">The block the marker stands in.</param>
/// <param name="MarkerStartsBlock">
/// Whether the marker is the block's first paragraph, so that the whole block goes with it; otherwise the block
/// also holds article text, and only what follows it goes.
/// </param>
internal readonly record struct ArticleEnd(TextBlock Block, bool MarkerStartsBlock);
