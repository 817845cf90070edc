using System.Text;
using NewsHub.Ingestion.Sources;

namespace NewsHub.Ingestion.Tests.Sources;

public sealed class OpmlFeedListTests
{
    [Fact]
    public void Feeds_nested_in_a_readers_folders_are_read_with_their_titles()
    {
        const string opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>subscriptions</title></head>
              <body>
                <outline text="汽车">
                  <outline type="rss" text="车闻" title="车闻速递" xmlUrl="https://cars.example.com/rss" />
                  <outline type="rss" text="只有 text" xmlUrl=" https://b.example.com/atom " />
                </outline>
                <outline type="rss" xmlUrl="https://c.example.com/feed.json" />
                <outline text="not a feed" htmlUrl="https://d.example.com/" />
              </body>
            </opml>
            """;

        var feeds = OpmlFeedList.Read(new MemoryStream(Encoding.UTF8.GetBytes(opml)));

        Assert.Equal(
            [new OpmlFeed("车闻速递", "https://cars.example.com/rss"), new OpmlFeed("只有 text", "https://b.example.com/atom"), new OpmlFeed(null, "https://c.example.com/feed.json")],
            feeds);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var written = OpmlFeedList.Write([("甲 & 乙", "https://a.example.com/rss?x=1&y=<2>"), ("本地", "/srv/feeds/local.xml")], DateTimeOffset.UnixEpoch);

        var feeds = OpmlFeedList.Read(new MemoryStream(Encoding.UTF8.GetBytes(written)));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", written, StringComparison.Ordinal);
        Assert.Equal([new OpmlFeed("甲 & 乙", "https://a.example.com/rss?x=1&y=<2>"), new OpmlFeed("本地", "/srv/feeds/local.xml")], feeds);
    }

    [Theory]
    [InlineData("<opml><body>", "not well-formed XML")]
    [InlineData("<rss version=\"2.0\"><channel /></rss>", "not OPML")]
    [InlineData("<!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body /></opml>", "not well-formed XML")]
    public void Files_that_are_not_OPML_are_refused_with_the_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => OpmlFeedList.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
