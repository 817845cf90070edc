using System.CommandLine;
using NewsHub.Cli;
using NewsHub.Cli.Commands;
using Serilog;

var configuration = CliHost.LoadConfiguration();
CliHost.ConfigureLogging(configuration);

var root = new RootCommand("NewsHub: follow how carmakers and technology companies team up, from folders of Chinese news articles.")
{
    MigrateCommand.Create(configuration),
    SeedCatalogCommand.Create(configuration),
    RetagCommand.Create(configuration),
    ReindexCommand.Create(configuration),
    ImportCommand.Create(configuration),
    SourcesCommand.Create(configuration),
    AnalyzeCommand.Create(),
    QualityCommand.Create(configuration),
    AdminPasswordCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}
