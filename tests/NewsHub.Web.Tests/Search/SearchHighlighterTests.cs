using NewsHub.Web.Search;

namespace NewsHub.Web.Tests.Search;

public class SearchHighlighterTests
{
    [Fact]
    public void Marks_a_name_standing_as_a_word_but_not_its_characters_inside_other_words()
    {
        const string text = "中华为民族复兴而奋斗。华为与北汽签约。";

        var matches = SearchHighlighter.FindMatches(text, ["华为"]);

        var match = Assert.Single(matches);
        Assert.Equal(text.IndexOf("华为与", StringComparison.Ordinal), match.Start);
        Assert.Equal(2, match.Length);
    }

    [Fact]
    public void Marks_latin_names_case_insensitively_as_whole_words_only()
    {
        var snippet = SearchHighlighter.Highlight("极狐搭载华为HI系统，this is not hi", ["hi"]);

        Assert.Equal(["HI", "hi"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void Merges_overlapping_words_into_one_mark()
    {
        var snippet = SearchHighlighter.Highlight("北汽新能源", ["北汽", "新能源", "能源"]);

        Assert.Equal("<mark>北汽新能源</mark>", snippet.ToHtml());
    }

    [Fact]
    public void Centres_the_excerpt_on_the_place_with_most_query_words_and_marks_the_cut_ends()
    {
        var text = new string('甲', 300) + "。北汽与华为签约。" + new string('乙', 300);

        var excerpt = SearchHighlighter.Excerpt(text, ["北汽", "华为"], length: 60);

        Assert.StartsWith("…", excerpt.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt.Text, StringComparison.Ordinal);
        Assert.Equal(["北汽", "华为"], excerpt.Parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void Starts_at_the_beginning_when_no_word_matches_in_the_text()
    {
        var excerpt = SearchHighlighter.Excerpt("第一段。\n第二段。", ["华为"], length: 100);

        Assert.Equal("第一段。 第二段。", excerpt.Text);
    }
}
