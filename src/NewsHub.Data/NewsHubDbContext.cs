using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Data;

/// <summary>
/// The one EF Core context of NewsHub, on PostgreSQL. Each entity is configured in its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Configurations/</c>.
/// </summary>
/// <remarks>
/// Add a migration from the repository root with
/// <c>dotnet ef migrations add Name --project src/NewsHub.Data --startup-project src/NewsHub.Web --output-dir Migrations</c>;
/// <c>newshub migrate</c> applies them, and the web host does at start when <c>Database:MigrateOnStartup</c> is true.
/// </remarks>
public class NewsHubDbContext(DbContextOptions<NewsHubDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleSource> ArticleSources => Set<ArticleSource>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();

    public DbSet<ArticleCompanyMention> ArticleCompanyMentions => Set<ArticleCompanyMention>();

    public DbSet<PartnershipEvent> PartnershipEvents => Set<PartnershipEvent>();

    public DbSet<PartnershipMention> PartnershipMentions => Set<PartnershipMention>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportFileOutcome> ImportFileOutcomes => Set<ImportFileOutcome>();

    public DbSet<QualityReport> QualityReports => Set<QualityReport>();
    /// <summary>Watched folders and subscribed feeds, with their schedules and health.</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>
    /// The web app's Data Protection keys, which sign the admin's cookie and the forms' antiforgery tokens: kept
    /// here, every instance of the app and every restart (a new container) shares them.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsHubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // PostgreSQL's timestamptz holds an instant, not an offset, and Npgsql refuses non-UTC values:
        // every instant is stored in UTC. Where the original offset matters it has a column of its own.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();

        // Enums as words, so the database reads well in psql and survives reordering of members.
        configurationBuilder.Properties<ArticleFormat>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CompanyRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CompanyStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PartnershipStage>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DateSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ImportRunKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ImportRunStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FileOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<QualitySource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SourceKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ArticleSourceKind>().HaveConversion<string>().HaveMaxLength(16);
    }
}
