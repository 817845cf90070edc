using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Production;

public class ProductionServingTests(ProductionAppFixture app) : IClassFixture<ProductionAppFixture>
{
    private static readonly HttpClient Http = new();

    /// <summary>
    /// Every kind of public page, and the admin's sign-in page, in the build run.sh serves: each stylesheet and
    /// script a page links must answer 200. The pages' own styles (CSS isolation, NewsHub.Web.styles.css) once
    /// answered 404 there, so Search, the network and the admin pages came out unstyled.
    /// </summary>
    [Fact]
    public async Task Every_stylesheet_and_script_a_page_links_is_served_in_production()
    {
        var pages = await PageKindsAsync();
        var page = await app.NewPageAsync();
        var failures = new List<string>();
        var checkedAssets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}\n{app.AppOutput}");
            await page.WaitForDocumentLoadedAsync();
            var assets = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('link[rel~=stylesheet][href], script[src]')].map(e => e.href || e.src)");
            Assert.Contains(assets, a => a.Contains(".styles.css", StringComparison.Ordinal));
            foreach (var asset in assets.Where(checkedAssets.Add))
            {
                using var assetResponse = await Http.GetAsync(new Uri(asset));
                if (assetResponse.StatusCode != System.Net.HttpStatusCode.OK)
                {
                    failures.Add($"{asset} (linked by {path}): {(int)assetResponse.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.NotEmpty(checkedAssets);
    }

    /// <summary>
    /// The API, the CSV export and the feeds answer HEAD as they answer GET, without the body: link checkers and
    /// feed readers ask that way, and MapGet alone answered 405.
    /// </summary>
    [Fact]
    public async Task Read_only_endpoints_answer_HEAD_like_GET_without_a_body()
    {
        await using var db = app.CreateContext();
        var pair = await db.PartnershipEvents.OrderBy(e => e.Id).Select(e => new { e.CompanyAId, e.CompanyBId }).FirstAsync();
        string[] urls =
        [
            "/api/events", "/api/companies", "/api/articles?q=" + Uri.EscapeDataString("合作"), "/exports/events.csv",
            $"/feeds/companies/{pair.CompanyAId}.atom", $"/feeds/pairs/{pair.CompanyAId}/{pair.CompanyBId}.atom",
        ];
        foreach (var url in urls)
        {
            using var get = await Http.GetAsync(new Uri(app.BaseUrl + url));
            using var head = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(app.BaseUrl + url)));

            Assert.True(head.StatusCode == System.Net.HttpStatusCode.OK, $"HEAD {url}: {(int)head.StatusCode}");
            Assert.Equal(System.Net.HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>One address of each page kind, with ids and names taken from the imported samples.</summary>
    private async Task<IReadOnlyList<string>> PageKindsAsync()
    {
        await using var db = app.CreateContext();
        var articleId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var pair = await db.PartnershipEvents.OrderBy(e => e.Id)
            .Select(e => new { e.Id, A = e.CompanyA.CanonicalName, B = e.CompanyB.CanonicalName })
            .FirstAsync();
        return
        [
            "/", "/Companies", "/Companies/" + Uri.EscapeDataString(pair.A), "/Articles", $"/Articles/{articleId}",
            "/Search", "/Search?q=" + Uri.EscapeDataString(pair.B), "/Network",
            $"/Pairs/{Uri.EscapeDataString(pair.A)}/{Uri.EscapeDataString(pair.B)}", $"/Events/{pair.Id}", "/Admin/SignIn",
        ];
    }
}
