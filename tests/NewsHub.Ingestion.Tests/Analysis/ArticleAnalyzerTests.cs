using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Tests.Companies;

namespace NewsHub.Ingestion.Tests.Analysis;

/// <summary>
/// The one analysis import, re-tag and analyze share: the text's partnerships, and the headline's for the
/// pairs the text does not tell (on the shipped catalog, with invented articles).
/// </summary>
public sealed class ArticleAnalyzerTests(TaggerFixture fixture) : IClassFixture<TaggerFixture>
{
    private static readonly DateTimeOffset Published = new(2024, 5, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private ArticleAnalyzer Analyzer => new(fixture.Tagger);

    [Theory]
    [InlineData("长安汽车与百度签署战略合作协议", "会上，双方介绍了智能座舱的进展。")]
    [InlineData("吉利牵手腾讯，共建智能汽车生态", "发布会吸引了众多媒体。业内人士认为，这是行业的大事。")]
    public void Finds_a_pair_only_the_headline_tells_with_its_offsets_in_the_title(string title, string text)
    {
        var analysis = Analyzer.Analyze(title, text, Published);

        var finding = Assert.Single(analysis.Partnerships);
        Assert.True(finding.InHeadline);
        Assert.Equal(finding.CompanyA.AsWritten, title.Substring(finding.CompanyA.Start, finding.CompanyA.Length));
        Assert.Equal(finding.Trigger, title.Substring(finding.TriggerStart, finding.Trigger.Length));
        Assert.NotEmpty(analysis.HeadlineCompanies);
    }

    [Fact]
    public void Leaves_a_pair_the_text_tells_to_the_texts_sentence()
    {
        const string title = "长安汽车与百度签署战略合作协议";
        const string text = "5月9日，长安汽车与百度在重庆签署战略合作协议，双方将在自动驾驶领域合作。";

        var analysis = Analyzer.Analyze(title, text, Published);

        Assert.NotEmpty(analysis.Partnerships);
        Assert.All(analysis.Partnerships, f => Assert.False(f.InHeadline));
    }

    [Fact]
    public void Analyses_a_page_whose_text_is_its_headline_once()
    {
        const string title = "长安汽车与百度签署战略合作协议";

        var analysis = Analyzer.Analyze(title, title, Published);

        Assert.Single(analysis.Partnerships);
        Assert.All(analysis.Partnerships, f => Assert.False(f.InHeadline));
        Assert.Empty(analysis.HeadlineCompanies);
    }

    [Fact]
    public void Finds_in_the_headline_a_company_discovered_in_the_body()
    {
        const string title = "蓝鲸湾牵手宝马";
        const string text = "北京蓝鲸湾科技有限公司（以下简称“蓝鲸湾”）今日宣布，蓝鲸湾与宝马签署合作协议。";
        Assert.DoesNotContain(fixture.Tagger.Tag(title), m => m.Discovered);

        var analysis = Analyzer.Analyze(title, text, Published);

        var found = Assert.Single(analysis.HeadlineCompanies, m => m.Discovered);
        Assert.Equal(("蓝鲸湾", "蓝鲸湾", 0, 3), (found.Name, found.AsWritten, found.Start, found.Length));
    }

    [Fact]
    public void Counts_an_everyday_word_in_the_headline_when_the_body_names_its_company()
    {
        const string title = "理想迎来新对手";
        Assert.Empty(fixture.Tagger.Tag(title));

        var withBody = Analyzer.Analyze(title, "理想汽车三月交付三万辆，同比增长。", Published);
        var withoutCompany = Analyzer.Analyze(title, "人人都有自己的理想，也有自己的对手。", Published);

        Assert.Equal(["理想"], withBody.HeadlineCompanies.Select(m => m.Group));
        Assert.Empty(withoutCompany.HeadlineCompanies);
    }

    [Fact]
    public void Finds_nothing_in_a_headline_that_names_no_deal()
    {
        var analysis = Analyzer.Analyze("长安汽车发布四月销量，百度股价上涨", "长安汽车四月销量增长。百度股价上涨。", Published);

        Assert.Empty(analysis.Partnerships);
    }

    [Theory]
    [InlineData("5月8日，长安汽车在重庆举行发布会，百度董事长出席。双方介绍了智能座舱的进展。", "2024-05-08")]
    [InlineData("IT之家5月7日消息，发布会在重庆举行。会上介绍了智能座舱的进展。", "2024-05-07")]
    public void A_headline_told_deal_takes_the_date_its_lead_gives(string text, string expected)
    {
        var analysis = Analyzer.Analyze("长安汽车与百度签署战略合作协议", text, Published);

        var finding = Assert.Single(analysis.Partnerships);
        Assert.True(finding.InHeadline);
        Assert.Equal(expected, finding.Date.ToIsoString());
    }

    [Fact]
    public void A_headline_told_deal_keeps_the_publication_day_when_the_lead_dates_nothing()
    {
        var analysis = Analyzer.Analyze("长安汽车与百度签署战略合作协议", "会上，双方介绍了智能座舱的进展。2019年长安街曾举办车展。", Published);

        Assert.Equal("2024-05-10", Assert.Single(analysis.Partnerships).Date.ToIsoString());
    }
}
