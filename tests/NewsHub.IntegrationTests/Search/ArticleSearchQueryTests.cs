using NewsHub.Data.Search;
using NewsHub.Web.Search;

namespace NewsHub.IntegrationTests.Search;

public class ArticleSearchQueryTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private async Task<ArticleSearchResult> SearchAsync(string query, int page = 1, int pageSize = 20)
    {
        await using var db = app.CreateContext();
        return await ArticleSearchQuery.RunAsync(db, query, page, pageSize);
    }

    private static List<string> Titles(ArticleSearchResult result) => [.. result.Hits.Select(h => h.Title.Text)];

    [Fact]
    public async Task Finds_华为_as_a_word_and_ranks_the_article_with_it_in_the_title_first()
    {
        var result = await SearchAsync("华为");

        Assert.Equal([SearchFixture.HuaweiInTitle, SearchFixture.HuaweiInBody, SearchFixture.Markup], Titles(result));
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public async Task Does_not_find_two_character_names_inside_unrelated_words()
    {
        Assert.DoesNotContain(SearchFixture.UnrelatedChinese, Titles(await SearchAsync("华为")));
        Assert.DoesNotContain(SearchFixture.UnrelatedChinese, Titles(await SearchAsync("北汽")));
    }

    [Fact]
    public async Task Finds_北汽_inside_the_longer_name_北汽新能源()
    {
        var result = await SearchAsync("北汽");

        Assert.Contains(SearchFixture.BaicNewEnergy, Titles(result));
        Assert.Contains(SearchFixture.HuaweiInTitle, Titles(result));
    }

    [Fact]
    public async Task Requires_every_word_of_the_query()
    {
        var result = await SearchAsync("华为 长安");

        Assert.Equal([SearchFixture.HuaweiInBody], Titles(result));
        Assert.Equal(["华为", "长安"], result.Words);
    }

    [Fact]
    public async Task Leaves_out_articles_hidden_from_timelines()
    {
        Assert.DoesNotContain(SearchFixture.Hidden, Titles(await SearchAsync("发布会")));
    }

    [Fact]
    public async Task Marks_matched_words_in_the_snippet_and_only_those()
    {
        var hit = Assert.Single((await SearchAsync("长安")).Hits);

        var marked = hit.Excerpt.Parts.Where(p => p.IsMatch).Select(p => p.Text).ToList();
        Assert.Equal(["长安"], marked);
        Assert.Contains("长安汽车表示", hit.Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escapes_article_text_in_the_snippet_html()
    {
        var hit = Assert.Single((await SearchAsync("北汽 华为 合作 标记")).Hits);

        Assert.Equal("关于&lt;script&gt;alert(1)&lt;/script&gt;的报道", hit.Title.ToHtml());
        Assert.Contains("&lt;b&gt;<mark>华为</mark>&lt;/b&gt; &amp; <mark>北汽</mark>", hit.Excerpt.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_through_hits_with_the_total_of_all_pages()
    {
        var first = await SearchAsync("华为", page: 1, pageSize: 2);
        var second = await SearchAsync("华为", page: 2, pageSize: 2);

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(2, first.Hits.Count);
        Assert.Equal([SearchFixture.Markup], Titles(second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！")]
    [InlineData("'&|!:*()")]
    public async Task A_query_without_words_finds_nothing_and_does_not_fail(string query)
    {
        var result = await SearchAsync(query);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task Fills_vectors_of_articles_stored_without_one()
    {
        await using var db = app.CreateContext();
        var article = SearchFixture.NewArticle("未索引的文章", "小鹏汽车与大众汽车宣布扩大合作。", DateTimeOffset.UtcNow);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        Assert.Equal(0, (await SearchAsync("小鹏")).Total);

        var indexed = await ArticleSearchIndexer.IndexMissingAsync(db);

        Assert.True(indexed >= 1, $"indexed {indexed}");
        Assert.Equal(["未索引的文章"], Titles(await SearchAsync("小鹏")));
    }

    [Fact]
    public async Task Pages_through_a_common_word_beyond_the_ranked_window_without_gaps_or_repeats()
    {
        await using (var db = app.CreateContext())
        {
            var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
            var articles = Enumerable.Range(0, ArticleSearchQuery.RankedWindow + 15)
                .Select(i => SearchFixture.NewArticle($"第{i}篇车市周报", $"本周蔚来交付新车。第{i}篇。", start.AddDays(i)))
                .ToList();
            db.Articles.AddRange(articles);
            await db.SaveChangesAsync();
            await ArticleSearchIndexer.IndexMissingAsync(db);
        }

        var seen = new List<string>();
        ArticleSearchResult result;
        var page = 1;
        do
        {
            result = await SearchAsync("蔚来", page++, pageSize: 30);
            seen.AddRange(Titles(result));
        }
        while (result.Page < result.PageCount);

        Assert.Equal(ArticleSearchQuery.RankedWindow + 15, result.Total);
        Assert.Equal(result.Total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal($"第{ArticleSearchQuery.RankedWindow + 14}篇车市周报", seen[0]);
        Assert.Equal("第0篇车市周报", seen[^1]);
    }
}
