namespace NewsHub.Ingestion.Analysis;

/// <summary>The article files a command names: files as given, folders walked.</summary>
public static class ArticlePaths
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    /// <summary>
    /// Each path that is not a folder as it is (a missing file is for the reader to report), and every
    /// file under each folder, recursively, in ordinal order of path; hidden files are left out.
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

            foreach (var file in Directory.EnumerateFiles(path, "*", Walk)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }
}
