using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis;

/// <summary>The article files a command names: files as given, folders walked.</summary>
public static class ArticlePaths
{
    /// <summary>
    /// Each path that is not a folder as it is (a missing file is for the reader to report), and every
    /// article file under each folder, recursively (see <see cref="ArticleFolder"/>).
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }

            foreach (var file in ArticleFolder.ListArticleFiles(path, recursive: true))
            {
                yield return file;
            }
        }
    }
}
