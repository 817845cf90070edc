using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.IntegrationTests.Infrastructure;

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
/// event reported only by an article that is gone from its folder. The articles are stored through the import's
/// <see cref="ArticleWriter"/>, so the events, counts and dates are the ones the app would make of them.
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

        // Each article goes through the import's writer, which groups its reports into events as the app does.
        var writer = SeedWriter.For(db);
        // Each report gets a date of its own: the writer's input takes a fresh instance per mention.
        static PartialDate SigningDay() => new() { Year = 2021, Month = 9, Day = 28, Precision = DatePrecision.Day };
        await WriteAsync(writer, "北汽与华为签署全面合作协议", "北汽集团与华为今天签署全面合作协议。", new(2021, 9, 28, 9, 0, 0, TimeSpan.FromHours(8)), "https://news.example.invalid/1",
            Tells(Baic, "北汽", Huawei, "华为", "签署", PartnershipStage.Agreement, SigningDay(), 0.95));
        await WriteAsync(writer, "北汽新能源：与华为合作进展顺利", "北汽新能源表示，与华为的合作进展顺利。", new(2021, 10, 8, 9, 0, 0, TimeSpan.FromHours(8)), null,
            Tells(BaicNewEnergy, "北汽新能源", Huawei, "华为", "合作", PartnershipStage.Agreement, SigningDay(), 0.7));
        await WriteAsync(writer, "长安与华为成立合资公司", QuotedEvidence, new(2020, 11, 20, 9, 0, 0, TimeSpan.FromHours(8)), null,
            Tells(Changan, "长安", Huawei, "华为", "合资", PartnershipStage.JointVenture, new PartialDate { Year = 2020, Month = 11, Precision = DatePrecision.Month }, 0.9));
        await WriteAsync(writer, "北汽与百度洽谈自动驾驶合作", "7月23日，北汽与百度洽谈自动驾驶合作。", null, null,
            Tells(Baic, "北汽", Baidu, "百度", "洽谈", PartnershipStage.Talks, new PartialDate { Month = 7, Day = 23, Precision = DatePrecision.MonthDay }, 0.6));
        await WriteAsync(writer, "<b>长安</b>与宁德时代签约", FormulaEvidence, new(2016, 5, 6, 9, 0, 0, TimeSpan.FromHours(8)), null,
            Tells(Changan, "长安", Catl, "宁德时代", "供货", PartnershipStage.Supply, new PartialDate { Year = 2016, Precision = DatePrecision.Year }, 0.8));
        var gone = await WriteAsync(writer, "已移除的文章", "长安与百度签署合作协议。", new(2015, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)), null,
            Tells(Changan, "长安", Baidu, "百度", "签署", PartnershipStage.Agreement, new PartialDate { Year = 2015, Month = 1, Day = 1, Precision = DatePrecision.Day }, 0.9));

        // A third report of the signing whose file is gone: "N 篇报道" counts the two present ones.
        var goneReport = await WriteAsync(writer, "已移除的报道：北汽与华为签约", "北汽与华为签署全面合作协议。", new(2021, 9, 29, 9, 0, 0, TimeSpan.FromHours(8)), null,
            Tells(Baic, "北汽", Huawei, "华为", "签署", PartnershipStage.Agreement, SigningDay(), 0.9));
        await SeedWriter.MarkMissingAsync(db, gone);
        await SeedWriter.MarkMissingAsync(db, goneReport);
    }

    /// <summary>Writes an article whose whole text is the evidence of <paramref name="report"/>, naming both its companies.</summary>
    private static async Task<long> WriteAsync(ArticleWriter writer, string title, string text, DateTimeOffset? published, string? sourceUrl, Report report)
    {
        var a = Named(text, report.First, report.FirstAsWritten);
        var b = Named(text, report.Second, report.SecondAsWritten);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + text)));
        var written = await writer.WriteAsync(new ArticleToStore(
            "/history/" + hash + ".txt", hash, ArticleFormat.PlainText, "utf-8", title, published, Author: null, "测试日报", sourceUrl,
            text, "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>", "{}",
            [a, b],
            [new PartnershipMentionToStore(a, b, report.Stage, IsPlanned: false, report.Date, text, 0, report.Trigger,
                text.IndexOf(report.Trigger, StringComparison.Ordinal), report.Confidence)]));
        return written.ArticleId;
    }

    private static Report Tells(Company first, string firstAsWritten, Company second, string secondAsWritten, string trigger, PartnershipStage stage, PartialDate date, double confidence) =>
        new(first, firstAsWritten, second, secondAsWritten, trigger, stage, date, confidence);

    private static CompanyMentionToStore Named(string text, Company company, string asWritten)
    {
        var start = text.IndexOf(asWritten, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"\"{asWritten}\" is not in \"{text}\".");
        }

        var group = company.Parent ?? company;
        return new CompanyMentionToStore(company.CanonicalName, group.CanonicalName, asWritten, start, asWritten.Length);
    }

    /// <summary>One partnership an article reports: its two companies as written, trigger, stage, date and confidence.</summary>
    private sealed record Report(
        Company First, string FirstAsWritten, Company Second, string SecondAsWritten, string Trigger, PartnershipStage Stage, PartialDate Date, double Confidence);
}
