using System.Text.Json;
using NewsHub.Data.Search;
using NewsHub.Data.Writing;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import;

/// <summary>Turns what was read and found into what <see cref="ArticleWriter"/> stores.</summary>
public static class ArticleMapping
{
    /// <summary>
    /// The article, its companies, its partnerships and its search words, ready to store. CPU-heavy (it
    /// cuts the text for search): call it where the reading runs in parallel, not on the writer's path.
    /// </summary>
    public static ArticleToStore ToStore(ArticleDocument document, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        return new ArticleToStore(
            SourcePath: document.SourcePath,
            ContentHash: document.ContentHash,
            Format: document.Format,
            Encoding: document.Encoding,
            Title: document.Title,
            PublishedAt: document.PublishedAt,
            Author: document.Author,
            Outlet: document.Outlet,
            SourceUrl: document.SourceUrl,
            CleanText: document.CleanText,
            SanitizedHtml: document.SanitizedHtml,
            MetadataJson: JsonSerializer.Serialize(document.Metadata),
            CompanyMentions: [.. analysis.Companies.Select(ToStore)],
            PartnershipMentions: [.. analysis.Partnerships.Select(ToStore)])
        {
            SearchVector = SearchVector.Of(document.Title, document.CleanText),
        };
    }

    private static CompanyMentionToStore ToStore(CompanyMention mention) =>
        new(mention.Name, mention.Group, mention.AsWritten, mention.Start, mention.Length) { Discovered = mention.Discovered, Role = mention.Role };

    /// <summary>A partnership finding in the shape the writer stores.</summary>
    public static PartnershipMentionToStore ToStore(PartnershipFinding finding) => new(
        ToStore(finding.CompanyA),
        ToStore(finding.CompanyB),
        finding.Stage,
        finding.IsPlanned,
        finding.Date,
        finding.Evidence,
        finding.EvidenceStart,
        finding.Trigger,
        finding.TriggerStart,
        finding.Confidence)
    {
        InHeadline = finding.InHeadline,
    };
}
