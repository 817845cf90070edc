namespace NewsHub.Segmentation.Tests.Reference;

/// <summary>Locates the repository (the folder of NewsHub.sln) and the shared material beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsHub.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>../shared</c> from the repository root: seeds, corpus and gold files, read in place.</summary>
    public static string Shared
    {
        get
        {
            string shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new InvalidOperationException($"The shared material is missing: expected {shared} beside the checkout.");
        }
    }
}
