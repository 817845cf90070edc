using NewsHub.IntegrationTests.Pages;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>
/// The app in Chromium over real data in quantity: the samples, the shared seeds and the shared news corpus
/// (../shared/corpus), imported through the real pipeline. Layouts that look fine with five companies are
/// checked here with dozens of them.
/// </summary>
public sealed class CorpusBrowserFixture : ImportedBrowserFixture
{
    protected override IReadOnlyList<string> ImportedFolders => [.. Folders, Path.Combine("..", "shared", "corpus")];
}
