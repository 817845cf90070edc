using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;
using NewsHub.Data.Search;
using Serilog;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub reindex [--missing]</c>: recomputes the full-text search vector of stored articles, e.g. after
/// the segmenter's dictionary changed, or (with <c>--missing</c>) only for articles stored without one.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var missingOnly = new Option<bool>("--missing") { Description = "Only index articles that have no search vector yet." };
        var command = new Command("reindex", "Rebuild the full-text search index of stored articles.") { missingOnly };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliHost.BuildServices(configuration);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            var clock = Stopwatch.StartNew();
            var progress = new Progress<int>(done => Log.Debug("Indexed {ArticleCount} article(s) so far", done));
            var indexed = parseResult.GetValue(missingOnly)
                ? await ArticleSearchIndexer.IndexMissingAsync(db, progress, cancellationToken: cancellationToken)
                : await ArticleSearchIndexer.ReindexAllAsync(db, progress, cancellationToken: cancellationToken);
            Log.Information("Indexed {ArticleCount} article(s) for search in {Elapsed:0.0} s", indexed, clock.Elapsed.TotalSeconds);
            return 0;
        });
        return command;
    }
}
