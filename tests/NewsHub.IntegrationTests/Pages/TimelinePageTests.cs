using System.Net;

namespace NewsHub.IntegrationTests.Pages;

public class TimelinePageTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task Article_titles_and_evidence_with_script_tags_come_out_escaped()
    {
        var html = await app.GetHtmlAsync("/");

        Assert.Contains("北汽&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;与华为", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;evidence&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Evidence_marks_both_company_names_and_the_trigger()
    {
        var html = await app.GetHtmlAsync("/?company=" + Uri.EscapeDataString("吉利"));

        Assert.Contains(
            "3月2日，<mark class=\"hl-company\">吉利汽车</mark>与<mark class=\"hl-company\">百度</mark>宣布成立<mark class=\"hl-trigger\">合资</mark>公司",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_whose_articles_are_all_missing_are_hidden()
    {
        var html = await app.GetHtmlAsync("/?company=" + Uri.EscapeDataString("百度"));

        Assert.Contains("共 1 起合作事件", html, StringComparison.Ordinal);
        Assert.DoesNotContain("一篇已经删除的文章", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_written_at_their_precision()
    {
        var html = await app.GetHtmlAsync("/");

        Assert.Contains("<time datetime=\"2021-09-28\">2021-09-28</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2019-04\">2019年4月</time>", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"--03-02\">3月2日（年份不详）</time>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?role=battery", 1)]
    [InlineData("?company=%E5%8D%8E%E4%B8%BA&role=carmaker", 3)]
    [InlineData("?company=%E5%8D%8E%E4%B8%BA&role=battery", 0)]
    [InlineData("?stage=joint-venture", 1)]
    [InlineData("?stage=supply", 2)]
    [InlineData("?q=%E6%99%BA%E8%83%BD%E9%A9%BE%E9%A9%B6", 1)]
    [InlineData("?q=huawei", 0)]
    [InlineData("?q=%E7%99%BE%E5%BA%A6", 1)]
    [InlineData("?q=%E7%8B%90", 2)] // 狐, one character: in 极狐's evidence, and in the title of an article reporting 北汽–华为
    [InlineData("?q=%E7%AD%BE%E7%BD%B2%E5%85%A8%E9%9D%A2", 1)] // 签署全面, inside an evidence sentence
    [InlineData("?q=%E8%BD%A6%E5%9E%8B%E4%B8%8A%E5%B8%82", 1)] // 车型上市, only in an article title
    [InlineData("?q=%E4%B8%BA%E7%90%86", 1)] // 为理, across two words of a title
    [InlineData("?q=SCRIPT", 1)]
    [InlineData("?q=s", 1)]
    [InlineData("?q=%25", 0)]
    [InlineData("?q=_%E5%8D%8E", 0)]
    [InlineData("?from=2020&to=2021", 3)]
    [InlineData("?from=2021-12&to=2020-01", 3)]
    [InlineData("?company=BAIC", 3)]
    [InlineData("?company=baic&partner=HUAWEI", 3)]
    public async Task Filters_in_the_query_string_narrow_the_timeline(string query, int expected)
    {
        var html = await app.GetHtmlAsync("/" + query);

        Assert.Equal(expected, CountOf(html, "<article class=\"event\""));
    }

    [Fact]
    public async Task An_unknown_company_is_named_and_matches_nothing()
    {
        var html = await app.GetHtmlAsync("/?company=" + Uri.EscapeDataString("不存在公司"));

        Assert.Contains("没有名为“不存在公司”的公司。", html, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(html, "<article class=\"event\""));
    }

    [Fact]
    public async Task Values_that_cannot_be_read_are_reported_and_ignored()
    {
        var html = await app.GetHtmlAsync("/?stage=merger&from=2019-13");

        Assert.Contains("无法识别阶段“merger”，已忽略。", html, StringComparison.Ordinal);
        Assert.Contains("无法识别月份“2019-13”，已忽略。", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(html, "<article class=\"event\""));
    }

    [Fact]
    public async Task An_empty_result_explains_itself_and_links_to_a_wider_range()
    {
        var html = WebUtility.HtmlDecode(await app.GetHtmlAsync("/?company=" + Uri.EscapeDataString("北汽") + "&from=2015-01&to=2016-12&stage=supply"));

        Assert.Contains("2015年1月至2016年12月间没有北汽的合作事件（阶段：供应搭载）", html, StringComparison.Ordinal);
        var baic = Uri.EscapeDataString("北汽");
        Assert.Contains($"href=\"/?company={baic}&stage=supply&from=2014-01&to=2017-12\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/?company={baic}&stage=supply\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_chosen_by_the_lang_parameter_and_kept_in_a_cookie()
    {
        using var client = app.Factory.CreateClient();
        using var english = await client.GetAsync(new Uri("/?lang=en", UriKind.Relative));
        var html = await english.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("5 partnership events", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2019-04\">April 2019</time>", html, StringComparison.Ordinal);
        var cookie = Assert.Single(english.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", cookie, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Companies");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var next = await client.SendAsync(request);
        Assert.Contains("<h1 id=\"heading\">Companies</h1>", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_English_still_gets_Chinese_first()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    private static int CountOf(string html, string fragment)
    {
        var count = 0;
        for (var at = html.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = html.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
