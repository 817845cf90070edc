using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Decodes a fetched web resource (a page or a feed) the way browsers do: the charset of the HTTP
/// <c>Content-Type</c> header first, then the one the content declares in its first kilobyte (an HTML
/// <c>&lt;meta charset&gt;</c> or an XML declaration), else detection (UTF-8, else GB18030) as for files.
/// </summary>
public static partial class WebText
{
    /// <summary>How far into the content a declaration is looked for, as the HTML standard's prescan does.</summary>
    private const int PrescanBytes = 1024;

    // Labels such as windows-1252 or big5 name encodings outside .NET's default set; the provider is in the shared framework.
    static WebText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, fetched from <paramref name="locator"/>.</summary>
    /// <param name="locator">The URL or path, named in errors.</param>
    /// <param name="bytes">The body as received.</param>
    /// <param name="headerCharset">The charset of the Content-Type header; null when it names none.</param>
    /// <exception cref="ArticleReadException">The content is empty, binary or in no encoding NewsHub can read.</exception>
    public static DecodedText Decode(string locator, ReadOnlySpan<byte> bytes, string? headerCharset)
    {
        // A byte order mark overrides any label (HTML standard, "decode"); TextDecoder handles UTF-8's.
        if (!bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            foreach (var label in new[] { headerCharset, DeclaredCharset(bytes) })
            {
                if (EncodingOf(label) is { } declared && TryDecode(bytes, declared) is { } text)
                {
                    return text;
                }
            }
        }

        // No label, an unknown one, or one the bytes contradict (pages often say gb2312 and hold GBK, or say utf-8 and are not).
        return TextDecoder.Decode(locator, bytes);
    }

    /// <summary>The charset the content declares in its first kilobyte, or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>The encoding a charset label names; GBK and GB2312 are read as GB18030, which contains both.</summary>
    internal static Encoding? EncodingOf(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "cp936" or "gb18030")
        {
            return TextDecoder.Gb18030;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText? TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return string.IsNullOrWhiteSpace(text) || text.Contains('\0', StringComparison.Ordinal) ? null : new DecodedText(text, encoding.WebName);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, <?xml … encoding="GBK"?>
    [GeneratedRegex(@"(?:<meta[^>]+charset\s*=\s*[""']?|<\?xml[^>]+encoding\s*=\s*[""'])(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
