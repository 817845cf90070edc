using NewsHub.Ingestion.Analysis;

namespace NewsHub.Ingestion.Tests.Analysis;

public sealed class ArticlePathsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newshub-paths-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Create(string relative)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void Walks_folders_recursively_in_sorted_order_and_keeps_named_files_as_given()
    {
        var b = Create("b.md");
        var a = Create("a.txt");
        var nested = Create("sub/c.md");
        Create(".hidden.md");
        var missing = Path.Combine(_folder.FullName, "missing.md");

        Assert.Equal([missing, a, b, nested], ArticlePaths.Expand([missing, _folder.FullName]));
    }
}
