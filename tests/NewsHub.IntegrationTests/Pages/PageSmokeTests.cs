namespace NewsHub.IntegrationTests.Pages;

public class PageSmokeTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task Pair_page_answers()
    {
        var html = await app.GetHtmlAsync("/Pairs/" + Uri.EscapeDataString("华为") + "/" + Uri.EscapeDataString("北汽"));
        Assert.Contains("华为", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Company_page_answers()
    {
        var html = await app.GetHtmlAsync("/Companies/" + Uri.EscapeDataString("华为"));
        Assert.Contains("华为", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_page_answers()
    {
        var html = await app.GetHtmlAsync("/Events/" + app.Seed.BaicHuaweiAgreement.Id);
        Assert.Contains("华为", html, StringComparison.Ordinal);
    }
}
