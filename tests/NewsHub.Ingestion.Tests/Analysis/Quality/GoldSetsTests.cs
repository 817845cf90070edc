using NewsHub.Ingestion.Analysis.Quality;

namespace NewsHub.Ingestion.Tests.Analysis.Quality;

/// <summary>Finding each gold file's article folder from the file names it lists, and refusing what cannot be scored.</summary>
public sealed class GoldSetsTests : IDisposable
{
    private readonly DirectoryInfo _shared = Directory.CreateTempSubdirectory("newshub-gold-sets-");

    public void Dispose() => _shared.Delete(recursive: true);

    [Fact]
    public void A_gold_file_takes_the_folder_that_holds_the_most_of_its_articles()
    {
        Write("gold/news.gold.json", Gold("a.md", "b.md", "c.md"));
        Write("one/a.md", "x");
        Write("all/a.md", "x");
        Write("all/b.md", "x");
        Write("all/c.md", "x");

        var set = Assert.Single(GoldSets.Discover(_shared.FullName));

        Assert.Equal("gold/news", set.Name);
        Assert.Equal(Path.Combine(_shared.FullName, "all"), set.ArticleFolder);
    }

    [Fact]
    public void A_folder_lacking_some_articles_is_taken_with_a_warning()
    {
        Write("dev/more.gold.json", Gold("a.md", "b.md"));
        Write("dev/articles/a.md", "x");
        var warnings = new List<string>();

        var set = Assert.Single(GoldSets.Discover(_shared.FullName, warnings.Add));

        Assert.Equal(Path.Combine(_shared.FullName, "dev", "articles"), set.ArticleFolder);
        Assert.Equal($"dev/more: {set.ArticleFolder} lacks 1 of its 2 articles; they count as without output.", Assert.Single(warnings));
    }

    [Fact]
    public void Two_folders_holding_the_articles_equally_well_are_refused()
    {
        Write("gold/news.gold.json", Gold("a.md"));
        Write("one/a.md", "x");
        Write("two/a.md", "x");

        var error = Assert.Throws<InvalidDataException>(() => GoldSets.Discover(_shared.FullName));

        Assert.Contains("both hold 1 of its 1 articles; keep one copy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_whose_articles_are_nowhere_is_refused_by_name()
    {
        Write("gold/news.gold.json", Gold("a.md"));

        var error = Assert.Throws<InvalidDataException>(() => GoldSets.Discover(_shared.FullName));

        Assert.Equal($"{Path.Combine(_shared.FullName, "gold", "news.gold.json")}: no folder under {_shared.FullName} holds any of its 1 articles.", error.Message);
    }

    [Fact]
    public void A_gold_file_without_articles_is_refused_naming_the_file_and_what_is_missing()
    {
        Write("gold/news.gold.json", """{"names": {}}""");

        var error = Assert.Throws<InvalidDataException>(() => GoldSets.Discover(_shared.FullName));

        Assert.Contains("news.gold.json is not a gold file: \"articles\" is missing", error.Message, StringComparison.Ordinal);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_shared.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Gold(params string[] files) =>
        $$"""{"names": {}, "articles": [{{string.Join(", ", files.Select(f => $$"""{"file": "{{f}}", "required": []}"""))}}]}""";
}
