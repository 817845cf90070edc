using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsHub.Web.Timelines;

/// <summary>
/// HTML that writes itself straight to the response when the view is written out, rather than as a
/// builder of many small pieces that Razor buffers one by one. Text goes through the view's encoder.
/// </summary>
internal sealed class WrittenHtml(Action<TextWriter, HtmlEncoder> write) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        write(writer, encoder);
    }

    /// <summary>A number in invariant digits, without allocating a string for it.</summary>
    public static void WriteNumber(TextWriter writer, long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }
}
