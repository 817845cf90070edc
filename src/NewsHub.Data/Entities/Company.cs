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

/// <summary>What a company does, as far as partnerships are concerned.</summary>
/// <remarks>Stored by name (at most 16 characters), so members may be added or reordered without a migration.</remarks>
public enum CompanyRole
{
    Carmaker,
    Battery,
    Parts,

    /// <summary>
    /// Ride-hailing, robotaxi and autonomous-driving companies (滴滴, Waymo, 小马智行): they build or run
    /// self-driving and ride fleets, so their deals are automotive ones.
    /// </summary>
    Mobility,
    Tech,
    Other,
}
