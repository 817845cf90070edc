using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsHub.IntegrationTests.Pages;

public class DetailPageTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task The_article_page_escapes_its_title_and_keeps_the_sanitised_body_intact_around_marks()
    {
        var html = await app.GetHtmlAsync("/Articles/" + app.Seed.Hostile.Id);

        Assert.Contains("<h1 id=\"heading\" lang=\"zh-CN\">北汽&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;与华为</h1>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<mark class=\"company\" title=\"北汽\">北汽</mark>与<mark class=\"company\" title=\"华为\">华为</mark>&lt;script&gt;alert('evidence')&lt;/script&gt;",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_clean_text_view_marks_the_same_names_by_offset()
    {
        var html = await app.GetHtmlAsync("/Articles/" + app.Seed.BaicHuawei2021.Id + "?view=text");

        Assert.Contains("<mark class=\"company\" title=\"北汽\">北汽集团</mark>与<mark class=\"company\" title=\"华为\">华为</mark>在北京<mark class=\"hl-trigger\">签署</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"company\" title=\"北汽\">北京汽车</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_page_lists_every_mention_with_its_article()
    {
        var html = await app.GetHtmlAsync("/Events/" + app.Seed.BaicHuaweiAgreement.Id);

        Assert.Contains("2 篇报道", html, StringComparison.Ordinal);
        Assert.Contains("北汽与华为签署全面合作协议", html, StringComparison.Ordinal);
        Assert.Contains("极狐与华为合作的车型上市", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_whose_articles_are_gone_says_so_instead_of_vanishing()
    {
        var html = await app.GetHtmlAsync("/Events/" + app.Seed.MissingEvent.Id);

        Assert.Contains("时间线上不再显示它", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_company_page_folds_brands_and_aliases_into_the_group()
    {
        var html = await app.GetHtmlAsync("/Companies/" + Uri.EscapeDataString("北汽"));

        Assert.Contains("极狐", html, StringComparison.Ordinal);
        Assert.Contains("ARCFOX", html, StringComparison.Ordinal);
        Assert.Contains("北汽集团", html, StringComparison.Ordinal);
        Assert.Contains("共 3 起合作事件，1 个合作方", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Companies/BAIC", "/Companies/%E5%8C%97%E6%B1%BD")]
    [InlineData("/Companies/%E6%9E%81%E7%8B%90", "/Companies/%E5%8C%97%E6%B1%BD")]
    [InlineData("/Pairs/Huawei/ARCFOX", "/Pairs/%E5%8D%8E%E4%B8%BA/%E5%8C%97%E6%B1%BD")]
    public async Task Aliases_and_brands_redirect_to_the_group_address(string url, string location)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/Companies/NoSuchCompany")]
    [InlineData("/Pairs/%E5%8D%8E%E4%B8%BA/NoSuchCompany")]
    [InlineData("/Events/987654")]
    [InlineData("/Articles/987654")]
    public async Task Unknown_things_are_not_found(string url)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
