using NewsHub.Data.Entities;

using NewsHub.Data.Search;

namespace NewsHub.Data.Writing;

/// <summary>
/// Everything the import knows about one article file, in the shape the database stores: the article
/// itself, the companies it names and the partnerships it reports. Companies are named by their
/// canonical names (<c>companies.canonical_name</c>); the writer turns names into ids.
/// </summary>
/// <param name="SourcePath">
/// Full path of the file, or the key of a feed item (<see cref="ArticleSourceKind.FeedItem"/>); re-imports are keyed by it and <see cref="SourceKind"/>.
/// </param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex; identical content is stored once.</param>
public sealed record ArticleToStore(
    string SourcePath,
    string ContentHash,
    ArticleFormat Format,
    string Encoding,
    string Title,
    DateTimeOffset? PublishedAt,
    string? Author,
    string? Outlet,
    string? SourceUrl,
    string CleanText,
    string SanitizedHtml,
    string MetadataJson,
    IReadOnlyList<CompanyMentionToStore> CompanyMentions,
    IReadOnlyList<PartnershipMentionToStore> PartnershipMentions)
{
    /// <summary>
    /// Re-extract: rewrite the article's derived data (mentions, events, search vector) even when its
    /// content is already stored under this path, so that an improved tagger or finder takes effect.
    /// </summary>
    public bool Rederive { get; init; }

    /// <summary>
    /// The article's search vector, if the caller built it already (an import does, on its reading threads);
    /// else the writer builds it.
    /// </summary>
    public SearchVector? SearchVector { get; init; }

    /// <summary>What <see cref="SourcePath"/> names: a file (the default) or a feed item.</summary>
    public ArticleSourceKind SourceKind { get; init; }

    /// <summary>The watched folder or feed that brought it in, if any: kept on its <c>article_sources</c> row.</summary>
    public long? SourceId { get; init; }
}

/// <summary>A company named in the clean text.</summary>
/// <param name="Name">Canonical name of the catalog entry named (a brand or unit, or the group itself), or the discovered name.</param>
/// <param name="Group">Canonical name of the group it folds into (the discovered name itself for a discovered company).</param>
/// <param name="AsWritten">The text as written.</param>
/// <param name="Start">Offset in UTF-16 code units into the clean text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public sealed record CompanyMentionToStore(string Name, string Group, string AsWritten, int Start, int Length)
{
    /// <summary>
    /// True when the tagger recognised a company the catalog does not list: the writer stores a company of
    /// status <see cref="CompanyStatus.Discovered"/> by that name on first sight, and skips names an admin rejected.
    /// </summary>
    public bool Discovered { get; init; }

    /// <summary>The role the tagger inferred for a discovered company; catalog companies keep their catalog role.</summary>
    public CompanyRole Role { get; init; } = CompanyRole.Other;
}

/// <summary>A sentence of the article saying that two company groups teamed up.</summary>
/// <param name="CompanyA">One side, as named in the evidence.</param>
/// <param name="CompanyB">The other side; of a different group.</param>
/// <param name="Date">When, at the precision the text gives (a fresh instance: it becomes part of the stored row).</param>
/// <param name="EvidenceStart">Offset of <paramref name="Evidence"/> in the clean text (in the title when <see cref="InHeadline"/>).</param>
/// <param name="TriggerStart">Offset of <paramref name="Trigger"/> in the same text.</param>
/// <param name="Confidence">0.0–1.0.</param>
public sealed record PartnershipMentionToStore(
    CompanyMentionToStore CompanyA,
    CompanyMentionToStore CompanyB,
    PartnershipStage Stage,
    bool IsPlanned,
    PartialDate Date,
    string Evidence,
    int EvidenceStart,
    string Trigger,
    int TriggerStart,
    double Confidence)
{
    /// <summary>True when the evidence is the headline: offsets point into the title.</summary>
    public bool InHeadline { get; init; }
}

/// <summary>What the writer did with a file, and the article that now holds its content.</summary>
public sealed record ArticleWriteResult(FileOutcome Outcome, long ArticleId);
