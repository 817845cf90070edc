namespace NewsHub.Data.Entities;

/// <summary>One place in an article's clean text where a company is named.</summary>
public class ArticleCompanyMention
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The catalog entry named (a brand or unit, or the group itself).</summary>
    public int CompanyId { get; set; }

    public Company Company { get; set; } = null!;

    /// <summary>The group the named company folds into; equal to <see cref="CompanyId"/> for a group.</summary>
    public int GroupId { get; set; }

    public Company Group { get; set; } = null!;

    /// <summary>The name exactly as written in the text.</summary>
    public required string AsWritten { get; set; }

    /// <summary>Offset in UTF-16 code units into <see cref="Article.CleanText"/>.</summary>
    public int Start { get; set; }

    public int Length { get; set; }
}
