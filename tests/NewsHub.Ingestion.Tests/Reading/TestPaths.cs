namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>Where test input lives: the repository's own fixtures, and the shared seeds, corpus and gold read in place.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared beside the repository: seeds/, corpus/, gold/.</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string Gold => Path.Combine(Shared, "gold");

    /// <summary>Hand-written fixtures of this test suite.</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "testdata", "reading");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsHub.sln not found above " + AppContext.BaseDirectory);
    }
}
