using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Search;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Search;

namespace NewsHub.IntegrationTests.Exports;

/// <summary>The app (in memory) over a database holding the <see cref="PartnershipHistory"/>.</summary>
public class PartnershipFixture : WebAppFixture
{
    private PartnershipHistory? history;

    public PartnershipHistory History => history ?? throw new InvalidOperationException("The fixture is not initialised.");

    public Company Baic => History.Baic;

    public Company BaicNewEnergy => History.BaicNewEnergy;

    public Company Changan => History.Changan;

    public Company Catl => History.Catl;

    public Company Huawei => History.Huawei;

    public Company Baidu => History.Baidu;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        history = await PartnershipHistory.SeedAsync(CreateContext);
    }
}

/// <summary>
/// A small partnership history written for these tests: four shown events (北汽–华为 reported twice,
/// 长安–华为, 北汽–百度 with a year-less date, 长安–宁德时代 whose evidence tries a spreadsheet formula) and one
/// event reported only by an article that is gone from its folder.
/// </summary>
public sealed class PartnershipHistory
{
    public const string FormulaEvidence = "=HYPERLINK(\"http://example.invalid\",\"点击\")长安与宁德时代签署供货协议";
    public const string QuotedEvidence = "长安与华为宣布成立合资公司，名为\"阿维塔\"，\n双方各持股50%。";

    private PartnershipHistory()
    {
    }

    public Company Baic { get; private set; } = null!;

    public Company BaicNewEnergy { get; private set; } = null!;

    public Company Changan { get; private set; } = null!;

    public Company Catl { get; private set; } = null!;

    public Company Huawei { get; private set; } = null!;

    public Company Baidu { get; private set; } = null!;

    /// <summary>Writes the history into the (empty, migrated) database that <paramref name="createContext"/> opens.</summary>
    public static async Task<PartnershipHistory> SeedAsync(Func<NewsHubDbContext> createContext)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        var history = new PartnershipHistory();
        await history.WriteAsync(createContext);
        return history;
    }

    private async Task WriteAsync(Func<NewsHubDbContext> createContext)
    {
        await using var db = createContext();
        Baic = new Company { CanonicalName = "北汽", Role = CompanyRole.Carmaker, EnglishNames = ["BAIC"], Aliases = [new CompanyAlias { Name = "北京汽车" }] };
        Changan = new Company { CanonicalName = "长安", Role = CompanyRole.Carmaker, EnglishNames = ["Changan"] };
        Catl = new Company { CanonicalName = "宁德时代", Role = CompanyRole.Battery, EnglishNames = ["CATL"] };
        Huawei = new Company { CanonicalName = "华为", Role = CompanyRole.Tech, EnglishNames = ["Huawei"] };
        Baidu = new Company { CanonicalName = "百度", Role = CompanyRole.Tech, EnglishNames = ["Baidu"] };
        db.Companies.AddRange(Baic, Changan, Catl, Huawei, Baidu);
        await db.SaveChangesAsync();
        BaicNewEnergy = new Company { CanonicalName = "北汽新能源", Role = CompanyRole.Carmaker, ParentId = Baic.Id };
        db.Companies.Add(BaicNewEnergy);
        await db.SaveChangesAsync();

        var signing = Article("北汽与华为签署全面合作协议", "北汽集团与华为今天签署全面合作协议。", new(2021, 9, 28, 9, 0, 0, TimeSpan.FromHours(8)), "https://news.example.invalid/1");
        var followUp = Article("北汽新能源：与华为合作进展顺利", "北汽新能源表示，与华为的合作进展顺利。", new(2021, 10, 8, 9, 0, 0, TimeSpan.FromHours(8)), null);
        var jointVenture = Article("长安与华为成立合资公司", QuotedEvidence, new(2020, 11, 20, 9, 0, 0, TimeSpan.FromHours(8)), null);
        var talks = Article("北汽与百度洽谈自动驾驶合作", "7月23日，北汽与百度洽谈自动驾驶合作。", null, null);
        var supply = Article("<b>长安</b>与宁德时代签约", FormulaEvidence, new(2016, 5, 6, 9, 0, 0, TimeSpan.FromHours(8)), null);
        var gone = Article("已移除的文章", "长安与百度签署合作协议。", new(2015, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)), null, ArticleStatus.Missing);

        // A third report of the signing whose file is gone: "N 篇报道" counts the two present ones.
        var goneReport = Article("已移除的报道：北汽与华为签约", "北汽与华为签署全面合作协议。", new(2021, 9, 29, 9, 0, 0, TimeSpan.FromHours(8)), null, ArticleStatus.Missing);
        db.Articles.AddRange(signing, followUp, jointVenture, talks, supply, gone, goneReport);
        await db.SaveChangesAsync();
        foreach (var article in new[] { signing, followUp, jointVenture, talks, supply, gone, goneReport })
        {
            await ArticleSearchIndexer.IndexAsync(db, article);
        }

        db.ArticleCompanyMentions.AddRange(
            Named(signing, Baic, Baic, "北汽"), Named(signing, Huawei, Huawei, "华为"),
            Named(followUp, BaicNewEnergy, Baic, "北汽新能源"), Named(followUp, Huawei, Huawei, "华为"),
            Named(jointVenture, Changan, Changan, "长安"), Named(jointVenture, Huawei, Huawei, "华为"),
            Named(talks, Baic, Baic, "北汽"), Named(talks, Baidu, Baidu, "百度"),
            Named(supply, Changan, Changan, "长安"), Named(supply, Catl, Catl, "宁德时代"));

        db.PartnershipEvents.AddRange(
            Event(Baic, Huawei, PartnershipStage.Agreement, new PartialDate { Year = 2021, Month = 9, Day = 28, Precision = DatePrecision.Day }, new DateOnly(2021, 9, 28),
                Mention(signing, "北汽集团与华为今天签署全面合作协议。", "北汽", "华为", "签署", 0.95),
                Mention(followUp, "北汽新能源表示，与华为的合作进展顺利。", "北汽新能源", "华为", "合作", 0.7),
                Mention(goneReport, "北汽与华为签署全面合作协议。", "北汽", "华为", "签署", 0.9)),
            Event(Changan, Huawei, PartnershipStage.JointVenture, new PartialDate { Year = 2020, Month = 11, Precision = DatePrecision.Month }, new DateOnly(2020, 11, 1),
                Mention(jointVenture, QuotedEvidence, "长安", "华为", "合资", 0.9)),
            Event(Baic, Baidu, PartnershipStage.Talks, new PartialDate { Month = 7, Day = 23, Precision = DatePrecision.MonthDay }, null,
                Mention(talks, "7月23日，北汽与百度洽谈自动驾驶合作。", "北汽", "百度", "洽谈", 0.6)),
            Event(Changan, Catl, PartnershipStage.Supply, new PartialDate { Year = 2016, Precision = DatePrecision.Year }, new DateOnly(2016, 1, 1),
                Mention(supply, FormulaEvidence, "长安", "宁德时代", "供货", 0.8)),
            Event(Changan, Baidu, PartnershipStage.Agreement, new PartialDate { Year = 2015, Month = 1, Day = 1, Precision = DatePrecision.Day }, new DateOnly(2015, 1, 1),
                Mention(gone, "长安与百度签署合作协议。", "长安", "百度", "签署", 0.9)));
        await db.SaveChangesAsync();
    }

    private static Article Article(string title, string text, DateTimeOffset? published, string? sourceUrl, ArticleStatus status = ArticleStatus.Active)
    {
        var article = SearchFixture.NewArticle(title, text, published ?? DateTimeOffset.UnixEpoch, status);
        article.PublishedAt = published;
        article.SourceUrl = sourceUrl;
        article.Outlet = "测试日报";
        return article;
    }

    private static ArticleCompanyMention Named(Article article, Company company, Company group, string asWritten) => new()
    {
        ArticleId = article.Id,
        CompanyId = company.Id,
        GroupId = group.Id,
        AsWritten = asWritten,
        Start = Math.Max(0, article.CleanText.IndexOf(asWritten, StringComparison.Ordinal)),
        Length = asWritten.Length,
    };

    private PartnershipEvent Event(Company first, Company second, PartnershipStage stage, PartialDate date, DateOnly? sortDate, params PartnershipMention[] mentions)
    {
        var (a, b) = first.Id < second.Id ? (first, second) : (second, first);
        foreach (var mention in mentions)
        {
            mention.Stage = stage;
            mention.Date = new PartialDate { Year = date.Year, Month = date.Month, Day = date.Day, Precision = date.Precision, Source = date.Source };
            if (a != first)
            {
                (mention.CompanyAAsWritten, mention.CompanyBAsWritten) = (mention.CompanyBAsWritten, mention.CompanyAAsWritten);
            }

            // Sides in the event's order, as the writer stores them: each name's company and its group.
            (mention.CompanyAId, mention.CompanyAGroupId) = (CompanyWrittenAs(mention.CompanyAAsWritten).Id, a.Id);
            (mention.CompanyBId, mention.CompanyBGroupId) = (CompanyWrittenAs(mention.CompanyBAsWritten).Id, b.Id);
        }

        return new PartnershipEvent
        {
            CompanyAId = a.Id,
            CompanyBId = b.Id,
            Stage = stage,
            Date = date,
            SortDate = sortDate,
            Confidence = mentions.Max(m => m.Confidence),
            ArticleCount = mentions.Select(m => m.ArticleId).Distinct().Count(),
            Mentions = [.. mentions],
        };
    }

    /// <summary>The company whose canonical name a mention writes (every name in this history is one).</summary>
    private Company CompanyWrittenAs(string asWritten) =>
        new[] { Baic, BaicNewEnergy, Changan, Catl, Huawei, Baidu }.Single(c => c.CanonicalName == asWritten);

    private static PartnershipMention Mention(Article article, string evidence, string first, string second, string trigger, double confidence) => new()
    {
        ArticleId = article.Id,
        Evidence = evidence,
        EvidenceStart = Math.Max(0, article.CleanText.IndexOf(evidence, StringComparison.Ordinal)),
        EvidenceLength = evidence.Length,
        CompanyAAsWritten = first,
        CompanyAStart = Math.Max(0, evidence.IndexOf(first, StringComparison.Ordinal)),
        CompanyBAsWritten = second,
        CompanyBStart = Math.Max(0, evidence.IndexOf(second, StringComparison.Ordinal)),
        Trigger = trigger,
        TriggerStart = Math.Max(0, evidence.IndexOf(trigger, StringComparison.Ordinal)),
        Confidence = confidence,
    };
}
