using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsHub.Web.Timelines;

/// <summary>
/// HTML that is the same for every request (reference data such as the filter form's company suggestions):
/// written once with the view's encoder and then copied out as one string, until the data changes and a
/// new instance takes its place.
/// </summary>
internal sealed class OnceWrittenHtml(Action<TextWriter, HtmlEncoder> write) : IHtmlContent
{
    private Written? written;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var html = Volatile.Read(ref written);
        if (html is null || !ReferenceEquals(html.Encoder, encoder))
        {
            using var buffer = new StringWriter();
            write(buffer, encoder);
            html = new Written(encoder, buffer.ToString());
            Volatile.Write(ref written, html);
        }

        writer.Write(html.Html);
    }

    private sealed record Written(HtmlEncoder Encoder, string Html);
}
