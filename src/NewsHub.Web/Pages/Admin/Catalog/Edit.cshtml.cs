using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Domain.Catalog;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Pages.Admin.Catalog;

/// <summary>Adds or edits one company: its name, role, group, English names and aliases.</summary>
public sealed class EditModel(NewsHubDbContext db) : PageModel
{
    private static readonly char[] ListSeparators = ['\n', '\r', ',', '，', '、', ';', '；'];

    [BindProperty]
    public Form Input { get; set; } = new();

    public IReadOnlyList<CatalogGroupChoice> Groups { get; private set; } = [];

    public bool IsNew => Input.Id == 0;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } companyId)
        {
            var company = await db.Companies.AsNoTracking().Include(c => c.Aliases).SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken);
            if (company is null)
            {
                return NotFound();
            }

            Input = new Form
            {
                Id = company.Id,
                CanonicalName = company.CanonicalName,
                Role = company.Role,
                ParentId = company.ParentId,
                EnglishNames = string.Join("\n", company.EnglishNames),
                Aliases = string.Join("\n", company.Aliases.Where(a => !a.IsAmbiguous).Select(a => a.Name).Order(StringComparer.Ordinal)),
                AmbiguousAliases = string.Join("\n", company.Aliases.Where(a => a.IsAmbiguous).Select(a => a.Name).Order(StringComparer.Ordinal)),
            };
        }

        await LoadGroupsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Input.CanonicalName.Trim();
        var aliases = SplitList(Input.Aliases).Select(a => (Name: a, IsAmbiguous: false))
            .Concat(SplitList(Input.AmbiguousAliases).Select(a => (Name: a, IsAmbiguous: true)))
            .DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await ValidateAsync(name, aliases, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadGroupsAsync(cancellationToken);
            return Page();
        }

        var company = Input.Id == 0
            ? db.Companies.Add(new Company { CanonicalName = name }).Entity
            : await db.Companies.Include(c => c.Aliases).SingleOrDefaultAsync(c => c.Id == Input.Id, cancellationToken);
        if (company is null)
        {
            return NotFound();
        }

        company.CanonicalName = name;
        company.Role = Input.Role;
        company.ParentId = Input.ParentId;
        company.EnglishNames = SplitList(Input.EnglishNames);
        company.Aliases.RemoveAll(existing => !aliases.Any(a => string.Equals(a.Name, existing.Name, StringComparison.Ordinal)));
        foreach (var (aliasName, isAmbiguous) in aliases)
        {
            if (company.Aliases.Find(a => string.Equals(a.Name, aliasName, StringComparison.Ordinal)) is { } kept)
            {
                kept.IsAmbiguous = isAmbiguous;
            }
            else
            {
                company.Aliases.Add(new CompanyAlias { Name = aliasName, IsAmbiguous = isAmbiguous });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"已保存“{company.CanonicalName}”。点“重新标注全部文章”使修改作用于已存储的文章。Saved; re-tag to apply it to stored articles.";
        return RedirectToPage("Index", new { q = company.CanonicalName });
    }

    /// <summary>
    /// Checks the catalog as it would be after the edit with the catalog's own rules, the ones the seed file
    /// and every tagger load are held to: unique names, parents that exist and form no cycle (a brand may
    /// belong to a unit of a group, 极星 → 沃尔沃 → 吉利), and each alias standing for one company only.
    /// </summary>
    private async Task ValidateAsync(string name, List<(string Name, bool IsAmbiguous)> aliases, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.CanonicalName", "请填写公司名称。Give the company's name.");
            return;
        }

        if (await db.Companies.AnyAsync(
                c => c.CanonicalName == name && c.Id != Input.Id && (c.Status == CompanyStatus.Discovered || c.Status == CompanyStatus.Rejected), cancellationToken))
        {
            ModelState.AddModelError("Input.CanonicalName", $"“{name}”是自动发现（或已拒绝）的公司，请在“待审核公司”中处理。It is a discovered (or rejected) company: decide it in the review queue.");
            return;
        }

        // The catalog's rules hold among catalog entries; discovered and rejected names are the review's.
        var companies = await db.Companies.AsNoTracking()
            .Where(c => c.Status == CompanyStatus.Catalog || c.Status == CompanyStatus.Accepted || c.Id == Input.Id)
            .Select(c => new { c.Id, c.CanonicalName, c.Role, c.ParentId, c.EnglishNames })
            .ToListAsync(cancellationToken);
        var aliasesById = (await db.CompanyAliases.AsNoTracking().Select(a => new { a.CompanyId, a.Name, a.IsAmbiguous }).ToListAsync(cancellationToken))
            .ToLookup(a => a.CompanyId, a => new CatalogAlias(a.Name, a.IsAmbiguous));
        if (Input.ParentId is { } parentId && companies.All(c => c.Id != parentId))
        {
            ModelState.AddModelError("Input.ParentId", "所选集团已不存在。The chosen group no longer exists.");
            return;
        }

        // Names as they would be after the edit: the edited company under its new name, its members pointing at it.
        string NameOf(int id) => id == Input.Id ? name : companies.Single(c => c.Id == id).CanonicalName;
        var edited = new CatalogCompany(
            name, Input.Role, Input.ParentId is { } parent ? NameOf(parent) : null, SplitList(Input.EnglishNames),
            [.. aliases.Select(a => new CatalogAlias(a.Name, a.IsAmbiguous))]);
        var after = companies
            .Where(c => c.Id != Input.Id)
            .Select(c => new CatalogCompany(c.CanonicalName, c.Role, c.ParentId is { } p ? NameOf(p) : null, c.EnglishNames, [.. aliasesById[c.Id]]))
            .Append(edited);
        try
        {
            CompanyCatalog.Create(after);
        }
        catch (CatalogValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                ModelState.AddModelError(FieldOf(problem), $"保存后目录将无效：{problem}。The catalog would not be valid.");
            }
        }
    }

    /// <summary>The form field a problem of the catalog's rules is about, for the message to stand beside it.</summary>
    private static string FieldOf(string problem) =>
        problem.StartsWith("alias", StringComparison.Ordinal) ? "Input.Aliases"
        : problem.StartsWith("English", StringComparison.Ordinal) ? "Input.EnglishNames"
        : problem.Contains("parent", StringComparison.Ordinal) || problem.Contains("ancestor", StringComparison.Ordinal) ? "Input.ParentId"
        : "Input.CanonicalName";

    /// <summary>
    /// Every company the edited one may belong to: any but itself and its own members (which would make a
    /// cycle), each shown with the groups above it (吉利 › 沃尔沃), in that order.
    /// </summary>
    private async Task LoadGroupsAsync(CancellationToken cancellationToken) =>
        Groups = await CatalogGroupChoice.LoadAsync(db, Input.Id == 0 ? null : Input.Id, cancellationToken);

    private static List<string> SplitList(string? text) =>
        [.. (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];


    /// <summary>The form; lists are one name a line (commas and 、 also separate).</summary>
    public sealed class Form
    {
        public int Id { get; set; }

        [Required(ErrorMessage = "请填写公司名称。Give the company's name.")]
        [StringLength(200)]
        public string CanonicalName { get; set; } = "";

        public CompanyRole Role { get; set; } = CompanyRole.Other;

        public int? ParentId { get; set; }

        public string? EnglishNames { get; set; }

        public string? Aliases { get; set; }

        public string? AmbiguousAliases { get; set; }
    }
}
