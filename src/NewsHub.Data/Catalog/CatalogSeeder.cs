using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;

namespace NewsHub.Data.Catalog;

/// <summary>How a seed treats what the database holds and the catalog does not list.</summary>
public enum CatalogSeedMode
{
    /// <summary>
    /// Add and update what the catalog lists; keep companies and aliases an admin added by hand.
    /// </summary>
    Merge,

    /// <summary>
    /// Make the catalog's rows equal to the catalog: also delete unlisted aliases and companies (their
    /// mentions and partnership events go with them; run retag afterwards). The rows of the review
    /// (discovered, accepted and rejected companies, with their aliases) are the admin's, not the file's: kept.
    /// </summary>
    Mirror,
}

/// <summary>What one seed changed; all zero when the database already matched the catalog.</summary>
public sealed record CatalogSeedResult(
    int CompaniesAdded,
    int CompaniesUpdated,
    int CompaniesRemoved,
    int AliasesAdded,
    int AliasesUpdated,
    int AliasesRemoved)
{
    /// <summary>True when the seed wrote anything.</summary>
    public bool Changed => CompaniesAdded + CompaniesUpdated + CompaniesRemoved + AliasesAdded + AliasesUpdated + AliasesRemoved > 0;
}

/// <summary>
/// Writes a <see cref="CompanyCatalog"/> into the <c>companies</c> and <c>company_aliases</c> tables,
/// idempotently: companies are matched by canonical name and aliases by name, so running it twice
/// changes nothing the second time. All of it happens in one transaction.
/// </summary>
public sealed class CatalogSeeder(NewsHubDbContext db, ILogger<CatalogSeeder> logger)
{
    /// <summary>
    /// Seeds only when the companies table is empty, so that a start-up seed never undoes an admin's edits.
    /// Returns null when the catalog was already there.
    /// </summary>
    public async Task<CatalogSeedResult?> SeedIfEmptyAsync(CompanyCatalog catalog, CancellationToken cancellationToken)
    {
        if (await db.Companies.AnyAsync(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted, cancellationToken))
        {
            logger.LogDebug("The company catalog is already seeded; leaving it as it is");
            return null;
        }

        return await SeedAsync(catalog, CatalogSeedMode.Merge, cancellationToken);
    }

    /// <summary>Brings the tables in line with the catalog.</summary>
    public async Task<CatalogSeedResult> SeedAsync(CompanyCatalog catalog, CatalogSeedMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var stored = await db.Companies.Include(c => c.Aliases).ToDictionaryAsync(c => c.CanonicalName, StringComparer.Ordinal, cancellationToken);
        var storedAliases = stored.Values.SelectMany(c => c.Aliases).ToDictionary(a => a.Name, StringComparer.Ordinal);
        var counts = new Counts();

        foreach (var listed in catalog.Companies)
        {
            UpsertCompany(listed, stored, counts);
        }

        foreach (var listed in catalog.Companies)
        {
            var company = stored[listed.Name];
            var parent = listed.Parent is null ? null : stored[listed.Parent];
            if (company.Parent != parent)
            {
                company.Parent = parent;
                counts.MarkUpdated(company);
            }

            foreach (var alias in listed.Aliases)
            {
                UpsertAlias(company, alias, storedAliases, counts);
            }
        }

        if (mode == CatalogSeedMode.Mirror)
        {
            RemoveUnlisted(catalog, stored, counts);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var result = counts.ToResult();
        logger.LogInformation(
            "Seeded the company catalog ({SeedMode}): {CompaniesAdded} companies added, {CompaniesUpdated} updated, {CompaniesRemoved} removed; {AliasesAdded} aliases added, {AliasesUpdated} updated, {AliasesRemoved} removed",
            mode, result.CompaniesAdded, result.CompaniesUpdated, result.CompaniesRemoved, result.AliasesAdded, result.AliasesUpdated, result.AliasesRemoved);
        return result;
    }

    private void UpsertCompany(CatalogCompany listed, Dictionary<string, Company> stored, Counts counts)
    {
        if (!stored.TryGetValue(listed.Name, out var company))
        {
            company = new Company { CanonicalName = listed.Name, Role = listed.Role, EnglishNames = [.. listed.EnglishNames] };
            stored.Add(listed.Name, company);
            db.Companies.Add(company);
            counts.CompaniesAdded.Add(company);
            return;
        }

        if (company.Status != CompanyStatus.Catalog && company.Status != CompanyStatus.Accepted)
        {
            // A discovered (or once rejected) name the file now lists: the same row becomes a catalog entry, so it
            // keeps its id and its events.
            company.Status = CompanyStatus.Catalog;
            counts.MarkUpdated(company);
        }

        if (company.Role != listed.Role)
        {
            company.Role = listed.Role;
            counts.MarkUpdated(company);
        }

        if (!company.EnglishNames.SequenceEqual(listed.EnglishNames, StringComparer.Ordinal))
        {
            company.EnglishNames = [.. listed.EnglishNames];
            counts.MarkUpdated(company);
        }
    }

    private static void UpsertAlias(Company company, CatalogAlias alias, Dictionary<string, CompanyAlias> storedAliases, Counts counts)
    {
        if (!storedAliases.TryGetValue(alias.Name, out var row))
        {
            row = new CompanyAlias { Name = alias.Name, IsAmbiguous = alias.IsAmbiguous, Company = company };
            company.Aliases.Add(row);
            storedAliases.Add(alias.Name, row);
            counts.AliasesAdded++;
            return;
        }

        var changed = false;
        if (row.Company != company)
        {
            // The name moved to another company: move the row, since names are unique across the table.
            row.Company.Aliases.Remove(row);
            company.Aliases.Add(row);
            row.Company = company;
            changed = true;
        }

        if (row.IsAmbiguous != alias.IsAmbiguous)
        {
            row.IsAmbiguous = alias.IsAmbiguous;
            changed = true;
        }

        if (changed)
        {
            counts.AliasesUpdated++;
        }
    }

    private void RemoveUnlisted(CompanyCatalog catalog, Dictionary<string, Company> stored, Counts counts)
    {
        var listedAliases = catalog.Companies.SelectMany(c => c.Aliases).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var fileRows = stored.Values.Where(c => c.Status == CompanyStatus.Catalog).ToList();
        foreach (var company in fileRows)
        {
            foreach (var alias in company.Aliases.Where(a => !listedAliases.Contains(a.Name)).ToList())
            {
                company.Aliases.Remove(alias);
                db.CompanyAliases.Remove(alias);
                counts.AliasesRemoved++;
            }
        }

        var unlisted = fileRows.Where(c => catalog.Find(c.CanonicalName) is null).ToList();
        foreach (var company in unlisted)
        {
            // Parent links point down to up with ON DELETE RESTRICT: cut them before deleting.
            company.Parent = null;
            foreach (var child in company.Children)
            {
                child.Parent = null;
            }
        }

        db.Companies.RemoveRange(unlisted);
        counts.CompaniesRemoved += unlisted.Count;
    }

    private sealed class Counts
    {
        public HashSet<Company> CompaniesAdded { get; } = [];

        public HashSet<Company> CompaniesUpdated { get; } = [];

        public int CompaniesRemoved { get; set; }

        public int AliasesAdded { get; set; }

        public int AliasesUpdated { get; set; }

        public int AliasesRemoved { get; set; }

        public void MarkUpdated(Company company)
        {
            if (!CompaniesAdded.Contains(company))
            {
                CompaniesUpdated.Add(company);
            }
        }

        public CatalogSeedResult ToResult() =>
            new(CompaniesAdded.Count, CompaniesUpdated.Count, CompaniesRemoved, AliasesAdded, AliasesUpdated, AliasesRemoved);
    }
}
