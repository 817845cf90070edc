using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsHub.Web.Search;

/// <summary>A piece of text to show, with the words a search matched marked.</summary>
/// <param name="Parts">The text in order; parts with <see cref="SnippetPart.IsMatch"/> are matched words.</param>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    // Markup characters are escaped, Chinese is left readable (the default encoder writes it as entities).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A snippet with nothing marked.</summary>
    public static Snippet Plain(string text) => new([new SnippetPart(text, false)]);

    /// <summary>The text without marks.</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));

    /// <summary>The text HTML-encoded, matched words inside <c>&lt;mark&gt;</c>: safe to write unescaped.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var part in Parts)
        {
            var encoded = Encoder.Encode(part.Text);
            html.Append(part.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }
}

/// <summary>A run of snippet text, either a matched word or the text between matches.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
