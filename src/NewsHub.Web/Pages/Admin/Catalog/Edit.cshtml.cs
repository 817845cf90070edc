using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsHub.Data;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Pages.Admin.Catalog;

/// <summary>Adds or edits one company: its name, role, group, English names and aliases.</summary>
public sealed class EditModel(NewsHubDbContext db) : PageModel
{
    private static readonly char[] ListSeparators = ['\n', '\r', ',', '，', '、', ';', '；'];

    [BindProperty]
    public Form Input { get; set; } = new();

    public IReadOnlyList<GroupOption> Groups { get; private set; } = [];

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
        await ValidateAsync(name, aliases.Select(a => a.Name).ToList(), cancellationToken);
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

    private async Task ValidateAsync(string name, List<string> aliases, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.CanonicalName", "请填写公司名称。Give the company's name.");
            return;
        }

        if (await db.Companies.AnyAsync(c => c.CanonicalName == name && c.Id != Input.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.CanonicalName", $"已有名为“{name}”的公司。A company of that name exists.");
        }

        if (Input.ParentId is { } parentId)
        {
            // A group of groups is not a thing here: timelines fold brands into their group, one level deep.
            var parent = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == parentId, cancellationToken);
            if (parent is null || parent.Id == Input.Id || parent.ParentId is not null)
            {
                ModelState.AddModelError("Input.ParentId", "所属集团必须是另一家没有上级的公司。The group must be another company without a group of its own.");
            }
            else if (Input.Id != 0 && await db.Companies.AnyAsync(c => c.ParentId == Input.Id, cancellationToken))
            {
                ModelState.AddModelError("Input.ParentId", "这家公司本身是集团，旗下有品牌，不能再归入其他集团。This company is a group with members.");
            }
        }

        // Aliases must be unique ignoring case (the tagger matches Latin names so); the catalog is small enough to compare here.
        var wanted = aliases.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taken = (await db.CompanyAliases.AsNoTracking()
                .Where(a => a.CompanyId != Input.Id)
                .Select(a => new { a.Name, Company = a.Company.CanonicalName })
                .ToListAsync(cancellationToken))
            .Where(a => wanted.Contains(a.Name));
        foreach (var clash in taken)
        {
            ModelState.AddModelError("Input.Aliases", $"别名“{clash.Name}”已属于“{clash.Company}”。The alias already stands for another company.");
        }

        foreach (var alias in aliases.Where(a => a.Length > 200))
        {
            ModelState.AddModelError("Input.Aliases", $"别名过长：{alias[..20]}…");
        }
    }

    private async Task LoadGroupsAsync(CancellationToken cancellationToken) =>
        Groups = await db.Companies.AsNoTracking()
            .Where(c => c.ParentId == null && c.Id != Input.Id)
            .OrderBy(c => c.CanonicalName)
            .Select(c => new GroupOption(c.Id, c.CanonicalName))
            .ToListAsync(cancellationToken);

    private static List<string> SplitList(string? text) =>
        [.. (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public sealed record GroupOption(int Id, string Name);

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
