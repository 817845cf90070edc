using System.Globalization;
using System.Text;

namespace NewsHub.Ingestion.Tests.Reading;

public class FrontMatterTests
{
    private const string Article = "---\ntitle: '北汽与华为签署协议'\ndate: Tue, 28 Sep 2021 01:39:00 GMT\nauthor: 高科技行业门户\n---\n\n<p>正文第一段。</p>\n";

    [Fact]
    public void Reads_title_date_and_author_from_front_matter()
    {
        var document = ArticleFiles.Read(Article);

        Assert.Equal(ArticleFormat.FrontMatterHtml, document.Format);
        Assert.Equal("北汽与华为签署协议", document.Title);
        Assert.Equal(new DateTimeOffset(2021, 9, 28, 1, 39, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal("高科技行业门户", document.Author);
        Assert.Equal("正文第一段。", document.CleanText);
    }

    [Fact]
    public void Tolerates_leading_blank_lines_a_byte_order_mark_and_crlf_line_endings()
    {
        var variant = "\r\n\r\n" + Article.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(variant)).ToArray();

        var document = ArticleFiles.Read(bytes);

        Assert.Equal("utf-8-bom", document.Encoding);
        Assert.Equal("北汽与华为签署协议", document.Title);
        Assert.Equal(new DateTimeOffset(2021, 9, 28, 1, 39, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal("正文第一段。", document.CleanText);
    }

    [Theory]
    [InlineData("title: 未加引号的标题")]
    [InlineData("title: '单引号的标题'")]
    [InlineData("title: \"双引号的标题\"")]
    public void Reads_quoted_and_unquoted_values(string titleLine)
    {
        var document = ArticleFiles.Read($"---\n{titleLine}\n---\n正文。\n");

        Assert.EndsWith("的标题", document.Title, StringComparison.Ordinal);
        Assert.DoesNotContain('\'', document.Title);
        Assert.DoesNotContain('"', document.Title);
    }

    [Fact]
    public void Keeps_unknown_keys_as_metadata_with_their_yaml_types()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\ncomments: false\nweight: 3\ncategories:\n - 新媒体\n - 新闻\nextra: \"保留\"\n---\n正文。\n");

        Assert.Equal(false, document.Metadata["comments"]);
        Assert.Equal(3L, document.Metadata["weight"]);
        Assert.Equal(new List<object?> { "新媒体", "新闻" }, document.Metadata["categories"]);
        Assert.Equal("保留", document.Metadata["extra"]);
        Assert.Equal("标题", document.Metadata["title"]);
    }

    [Fact]
    public void Tells_a_markdown_body_from_an_html_body()
    {
        var markdown = ArticleFiles.Read("---\ntitle: 标题\n---\n\n# 小标题\n\n第一段，含 **加粗** 文字。\n\n* 要点一\n* 要点二\n");

        Assert.Equal(ArticleFormat.FrontMatterMarkdown, markdown.Format);
        Assert.Equal("小标题\n第一段，含 加粗 文字。\n要点一\n要点二", markdown.CleanText);
        Assert.Contains("<strong>加粗</strong>", markdown.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_a_heading_that_repeats_the_title()
    {
        var document = ArticleFiles.Read("---\ntitle: 重复的标题\n---\n\n# 重复的标题\n\n正文。\n");

        Assert.Equal("正文。", document.CleanText);
    }

    [Fact]
    public void Reads_source_url_and_outlet_from_common_keys()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\nurl: https://example.com/a\nsource: 极客公园\n---\n正文。\n");

        Assert.Equal("https://example.com/a", document.SourceUrl);
        Assert.Equal("极客公园", document.Outlet);
    }

    [Fact]
    public void A_url_that_is_not_a_web_address_is_not_kept_as_source_link()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\nurl: javascript:alert(1)\n---\n正文。\n");

        Assert.Null(document.SourceUrl);
    }

    [Fact]
    public void Front_matter_with_title_only_and_no_body_is_an_article_whose_text_is_its_headline()
    {
        var document = ArticleFiles.Read("---\ntitle: 只有标题\ndate: 2025-06-07\n---\n");

        Assert.Equal("只有标题", document.Title);
        Assert.Equal("只有标题", document.CleanText);
        Assert.True(document.TextIsHeadline);
        Assert.Equal("2025-06-07", document.PublishedAt!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
