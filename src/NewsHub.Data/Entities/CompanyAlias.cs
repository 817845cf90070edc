namespace NewsHub.Data.Entities;

/// <summary>A name that stands for a company in text (a brand, a short name, an English name).</summary>
public class CompanyAlias
{
    public int Id { get; set; }

    public int CompanyId { get; set; }

    public Company Company { get; set; } = null!;

    /// <summary>The name as it is written in articles; unique across the catalog.</summary>
    public required string Name { get; set; }

    /// <summary>True when the word has an everyday meaning too (理想, 长安, 小米) and needs context to count.</summary>
    public bool IsAmbiguous { get; set; }
}
