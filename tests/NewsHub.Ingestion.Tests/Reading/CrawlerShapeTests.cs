using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>The shapes of file a crawler leaves in a folder, told apart by content (tests/testdata/reading/crawler-shapes).</summary>
public class CrawlerShapeTests
{
    private static Task<ArticleDocument> ReadShape(string name) =>
        new ArticleReader().ReadAsync(Path.Combine(TestPaths.Fixtures, "crawler-shapes", name));

    [Fact]
    public async Task Reads_a_saved_page_with_a_txt_extension_as_a_web_page()
    {
        var document = await ReadShape("saved-page.txt");

        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("长安汽车与地平线签署智能驾驶合作协议", document.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 18, 9, 30, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.Equal("车闻网", document.Outlet);
        Assert.Equal("https://news.example.com/auto/2025/0318/1001.html", document.SourceUrl);
        Assert.StartsWith("3月18日，长安汽车与地平线在重庆签署合作协议", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("合作模式也将从单纯的采购关系转向联合开发。", document.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_the_navigation_sidebar_footer_and_scripts_of_a_saved_page_behind()
    {
        var document = await ReadShape("saved-page.txt");

        foreach (var chrome in new[] { "首页", "热门文章", "固态电池量产时间表出炉", "版权所有", "analytics" })
        {
            Assert.DoesNotContain(chrome, document.CleanText, StringComparison.Ordinal);
            Assert.DoesNotContain(chrome, document.SanitizedHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Takes_the_title_from_the_title_element_without_the_channel_and_site_and_the_time_from_json_ld()
    {
        var document = await ReadShape("saved-page-jsonld.htm");

        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("比亚迪与英伟达扩大自动驾驶芯片合作", document.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 9, 16, 45, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.Equal("李青", document.Author);
        Assert.StartsWith("比亚迪日前宣布", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("编辑推荐", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", document.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_page_body_with_menus_and_sidebar_around_it_taking_the_h1_and_the_dateline()
    {
        var document = await ReadShape("page-body-with-chrome.html");

        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("吉利汽车与宁德时代合作开发新一代电池包", document.Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 6, 14, 20, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.Contains("吉利汽车与宁德时代近日达成合作", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("确保产品在量产阶段的一致性。", document.CleanText, StringComparison.Ordinal);
        foreach (var chrome in new[] { "经销商", "广告位招商", "电动车冬季续航测试", "京ICP备" })
        {
            Assert.DoesNotContain(chrome, document.CleanText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reads_markdown_without_front_matter_taking_the_title_from_its_heading()
    {
        var document = await ReadShape("titled-markdown.md");

        Assert.Equal(ArticleFormat.Markdown, document.Format);
        Assert.Equal("上汽集团与华为深化智能座舱合作", document.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 10, 15, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.DoesNotContain("# ", document.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("上汽集团与华为深化智能座舱合作\n", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("上汽集团与华为近日签署深化合作协议", document.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/crawl/a.md")]
    [InlineData("/crawl/a.txt")]
    [InlineData("/crawl/a")]
    public void Tells_a_saved_page_from_its_content_whatever_its_extension(string path)
    {
        var document = ArticleFiles.Read("<!doctype html><html><head><title>标题 - 网站</title></head><body><p>正文第一段。</p></body></html>", path);

        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("标题", document.Title);
        Assert.Equal("正文第一段。", document.CleanText);
    }

    [Fact]
    public void Still_reads_plain_text_that_merely_starts_with_a_hash_sign_and_no_space_as_plain_text()
    {
        var document = ArticleFiles.Read("#话题# 某车企发布新车。\n第二段。", "/crawl/a.txt");

        Assert.Equal(ArticleFormat.PlainText, document.Format);
    }

    [Fact]
    public void Takes_a_time_element_when_the_page_has_no_meta_time()
    {
        var document = ArticleFiles.Read(
            "<html><body><h1>某车企发布新车</h1><time datetime=\"2025-07-01T08:00:00+08:00\">7月1日</time><p>正文。</p></body></html>", "/crawl/p.html");

        Assert.Equal(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(8)), document.PublishedAt);
        Assert.Equal("某车企发布新车", document.Title);
    }

    [Theory]
    [InlineData("新车上市_汽车频道_示例网", null, "新车上市")]
    [InlineData("新车上市 - 示例网", null, "新车上市")]
    [InlineData("示例网 | 某品牌新车正式上市", "示例网", "某品牌新车正式上市")]
    [InlineData("ADAS-L2 功能上车", null, "ADAS-L2 功能上车")]
    public void Trims_the_site_name_from_a_page_title(string title, string? siteName, string expected) =>
        Assert.Equal(expected, PageTitle.WithoutSiteName(title, siteName));

    [Theory]
    [InlineData("发布时间：2025-02-11 15:10:45 来源：某网", 2025, 2, 11, 15, 10, 45)]
    [InlineData("2024年12月3日 09:05", 2024, 12, 3, 9, 5, 0)]
    [InlineData("2023/8/1", 2023, 8, 1, 0, 0, 0)]
    public void Finds_a_dateline_near_the_top_of_the_text(string text, int year, int month, int day, int hour, int minute, int second) =>
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(8)), PublicationLine.Find(text));

    [Fact]
    public void Finds_no_dateline_in_text_without_one_or_with_an_impossible_date()
    {
        Assert.Null(PublicationLine.Find("某车企发布新车，售价20万元。"));
        Assert.Null(PublicationLine.Find("2025-02-30 10:00"));
        // A page body's first sentence that opens with a date dates the event it tells, not the page.
        Assert.Null(PublicationLine.Find("2025年2月11日，某车企与某科技公司签署战略合作协议，双方将在智能驾驶领域展开合作。"));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>源</title></channel></rss>", "a feed (<rss>)")]
    [InlineData("<?xml version=\"1.0\"?><!-- saved --><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>源</title></feed>", "a feed (<feed>)")]
    [InlineData("<?xml version=\"1.0\"?><urlset><url><loc>https://example.com/</loc></url></urlset>", "an XML document (<urlset>)")]
    public void Refuses_a_feed_or_other_xml_a_crawler_saved_beside_the_articles(string content, string reason)
    {
        var error = ArticleFiles.Fails(content, "/crawl/feed.md");

        Assert.Equal(ReadFailure.NotAnArticle, error.Failure);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_xhtml_page_with_an_xml_declaration_as_a_web_page()
    {
        var document = ArticleFiles.Read("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>标题_网站</title></head><body><p>正文。</p></body></html>", "/crawl/a.xhtml");

        Assert.Equal(ArticleFormat.HtmlPage, document.Format);
        Assert.Equal("标题", document.Title);
    }
}
