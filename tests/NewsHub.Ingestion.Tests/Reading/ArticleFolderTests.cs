using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public sealed class ArticleFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newshub-folder-").FullName;

    [Fact]
    public void Lists_articles_in_path_order_and_leaves_out_hidden_files_and_folder_notes()
    {
        Write("b.md");
        Write("a.txt");
        Write("README.md");
        Write("license");
        Write("SOURCES.md");
        Write(".draft.md");
        Write(Path.Combine("sub", "c.md"));
        Write(Path.Combine("sub", "Readme.txt"));

        var names = ArticleFolder.ListArticleFiles(folder, recursive: true).Select(f => Path.GetRelativePath(folder, f)).ToList();

        Assert.Equal(["a.txt", "b.md", Path.Combine("sub", "c.md")], names);
    }

    [Fact]
    public void Stays_in_the_folder_unless_recursive()
    {
        Write("a.txt");
        Write(Path.Combine("sub", "c.md"));

        var names = ArticleFolder.ListArticleFiles(folder, recursive: false).Select(Path.GetFileName).ToList();

        Assert.Equal(["a.txt"], names);
    }

    [Fact]
    public void Says_how_many_files_it_has_listed_while_it_lists_a_large_folder()
    {
        for (var i = 0; i < 450; i++)
        {
            Write($"{i:000}.md");
        }

        Write("README.md");
        var told = new List<int>();

        var files = ArticleFolder.ListArticleFiles(folder, recursive: false, told.Add);

        Assert.Equal(450, files.Count);
        Assert.Equal([200, 400], told);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string relativePath)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "标题\n正文。");
    }
}
