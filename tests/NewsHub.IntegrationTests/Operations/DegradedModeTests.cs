using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.IntegrationTests.Pages;
using NewsHub.Web.Caching;
using NewsHub.Web.Operations;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>
/// PostgreSQL really goes away under the running app (its database stops accepting connections and every session
/// in it is ended) and comes back: cached pages stay available, marked as possibly stale; the rest answers 503 with
/// Retry-After and the localised page; /readyz says so and /healthz does not; the log has one line at each end of the
/// outage instead of a stack trace per request; and after it everything works as before.
/// </summary>
[Collection(nameof(DegradedModeTests))]
public sealed class DegradedModeTests(DegradedModeTests.Fixture app) : IClassFixture<DegradedModeTests.Fixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string CachedPage = "/Companies/" + Uri.EscapeDataString("华为") + "?probe=" + Guid.NewGuid().ToString("N");
    private static readonly string CachedApi = "/api/events?probe=" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task While_the_database_is_unreachable_cached_pages_are_served_stale_and_the_rest_answers_503_until_it_is_back()
    {
        using var client = app.Factory.CreateClient();
        var cachedHtml = await WarmAsync(client, CachedPage);
        await WarmAsync(client, CachedApi);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Ready));

        await app.SetReachableAsync(false);
        try
        {
            await WaitForAsync(client, HealthEndpoints.Ready, HttpStatusCode.ServiceUnavailable);

            // Probed many times over: not one answer may depend on how fast the outage was noticed.
            for (var round = 0; round < 5; round++)
            {
                using (var cached = await client.GetAsync(new Uri(CachedPage, UriKind.Relative)))
                {
                    Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
                    Assert.Equal(DegradedMode.StaleValue, Assert.Single(cached.Headers.GetValues(DegradedMode.StaleHeader)));
                    Assert.Equal(cachedHtml, await cached.Content.ReadAsStringAsync());
                }

                using (var cachedApi = await client.GetAsync(new Uri(CachedApi, UriKind.Relative)))
                {
                    Assert.Equal(HttpStatusCode.OK, cachedApi.StatusCode);
                    Assert.True(cachedApi.Headers.Contains(DegradedMode.StaleHeader));
                }

                using (var uncached = await client.GetAsync(new Uri("/Articles?probe=" + Guid.NewGuid().ToString("N"), UriKind.Relative)))
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
                    Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), uncached.Headers.RetryAfter?.Delta);
                    ErrorPageTests.AssertErrorPage(await uncached.Content.ReadAsStringAsync(), "数据库暂时无法访问，正在重试", "zh-CN");
                }

                // A client of its own: the language cookie would make every later page English, and a miss.
                using (var englishClient = app.Factory.CreateClient())
                using (var english = await englishClient.GetAsync(new Uri("/Events/1?lang=en", UriKind.Relative)))
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, english.StatusCode);
                    ErrorPageTests.AssertErrorPage(await english.Content.ReadAsStringAsync(), "Database unavailable, retrying", "en");
                }

                using (var api = await client.GetAsync(new Uri("/api/articles?probe=" + Guid.NewGuid().ToString("N"), UriKind.Relative)))
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
                    Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
                    Assert.NotNull(api.Headers.RetryAfter);
                    using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
                    Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
                }

                Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Live));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(client, HealthEndpoints.Ready));
            }
        }
        finally
        {
            await app.SetReachableAsync(true);
        }

        await WaitForAsync(client, HealthEndpoints.Ready, HttpStatusCode.OK);
        await WaitForAsync(client, "/Articles?probe=" + Guid.NewGuid().ToString("N"), HttpStatusCode.OK);
        using (var fresh = await client.GetAsync(new Uri(CachedPage, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            Assert.False(fresh.Headers.Contains(DegradedMode.StaleHeader));
        }

        // One warning when the outage started and one line with its duration when it ended; no error, no stack trace.
        var outageLines = await WaitForLogAsync(e => e.MessageTemplate.Text.StartsWith("Database reachable again", StringComparison.Ordinal));
        Assert.Single(outageLines, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Database unreachable", StringComparison.Ordinal));
        Assert.Single(outageLines, e => e.MessageTemplate.Text.StartsWith("Database reachable again after", StringComparison.Ordinal));
        // Serilog's request logging writes through the static logger, which the app factories running in parallel in this
        // process share: only what comes from this app's database or code counts.
        var errors = app.Log.Events.Where(e => IsAboutTheDatabase(e) && (e.Exception is not null || e.Level >= LogEventLevel.Error)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.RenderMessage(CultureInfo.InvariantCulture) + " " + e.Exception)));
    }

    private static bool IsAboutTheDatabase(LogEvent e) =>
        (e.Properties.TryGetValue("SourceContext", out var source)
         && (source.ToString().Contains("EntityFrameworkCore", StringComparison.Ordinal) || source.ToString().Contains("NewsHub", StringComparison.Ordinal)))
        || Chain(e.Exception).Any(x => x is NpgsqlException or DatabaseUnavailableException);

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    [Fact]
    public async Task One_connection_cut_while_the_database_is_up_is_not_an_outage()
    {
        using var client = app.Factory.CreateClient();
        // After the outage test the feed may still be waiting out its back-off before it listens again.
        var feed = app.Factory.Services.GetRequiredService<DataChangeFeed>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!feed.IsLive && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(feed.IsLive, "the change feed was not listening");
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'newshub-web change feed'", connection);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        var outage = app.Factory.Services.GetRequiredService<DatabaseOutage>();
        for (var round = 0; round < 20; round++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/Articles?probe=" + Guid.NewGuid().ToString("N")));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Ready));
            Assert.False(outage.IsUnreachable);
            await Task.Delay(25);
        }
    }

    /// <summary>Requests <paramref name="url"/> until it comes from the page cache, and returns its body.</summary>
    private static async Task<string> WarmAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null)
            {
                return await response.Content.ReadAsStringAsync();
            }

            Assert.True(DateTime.UtcNow < deadline, $"{url} was not served from the page cache within {Patience}");
            await Task.Delay(50);
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Polls <paramref name="url"/> until it answers <paramref name="expected"/>.</summary>
    private static async Task WaitForAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        HttpStatusCode last;
        while ((last = await StatusAsync(client, url)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(last == expected, $"{url} still answered {(int)last} after {Patience}, not {(int)expected}");
    }

    /// <summary>The outage's own log lines, once <paramref name="last"/> has been written.</summary>
    private async Task<IReadOnlyList<LogEvent>> WaitForLogAsync(Func<LogEvent, bool> last)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!app.Log.Events.Any(last) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return [.. app.Log.Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains(nameof(DatabaseOutage), StringComparison.Ordinal))];
    }

    /// <summary>The <see cref="TimelineSeed"/> world and the app on it, with its log captured; the database can be made unreachable.</summary>
    public sealed class Fixture : DatabaseFixture
    {
        private LoggedAppFactory? factory;

        public NewsHubAppFactory Factory => factory ?? throw new InvalidOperationException("The fixture is not initialised.");

        public LogCapture Log { get; } = new();

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var db = CreateContext())
            {
                await TimelineSeed.WriteAsync(db);
            }

            factory = new LoggedAppFactory(ConnectionString, Log);
            var feed = factory.Services.GetRequiredService<DataChangeFeed>();
            var deadline = DateTime.UtcNow + Patience;
            while (!feed.IsLive && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.True(feed.IsLive, "the change feed did not start listening");
        }

        /// <summary>
        /// Unreachable: the database refuses new connections and every session in it is ended, as when the server goes
        /// down; reachable: it accepts them again.
        /// </summary>
        public async Task SetReachableAsync(bool reachable)
        {
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
            await using var server = new NpgsqlConnection(TestDatabaseServer.ServerConnectionString);
            await server.OpenAsync();
            await using (var allow = new NpgsqlCommand($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {(reachable ? "true" : "false")}", server))
            {
                await allow.ExecuteNonQueryAsync();
            }

            if (!reachable)
            {
                await using var end = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", server);
                end.Parameters.Add(new NpgsqlParameter { Value = name });
                await end.ExecuteScalarAsync();
            }
        }

        public override async Task DisposeAsync()
        {
            if (factory is not null)
            {
                await factory.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }

    /// <summary>
    /// Alone, after the parallel tests: Serilog's hosting makes each new app's logger the process-wide one that every
    /// app logs through, so with other apps starting meanwhile this app's log would go elsewhere, or theirs here.
    /// </summary>
    [CollectionDefinition(nameof(DegradedModeTests), DisableParallelization = true)]
    public sealed class Alone;

    private sealed class LoggedAppFactory(string connectionString, ILogEventSink log) : NewsHubAppFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(log));
        }
    }
}
