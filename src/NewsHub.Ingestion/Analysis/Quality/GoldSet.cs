namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>A gold file and the folder that holds the articles it describes.</summary>
/// <param name="Name">The gold file's path under the shared folder without <c>.gold.json</c>: <c>gold/corpus</c>, <c>dev/articles</c>.</param>
/// <param name="GoldPath">The gold file's full path.</param>
/// <param name="ArticleFolder">The full path of the folder holding its articles.</param>
/// <param name="Standard">The gold file as read.</param>
public sealed record GoldSet(string Name, string GoldPath, string ArticleFolder, GoldStandard Standard)
{
    /// <summary>The full path of each gold article in <see cref="ArticleFolder"/>, in the gold file's order.</summary>
    public IEnumerable<string> ArticlePaths => Standard.Articles.Select(a => Path.Combine(ArticleFolder, a.File));
}
