namespace NewsHub.Domain.Catalog;

/// <summary>One company, brand or unit of the catalog, as the tagger and the seeder see it.</summary>
/// <param name="Name">The canonical Chinese name (华为, 腾讯云); unique in the catalog.</param>
/// <param name="Role">Its role; a brand or unit without a role of its own takes its parent's.</param>
/// <param name="Parent">The canonical name of the company it belongs to, or null for a group.</param>
/// <param name="EnglishNames">English names, for display.</param>
/// <param name="Aliases">
/// Every name that stands for it in text: the canonical name, the English names and the other
/// aliases, each flagged when it is also an everyday word that needs context to count.
/// </param>
public sealed record CatalogCompany(
    string Name,
    CompanyRole Role,
    string? Parent,
    IReadOnlyList<string> EnglishNames,
    IReadOnlyList<CatalogAlias> Aliases);

/// <summary>A name that stands for a company in text.</summary>
/// <param name="Name">The name as written (长安汽车, Tesla, LG新能源).</param>
/// <param name="IsAmbiguous">True when the word has an everyday meaning too (理想, 长安, 小米) and counts only in context.</param>
public sealed record CatalogAlias(string Name, bool IsAmbiguous);
