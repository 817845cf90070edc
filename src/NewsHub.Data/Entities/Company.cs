namespace NewsHub.Data.Entities;

/// <summary>
/// A company, brand or unit from the catalog, or a company discovered in articles (see <see cref="Status"/>).
/// A brand or subsidiary points at its group through <see cref="ParentId"/>; timelines and partnerships are
/// kept per group.
/// </summary>
public class Company
{
    public int Id { get; set; }

    /// <summary>The canonical Chinese name (华为, 字节跳动); unique.</summary>
    public required string CanonicalName { get; set; }

    public CompanyRole Role { get; set; }

    /// <summary>Catalog, accepted, or still only discovered in articles (or rejected: a remembered name).</summary>
    public CompanyStatus Status { get; set; }

    public List<string> EnglishNames { get; set; } = [];

    public int? ParentId { get; set; }

    public Company? Parent { get; set; }

    public List<Company> Children { get; set; } = [];

    public List<CompanyAlias> Aliases { get; set; } = [];
}
