using System.Globalization;
using System.Text.Json;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>The shared seeds and corpus, read in place, against the hand-made gold files.</summary>
public class SharedArticleTests
{
    private static readonly ArticleReader Reader = new();

    public static TheoryData<string> EveryFile()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { TestPaths.Seeds, TestPaths.Corpus })
        {
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestPaths.Shared, file));
            }
        }

        return data;
    }

    public static TheoryData<string, string> GoldArticles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (gold, folder) in new[] { ("seeds.gold.json", "seeds"), ("corpus.gold.json", "corpus") })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Gold, gold)));
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                data.Add(Path.Combine(folder, article.GetProperty("file").GetString()!), article.GetRawText());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFile))]
    public async Task Every_shared_file_reads_into_an_article_with_a_title_and_text(string file)
    {
        var document = await Reader.ReadAsync(Path.Combine(TestPaths.Shared, file));

        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.Equal(64, document.ContentHash.Length);
        Assert.DoesNotContain("<script", document.SanitizedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\r', document.CleanText);
        Assert.All(document.CleanText.Split('\n'), line => Assert.Equal(line.Trim(), line));
        if (document.Metadata.Count == 0)
        {
            Assert.NotEmpty(document.CleanText);
        }
    }

    [Theory]
    [MemberData(nameof(GoldArticles))]
    public async Task Titles_formats_and_publication_times_match_the_gold_files(string file, string goldJson)
    {
        using var gold = JsonDocument.Parse(goldJson);
        var expected = gold.RootElement;
        var document = await Reader.ReadAsync(Path.Combine(TestPaths.Shared, file));

        if (expected.GetProperty("title").GetString() is { } title)
        {
            Assert.Equal(title, document.Title);
        }

        var format = expected.GetProperty("format").GetString()!;
        Assert.Equal(ExpectedFormat(format), document.Format);
        if (format.Contains("GBK", StringComparison.Ordinal))
        {
            Assert.Equal("gb18030", document.Encoding);
        }

        var published = expected.GetProperty("published").GetString();
        if (published is null)
        {
            Assert.Null(document.PublishedAt);
        }
        else if (published.Length == 10)
        {
            // A date alone: the article's own calendar day.
            Assert.NotNull(document.PublishedAt);
            Assert.Equal(published, document.PublishedAt.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            var instant = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture);
            Assert.NotNull(document.PublishedAt);
            Assert.Equal(instant, document.PublishedAt.Value);
            Assert.Equal(instant.Offset, document.PublishedAt.Value.Offset);
        }
    }

    [Fact]
    public async Task Space_segmented_seed_comes_back_as_normal_text()
    {
        var document = await Reader.ReadAsync(Path.Combine(TestPaths.Seeds, "002_1b5ba841d8dcb4b5.txt"));

        Assert.Equal(ArticleFormat.SpaceSegmentedText, document.Format);
        Assert.Contains("上汽集团和阿里巴巴签署的“互联网汽车”战略协议", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("2014年10月17日，东风汽车公司与华为在武汉签署战略合作协议", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("乐视已经拥有LetvUI智能电视操作系统经验", document.CleanText, StringComparison.Ordinal);
        Assert.False(SegmentedText.LooksSegmented(document.CleanText), "The joined text still reads as segmented.");
        Assert.DoesNotContain("版权声明", document.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identical_stories_from_two_feeds_read_to_the_same_text_apart_from_their_own_words()
    {
        var solidot = await Reader.ReadAsync(Path.Combine(TestPaths.Corpus, "solidot_9.md"));
        var unsafeCopy = await Reader.ReadAsync(Path.Combine(TestPaths.Corpus, "unsafe_1.md"));

        const string story = "Waymo 宣布与现代汽车公司达成多年战略合作伙伴关系";
        Assert.Contains(story, solidot.CleanText, StringComparison.Ordinal);
        Assert.Contains(story, unsafeCopy.CleanText, StringComparison.Ordinal);

        // Site navigation (lists of links) is not article text.
        Assert.DoesNotContain("往日文章", solidot.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("今日热榜", unsafeCopy.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("ICP", solidot.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeChat_interface_text_after_the_article_is_dropped()
    {
        var document = await Reader.ReadAsync(Path.Combine(TestPaths.Corpus, "geekpark_1.md"));

        Assert.Contains("宝马将成为首家使用亚马逊网络服务云平台的汽车制造商", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("微信扫一扫", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("轻触阅读原文", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("mmbiz.qpic.cn", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gbk_text_without_line_breaks_splits_into_paragraphs_at_its_indents()
    {
        var document = await Reader.ReadAsync(Path.Combine(TestPaths.Corpus, "sogou_5.txt"));

        var paragraphs = document.CleanText.Split('\n');
        Assert.True(paragraphs.Length > 5, $"Only {paragraphs.Length} paragraphs.");
        Assert.Equal("雷克萨斯到底做了什么，让它的竞争对手如此诧异？", paragraphs[1]);
        Assert.Equal("全球性汽车品牌应如何在中国做售后服务", document.Title);
    }

    private static ArticleFormat ExpectedFormat(string goldFormat) => goldFormat switch
    {
        _ when goldFormat.StartsWith("front matter + HTML", StringComparison.Ordinal) => ArticleFormat.FrontMatterHtml,
        _ when goldFormat.StartsWith("front matter + Markdown", StringComparison.Ordinal) => ArticleFormat.FrontMatterMarkdown,
        _ when goldFormat.Contains("segmented", StringComparison.Ordinal) => ArticleFormat.SpaceSegmentedText,
        _ => ArticleFormat.PlainText,
    };
}
