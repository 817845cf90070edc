using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Data;
using NewsHub.Data.Catalog;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;

namespace NewsHub.Cli.Commands;

/// <summary>
/// <c>newshub seed-catalog [--catalog file.yaml] [--mirror]</c>: writes the company catalog (the shipped
/// companies.yaml, or an edited copy) into the companies and company_aliases tables. Running it twice
/// changes nothing the second time. Exit code 2 when the catalog file is not valid.
/// </summary>
internal static class SeedCatalogCommand
{
    public const int ExitInvalidCatalog = 2;

    public static Command Create(IConfiguration configuration)
    {
        var file = new Option<FileInfo?>("--catalog") { Description = "A catalog YAML file to seed instead of the shipped companies.yaml." };
        var mirror = new Option<bool>("--mirror") { Description = "Also delete companies and aliases the file does not list (their mentions go with them; run retag afterwards)." };
        var command = new Command("seed-catalog", "Write the company catalog into the database: add and update what it lists, keep hand-made additions unless --mirror.")
        {
            file,
            mirror,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            configuration, parseResult.GetValue(file), parseResult.GetValue(mirror) ? CatalogSeedMode.Mirror : CatalogSeedMode.Merge, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IConfiguration configuration, FileInfo? file, CatalogSeedMode mode, CancellationToken cancellationToken)
    {
        CompanyCatalog catalog;
        try
        {
            catalog = file is null ? CompanyCatalogFile.Default : CompanyCatalogFile.Load(file.FullName);
        }
        catch (Exception ex) when (ex is CatalogValidationException or IOException)
        {
            await Console.Error.WriteLineAsync($"newshub seed-catalog: {ex.Message}");
            return ExitInvalidCatalog;
        }

        await using var services = CliHost.BuildServices(configuration);
        await using var scope = services.CreateAsyncScope();
        var seeder = new CatalogSeeder(
            scope.ServiceProvider.GetRequiredService<NewsHubDbContext>(),
            scope.ServiceProvider.GetRequiredService<ILogger<CatalogSeeder>>());
        var result = await seeder.SeedAsync(catalog, mode, cancellationToken);

        var output = Console.Out;
        output.WriteLine($"Seeded {catalog.Companies.Count} catalog companies from {file?.FullName ?? "the shipped companies.yaml"} ({mode.ToString().ToLowerInvariant()}):");
        output.WriteLine($"  companies  {result.CompaniesAdded,5} added {result.CompaniesUpdated,5} updated {result.CompaniesRemoved,5} removed");
        output.WriteLine($"  aliases    {result.AliasesAdded,5} added {result.AliasesUpdated,5} updated {result.AliasesRemoved,5} removed");
        if (result.Changed)
        {
            output.WriteLine("Run `newshub retag` to tag stored articles with the new catalog.");
        }

        return 0;
    }
}
