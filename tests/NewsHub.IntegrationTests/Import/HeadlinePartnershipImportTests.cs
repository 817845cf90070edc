using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Import;

/// <summary>
/// A partnership told only by an article's headline reaches <c>partnership_events</c>, as
/// <c>newshub analyze</c> has always scored it; one the text tells is stored from the text's sentence.
/// </summary>
public class HeadlinePartnershipImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly TestFolder folder = new();

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        await Importing.SeedCatalogAsync(database);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_pair_only_the_headline_tells_is_stored_as_an_event_with_the_headline_as_evidence()
    {
        folder.Write("only-headline.md", """
            ---
            title: 长安汽车与百度签署战略合作协议
            date: 2024-05-10 09:00:00 +08:00
            ---
            会上，双方介绍了智能座舱的进展。发布会吸引了众多媒体。
            """);

        await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer());

        await using var db = database.CreateContext();
        var mention = await db.PartnershipMentions.Include(m => m.Event).ThenInclude(e => e.CompanyA).Include(m => m.Event).ThenInclude(e => e.CompanyB).SingleAsync();
        Assert.True(mention.InHeadline);
        Assert.Equal("长安汽车与百度签署战略合作协议", mention.Evidence);
        Assert.Equal(["百度", "长安"], new[] { mention.Event.CompanyA.CanonicalName, mention.Event.CompanyB.CanonicalName }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_pair_the_text_tells_is_stored_once_from_the_texts_sentence()
    {
        folder.Write("both.md", """
            ---
            title: 长安汽车与百度签署战略合作协议
            date: 2024-05-10 09:00:00 +08:00
            ---
            5月9日，长安汽车与百度在重庆签署战略合作协议，双方将在自动驾驶领域合作。
            """);

        await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer());

        await using var db = database.CreateContext();
        var mentions = await db.PartnershipMentions.ToListAsync();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.False(m.InHeadline));
        Assert.Single(await db.PartnershipEvents.ToListAsync());
    }

    [Fact]
    public async Task A_headline_events_card_puts_each_name_as_written_on_its_own_side()
    {
        // The body names the same two companies at the offsets the headline names them, the other way round and
        // without a deal: a card that matched the headline's offsets against the body's tags swapped the names.
        folder.Write("offsets.md", """
            ---
            title: 长安汽车与百度签署战略合作协议
            date: 2024-05-10 09:00:00 +08:00
            ---
            百度股价，长安汽车销量增长。
            """);
        await Importing.ImportAsync(database, folder.Path, new TaggingAnalyzer());
        await using (var db = database.CreateContext())
        {
            Assert.True((await db.PartnershipMentions.SingleAsync()).InHeadline);
        }

        await using var app = new NewsHubAppFactory(database.ConnectionString);
        var timeline = await app.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("文中作“长安汽车”", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("文中作“百度”", timeline, StringComparison.Ordinal);
    }
}
