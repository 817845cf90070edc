using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data;
using NewsHub.Data.Writing;
using NewsHub.Domain.Catalog;
using NewsHub.Pipeline.Retagging;
using Spectre.Console;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub retag [--dry-run]</c>: tags every stored article again with the catalog as the database
/// holds it (after aliases were edited), without re-importing, and reports which articles changed and how
/// many mentions each company gained or lost. Exit code 2 when the catalog is empty or inconsistent.
/// </summary>
internal static class RetagCommand
{
    public const int ExitCatalogUnusable = 2;

    private const int ArticleIdsShown = 50;

    public static Command Create(IConfiguration configuration)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would change without writing anything." };
        var command = new Command("retag", "Re-tag stored articles with the company catalog in the database, find their partnerships again, and report what changed.")
        {
            dryRun,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(configuration, parseResult.GetValue(dryRun), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IConfiguration configuration, bool dryRun, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(configuration);
        var contexts = services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>();
        var retagger = new ArticleRetagger(
            contexts, services.GetRequiredService<ILogger<ArticleRetagger>>(), new ArticleWriter(contexts, services.GetRequiredService<ILogger<ArticleWriter>>()));

        RetagReport report;
        try
        {
            report = await CommandProgress.RunAsync(
                dryRun ? "Dry run" : "Re-tagging",
                "Retagged {Done} of {Total} articles",
                progress => retagger.RetagAsync(dryRun, new ArticleProgress(progress), cancellationToken));
        }
        catch (Exception ex) when (ex is InvalidOperationException or CatalogValidationException)
        {
            await Console.Error.WriteLineAsync($"newshub retag: {ex.Message}");
            return ExitCatalogUnusable;
        }

        Write(report);
        return 0;
    }

    private static void Write(RetagReport report)
    {
        var console = AnsiConsole.Console;
        console.WriteLine(
            $"{(report.DryRun ? "Dry run: would change" : "Changed")} the company mentions of {report.ArticlesChanged} of {report.ArticlesScanned} articles.");
        if (report.ArticlesChanged == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Company", "Group", "Added", "Removed");
        foreach (var change in report.Companies)
        {
            table.AddRow(Markup.Escape(change.Company), Markup.Escape(change.Group), $"+{change.Added}", $"-{change.Removed}");
        }

        console.Write(table);
        var shown = report.ChangedArticleIds.Take(ArticleIdsShown);
        console.WriteLine($"Articles changed: {string.Join(", ", shown)}{(report.ArticlesChanged > ArticleIdsShown ? ", …" : "")}");
    }

    private sealed class ArticleProgress(CommandProgress progress) : IRetagObserver
    {
        public void Started(int articleCount) => progress.SetTotal(articleCount);

        public void ArticleDone(long articleId, bool changed) => progress.Advance();
    }
}
