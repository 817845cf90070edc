using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>XSS probes in article bodies are neutralised in what is stored.</summary>
public class SanitizingTests
{
    [Theory]
    [InlineData("xss-probes.html.md")]
    [InlineData("xss-probes.markdown.md")]
    public async Task Script_tags_event_handlers_and_javascript_urls_are_removed(string fixture)
    {
        var document = await new ArticleReader().ReadAsync(TestPaths.Fixture(fixture));
        var html = document.SanitizedHtml;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("某车企与某科技公司今日宣布达成合作。", document.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_get_noopener_nofollow_and_images_no_referrer()
    {
        var document = await new ArticleReader().ReadAsync(TestPaths.Fixture("xss-probes.html.md"));

        Assert.Contains("<a href=\"https://example.com/news\" target=\"_blank\" rel=\"noopener nofollow\">原文</a>", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://img.example.com/a.jpg\" referrerpolicy=\"no-referrer\">", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_images_are_left_out_of_the_display_html()
    {
        var document = await new ArticleReader().ReadAsync(TestPaths.Fixture("xss-probes.markdown.md"));

        Assert.DoesNotContain("cover.jpg", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("封面图", document.CleanText, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener nofollow\"", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_escaped_in_its_display_html()
    {
        var document = ArticleFiles.Read("标题行\n正文里有 <script>alert(1)</script> 这样的文字。\n", "/articles/plain.txt");

        Assert.DoesNotContain("<script", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_menus_are_left_out_of_the_display_html()
    {
        var document = await new ArticleReader().ReadAsync(Path.Combine(TestPaths.Corpus, "solidot_9.md"));

        Assert.DoesNotContain("往日文章", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.Contains("Waymo 宣布与现代汽车公司达成多年战略合作伙伴关系", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_and_their_controls_are_removed_but_the_text_in_a_form_stays()
    {
        var html = DisplayHtml.Sanitize("""
            <p>某车企与某科技公司今日宣布达成合作。</p>
            <form action="https://evil.example/steal" method="post">
              <p>表单里的正文</p>
              <input name="password" type="password"><textarea name="t">写点什么</textarea>
              <select name="s"><option>选项</option></select><button type="submit">领取奖品</button>
            </form>
            """);

        foreach (var tag in new[] { "<form", "<input", "<button", "<select", "<option", "<textarea", "evil.example" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("领取奖品", html, StringComparison.Ordinal);
        Assert.Contains("<p>表单里的正文</p>", html, StringComparison.Ordinal);
        Assert.Contains("某车企与某科技公司今日宣布达成合作。", html, StringComparison.Ordinal);
    }
}
