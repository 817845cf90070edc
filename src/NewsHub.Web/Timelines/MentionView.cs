using Microsoft.EntityFrameworkCore;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>One evidence sentence for an event, highlighted, with the article it comes from.</summary>
/// <param name="Id">The mention's id.</param>
/// <param name="EventId">The event it supports.</param>
/// <param name="Article">The article it was read from.</param>
/// <param name="ArticleIsMissing">True when the article's files are gone from their folders.</param>
/// <param name="Parts">The evidence sentence, highlighted.</param>
/// <param name="Stage">The stage this sentence speaks of.</param>
/// <param name="IsPlanned">True when it speaks of a plan.</param>
/// <param name="Date">The date this sentence gives.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="InHeadline">True when the sentence is the article's headline, not a sentence of its text.</param>
public sealed record MentionView(
    long Id,
    long EventId,
    ArticleLink Article,
    bool ArticleIsMissing,
    IReadOnlyList<TextPart> Parts,
    PartnershipStage Stage,
    bool IsPlanned,
    PartialDate Date,
    double Confidence,
    bool InHeadline)
{
    /// <summary>
    /// The mentions <paramref name="mentions"/> selects, most confident first within each event, with their
    /// evidence highlighted and their articles.
    /// </summary>
    public static async Task<IReadOnlyList<MentionView>> LoadAsync(IQueryable<PartnershipMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var rows = await mentions
            .OrderBy(m => m.EventId).ThenByDescending(m => m.Confidence).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.EventId,
                m.ArticleId,
                m.Article.Title,
                m.Article.Outlet,
                m.Article.PublishedAt,
                m.Article.PublishedOffsetMinutes,
                m.Article.Status,
                m.Evidence,
                m.EvidenceStart,
                m.CompanyAAsWritten,
                m.CompanyAStart,
                m.CompanyBAsWritten,
                m.CompanyBStart,
                m.Trigger,
                m.TriggerStart,
                m.Stage,
                m.IsPlanned,
                m.Date,
                m.Confidence,
                m.InHeadline,
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(m => new MentionView(
            m.Id,
            m.EventId,
            new ArticleLink(m.ArticleId, m.Title, m.Outlet, ArticleTime.AsWritten(m.PublishedAt, m.PublishedOffsetMinutes)),
            m.Status == ArticleStatus.Missing,
            EvidenceHighlighter.Highlight(m.Evidence, m.EvidenceStart,
            [
                new HighlightSpan(m.CompanyAStart, m.CompanyAAsWritten, HighlightKind.Company),
                new HighlightSpan(m.CompanyBStart, m.CompanyBAsWritten, HighlightKind.Company),
                new HighlightSpan(m.TriggerStart, m.Trigger, HighlightKind.Trigger),
            ]),
            m.Stage,
            m.IsPlanned,
            m.Date,
            m.Confidence,
            m.InHeadline))];
    }
}
