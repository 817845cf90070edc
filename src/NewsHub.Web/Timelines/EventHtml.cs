using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using NewsHub.Data.Entities;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Timelines;

/// <summary>
/// The small pieces every event list repeats (its date, its stage badge), as HTML built in code: a list
/// of thirty events would otherwise run a partial view sixty times per request. Text is encoded by the
/// content builder; only the fixed elements are markup.
/// </summary>
public static class EventHtml
{
    /// <summary>
    /// <c>&lt;time datetime="2014-07"&gt;2014年7月&lt;/time&gt;</c>, with a note when the date is the
    /// article's publication date rather than one the text gives.
    /// </summary>
    public static IHtmlContent Date(PartialDate date, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(text);
        var html = new HtmlContentBuilder();
        if (DateText.Machine(date) is { } machine)
        {
            html.AppendHtml("<time datetime=\"").Append(machine).AppendHtml("\">").Append(DateText.Format(date)).AppendHtml("</time>");
        }
        else
        {
            html.AppendHtml("<span class=\"date-unknown\">").Append(DateText.Format(date)).AppendHtml("</span>");
        }

        if (date.Source == DateSource.Published && date.Precision != DatePrecision.None)
        {
            html.AppendHtml(" <span class=\"date-note\" title=\"").Append(text["Event.DateFromPublishedTitle"]).AppendHtml("\">")
                .Append(text["Event.DateFromPublished"]).AppendHtml("</span>");
        }

        return html;
    }

    /// <summary>The stage as a coloured badge, and a "planned" badge when the text speaks of a plan.</summary>
    public static IHtmlContent Stage(PartnershipStage stage, bool isPlanned, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = QueryValues.Key(stage);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<span class=\"stage stage-").Append(key).AppendHtml("\">").Append(text["Stage." + key]).AppendHtml("</span>");
        if (isPlanned)
        {
            html.AppendHtml(" <span class=\"planned\">").Append(text["Event.Planned"]).AppendHtml("</span>");
        }

        return html;
    }
}
