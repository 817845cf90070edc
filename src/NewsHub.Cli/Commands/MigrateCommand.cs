using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Data;
using Serilog;

namespace NewsHub.Cli.Commands;

/// <summary><c>newshub migrate</c>: applies every pending EF Core migration to the configured database.</summary>
internal static class MigrateCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("migrate", "Apply pending database migrations (ConnectionStrings:NewsHub).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliHost.BuildServices(configuration);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsHubDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            Log.Information("Applied {MigrationCount} migration(s): {Migrations}", pending.Count, pending);
            return 0;
        });
        return command;
    }
}
