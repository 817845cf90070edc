namespace NewsHub.Domain;

public enum ArticleStatus
{
    /// <summary>Shown everywhere.</summary>
    Active,

    /// <summary>Every source file is gone from its folder: kept, but hidden from timelines.</summary>
    Missing,
}
