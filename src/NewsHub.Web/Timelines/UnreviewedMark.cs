using System.Text.Encodings.Web;

namespace NewsHub.Web.Timelines;

/// <summary>
/// The mark beside a company discovered in articles that no admin has reviewed yet ("未审核", "not yet
/// reviewed"), the same on every page; <c>Pages/Shared/_UnreviewedMark.cshtml</c> writes it in views.
/// </summary>
public static class UnreviewedMark
{
    /// <summary>The mark's CSS class.</summary>
    public const string CssClass = "unreviewed";

    /// <summary>Writes the mark in the words of <paramref name="words"/>'s language.</summary>
    public static void Write(TextWriter w, HtmlEncoder e, EventText words)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(words);
        w.Write("<span class=\"" + CssClass + "\" title=\"");
        e.Encode(w, words.UnreviewedTitle);
        w.Write("\">");
        e.Encode(w, words.Unreviewed);
        w.Write("</span>");
    }
}
