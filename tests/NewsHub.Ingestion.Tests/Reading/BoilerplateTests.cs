using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public class BoilerplateTests
{
    [Fact]
    public async Task Credits_notices_tag_lists_navigation_and_everything_after_an_end_marker_are_dropped()
    {
        var document = await new ArticleReader().ReadAsync(TestPaths.Fixture("boilerplate.html.md"));

        Assert.Equal("正文第一段：甲公司与乙公司签署战略合作协议。\n正文第二段：双方将在智能驾驶领域展开合作。", document.CleanText);
    }

    [Theory]
    [InlineData("——END——")]
    [InlineData("- THE END -")]
    [InlineData("END")]
    [InlineData("（完）")]
    public void End_markers_end_the_article(string marker)
    {
        var document = ArticleFiles.Read($"正文第一段。\n{marker}\n推荐阅读：别的文章。\n", "/articles/a.txt");

        Assert.Equal("正文第一段。", document.CleanText);
    }

    [Theory]
    [InlineData("责任编辑：李四")]
    [InlineData("转载请注明出处：某网站")]
    [InlineData("标签：汽车 科技")]
    [InlineData("#汽车 #科技 #智能驾驶")]
    [InlineData("本文已被查看 5202 次")]
    [InlineData("，，。")]
    public void Notices_and_lists_of_tags_are_not_article_text(string line)
    {
        var document = ArticleFiles.Read($"正文第一段。\n{line}\n正文第二段。\n", "/articles/a.txt");

        Assert.Equal("正文第一段。\n正文第二段。", document.CleanText);
    }

    [Fact]
    public void A_long_paragraph_that_mentions_reprinting_is_still_article_text()
    {
        var paragraph = "记者调查发现，" + string.Concat(Enumerable.Repeat("不少网站在转载时并未注明出处，转载请注明出处这样的提示形同虚设，", 6)) + "版权方对此十分无奈。";

        var document = ArticleFiles.Read($"{paragraph}\n第二段。\n", "/articles/a.txt");

        Assert.StartsWith(paragraph, document.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_and_styles_give_no_text()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\n---\n<div><style>.a{color:red}</style><p>正文。</p><script>var x = 1;</script></div>\n");

        Assert.Equal("正文。", document.CleanText);
    }

    [Fact]
    public void The_page_shown_ends_where_the_text_ends_at_an_end_marker()
    {
        var document = ArticleFiles.Read(
            "---\ntitle: 标题\n---\n<div><section><p>正文。</p><p><strong>- THE END -</strong></p><p>推荐阅读：<a href=\"https://example.com/b\">别的文章</a></p></section>"
            + "<p><img src=\"https://img.example.com/qr.png\"></p></div><div class=\"comments\">发表评论</div>\n");

        Assert.Equal("正文。", document.CleanText);
        Assert.Equal("<div><section><p>正文。</p></section></div>", document.SanitizedHtml.Trim());
    }

    [Fact]
    public void A_block_that_holds_text_before_its_end_marker_is_kept_and_what_follows_goes()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\n---\n<p>第一段。</p><p>正文最后一句。　　（完）</p><p>相关阅读</p>\n");

        Assert.Equal("第一段。\n正文最后一句。", document.CleanText);
        Assert.Contains("正文最后一句。", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("相关阅读", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_after_an_end_marker_is_not_shown()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\n---\n正文第一段。\n\n——END——\n\n**推荐阅读**\n\n- [别的文章](https://example.com/b)\n");

        Assert.Equal("正文第一段。", document.CleanText);
        Assert.DoesNotContain("END", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("推荐阅读", document.SanitizedHtml, StringComparison.Ordinal);
        Assert.Contains("正文第一段。", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_an_end_marker_is_shown_whole()
    {
        var document = ArticleFiles.Read("---\ntitle: 标题\n---\n<p>正文。</p><p>推荐阅读：<a href=\"https://example.com/b\">别的文章</a></p>\n");

        Assert.Contains("推荐阅读", document.SanitizedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_apps_buttons_left_at_the_end_of_a_saved_page_are_not_text()
    {
        var document = ArticleFiles.Read(
            "---\ntitle: 标题\n---\n<p>正文第一段。</p><p>视频</p><p>小程序</p><p>赞</p><p>，轻点两下取消赞</p><p>在看</p><p>，轻点两下取消在看</p>\n");

        Assert.Equal("正文第一段。", document.CleanText);
        Assert.Equal("<p>正文第一段。</p>", document.SanitizedHtml.Trim());
    }

    [Fact]
    public void A_button_word_inside_the_text_stays()
    {
        var document = ArticleFiles.Read("正文第一段。\n分享\n正文第二段。\n");

        Assert.Equal("正文第一段。\n分享\n正文第二段。", document.CleanText);
    }

    [Fact]
    public void A_page_that_is_only_its_headline_has_the_headline_as_its_text()
    {
        var document = ArticleFiles.Read("---\ntitle: 小鹏华为牵手\u200b\n---\n# 小鹏华为牵手\n\n视频\n小程序\n赞\n");

        Assert.Equal("小鹏华为牵手", document.CleanText);
        Assert.True(document.TextIsHeadline);
        Assert.False(ArticleFiles.Read("---\ntitle: 标题\n---\n正文。\n").TextIsHeadline);
    }
}
