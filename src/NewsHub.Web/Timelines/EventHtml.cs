using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using NewsHub.Data.Entities;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Timelines;

/// <summary>
/// The small pieces every event list repeats (its date, its stage badge), as HTML written in code: a list
/// of thirty events would otherwise run a partial view sixty times per request. Text is encoded by the
/// view's encoder; only the fixed elements are markup.
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
        var words = EventText.For(text);
        return new WrittenHtml((writer, encoder) => WriteDate(writer, encoder, date, words));
    }

    /// <summary>The stage as a coloured badge, and a "planned" badge when the text speaks of a plan.</summary>
    public static IHtmlContent Stage(PartnershipStage stage, bool isPlanned, IStringLocalizer<UiText> text)
    {
        var words = EventText.For(text);
        return new WrittenHtml((writer, encoder) => WriteStage(writer, encoder, stage, isPlanned, words));
    }

    /// <summary>Writes what <see cref="Date"/> shows.</summary>
    public static void WriteDate(TextWriter writer, HtmlEncoder encoder, PartialDate date, EventText words)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(words);
        if (DateText.Machine(date) is { } machine)
        {
            writer.Write("<time datetime=\"");
            encoder.Encode(writer, machine);
            writer.Write("\">");
            encoder.Encode(writer, DateText.Format(date));
            writer.Write("</time>");
        }
        else
        {
            writer.Write("<span class=\"date-unknown\">");
            encoder.Encode(writer, DateText.Format(date));
            writer.Write("</span>");
        }

        if (date.Source == DateSource.Published && date.Precision != DatePrecision.None)
        {
            writer.Write(" <span class=\"date-note\" title=\"");
            encoder.Encode(writer, words.DateFromPublishedTitle);
            writer.Write("\">");
            encoder.Encode(writer, words.DateFromPublished);
            writer.Write("</span>");
        }
    }

    /// <summary>Writes what <see cref="Stage"/> shows.</summary>
    public static void WriteStage(TextWriter writer, HtmlEncoder encoder, PartnershipStage stage, bool isPlanned, EventText words)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(words);
        writer.Write("<span class=\"stage stage-");
        writer.Write(QueryValues.Key(stage));
        writer.Write("\">");
        encoder.Encode(writer, words.Stage(stage));
        writer.Write("</span>");
        if (isPlanned)
        {
            writer.Write(" <span class=\"planned\">");
            encoder.Encode(writer, words.Planned);
            writer.Write("</span>");
        }
    }
}
