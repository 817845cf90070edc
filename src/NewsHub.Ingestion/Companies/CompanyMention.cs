namespace NewsHub.Ingestion.Companies;

/// <summary>One place in an article's clean text where a catalog company is named.</summary>
/// <param name="Name">The catalog entry named: a brand or unit (腾讯云), or the group itself.</param>
/// <param name="Group">The canonical name of the group it folds into (腾讯).</param>
/// <param name="Role">The role of the group (carmaker, battery, parts, mobility, tech, other).</param>
/// <param name="AsWritten">The text exactly as written at that place.</param>
/// <param name="Start">Offset in UTF-16 code units into the clean text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public sealed record CompanyMention(string Name, string Group, CompanyRole Role, string AsWritten, int Start, int Length)
{
    /// <summary>
    /// True when the name is not in the catalog but was recognised as a company by its shape or by the
    /// words that introduce it (自动驾驶公司X, X科技): then <see cref="Name"/> and <see cref="Group"/> are the
    /// discovered name and <see cref="Role"/> is inferred (or <see cref="CompanyRole.Other"/>). Stored
    /// companies keep it as their review status until an admin accepts, merges or rejects them.
    /// </summary>
    public bool Discovered { get; init; }

    /// <summary>The offset just past the mention.</summary>
    public int End => Start + Length;
}
