using Microsoft.EntityFrameworkCore.Design;

namespace NewsHub.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting a host. The connection string only matters
/// for <c>database update</c>; migrations are generated from the model alone.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NewsHubDbContext>
{
    public NewsHubDbContext CreateDbContext(string[] args) =>
        new(NewsHubDbContextOptions.Create(
            Environment.GetEnvironmentVariable("ConnectionStrings__NewsHub")
            ?? "Host=127.0.0.1;Port=55432;Database=newshub;Username=newshub;Password=newshub"));
}
