using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// Finds the gold files of a shared folder (../shared: <c>gold/*.gold.json</c>, <c>dev/*.gold.json</c>, any
/// <c>*.gold.json</c> below it) and, for each, the folder of its articles.
/// </summary>
/// <remarks>
/// A gold file names its articles by file name only. The folder whose files include the most of them is its
/// folder, so a new gold file (or one for another folder) needs no list kept here: seeds.gold.json finds seeds/,
/// corpus-more.gold.json finds corpus/, articles.gold.json finds dev/articles/.
/// </remarks>
public static class GoldSets
{
    private const string GoldSuffix = ".gold.json";

    /// <summary>Every gold file under <paramref name="sharedFolder"/>, ordered by name, each with its article folder.</summary>
    /// <param name="warn">Told when a gold file's folder lacks some of its articles (they are scored as without output).</param>
    /// <exception cref="DirectoryNotFoundException">The shared folder does not exist.</exception>
    /// <exception cref="InvalidDataException">
    /// The folder holds no gold file, a gold file cannot be read, no folder holds any of a gold file's
    /// articles, or two folders hold them equally well.
    /// </exception>
    public static IReadOnlyList<GoldSet> Discover(string sharedFolder, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(sharedFolder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sharedFolder));
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The shared folder {root} does not exist (give the folder that holds gold/ and dev/ with --shared).");
        }

        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var goldPaths = Directory.EnumerateFiles(root, "*" + GoldSuffix, enumeration).Order(StringComparer.Ordinal).ToList();
        if (goldPaths.Count == 0)
        {
            throw new InvalidDataException($"{root} holds no gold file (*{GoldSuffix}).");
        }

        var folders = Directory.EnumerateDirectories(root, "*", enumeration).Prepend(root)
            .Select(folder => (Folder: folder, Files: ArticleFolder.ListArticleFiles(folder, recursive: false).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)))
            .Where(f => f.Files.Count > 0)
            .ToList();

        return [.. goldPaths.Select(goldPath =>
        {
            var standard = GoldStandard.Load(goldPath);
            var name = Path.GetRelativePath(root, goldPath)[..^GoldSuffix.Length].Replace(Path.DirectorySeparatorChar, '/');
            var files = standard.Articles.Select(a => a.File).Distinct(StringComparer.Ordinal).ToList();
            var ranked = folders
                .Select(f => (f.Folder, Held: files.Count(f.Files.Contains)))
                .Where(f => f.Held > 0)
                .OrderByDescending(f => f.Held)
                .ToList();
            if (ranked.Count == 0)
            {
                throw new InvalidDataException($"{goldPath}: no folder under {root} holds any of its {files.Count} articles.");
            }

            if (ranked.Count > 1 && ranked[1].Held == ranked[0].Held)
            {
                throw new InvalidDataException(
                    $"{goldPath}: {ranked[0].Folder} and {ranked[1].Folder} both hold {ranked[0].Held} of its {files.Count} articles; keep one copy.");
            }

            if (ranked[0].Held < files.Count)
            {
                warn?.Invoke($"{name}: {ranked[0].Folder} lacks {files.Count - ranked[0].Held} of its {files.Count} articles; they count as without output.");
            }

            return new GoldSet(name, goldPath, ranked[0].Folder, standard);
        })];
    }
}
