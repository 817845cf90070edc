using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Reading;
using NewsHub.Pipeline.Import.Runs;
using Serilog.Core;
using Serilog.Events;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// A run as the worker carries it out, held mid-way by an analyzer that waits for the test: the file
/// count reaches the run's page before the next heartbeat, and the log line of its end reads whole.
/// </summary>
public sealed class RunProgressTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Infrastructure.DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-progress-").FullName;
    private readonly HeldAnalyzer analyzer = new();
    private readonly CapturedLog log = new();
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot, customise: builder =>
        {
            // A heartbeat far slower than the test's patience: whatever the page learns early, it did not learn from a beat.
            builder.UseSetting("Imports:HeartbeatInterval", "00:05:00");
            builder.UseSetting("Imports:StaleAfter", "01:00:00");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IArticleAnalyzer>(analyzer);
                services.AddSingleton<ILogEventSink>(log);
            });
        });
        _ = factory.Server;
    }

    [Fact]
    public async Task A_running_import_shows_how_many_files_it_found_before_its_first_heartbeat()
    {
        var folder = Path.Combine(importRoot, "held");
        var files = VersionedCorpus.Write(folder, "A", take: 5);
        var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, Recursive: true, DryRun: false));

        var running = await RunWaiter.WaitForAsync(database.ConnectionString, runId,
            r => r.TotalFiles > 0 || r.Status is not (ImportRunStatus.Queued or ImportRunStatus.Running), TimeSpan.FromSeconds(20), "files counted");

        Assert.Equal((ImportRunStatus.Running, files), (running.Status, running.TotalFiles));
        analyzer.Release();
        var ended = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, Patience);
        Assert.Equal((ImportRunStatus.Succeeded, files, files), (ended.Status, ended.TotalFiles, ended.FilesDone));
    }

    [Fact]
    public async Task The_log_line_of_a_finished_run_prints_its_counts_not_their_placeholders()
    {
        var folder = Path.Combine(importRoot, "logged");
        var files = VersionedCorpus.Write(folder, "A", take: 3);
        analyzer.Release();

        var runId = await RunWaiter.EnqueueAsync(database.ConnectionString, new ImportRunRequest(ImportRunKind.Import, folder, Recursive: true, DryRun: false));
        var ended = await RunWaiter.WaitForEndAsync(database.ConnectionString, runId, Patience);

        var line = await log.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Import run {ImportRunId} ended", StringComparison.Ordinal), Patience);
        var text = line.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.Contains($"{ended.NewCount} new, {ended.ChangedCount} changed", text, StringComparison.Ordinal);
        Assert.Contains($"{files} files", text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        analyzer.Release();
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    /// <summary>Analyses nothing, and not before the test lets it: the run stays running, its files listed.</summary>
    private sealed class HeldAnalyzer : IArticleAnalyzer
    {
        private readonly ManualResetEventSlim gate = new();

        public void Release() => gate.Set();

        public ArticleAnalysis Analyze(ArticleDocument document)
        {
            gate.Wait(TimeSpan.FromMinutes(2));
            return ArticleAnalysis.Nothing;
        }
    }

    /// <summary>The app's Serilog events, as Serilog renders them (the app reads sinks from its services).</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                if (events.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                Assert.True(DateTime.UtcNow < deadline, "no such log event within " + timeout);
                await Task.Delay(100);
            }
        }
    }
}
