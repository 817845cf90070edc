using System.Text;

namespace NewsHub.Ingestion.Reading;

/// <summary>Text decoded from a file, with the name of the encoding that decoded it.</summary>
/// <param name="Text">The text, without a byte order mark.</param>
/// <param name="EncodingName">utf-8, utf-8-bom or gb18030.</param>
public sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns a file's bytes into text: UTF-8 with or without a byte order mark, else GB18030 (which also
/// covers GBK and GB2312, the encodings of older Chinese portals), else a clear error. Binary content
/// is refused before any decoding is tried.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        // GB18030 is not in .NET's default set of encodings; the code pages provider is in the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes <paramref name="bytes"/> or says why it cannot.</summary>
    /// <exception cref="ArticleReadException">The content is empty, binary or in an unknown encoding.</exception>
    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        var content = hasBom ? bytes[3..] : bytes;
        if (content.IsEmpty)
        {
            throw new ArticleReadException(path, ReadFailure.Empty, "the file is empty");
        }

        // No text encoding NewsHub reads puts a NUL byte in text; images, archives and UTF-16 all do.
        if (content.Contains((byte)0))
        {
            throw new ArticleReadException(path, ReadFailure.Binary, "the file holds binary content (NUL bytes), not text");
        }

        var decoded = TryDecode(content, StrictUtf8, hasBom ? "utf-8-bom" : "utf-8")
            ?? TryDecode(content, StrictGb18030.Value, "gb18030")
            ?? throw new ArticleReadException(path, ReadFailure.UnknownEncoding, "the bytes are neither UTF-8 nor GB18030 (GBK) text");

        if (LooksBinary(decoded.Text))
        {
            throw new ArticleReadException(path, ReadFailure.Binary, "the file holds binary content (control characters), not text");
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            throw new ArticleReadException(path, ReadFailure.Empty, "the file holds only white space");
        }

        return decoded;
    }

    /// <summary>GB18030 that throws on bytes it cannot decode; it also reads GBK and GB2312.</summary>
    internal static Encoding Gb18030 => StrictGb18030.Value;

    private static DecodedText? TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>More than one control character (other than tab, line breaks and form feed) in a hundred means binary.</summary>
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f') && c < '\u0080')
            {
                controls++;
            }
        }

        return controls > 0 && controls * 100 > text.Length;
    }
}
