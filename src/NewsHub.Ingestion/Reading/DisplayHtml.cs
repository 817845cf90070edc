using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Makes article HTML safe to show as is. Sanitised once at import, so pages write only this field
/// unescaped: no scripts, no event handlers, no <c>javascript:</c> or other non-web URLs, no forms or
/// form controls (a form kept in an article could post a reader's typing anywhere, or pose as the site's own); links
/// carry <c>rel="noopener nofollow"</c> and images <c>referrerpolicy="no-referrer"</c> (outlets
/// refuse hot-linked images that announce another site as referrer).
/// </summary>
public static class DisplayHtml
{
    // A form goes but its content stays: some outlets' pages wrap the whole article in one (ASP.NET Web Forms).
    private const string Form = "form";

    /// <summary>Form controls, removed with their content (a button's label means nothing without the button).</summary>
    /// <remarks>Above <see cref="Sanitizer"/>: static fields are initialised in order, and its set-up reads this.</remarks>
    private static readonly string[] FormControls = ["input", "button", "select", "option", "optgroup", "textarea", "datalist", "output"];

    // Sanitize() is thread-safe on a shared instance as long as its settings do not change after set-up.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The safe form of <paramref name="html"/>.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>
    /// Sanitises a document already parsed, in place, and returns its body's safe HTML: an import has
    /// parsed the page to read its text, and parsing it a second time cost more than the sanitising.
    /// </summary>
    /// <remarks>
    /// The document was parsed without CSS support, so every <c>style</c> attribute goes: the site's inline
    /// colours and font sizes fight the reading page's own style anyway.
    /// </remarks>
    public static string Sanitize(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Sanitizer.SanitizeDom(document);
        return document.Body?.ChildNodes.ToHtml(Sanitizer.OutputFormatter) ?? "";
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions();
        options.AllowedTags.Remove(Form);
        foreach (var control in FormControls)
        {
            options.AllowedTags.Remove(control);
        }

        options.AllowedSchemes.Clear();
        options.AllowedSchemes.Add("http");
        options.AllowedSchemes.Add("https");
        options.AllowedSchemes.Add("mailto");

        var sanitizer = new HtmlSanitizer(options);
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName == Form && e.Tag.Parent is { } parent)
            {
                // Unwrapped: its children stay where they were (and are sanitised like any other element).
                while (e.Tag.FirstChild is { } child)
                {
                    parent.InsertBefore(child, e.Tag);
                }

                e.Tag.Remove();
                e.Cancel = true;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            switch (element.LocalName)
            {
                case "a":
                    element.SetAttribute("rel", "noopener nofollow");
                    break;
                case "img":
                    element.SetAttribute("referrerpolicy", "no-referrer");
                    break;
            }
        };
        return sanitizer;
    }
}
