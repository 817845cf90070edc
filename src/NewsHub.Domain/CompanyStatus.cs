namespace NewsHub.Domain;

/// <summary>Where a company row came from and whether a person has vouched for it.</summary>
/// <remarks>Stored by name (at most 16 characters), so members may be added or reordered without a migration.</remarks>
public enum CompanyStatus
{
    /// <summary>Listed in the seed file or added by an admin in the catalog editor.</summary>
    Catalog,

    /// <summary>
    /// Recognised in articles by its shape or the words that introduce it, not listed anywhere: shown
    /// everywhere, marked as not yet reviewed, until an admin accepts, merges or rejects it.
    /// </summary>
    Discovered,

    /// <summary>Discovered, then accepted by an admin: a catalog entry that keeps its id and its events.</summary>
    Accepted,

    /// <summary>
    /// Discovered, then rejected by an admin: the row only remembers the name, so that discovery never
    /// offers it again. It has no mentions and no events.
    /// </summary>
    Rejected,
}

/// <summary>What the statuses mean for the rest of NewsHub.</summary>
public static class CompanyStatusExtensions
{
    /// <summary>True for the companies the tagger looks for by name: the catalog's own and the accepted ones.</summary>
    public static bool IsCatalogEntry(this CompanyStatus status) => status is CompanyStatus.Catalog or CompanyStatus.Accepted;
}
