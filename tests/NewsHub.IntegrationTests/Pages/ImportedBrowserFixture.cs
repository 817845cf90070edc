using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>
/// The app in Chromium over articles imported through the real pipeline, as <c>newshub import</c> does it:
/// the shipped catalog seeded, then the repository's samples and the shared seed articles read, tagged,
/// searched for partnerships and stored. Pages are checked against what the pipeline really writes,
/// offsets and all, rather than against hand-built rows.
/// </summary>
public class ImportedBrowserFixture : BrowserFixture
{
    /// <summary>The folders imported, relative to the repository root.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["samples", Path.Combine("..", "shared", "seeds")];

    /// <summary>The folders this fixture imports: <see cref="Folders"/> unless a subclass wants more.</summary>
    protected virtual IReadOnlyList<string> ImportedFolders => Folders;

    protected override async Task SeedAsync()
    {
        await using (var db = CreateContext())
        {
            await new CatalogSeeder(db, NullLogger<CatalogSeeder>.Instance).SeedIfEmptyAsync(CompanyCatalogFile.Default, CancellationToken.None);
        }

        CompanyCatalog catalog;
        await using (var db = CreateContext())
        {
            catalog = (await CatalogSnapshot.LoadAsync(db, CancellationToken.None)).Catalog;
        }

        var runner = new ImportRunner(
            new PooledDbContextFactory<NewsHubDbContext>(NewsHubDbContextOptions.Create(ConnectionString)),
            new ArticleAnalyzer(new CompanyTagger(catalog)),
            new ImportOptions(),
            NullLoggerFactory.Instance);
        foreach (var folder in ImportedFolders)
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), folder));
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: the shared material must sit beside the repository (../shared).");
            }

            var summary = await runner.RunAsync(new ImportRequest(path, Recursive: true));
            if (summary.HasFailures)
            {
                throw new InvalidOperationException($"Importing {path} failed for: " + string.Join("; ", summary.Failures.Select(f => $"{f.Path}: {f.Error}")));
            }
        }
    }
}
