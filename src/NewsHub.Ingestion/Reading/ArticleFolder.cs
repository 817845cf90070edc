namespace NewsHub.Ingestion.Reading;

/// <summary>
/// The article files of a folder, as import and analyze walk it: hidden files and the folder's own
/// notes (README, LICENSE, SOURCES …, which describe a collection rather than report news) left out,
/// in ordinal path order so that runs are repeatable.
/// </summary>
public static class ArticleFolder
{
    private static readonly HashSet<string> FolderNoteNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "AUTHORS", "SOURCES", "CONTRIBUTING",
    };

    /// <summary>How often, in files, a listing says how far it got.</summary>
    private const int ListedEvery = 200;

    /// <summary>Full paths of the article files in <paramref name="folder"/> (and below it when <paramref name="recursive"/>).</summary>
    /// <param name="listed">Told the count so far every few hundred files, so that a long listing shows progress.</param>
    public static List<string> ListArticleFiles(string folder, bool recursive, Action<int>? listed = null)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.Device,
        };
        var files = Directory.EnumerateFiles(folder, "*", enumeration)
            .Where(IsArticleFile)
            .Select((path, index) =>
            {
                if (listed is not null && (index + 1) % ListedEvery == 0)
                {
                    listed(index + 1);
                }

                return Path.GetFullPath(path);
            })
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>False for dot files and for a folder's notes such as README.md or LICENSE.</summary>
    public static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !FolderNoteNames.Contains(Path.GetFileNameWithoutExtension(name));
    }
}
