using System.Net;
using System.Text.Json;

namespace NewsHub.IntegrationTests.Exports;

/// <summary>
/// "N 篇报道" means the articles that are present, wherever an event is shown: 北汽 × 华为 is reported by two
/// present articles and a third whose file is gone (<see cref="PartnershipHistory"/>), so every view says 2.
/// </summary>
public class ReportCountTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private async Task<string> GetAsync(string path)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private string Pair => $"company={app.Baic.Id}&partner={app.Huawei.Id}";

    [Fact]
    public async Task Timeline_card_counts_present_reports()
    {
        var html = await GetAsync("/?" + Pair);

        Assert.Contains("2 篇报道", html, StringComparison.Ordinal);
        Assert.DoesNotContain("3 篇报道", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_counts_present_reports()
    {
        using var json = JsonDocument.Parse(await GetAsync("/api/events?" + Pair));

        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("articleCount").GetInt32());
        Assert.Equal(2, item.GetProperty("mentionCount").GetInt32());
    }

    [Fact]
    public async Task Csv_counts_present_reports_on_every_row_of_the_event()
    {
        var csv = await GetAsync("/exports/events.csv?" + Pair);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var countColumn = Array.IndexOf(lines[0].Split(','), "article_count");

        Assert.True(countColumn >= 0);
        Assert.Equal(["2", "2"], lines[1..].Select(line => line.Split(',')[countColumn]));
    }

    [Fact]
    public async Task Atom_entry_counts_present_reports()
    {
        var atom = await GetAsync($"/feeds/pairs/{Math.Min(app.Baic.Id, app.Huawei.Id)}/{Math.Max(app.Baic.Id, app.Huawei.Id)}.atom");

        Assert.Contains("2 篇报道", atom, StringComparison.Ordinal);
        Assert.DoesNotContain("3 篇报道", atom, StringComparison.Ordinal);
    }
}
