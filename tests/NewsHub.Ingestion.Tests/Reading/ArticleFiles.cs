using System.Text;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>Reads articles made up in a test, from bytes, as if they were files.</summary>
internal static class ArticleFiles
{
    public const string FakePath = "/articles/test-article.md";

    public static ArticleDocument Read(string text, string path = FakePath) => Read(Encoding.UTF8.GetBytes(text), path);

    public static ArticleDocument Read(byte[] bytes, string path = FakePath) => new ArticleReader().Read(ArticleFile.FromBytes(path, bytes));

    public static ArticleReadException Fails(string text, string path = FakePath) => Fails(Encoding.UTF8.GetBytes(text), path);

    public static ArticleReadException Fails(byte[] bytes, string path = FakePath, ArticleReaderOptions? options = null) =>
        Assert.Throws<ArticleReadException>(() => new ArticleReader(options ?? new ArticleReaderOptions()).Read(ArticleFile.FromBytes(path, bytes)));
}
