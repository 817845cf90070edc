using System.CommandLine;
using System.Text;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Reading;
using Serilog;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub analyze &lt;file|folder&gt;…</c>: reads each article, tags its companies and finds its
/// partnerships, and prints one JSON object per article per line (UTF-8, Chinese unescaped). Needs no
/// database. Folders are walked recursively in sorted order; a file that cannot be read gives
/// <c>{"file": …, "error": …}</c> on its line and the others go on. Exit code 0 when every file was
/// analysed, 1 when any failed, 2 when the catalog could not be loaded.
/// </summary>
internal static class AnalyzeCommand
{
    public const int ExitFilesFailed = 1;
    public const int ExitCatalogFailed = 2;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files, or folders to walk (recursively, sorted).",
            Arity = ArgumentArity.OneOrMore,
        };
        var catalog = new Option<FileInfo?>("--catalog")
        {
            Description = "Tag companies with this catalog YAML instead of the one shipped with NewsHub.",
        };
        var command = new Command("analyze", "Print the companies and partnerships of each article as JSON lines, without a database.")
        {
            paths,
            catalog,
        };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(paths) ?? [], parseResult.GetValue(catalog), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, FileInfo? catalogFile, CancellationToken cancellationToken)
    {
        CompanyCatalog catalog;
        try
        {
            catalog = catalogFile is null ? CompanyCatalogFile.Default : CompanyCatalogFile.Load(catalogFile.FullName);
        }
        catch (Exception ex) when (ex is CatalogValidationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"newshub analyze: {ex.Message}");
            return ExitCatalogFailed;
        }

        var analyzer = new ArticleAnalyzer(new CompanyTagger(catalog));
        var reader = new ArticleReader();
        var failed = 0;
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        foreach (var path in ArticlePaths.Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string line;
            try
            {
                var document = await reader.ReadAsync(path, cancellationToken);
                line = AnalysisJsonLine.ForArticle(document, analyzer.Analyze(document));
            }
            catch (ArticleReadException ex)
            {
                line = AnalysisJsonLine.ForError(path, ex.Reason);
                failed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A fault in one article must not cost the others their analysis.
                Log.Error(ex, "Analysing {ArticlePath} failed", path);
                line = AnalysisJsonLine.ForError(path, $"analysis failed: {ex.Message}");
                failed++;
            }

            await output.WriteLineAsync(line);
        }

        return failed > 0 ? ExitFilesFailed : 0;
    }
}
