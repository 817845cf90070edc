using System.Net;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Operations;
using Npgsql;

namespace NewsHub.IntegrationTests.Operations;

/// <summary>/healthz says the process is alive; /readyz that the database answers and its migrations are current.</summary>
public sealed class HealthEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Both_answer_200_on_a_current_database_and_readyz_503_once_a_migration_is_missing()
    {
        using var client = app.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Live));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Ready));

        // As if this build brought a migration the database has not had yet.
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand(
                "DELETE FROM __ef_migrations_history WHERE migration_id = (SELECT max(migration_id) FROM __ef_migrations_history)", connection);
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(client, HealthEndpoints.Ready));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HealthEndpoints.Live));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }
}
