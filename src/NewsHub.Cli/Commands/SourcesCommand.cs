using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Feeds;
using NewsHub.Pipeline.Import;
using NewsHub.Pipeline.Sources;
using Serilog;
using NewsHub.Pipeline.Import.Runs;
using NewsHub.Ingestion.Sources;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub sources list|add-folder DIR|add-feed URL-or-PATH|remove NAME|poll [--all|NAME]</c>: the watched
/// folders and subscribed feeds, as the admin's Sources page shows them. Running web instances see a change
/// within <c>Sources:PollInterval</c>, without a restart. Exit code 0 on success, 1 when a poll failed or
/// had failed items, 2 when the command could not do what it was asked (a bad name, schedule or locator).
/// </summary>
internal static class SourcesCommand
{
    public const int ExitPollFailed = 1;
    public const int ExitRefused = 2;

    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("sources", "Watched folders and subscribed feeds: list, add, remove, poll.")
        {
            ListCommand(configuration),
            AddCommand(configuration, SourceKind.Folder),
            AddCommand(configuration, SourceKind.Feed),
            RemoveCommand(configuration),
            PollCommand(configuration),
        };
        return command;
    }

    private static Command ListCommand(IConfiguration configuration)
    {
        var command = new Command("list", "List the sources with their schedule and health.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliHost.BuildServices(configuration);
            await using var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken);
            var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
            if (sources.Count == 0)
            {
                Console.Out.WriteLine("No sources. Add one with newshub sources add-folder DIR or newshub sources add-feed URL-or-PATH.");
                return 0;
            }

            foreach (var source in sources)
            {
                Console.Out.WriteLine($"{source.Name}\t{source.Kind.ToString().ToLowerInvariant()}\t{source.Locator}\t{source.Schedule}\t{(source.Enabled ? "enabled" : "paused")}");
                Console.Out.WriteLine($"  {HealthLine(source)}");
            }

            return 0;
        });
        return command;
    }

    private static Command AddCommand(IConfiguration configuration, SourceKind kind)
    {
        var locator = new Argument<string>(kind == SourceKind.Folder ? "folder" : "feed")
        {
            Description = kind == SourceKind.Folder ? "The folder to watch." : "The feed: an http(s) URL, or the path of a local RSS, Atom or JSON Feed file.",
        };
        var name = new Option<string?>("--name") { Description = "What to call the source (unique); by default the folder's or feed's name." };
        var schedule = new Option<string?>("--schedule")
        {
            Description = $"How often to poll: an interval (30s, 15m, 2h, 1d) or a cron expression (UTC); default {(kind == SourceKind.Folder ? SourceRegistry.DefaultFolderSchedule : SourceRegistry.DefaultFeedSchedule)}.",
        };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also watch the folders below it." };
        var paused = new Option<bool>("--paused") { Description = "Add it paused: it is not polled until resumed." };
        var command = kind == SourceKind.Folder
            ? new Command("add-folder", "Watch a folder: new and changed files are imported shortly after they appear.") { locator, name, schedule, recursive, paused }
            : new Command("add-feed", "Subscribe to a feed (RSS 2.0, Atom 1.0 or JSON Feed): its items become articles on schedule.") { locator, name, schedule, paused };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliHost.BuildServices(configuration);
            await using var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken);
            var draft = new SourceDraft(kind, parseResult.GetValue(name), parseResult.GetValue(locator)!, parseResult.GetValue(schedule) ?? "",
                kind == SourceKind.Folder && parseResult.GetValue(recursive), Enabled: !parseResult.GetValue(paused));
            try
            {
                var source = await SourceRegistry.AddAsync(db, draft, DateTimeOffset.UtcNow, cancellationToken);
                Console.Out.WriteLine($"Added {source.Kind.ToString().ToLowerInvariant()} source {source.Name}: {source.Locator}, every {source.Schedule}{(source.Enabled ? "" : " (paused)")}.");
                return 0;
            }
            catch (SourceRegistrationException ex)
            {
                await Console.Error.WriteLineAsync($"newshub sources {command.Name}: {ex.Field.ToLowerInvariant()}: {ex.Message}");
                return ExitRefused;
            }
        });
        return command;
    }

    private static Command RemoveCommand(IConfiguration configuration)
    {
        var name = new Argument<string>("name") { Description = "The source to remove; its articles stay." };
        var command = new Command("remove", "Remove a source. Its articles stay, and so does its history.") { name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliHost.BuildServices(configuration);
            await using var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken);
            var sourceName = parseResult.GetValue(name)!;
            if (!await SourceRegistry.RemoveAsync(db, sourceName, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"newshub sources remove: there is no source called {sourceName} (newshub sources list shows them).");
                return ExitRefused;
            }

            Console.Out.WriteLine($"Removed source {sourceName}; its articles stay.");
            return 0;
        });
        return command;
    }

    private static Command PollCommand(IConfiguration configuration)
    {
        var name = new Argument<string?>("name") { Description = "The source to poll.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Poll every enabled source." };
        var command = new Command("poll", "Poll sources now, here, and record each poll in the admin history and the health line.") { name, all };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var sourceName = parseResult.GetValue(name);
            if (parseResult.GetValue(all) == sourceName is not null)
            {
                await Console.Error.WriteLineAsync("newshub sources poll: name one source, or give --all.");
                return ExitRefused;
            }

            List<Source> sources;
            await using (var services = CliHost.BuildServices(configuration))
            await using (var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken))
            {
                sources = await db.Sources.AsNoTracking()
                    .Where(s => sourceName == null ? s.Enabled : s.Name == sourceName)
                    .OrderBy(s => s.Name)
                    .ToListAsync(cancellationToken);
            }

            if (sourceName is not null && sources.Count == 0)
            {
                await Console.Error.WriteLineAsync($"newshub sources poll: there is no source called {sourceName} (newshub sources list shows them).");
                return ExitRefused;
            }

            var exitCode = 0;
            foreach (var source in sources)
            {
                var succeeded = source.Kind == SourceKind.Folder
                    ? await PollFolderAsync(configuration, source, cancellationToken)
                    : await PollFeedAsync(configuration, source, cancellationToken);
                exitCode = succeeded ? exitCode : ExitPollFailed;
            }

            return exitCode;
        });
        return command;
    }

    /// <summary>A watched folder: the same import as <c>newshub import</c>, then its health line.</summary>
    private static async Task<bool> PollFolderAsync(IConfiguration configuration, Source source, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine($"Polling {source.Name} ({source.Locator})");
        var result = await ImportCommand.RunAsync(configuration, source.Locator, source.Recursive, dryRun: false, reExtract: false, source.Id, cancellationToken);
        if (result.ExitCode == ImportCommand.ExitFolderBusy)
        {
            // Another run of the folder covers this poll and writes the health line when it ends.
            return true;
        }

        if (result.RunId is null)
        {
            // No run was started (the folder is gone, a setting is wrong): the health line says why.
            await using var services = CliHost.BuildServices(configuration);
            await using var db = await services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContextAsync(cancellationToken);
            await SourcePollRecorder.RecordAsync(db, source.Id, new SourcePollEnd(null, result.Error, 0, 0), DateTimeOffset.UtcNow, cancellationToken);
        }

        // Otherwise the import service wrote the poll into the source's health line when the run ended.
        return result.ExitCode == 0;
    }

    /// <summary>A feed: fetched and stored by the import service's feed poll, recorded like a command-line import.</summary>
    private static async Task<bool> PollFeedAsync(IConfiguration configuration, Source source, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine($"Polling {source.Name} ({source.Locator})");
        var request = new ImportRunRequest(ImportRunKind.FeedPoll, source.Locator, Recursive: false, DryRun: false, source.Id);
        var outcome = await ImportCommand.RunHereAsync(configuration, request, "sources poll", start => start(null), cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            // A poll of the feed already queued or running covers this one and writes the health line when it ends.
            return refusal.ExitCode == ImportCommand.ExitFolderBusy;
        }

        var end = outcome.End!;
        if (end.Status != ImportRunStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync($"newshub sources poll: {source.Name}: {end.Error ?? end.Status.ToString()}");
            return false;
        }

        var counts = end.Counts;
        Console.Out.WriteLine($"  {counts.New} new, {counts.Changed} changed, {counts.Unchanged} unchanged, {counts.Duplicate} duplicate, {counts.Failed} failed (import run {end.RunId})");
        return counts.Failed == 0;
    }

    /// <summary>The source's health in one line, as the admin page says it.</summary>
    private static string HealthLine(Source source)
    {
        static string When(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "never";
        var health = $"last attempt {When(source.LastAttemptAt)}, last success {When(source.LastSuccessAt)}, " +
                     $"{source.ItemsSeen} items seen, {source.ItemsNew} new, next run {When(source.NextRunAt)}";
        return source.LastError is null ? health
            : $"{health}; last error: {source.LastError} ({source.ConsecutiveFailures} failure{(source.ConsecutiveFailures == 1 ? "" : "s")} in a row)";
    }
}
