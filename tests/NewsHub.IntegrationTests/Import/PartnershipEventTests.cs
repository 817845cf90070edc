using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Import;

/// <summary>How <see cref="ArticleWriter"/> groups partnership mentions into events, and keeps events up to date.</summary>
public class PartnershipEventTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly RecordingLoggerProvider logs = new();
    private ArticleWriter writer = null!;
    private int beiqi;
    private int huawei;

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await using (var db = database.CreateContext())
        {
            var group = new Company { CanonicalName = "北汽", Role = CompanyRole.Carmaker };
            var tech = new Company { CanonicalName = "华为", Role = CompanyRole.Tech };
            db.Companies.AddRange(group, tech, new Company { CanonicalName = "北汽新能源", Role = CompanyRole.Carmaker, Parent = group });
            await db.SaveChangesAsync();
            (beiqi, huawei) = (group.Id, tech.Id);
        }

        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));
        writer = new ArticleWriter(Importing.Contexts(database), loggers.CreateLogger<ArticleWriter>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mentions_of_a_pair_and_stage_within_the_window_report_one_event()
    {
        await writer.WriteAsync(Article("a", Day(2024, 3, 1), confidence: 0.6));
        await writer.WriteAsync(Article("b", Day(2024, 3, 20), confidence: 0.5));

        var single = Assert.Single(await EventsAsync());
        Assert.Equal(2, single.ArticleCount);
        Assert.Equal(1 - (0.4 * 0.5), single.Confidence, precision: 6);
        Assert.Equal(new DateOnly(2024, 3, 1), single.SortDate);
        Assert.Equal(Math.Min(beiqi, huawei), single.CompanyAId);
        Assert.Equal(Math.Max(beiqi, huawei), single.CompanyBId);
    }

    [Fact]
    public async Task Mentions_months_apart_or_of_another_stage_report_other_events()
    {
        await writer.WriteAsync(Article("a", Day(2024, 3, 1)));
        await writer.WriteAsync(Article("b", Day(2024, 9, 1)));
        await writer.WriteAsync(Article("c", Day(2024, 3, 2), PartnershipStage.JointVenture));

        var events = await EventsAsync();
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(1, e.ArticleCount));
    }

    [Fact]
    public async Task A_signing_and_the_supply_it_plans_in_one_article_are_one_event_at_the_furthest_stage()
    {
        var article = Article("a", Day(2024, 3, 1));
        var signing = article.PartnershipMentions[0];
        var supply = signing with { Stage = PartnershipStage.Supply, IsPlanned = true, Date = Day(2024, 3, 3) };
        await writer.WriteAsync(article with { PartnershipMentions = [signing, supply] });

        var single = Assert.Single(await EventsAsync());
        Assert.Equal((PartnershipStage.Supply, true), (single.Stage, single.IsPlanned));

        // Another article's report of the signing alone joins it: the event tells that stage too.
        await writer.WriteAsync(Article("b", Day(2024, 3, 1)));
        var joined = Assert.Single(await EventsAsync());
        Assert.Equal((2, new DateOnly(2024, 3, 1)), (joined.ArticleCount, joined.SortDate));
    }

    [Fact]
    public async Task A_month_matches_a_day_inside_it_and_the_more_precise_date_wins()
    {
        await writer.WriteAsync(Article("a", new PartialDate { Year = 2021, Month = 12, Precision = DatePrecision.Month, Source = DateSource.Text }));
        await writer.WriteAsync(Article("b", Day(2021, 12, 20)));

        var single = Assert.Single(await EventsAsync());
        Assert.Equal(DatePrecision.Day, single.Date.Precision);
        Assert.Equal(new DateOnly(2021, 12, 20), single.SortDate);
    }

    [Fact]
    public async Task Changing_an_article_moves_its_mentions_and_deletes_events_left_empty()
    {
        var first = await writer.WriteAsync(Article("a", Day(2024, 3, 1)));
        var events = await EventsAsync();

        var second = await writer.WriteAsync(Article("a", Day(2024, 9, 1)) with { ContentHash = Hash("a-edited") });

        Assert.Equal(FileOutcome.Changed, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        var after = Assert.Single(await EventsAsync());
        Assert.NotEqual(Assert.Single(events).Id, after.Id);
        Assert.Equal(new DateOnly(2024, 9, 1), after.SortDate);
    }

    [Fact]
    public async Task The_pair_is_stored_smaller_id_first_whichever_way_the_article_names_it()
    {
        var article = Article("a", Day(2024, 3, 1));
        var finding = article.PartnershipMentions[0];
        await writer.WriteAsync(article with { PartnershipMentions = [finding with { CompanyA = finding.CompanyB, CompanyB = finding.CompanyA }] });

        var stored = Assert.Single(await EventsAsync());
        Assert.True(stored.CompanyAId < stored.CompanyBId);
        await using var db = database.CreateContext();
        var mention = await db.PartnershipMentions.SingleAsync();
        Assert.Equal(stored.CompanyAId == beiqi ? "北汽新能源" : "华为", mention.CompanyAAsWritten);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_mention_keeps_the_company_named_on_each_side_and_its_group(bool namedTheOtherWayRound)
    {
        var article = Article("a", Day(2024, 3, 1));
        var finding = article.PartnershipMentions[0];
        await writer.WriteAsync(namedTheOtherWayRound
            ? article with { PartnershipMentions = [finding with { CompanyA = finding.CompanyB, CompanyB = finding.CompanyA }] }
            : article);

        await using var db = database.CreateContext();
        var brand = await db.Companies.Where(c => c.CanonicalName == "北汽新能源").Select(c => c.Id).SingleAsync();
        var stored = Assert.Single(await EventsAsync());
        var mention = await db.PartnershipMentions.SingleAsync();
        var (beiqiSide, huaweiSide) = stored.CompanyAId == beiqi
            ? ((mention.CompanyAId, mention.CompanyAGroupId), (mention.CompanyBId, mention.CompanyBGroupId))
            : ((mention.CompanyBId, mention.CompanyBGroupId), (mention.CompanyAId, mention.CompanyAGroupId));
        Assert.Equal((brand, beiqi), beiqiSide);
        Assert.Equal((huawei, huawei), huaweiSide);
        Assert.Equal((stored.CompanyAId, stored.CompanyBId), (mention.CompanyAGroupId, mention.CompanyBGroupId));
    }

    [Fact]
    public async Task A_mention_of_a_company_missing_from_the_catalog_is_skipped_with_a_warning()
    {
        var article = Article("a", Day(2024, 3, 1)) with
        {
            CompanyMentions = [new CompanyMentionToStore("华为", "华为", "华为", 0, 2), new CompanyMentionToStore("不存在的公司", "不存在的公司", "不存在", 10, 3)],
        };

        await writer.WriteAsync(article);

        await using var db = database.CreateContext();
        Assert.Equal("华为", (await db.ArticleCompanyMentions.SingleAsync()).AsWritten);
        Assert.Contains(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("不存在的公司", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Writing_the_same_content_under_a_second_path_adds_a_source_and_no_mentions()
    {
        var first = await writer.WriteAsync(Article("a", Day(2024, 3, 1)));
        var second = await writer.WriteAsync(Article("a", Day(2024, 3, 1)) with { SourcePath = "/articles/elsewhere/a.md" });

        Assert.Equal(FileOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, Assert.Single(await EventsAsync()).ArticleCount);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.PartnershipMentions.CountAsync());
    }

    private async Task<List<PartnershipEvent>> EventsAsync()
    {
        await using var db = database.CreateContext();
        return await db.PartnershipEvents.OrderBy(e => e.Id).ToListAsync();
    }

    private static PartialDate Day(int year, int month, int day) =>
        new() { Year = year, Month = month, Day = day, Precision = DatePrecision.Day, Source = DateSource.Text };

    private static string Hash(string name) => Ingestion.Reading.ArticleFile.HashOf(System.Text.Encoding.UTF8.GetBytes(name));

    private static ArticleToStore Article(string name, PartialDate date, PartnershipStage stage = PartnershipStage.Agreement, double confidence = 0.6)
    {
        const string text = "北汽新能源与华为签署全面合作协议。";
        var beiqiMention = new CompanyMentionToStore("北汽新能源", "北汽", "北汽新能源", 0, 5);
        var huaweiMention = new CompanyMentionToStore("华为", "华为", "华为", 6, 2);
        return new ArticleToStore(
            SourcePath: $"/articles/{name}.md",
            ContentHash: Hash(name),
            Format: ArticleFormat.PlainText,
            Encoding: "utf-8",
            Title: name,
            PublishedAt: new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.FromHours(8)),
            Author: null,
            Outlet: null,
            SourceUrl: null,
            CleanText: text,
            SanitizedHtml: "<p>" + text + "</p>",
            MetadataJson: "{}",
            CompanyMentions: [beiqiMention, huaweiMention],
            PartnershipMentions: [new PartnershipMentionToStore(beiqiMention, huaweiMention, stage, false, date, text, 0, "合作", 12, confidence)]);
    }
}
