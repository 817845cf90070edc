using NewsHub.Data.Entities;
using NewsHub.Data.Catalog;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Timelines;
using static NewsHub.IntegrationTests.Pages.PartnershipData;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>Which of an event's sentences its card leads with.</summary>
public sealed class EventCardLeadTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_card_leads_with_a_sentence_that_gives_its_date_before_a_surer_one_that_names_another()
    {
        await database.ResetAsync();
        long id;
        await using (var db = database.CreateContext())
        {
            var data = new PartnershipData(db);
            data.Group("北汽", CompanyRole.Carmaker);
            data.Group("华为", CompanyRole.Tech);
            // Two reports date it March, so the event is dated March; the surest report names April, close enough
            // for the writer to file it under the same event.
            var march = data.Article("三月的报道", Beijing(2024, 3, 20), "3月，北汽与华为达成合作。");
            var marchAgain = data.Article("三月的另一篇报道", Beijing(2024, 3, 25), "3月，北汽与华为宣布合作。");
            var april = data.Article("四月的报道", Beijing(2024, 4, 20), "4月，北汽与华为签署合作协议。");
            var dated = data.Mention(march, "北汽", "华为", "合作", PartnershipStage.Agreement, Month(2024, 3), confidence: 0.6);
            data.Mention(marchAgain, "北汽", "华为", "合作", PartnershipStage.Agreement, Month(2024, 3), existing: dated, confidence: 0.5);
            data.Mention(april, "北汽", "华为", "签署", PartnershipStage.Agreement, Month(2024, 4), existing: dated, confidence: 0.95);
            await data.SaveAsync();
            id = dated.Id;
        }

        await using var read = database.CreateContext();
        var card = Assert.Single(await EventCards.LoadAsync(read, await ReferenceData.LoadAsync(read, await CatalogSnapshot.LoadAsync(read, default), default), [id], default));

        Assert.Equal("2024-03", card.Date.ToIsoString());
        Assert.StartsWith("3月", string.Concat(card.Evidence!.Parts.Select(p => p.Text)), StringComparison.Ordinal);
    }
}
