using NewsHub.Ingestion.Feeds;

namespace NewsHub.Ingestion.Tests.Feeds;

public class FeedParserTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Reads_rss_items_with_their_full_text_from_content_encoded()
    {
        var feed = FeedParser.Parse("rss-full.xml", FeedFixtures.Text("rss-full.xml"));

        Assert.Equal("示例汽车快讯", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        var first = feed.Entries[0];
        Assert.Equal("news-101", first.Identity);
        Assert.Equal("https://news.example.com/a/101.html", first.Link);
        Assert.Equal("蔚来与高通签署座舱芯片合作协议", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 2, 11, 7, 10, 45, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("赵文", first.Author);
        Assert.True(first.HasFullText);
        Assert.Contains("高通将为蔚来后续车型提供座舱计算平台", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("<p>蔚来与高通签署合作协议。</p>", first.SummaryHtml);
    }

    [Fact]
    public void Takes_the_link_as_identity_of_an_rss_item_without_guid_and_reads_a_local_date_as_china_time()
    {
        var second = FeedParser.Parse("rss-full.xml", FeedFixtures.Text("rss-full.xml")).Entries[1];

        Assert.Null(second.ItemId);
        Assert.Equal("https://news.example.com/a/102.html", second.Identity);
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 9, 30, 0, China), second.PublishedAt);
    }

    [Fact]
    public void Reads_atom_entries_with_html_and_xhtml_content()
    {
        var feed = FeedParser.Parse("atom.xml", FeedFixtures.Text("atom.xml"));

        Assert.Equal("示例科技资讯", feed.Title);
        var first = feed.Entries[0];
        Assert.Equal("urn:example:tech:201", first.Identity);
        Assert.Equal("https://tech.example.com/p/201", first.Link);
        Assert.Equal("小鹏汽车与大众汽车扩大合作", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 20, 0, 0, China), first.PublishedAt);
        Assert.Equal("周航", first.Author);
        Assert.Equal("<p>小鹏汽车与大众汽车宣布扩大合作范围，双方将共同开发电子电气架构。</p><p>新架构预计于两年后投入使用。</p>", first.ContentHtml);

        var second = feed.Entries[1];
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 8, 0, 0, TimeSpan.Zero), second.PublishedAt);
        Assert.Contains("零跑汽车公布一月交付数据", second.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_json_feed_items_with_numeric_ids_and_text_content()
    {
        var feed = FeedParser.Parse("json-feed.json", FeedFixtures.Text("json-feed.json"));

        Assert.Equal("示例新能源周刊", feed.Title);
        Assert.Equal("301", feed.Entries[0].Identity);
        Assert.Equal("孙悦", feed.Entries[0].Author);
        Assert.Equal(new DateTimeOffset(2025, 4, 15, 11, 0, 0, China), feed.Entries[0].PublishedAt);
        Assert.Equal("weekly-302", feed.Entries[1].Identity);
        Assert.Equal("<p>广汽埃安公布电池回收计划。</p><p>计划覆盖全国主要城市。</p>", feed.Entries[1].ContentHtml);
        Assert.Equal(new DateTimeOffset(2025, 4, 16, 9, 0, 0, China), feed.Entries[1].PublishedAt);
    }

    [Fact]
    public void Reports_malformed_xml_with_its_line()
    {
        var error = Assert.Throws<FeedFetchException>(() => FeedParser.Parse("malformed.xml", FeedFixtures.Text("malformed.xml")));

        Assert.Equal(FeedFailure.Malformed, error.Failure);
        Assert.StartsWith("malformed.xml: the XML is malformed (line ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>首页</body></html>", "an HTML page, not a feed")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "root element is <opml>")]
    [InlineData("{\"title\": \"不是订阅源\"}", "not a JSON Feed")]
    [InlineData("就是一段文字", "neither XML")]
    public void Says_why_content_is_not_a_feed(string content, string reason)
    {
        var error = Assert.Throws<FeedFetchException>(() => FeedParser.Parse("https://example.com/feed", content));

        Assert.Equal(FeedFailure.NotAFeed, error.Failure);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_resolves_an_external_entity_and_reports_the_feed_that_uses_one_as_malformed()
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&secret;</title></channel></rss>
            """;

        var error = Assert.Throws<FeedFetchException>(() => FeedParser.Parse("xxe.xml", Xxe));

        Assert.Equal(FeedFailure.Malformed, error.Failure);
        Assert.Contains("undeclared entity 'secret'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hashes_an_entry_by_every_field_so_an_edit_changes_it()
    {
        var entry = FeedParser.Parse("rss-full.xml", FeedFixtures.Text("rss-full.xml")).Entries[0];

        Assert.Equal(entry.ContentHash(), (entry with { }).ContentHash());
        Assert.NotEqual(entry.ContentHash(), (entry with { ContentHtml = entry.ContentHtml + "<p>更正。</p>" }).ContentHash());
        Assert.NotEqual(entry.ContentHash(), (entry with { Title = "新标题" }).ContentHash());
    }
}
