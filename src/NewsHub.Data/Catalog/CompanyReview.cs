using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;

namespace NewsHub.Data.Catalog;

/// <summary>What became of a review decision: done, or refused with the reason, which names the company.</summary>
public sealed record ReviewOutcome(bool Done, string? Problem)
{
    public static ReviewOutcome Ok { get; } = new(true, null);

    public static ReviewOutcome Refused(string problem) => new(false, problem);
}

/// <summary>
/// An admin's decisions about a company discovered in articles: accept it into the catalog, merge it into a
/// catalog company as an alias, or reject the name for good. Each decision changes the catalog in one
/// transaction; the stored articles follow with a re-tag, which the caller queues.
/// </summary>
/// <remarks>
/// The company's row is locked first and must still be discovered, so two admins deciding the same company at
/// once make one decision, and the other is told. The catalog as it would be after the decision is checked with
/// the catalog's own rules (<see cref="CompanyCatalog.Create"/>), as the catalog editor does.
/// </remarks>
public sealed class CompanyReview(NewsHubDbContext db)
{
    /// <summary>
    /// Makes the company a catalog entry of <paramref name="role"/>, folded into <paramref name="parentId"/> when
    /// given. It keeps its id, so its events stay where they are (a re-tag moves them to the group when it has one).
    /// </summary>
    public Task<ReviewOutcome> AcceptAsync(int companyId, CompanyRole role, int? parentId, CancellationToken cancellationToken) =>
        DecideAsync(companyId, async (company, catalog, ct) =>
        {
            if (parentId is { } parent && catalog.All(c => c.Id != parent))
            {
                return ReviewOutcome.Refused($"“{company.CanonicalName}”不能归入所选集团：它不在目录中。The chosen group ({parent}) is not in the catalog.");
            }

            var problem = Check(catalog.Append(new CatalogRow(company.Id, company.CanonicalName, role, parentId, [], [new CatalogAlias(company.CanonicalName, false)])));
            if (problem is not null)
            {
                return ReviewOutcome.Refused($"不能接受“{company.CanonicalName}”：{problem} Accepting it would leave the catalog invalid.");
            }

            company.Status = CompanyStatus.Accepted;
            company.Role = role;
            company.ParentId = parentId;
            db.CompanyAliases.Add(new CompanyAlias { CompanyId = company.Id, Name = company.CanonicalName });
            await db.SaveChangesAsync(ct);
            return ReviewOutcome.Ok;
        }, cancellationToken);

    /// <summary>
    /// Makes the company's name an alias of catalog company <paramref name="targetId"/> and removes the discovered
    /// company: its mentions and events go with it, and the re-tag finds them again as the target's.
    /// </summary>
    public Task<ReviewOutcome> MergeAsync(int companyId, int targetId, CancellationToken cancellationToken) =>
        DecideAsync(companyId, async (company, catalog, ct) =>
        {
            if (catalog.Find(c => c.Id == targetId) is not { } target)
            {
                return ReviewOutcome.Refused($"不能把“{company.CanonicalName}”并入所选公司：它不在目录中。The company to merge into ({targetId}) is not in the catalog.");
            }

            var merged = target with { Aliases = [.. target.Aliases, new CatalogAlias(company.CanonicalName, false)] };
            var problem = Check(catalog.Select(c => c.Id == targetId ? merged : c));
            if (problem is not null)
            {
                return ReviewOutcome.Refused($"不能把“{company.CanonicalName}”并入“{target.Name}”：{problem} Merging would leave the catalog invalid.");
            }

            db.Companies.Remove(company);
            await db.SaveChangesAsync(ct);
            db.CompanyAliases.Add(new CompanyAlias { CompanyId = targetId, Name = company.CanonicalName });
            await db.SaveChangesAsync(ct);
            return ReviewOutcome.Ok;
        }, cancellationToken);

    /// <summary>
    /// Remembers the name as no company: discovery never offers it again, and its partnership events go at once.
    /// Its mentions stay until the re-tag, which then finds each article's partnerships again without it.
    /// </summary>
    public Task<ReviewOutcome> RejectAsync(int companyId, CancellationToken cancellationToken) =>
        DecideAsync(companyId, async (company, _, ct) =>
        {
            company.Status = CompanyStatus.Rejected;
            await db.SaveChangesAsync(ct);
            await db.PartnershipEvents.Where(e => e.CompanyAId == company.Id || e.CompanyBId == company.Id).ExecuteDeleteAsync(ct);
            return ReviewOutcome.Ok;
        }, cancellationToken);

    private async Task<ReviewOutcome> DecideAsync(
        int companyId, Func<Company, List<CatalogRow>, CancellationToken, Task<ReviewOutcome>> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var company = await db.Companies.FromSql($"SELECT * FROM companies WHERE id = {companyId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return ReviewOutcome.Refused($"没有编号为 {companyId} 的公司（可能已被合并）。No company has the id {companyId} (it may have been merged).");
        }

        if (company.Status != CompanyStatus.Discovered)
        {
            return ReviewOutcome.Refused($"“{company.CanonicalName}”已经审核过了（{company.Status}）。It was reviewed already.");
        }

        var outcome = await decide(company, await CatalogRowsAsync(cancellationToken), cancellationToken);
        if (outcome.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>The catalog entries (catalog and accepted companies) with their aliases.</summary>
    private async Task<List<CatalogRow>> CatalogRowsAsync(CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking()
            .Where(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted)
            .Select(c => new { c.Id, c.CanonicalName, c.Role, c.ParentId, c.EnglishNames })
            .ToListAsync(cancellationToken);
        var aliases = (await db.CompanyAliases.AsNoTracking().Select(a => new { a.CompanyId, a.Name, a.IsAmbiguous }).ToListAsync(cancellationToken))
            .ToLookup(a => a.CompanyId, a => new CatalogAlias(a.Name, a.IsAmbiguous));
        return [.. companies.Select(c => new CatalogRow(c.Id, c.CanonicalName, c.Role, c.ParentId, c.EnglishNames, [.. aliases[c.Id]]))];
    }

    /// <summary>The first problem the catalog's rules find with <paramref name="rows"/>, or null.</summary>
    private static string? Check(IEnumerable<CatalogRow> rows)
    {
        var list = rows.ToList();
        var names = list.ToDictionary(r => r.Id, r => r.Name);
        try
        {
            CompanyCatalog.Create(list.Select(r => new CatalogCompany(
                r.Name, r.Role, r.ParentId is { } parent ? names.GetValueOrDefault(parent, $"#{parent}") : null, r.EnglishNames, r.Aliases)));
            return null;
        }
        catch (CatalogValidationException ex)
        {
            return string.Join("; ", ex.Problems);
        }
    }

    private sealed record CatalogRow(int Id, string Name, CompanyRole Role, int? ParentId, IReadOnlyList<string> EnglishNames, IReadOnlyList<CatalogAlias> Aliases);
}
