using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Timelines;

/// <summary>
/// An event card (timeline, company page) as HTML written in code. It was a partial view: run thirty times a
/// timeline page, with its tag helper, view buffers and a dozen resource look-ups each, it cost more app CPU
/// than everything else on the page. Every text and attribute value goes through the view's encoder; only the
/// fixed elements are markup.
/// </summary>
public static class EventCardHtml
{
    /// <summary>
    /// The card of <paramref name="card"/>, its title a heading of <paramref name="headingLevel"/>: lists put
    /// cards under headings of different depth (the timeline under year and month, h4; other pages under a section, h3).
    /// </summary>
    public static IHtmlContent Render(EventCard card, int headingLevel, IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentOutOfRangeException.ThrowIfLessThan(headingLevel, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 6);
        var words = EventText.For(text);
        return new WrittenHtml((writer, encoder) => Write(writer, encoder, card, headingLevel, words));
    }

    private static void Write(TextWriter w, HtmlEncoder e, EventCard card, int headingLevel, EventText words)
    {
        var nameA = words.CompanyName(card.CompanyA.Name, card.CompanyA.EnglishNames);
        var nameB = words.CompanyName(card.CompanyB.Name, card.CompanyB.EnglishNames);
        var heading = (char)('0' + headingLevel);

        w.Write("<article class=\"event\" aria-labelledby=\"event-");
        WrittenHtml.WriteNumber(w, card.Id);
        w.Write("-title\">\n<div class=\"event-meta\">\n");
        EventHtml.WriteDate(w, e, card.Date, words);
        w.Write('\n');
        EventHtml.WriteStage(w, e, card.Stage, card.IsPlanned, words);
        w.Write("\n</div>\n<h");
        w.Write(heading);
        w.Write(" id=\"event-");
        WrittenHtml.WriteNumber(w, card.Id);
        w.Write("-title\" class=\"event-title\"><a href=\"/Events/");
        WrittenHtml.WriteNumber(w, card.Id);
        w.Write("\" aria-label=\"");
        e.Encode(w, words.PairLabel(nameA, nameB));
        w.Write("\">");
        e.Encode(w, nameA);
        w.Write(" <span class=\"pair-sep\">×</span> ");
        e.Encode(w, nameB);
        w.Write("</a></h");
        w.Write(heading);
        w.Write(">\n<ul class=\"event-sides\">\n");
        WriteSide(w, e, card.CompanyA, nameA, words);
        WriteSide(w, e, card.CompanyB, nameB, words);
        w.Write("</ul>\n");

        if (card.Evidence is { } evidence)
        {
            w.Write("<blockquote class=\"evidence\" cite=\"/Articles/");
            WrittenHtml.WriteNumber(w, evidence.ArticleId);
            w.Write("\" lang=\"zh-CN\"><p>");
            HighlightHtml.Write(w, e, evidence.Parts);
            w.Write("</p></blockquote>\n");
        }

        w.Write("<div class=\"event-foot\">\n<a class=\"report-count\" href=\"/Events/");
        WrittenHtml.WriteNumber(w, card.Id);
        w.Write("#reports\">");
        e.Encode(w, words.ReportCount(card.ArticleCount));
        w.Write("</a>\n");
        if (card.Articles.Count > 0)
        {
            w.Write("<ul class=\"event-articles\" aria-label=\"");
            e.Encode(w, words.ReportingArticles);
            w.Write("\">\n");
            foreach (var article in card.Articles)
            {
                w.Write("<li><a href=\"/Articles/");
                WrittenHtml.WriteNumber(w, article.Id);
                w.Write("\" lang=\"zh-CN\">");
                e.Encode(w, article.Title);
                w.Write("</a>");
                if (article.Outlet is not null)
                {
                    w.Write(" <span class=\"outlet\">");
                    e.Encode(w, article.Outlet);
                    w.Write("</span>");
                }

                w.Write("</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("<a class=\"pair-link\" href=\"/Pairs/");
        e.Encode(w, Uri.EscapeDataString(card.CompanyA.Name));
        w.Write('/');
        e.Encode(w, Uri.EscapeDataString(card.CompanyB.Name));
        w.Write("\">");
        e.Encode(w, words.AllOfPair);
        w.Write("</a>\n</div>\n</article>");
    }

    private static void WriteSide(TextWriter w, HtmlEncoder e, EventSide side, string name, EventText words)
    {
        w.Write("<li>\n<a href=\"/Companies/");
        e.Encode(w, Uri.EscapeDataString(side.Name));
        w.Write("\">");
        e.Encode(w, name);
        w.Write("</a>");
        if (side.Unreviewed)
        {
            w.Write('\n');
            UnreviewedMark.Write(w, e, words);
        }

        w.Write("\n<span class=\"role\">");
        e.Encode(w, words.Role(side.Role));
        w.Write("</span>");
        if (side.WrittenDifferently)
        {
            w.Write("\n<span class=\"as-written\">");
            e.Encode(w, words.AsWritten(side.AsWritten!));
            w.Write("</span>");
        }

        w.Write("\n</li>\n");
    }
}
