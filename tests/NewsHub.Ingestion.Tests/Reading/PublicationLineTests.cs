using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>The publication time an article writes at its top when no front matter gives one.</summary>
public sealed class PublicationLineTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("标题\n时间：2023-03-08 09:30\n正文。", 2023, 3, 8, 9, 30)]
    [InlineData("标题\n发布时间：２０２３年３月８日\n正文。", 2023, 3, 8, 0, 0)]
    [InlineData("标题\n发布时间：２０２３－０３－０８　０９：３０\n正文。", 2023, 3, 8, 9, 30)]
    [InlineData("标题\n来源：新浪汽车 2023-03-08\n正文。", 2023, 3, 8, 0, 0)]
    [InlineData("标题\n来源：新浪汽车　发布日期：2023年3月8日 14:05\n正文。", 2023, 3, 8, 14, 5)]
    [InlineData("标题\n2023/3/8 9:05 星期三\n正文。", 2023, 3, 8, 9, 5)]
    [InlineData("标题\n**发布时间**：2023.03.08\n\n正文。", 2023, 3, 8, 0, 0)]
    [InlineData("<h1>标题</h1><p class=\"meta\">发布时间：<span>2023-03-08 09:30</span></p><p>正文。</p>", 2023, 3, 8, 9, 30)]
    public void Reads_a_dateline_under_the_title_as_beijing_time(string body, int year, int month, int day, int hour, int minute) =>
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, Beijing), PublicationLine.Find(body));

    [Theory]
    [InlineData("标题\n2023年3月8日，长安与地平线签署合作协议。")]
    [InlineData("标题\n2023年3月8日长安与地平线签署战略合作协议并发布新车型")]
    [InlineData("标题\n据悉，时间定在2023-03-08。")]
    [InlineData("标题\n时间：2023-02-30\n正文。")]
    [InlineData("标题\n新华网上海5月10日电 中国石化集团上海工程有限公司最近中标。")]
    public void Takes_no_date_that_dates_the_text_rather_than_the_article(string body) => Assert.Null(PublicationLine.Find(body));

    [Fact]
    public void Looks_only_at_the_top_of_the_text()
    {
        var body = string.Join('\n', Enumerable.Range(1, PublicationLine.LinesSearched).Select(i => $"第{i}段。")) + "\n时间：2023-03-08 09:30";

        Assert.Null(PublicationLine.Find(body));
    }

    [Fact]
    public void A_gbk_plain_text_is_dated_by_the_line_under_its_title()
    {
        var document = new ArticleReader().Read(ArticleFile.FromBytes(
            TestPaths.Fixture("dateline-under-title.gbk.txt"), File.ReadAllBytes(TestPaths.Fixture("dateline-under-title.gbk.txt"))));

        Assert.Equal("gb18030", document.Encoding);
        Assert.Equal("长安与地平线签署智能驾驶合作协议", document.Title);
        Assert.Equal(new DateTimeOffset(2023, 3, 8, 9, 30, 0, Beijing), document.PublishedAt);
    }

    [Fact]
    public void The_front_matter_date_comes_before_a_dateline_in_the_text() =>
        Assert.Equal(
            new DateTimeOffset(2023, 3, 9, 0, 0, 0, Beijing),
            ArticleFiles.Read("---\ntitle: 标题\ndate: 2023-03-09\n---\n发布时间：2023-03-08 09:30\n\n正文。\n").PublishedAt);

    [Fact]
    public void A_markdown_article_without_a_front_matter_date_is_dated_by_its_dateline() =>
        Assert.Equal(
            new DateTimeOffset(2023, 3, 8, 9, 30, 0, Beijing),
            ArticleFiles.Read("---\ntitle: 标题\n---\n# 标题\n\n发布时间：2023-03-08 09:30\n\n正文。\n").PublishedAt);
}
