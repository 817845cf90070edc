using NewsHub.Ingestion.Tests.Reading;

namespace NewsHub.Ingestion.Tests.Feeds;

/// <summary>The hand-written feeds and pages in tests/testdata/feeds.</summary>
internal static class FeedFixtures
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "testdata", "feeds");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>A fixture whose links point at <paramref name="baseAddress"/>.</summary>
    public static string Text(string name, string baseAddress) => Text(name).Replace("{base}", baseAddress, StringComparison.Ordinal);
}
