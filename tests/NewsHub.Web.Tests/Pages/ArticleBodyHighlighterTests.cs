using NewsHub.Web.Pages.Articles;

namespace NewsHub.Web.Tests.Pages;

public class ArticleBodyHighlighterTests
{
    private static readonly BodyMark[] NoMarks = [];
    private static readonly BodyAnchor[] NoAnchors = [];

    [Fact]
    public void Names_are_marked_inside_the_elements_that_hold_them()
    {
        const string Html = "<p>2021年，<strong>北汽</strong>与华为签署协议。</p>\n<p>双方将合作。</p>";
        const string Clean = "2021年，北汽与华为签署协议。\n双方将合作。";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "北汽"), Mark(Clean, "华为")], NoAnchors);

        Assert.Equal(
            "<p>2021年，<strong><mark class=\"company\">北汽</mark></strong>与<mark class=\"company\">华为</mark>签署协议。</p>\n<p>双方将合作。</p>",
            result);
    }

    [Fact]
    public void White_space_the_clean_text_collapsed_does_not_break_the_alignment()
    {
        const string Html = "<div>\n   宁德时代\n   将向   理想汽车供应电池。\n</div>";
        const string Clean = "宁德时代 将向 理想汽车供应电池。";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "理想汽车")], NoAnchors);

        Assert.Contains("将向   <mark class=\"company\">理想汽车</mark>供应电池。", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_left_out_of_the_clean_text_gets_no_marks_and_later_text_still_lines_up()
    {
        // The byline is boilerplate the reader dropped; its 华为 is not a mention.
        const string Html = "<p>来源：华为官网</p><p>北汽与华为签约。</p>";
        const string Clean = "北汽与华为签约。";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "北汽"), Mark(Clean, "华为")], NoAnchors);

        Assert.Equal("<p>来源：华为官网</p><p><mark class=\"company\">北汽</mark>与<mark class=\"company\">华为</mark>签约。</p>", result);
    }

    [Fact]
    public void A_name_split_by_markup_is_marked_piece_by_piece()
    {
        const string Html = "<p>三星<span lang=\"EN-US\">SDI</span>和<span lang=\"EN-US\">SK</span>创新</p>";
        const string Clean = "三星SDI和SK创新";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "SK创新")], NoAnchors);

        Assert.Equal("<p>三星<span lang=\"EN-US\">SDI</span>和<span lang=\"EN-US\"><mark class=\"company\">SK</mark></span><mark class=\"company\">创新</mark></p>", result);
    }

    [Fact]
    public void A_related_article_list_before_the_text_does_not_pull_the_article_out_of_line()
    {
        // The sidebar repeats a later sentence of the article before it; a first-match alignment would
        // jump there and leave the paragraphs in between unmarked.
        const string Html = "<ul><li>北汽与华为再度携手</li></ul><p>北汽今天宣布与华为合作。</p><p>北汽与华为再度携手</p>";
        const string Clean = "北汽今天宣布与华为合作。\n北汽与华为再度携手";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "华为")], NoAnchors);

        Assert.Equal("<ul><li>北汽与华为再度携手</li></ul><p>北汽今天宣布与<mark class=\"company\">华为</mark>合作。</p><p>北汽与华为再度携手</p>", result);
    }

    [Fact]
    public void Escaped_text_stays_escaped_and_markup_in_titles_cannot_get_out()
    {
        const string Html = "<p>A&amp;B与&lt;script&gt;华为</p>";
        const string Clean = "A&B与<script>华为";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [new BodyMark(Clean.IndexOf("华为", StringComparison.Ordinal), 2, "company", "\"><script>")], NoAnchors);

        Assert.Equal("<p>A&amp;B与&lt;script&gt;<mark class=\"company\" title=\"&quot;&gt;&lt;script&gt;\">华为</mark></p>", result);
    }

    [Fact]
    public void Anchors_land_before_the_evidence_sentence()
    {
        const string Html = "<p>前言。北汽与华为签约。</p>";
        const string Clean = "前言。北汽与华为签约。";

        var result = ArticleBodyHighlighter.Highlight(Html, Clean, [Mark(Clean, "北汽")], [new BodyAnchor(3, "at-7")]);

        Assert.Equal("<p>前言。<span id=\"at-7\" class=\"evidence-anchor\"></span><mark class=\"company\">北汽</mark>与华为签约。</p>", result);
    }

    [Fact]
    public void Nothing_to_mark_returns_the_html_untouched()
    {
        const string Html = "<p>无关<em>文字</em></p>";

        Assert.Same(Html, ArticleBodyHighlighter.Highlight(Html, "无关文字", NoMarks, NoAnchors));
    }

    private static BodyMark Mark(string clean, string name) => new(clean.IndexOf(name, StringComparison.Ordinal), name.Length, "company", null);
}
